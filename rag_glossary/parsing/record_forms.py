"""Two shapes a dictionary's data records take beyond ``{term, definition}``.

Senses: the definition is a list (``"meanings": [{"substitution": "a smooth", "note":
"thick soup"}]``, Wiktionary dumps' ``"senses": [{"glosses": [...]}]``, ``"definitions":
["...", "..."]``) under a definition name or its plural: each sense becomes one line of the
definition, its text fields joined (a scraper that cut a definition at its first comma into
two fields gets it back as one phrase). Pointers: a record with no definition whose
pointer-named key (``synonymOf``, ``see``, ``variant_of``) names another record's term is
another name of that term: it becomes the term's alias, not an entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.fields import (
    ALIAS_NAMES,
    DEFINITION_NAMES,
    ID_NAMES,
    POINTER_NAMES,
    SEE_ALSO_NAMES,
    URL_NAMES,
    key_name,
    plain,
)

_SENSE_NAMES = frozenset(DEFINITION_NAMES)
_NOT_SENSE_TEXT = frozenset((*ID_NAMES, *URL_NAMES, *SEE_ALSO_NAMES))
_CLOSED = ".!?;:"  # a fragment ending so is a sentence: the next one follows after a space
_OPENING = "(\"'“‘["  # a fragment opening so reads on after a space


def with_senses(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with each list of senses as one text, keyed by the definition name
    (``meanings`` -> ``meaning``) so the definition is found by name. A record with no
    definition of its own takes a list of sub-records that define something as its senses
    (``"expansions": [{"expansion": ..., "description": ...}]``), their names its aliases."""
    out = dict(record)
    defined = any(key_name(k) in DEFINITION_NAMES for k in record)
    for key, value in record.items():
        name = _sense_name(key) or (None if defined else _described(value))
        if name is None or not isinstance(value, list) or not value:
            continue
        if all(isinstance(v, Mapping) for v in value):
            text = "\n".join(t for v in value if (t := _sense_text(v)))
            names = [n for v in value for n in _sense_names(v)]
            if names and "other names" not in out:
                out["other names"] = names
        elif all(isinstance(v, str) for v in value):
            text = "\n".join(t for v in value if (t := plain(v)))
        else:
            continue
        del out[key]
        out[name if name not in out else key] = text
        defined = True
    return out


def _described(value: Any) -> str | None:
    """``definition`` when most items of a list are sub-records that define something."""
    if not isinstance(value, list) or not value:
        return None
    defining = sum(
        isinstance(v, Mapping) and any(key_name(k) in DEFINITION_NAMES for k in v) for v in value
    )
    return "definition" if defining * 2 > len(value) else None


def _sense_names(sense: Mapping[Any, Any]) -> list[str]:
    return [
        text
        for key, value in sense.items()
        if key_name(str(key)) in ALIAS_NAMES and isinstance(value, str)
        if (text := plain(value))
    ]


def _sense_name(key: str) -> str | None:
    name = key_name(key)
    for singular in (name, name[:-1], name[:-2]):
        if singular in _SENSE_NAMES and (singular == name or name.endswith("s")):
            return singular
    return None


def _sense_text(sense: Mapping[Any, Any]) -> str:
    fields = with_senses({str(k): v for k, v in sense.items()})
    parts = [
        text
        for key, value in fields.items()
        if key_name(key) not in _NOT_SENSE_TEXT and isinstance(value, str)
        if (text := plain(value))
    ]
    return joined_fragments(parts)


def joined_fragments(parts: list[str]) -> str:
    """``["a smooth", "thick soup"]`` -> ``a smooth, thick soup``; ``["flesh", "The term is
    ..."]`` -> ``flesh. The term is ...``; ``["betony", "(Stachys ...)"]`` -> ``betony
    (Stachys ...)``."""
    out = ""
    for part in parts:
        if not out or out[-1] in _CLOSED or part[0] in _OPENING:
            out = f"{out} {part}".strip()
        elif part[0].islower():
            out = f"{out}, {part}"
        else:
            out = f"{out}. {part}"
    return out


@dataclass(frozen=True)
class Pointer:
    """A record that is another name of the records its pointer key names; ``defined``:
    it has a text of its own and stays an entry as well (a merged dictionary's line)."""

    section: Section
    targets: tuple[str, ...]
    defined: bool = False


def pointer_targets(record: Mapping[str, Any], used: set[str | None]) -> tuple[str, ...]:
    """The term names a record's pointer-named key gives (``"synonymOf": "baude"``)."""
    for key, value in record.items():
        if key in used or key_name(key) not in POINTER_NAMES:
            continue
        values = value if isinstance(value, list) else [value]
        names = tuple(t for v in values if isinstance(v, str) and (t := plain(v)))
        if names:
            return names
    return ()


def fold_pointers(sections: list[Section], pointers: list[Pointer]) -> list[Section]:
    """``sections`` with each pointer's title added to the aliases of the sections it
    names; a pointer naming none stays an entry of its own that sends the reader on."""
    if not pointers:
        return sections
    by_title: dict[str, Section] = {}
    for section in sections:
        by_title.setdefault(section.title.casefold(), section)
    kept = list(sections)
    for pointer in pointers:
        name = pointer.section.title
        found = [t for t in pointer.targets if t.casefold() in by_title]
        for target in found:
            section = by_title[target.casefold()]
            known = {n.casefold() for n in (section.title, *section.aliases)}
            if name.casefold() not in known:
                section.aliases.append(name)
        if not found and not pointer.defined:
            pointer.section.see_also = [*pointer.section.see_also, *pointer.targets]
            kept.append(pointer.section)
    return sorted(kept, key=lambda s: s.line)
