"""A term and its definition kept under two sibling keys of one flat mapping.

Translation resource files (an i18n message catalogue: ethereum.org's
``glossary-tooltip.json``) cannot nest, so each term becomes two messages whose keys
share a stem and differ by a role word: ``"gwei-term": "ग्वेई"`` and
``"gwei-definition": "..."`` (also ``_``, ``.`` or camelCase joins, the role first or
last: ``title``/``description``, ``name``/``desc``, ``label``/``text``). Such a mapping is
read as ``{stem: {term, definition, id}}``: the term value titles the entry (the file's own
language), the stem is its id (the site's anchor, ``/glossary/#gwei``) and, where it names
the term otherwise, an alias. A mapping joins only when its keys are nearly all such pairs
and the definitions read as prose: a page's interface strings, where a card's
``-title``/``-description`` stand among headings and paragraphs, are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# Role words, in the key's own spelling compared case-insensitively.
_TERM_ROLES = frozenset(("term", "title", "name", "label", "word", "headword", "concept"))
_DEFINITION_ROLES = frozenset(
    ("definition", "description", "desc", "text", "meaning", "explanation", "def", "gloss")
)
_SEPARATORS = "-_."
_CAMEL_ROLE = re.compile(r"(?<=[a-z0-9])[A-Z][a-z]+$")  # glossaryXp|Term
_CAMEL_LEAD = re.compile(r"^[a-z]+(?=[A-Z0-9])")  # term|Gwei
_MIN_PAIRS = 3
_COVER = 0.9  # share of the mapping's keys the pairs must hold
_PROSE_WORDS = 3  # a definition's words (fields.py's settings rule)
_PROSE_CHARS = 12
ID_KEY = "id"
_MAX_DEPTH = 8  # how deep a paired mapping may sit (datafile.py looks 6 deep)


def _splits(key: str) -> list[tuple[str, str, str]]:
    """(layout, role, stem) readings of one key: role last (``-``, ``_``, ``.`` or
    camelCase) or first."""
    found = []
    cut = max(key.rfind(s) for s in _SEPARATORS)
    if cut > 0:
        found.append(("last" + key[cut], key[cut + 1 :].lower(), key[:cut]))
    if (camel := _CAMEL_ROLE.search(key)) is not None:
        found.append(("lastCamel", camel.group(0).lower(), key[: camel.start()]))
    cut = min((i for i in (key.find(s) for s in _SEPARATORS) if i > 0), default=-1)
    if cut > 0:
        found.append(("first" + key[cut], key[:cut].lower(), key[cut + 1 :]))
    if (lead := _CAMEL_LEAD.search(key)) is not None:
        found.append(("firstCamel", lead.group(0), key[lead.end() :]))
    return [f for f in found if f[2] and (f[1] in _TERM_ROLES or f[1] in _DEFINITION_ROLES)]


def _layout(keys: list[str]) -> tuple[str, str, str] | None:
    """The (layout, term role, definition role) that pairs the most keys."""
    stems: dict[tuple[str, str], set[str]] = {}
    for key in keys:
        for layout, role, stem in _splits(key):
            stems.setdefault((layout, role), set()).add(stem)
    best: tuple[int, tuple[str, str, str]] | None = None
    for (layout, term_role), terms in stems.items():
        if term_role not in _TERM_ROLES:
            continue
        for (other, definition_role), defined in stems.items():
            if other == layout and definition_role in _DEFINITION_ROLES:
                pairs = len(terms & defined)
                if best is None or pairs > best[0]:
                    best = (pairs, (layout, term_role, definition_role))
    return best[1] if best else None


def paired_records(data: Mapping[Any, Any]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """``({stem: {"term", "definition", "id"}}, {stem: the term's key})`` of a mapping whose
    keys pair up, or of its largest dotted namespace that does (``explainer.hedge.term``
    among a page's ``footer.*`` and ``toolbar.*`` strings); two empty dicts otherwise."""
    keys = [k for k in data if isinstance(k, str)]
    if len(keys) != len(data):
        return {}, {}
    found = _paired({k: k for k in keys}, data)
    if found[0]:
        return found
    spaces: dict[str, dict[str, str]] = {}
    for key in keys:
        space, dot, rest = key.partition(".")
        if dot and rest:
            spaces.setdefault(space, {})[rest] = key
    best: tuple[dict[str, dict[str, Any]], dict[str, str]] = ({}, {})
    for named in spaces.values():
        found = _paired(named, data)
        if len(found[0]) > len(best[0]):
            best = found
    return best


def _paired(
    named: Mapping[str, str], data: Mapping[Any, Any]
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The records of ``named`` (key as read -> key in ``data``) when its keys pair up."""
    keys = list(named)
    if len(keys) < 2 * _MIN_PAIRS:
        return {}, {}
    layout = _layout(keys)
    if layout is None:
        return {}, {}
    shape, term_role, definition_role = layout
    terms: dict[str, str] = {}
    definitions: dict[str, str] = {}
    for key in keys:
        for lay, role, stem in _splits(key):
            if lay == shape and role == term_role:
                terms.setdefault(stem, named[key])
            elif lay == shape and role == definition_role:
                definitions.setdefault(stem, named[key])
    stems = [s for s in terms if s in definitions]
    if len(stems) < _MIN_PAIRS or 2 * len(stems) < _COVER * len(keys):
        return {}, {}
    records = {
        stem: {
            "term": data[terms[stem]],
            "definition": data[definitions[stem]],
            ID_KEY: stem,
        }
        for stem in stems
    }
    return (records, {s: terms[s] for s in stems}) if _reads_as_glossary(records) else ({}, {})


def _reads_as_glossary(records: Mapping[str, Mapping[str, Any]]) -> bool:
    """Short names over prose definitions, in most records."""
    good = 0
    for record in records.values():
        term, definition = record["term"], record["definition"]
        if isinstance(term, str) and isinstance(definition, str):
            good += _prose(definition) and len(term.strip()) < len(definition.strip())
    return 2 * good > len(records)


def _prose(text: str) -> bool:
    """Three words, or (in a script written without spaces) a dozen characters."""
    words = text.split()
    return len(words) >= _PROSE_WORDS or (len(words) == 1 and len(text.strip()) >= _PROSE_CHARS)


def join_pairs(data: Any, path: tuple[Any, ...] = ()) -> tuple[Any, dict[tuple[Any, ...], str]]:
    """``data`` with every paired mapping (at any depth) read as records, and the original
    key of each joined record's term by the record's path (for its line)."""
    if len(path) > _MAX_DEPTH:
        return data, {}
    if isinstance(data, Mapping):
        records, term_keys = paired_records(data)
        if records:
            return records, {(*path, stem): key for stem, key in term_keys.items()}
        moved: dict[tuple[Any, ...], str] = {}
        out = {}
        for key, value in data.items():
            out[key], found = join_pairs(value, (*path, key))
            moved.update(found)
        return (out, moved) if moved else (data, {})
    if isinstance(data, list):
        moved = {}
        items = []
        for n, value in enumerate(data):
            item, found = join_pairs(value, (*path, n))
            items.append(item)
            moved.update(found)
        return (items, moved) if moved else (data, {})
    return data, {}


class PairLines:
    """A data file's line finder that looks a joined record up by its term's own key."""

    def __init__(self, lines: Any, term_keys: Mapping[tuple[Any, ...], str]) -> None:
        self._lines = lines
        self._keys = term_keys

    def line(self, path: tuple[Any, ...], term: str) -> int:
        key = self._keys.get(tuple(path))
        if key is None:
            return int(self._lines.line(path, term))
        return int(self._lines.line((*path[:-1], key), key))


# How a page's interface message ends: a numbered paragraph or a UI part.
_UI_PART = re.compile(
    r"(?:^|[-_.])(?:\d+|title|subtitle|description|desc|label|link|button|cta|heading|header"
    r"|text|alt|tooltip|placeholder|caption|meta)$",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"[A-Za-z][\w.-]*")
_MIN_MESSAGES = 5


def catalogue_prefix(data: Mapping[Any, Any]) -> str | None:
    """The key prefix every message of a page's i18n catalogue shares
    (``page-layer-2-learn-``) when the rest of the keys name its paragraphs and UI parts
    (``-title``, ``-1``, ``-button-2-label``): the page's text, no terms."""
    keys = [k for k in data if isinstance(k, str)]
    if len(keys) < _MIN_MESSAGES or len(keys) != len(data):
        return None
    if not all(_MESSAGE_ID.fullmatch(k) for k in keys):
        return None
    shared = keys[0]
    for key in keys[1:]:
        while not key.startswith(shared):
            shared = shared[:-1]
    cut = max(shared.rfind(s) for s in _SEPARATORS)
    if cut <= 0:
        return None
    prefix = shared[: cut + 1]
    parts = sum(bool(_UI_PART.search(k[len(prefix) :])) for k in keys)
    return prefix if 2 * parts >= len(keys) else None
