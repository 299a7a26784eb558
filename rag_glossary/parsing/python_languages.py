"""A Python module's dict literal of multilingual records (python_source.py reads it first).

``HEALTH_GLOSSARY = {"ors": {"def_en": "Oral Rehydration Solution (ORS) is ...", "def_hi":
"...", "def_or": "...", "reference": "https://www.who.int/..."}, ...}``: a module-level dict
literal keyed by term whose values are records giving one definition in two languages or
more, each under a definition name tagged with a language code (``def_en``, ``definition_hi``,
``en_desc``, ``descriptionOr``) or under the bare code (``en``, ``or``).

- Each key is one term: its entry's title and anchor, read as a JSON file's term keys are
  (datafile.py: ``ors`` is ORS, the body's "Oral Rehydration Solution (ORS)" its expansion).
- The body is the definition in one language: corpus.toml's ``language``, else English,
  else the first the records give. The other languages' definitions are the same text
  translated: they stay out of the body (as Glosario's thirty languages do,
  record_names.py), so a glossary's words and its detected language are of one language.
- A key written twice is one term (Python keeps only the last value; a glossary that grew
  by appending wrote the term again with a second wording): its entry holds each distinct
  wording, in the file's order, and its first line.
- A link (``reference``, ``source``, any ``https://`` value) is the entry's link, never
  body text; the record's other short strings (``category``) are its ``Name: value``
  fields, as a JSON record's are.

Read with ``ast`` only, never run. A dict whose records are not (nearly) all multilingual
text, or whose texts are no prose, is left to python_source.py's other readers.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import DEFINITION_NAMES, FieldSpec, language_named
from rag_glossary.parsing.record_names import language_code

_MIN_TERMS = 3
_MIN_PROSE_WORDS = 4  # mean words of the chosen language's definitions
_SHARED_TENTHS = 9  # records giving two languages or more, of ten
_LINK_PREFIXES = ("http://", "https://")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")  # a key written as code writes names
DEFAULT_LANGUAGE = "en"


def multilingual_sections(node: ast.expr, spec: FieldSpec) -> list[Section]:
    """The entries of one dict literal of multilingual records; [] when it is none."""
    items = list(_records(node))
    if len(items) < _MIN_TERMS or len(items) < len(getattr(node, "keys", ())):
        return []
    texts = [_language_texts(record) for _, _, record in items]
    if sum(len(t) >= 2 for t in texts) * 10 < _SHARED_TENTHS * len(items):
        return []
    chosen = _chosen_language(texts, spec)
    if chosen is None:
        return []
    merged: dict[str, dict[str, Any]] = {}
    lines: dict[str, int] = {}
    for (term, line, record), found in zip(items, texts, strict=True):
        _merge(merged.setdefault(term, {}), record, found, chosen)
        lines.setdefault(term, line)
    bodies = [r["definition"] for r in merged.values() if r.get("definition")]
    if not bodies or sum(len(b.split()) for b in bodies) / len(bodies) < _MIN_PROSE_WORDS:
        return []
    sections, *_ = data_records(merged, spec, _KeyLines(lines, node.lineno))
    written = {_squashed(term): _all_texts(term, items) for term in merged}
    for section in sections:
        _title_as_written(section, written.get(_squashed(section.slug_text or section.title), []))
    return sections


def _squashed(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _all_texts(term: str, items: list[tuple[str, int, dict[str, Any]]]) -> list[str]:
    """Every language's wordings of the term, in the file's order."""
    return [t for key, _, record in items if key == term for t in _language_texts(record).values()]


def _title_as_written(section: Section, texts: list[str]) -> None:
    """A key written as an identifier (``covid19``, ``vitamina``, ``bcg``) is titled as the
    record's texts, in any of its languages, write the term (COVID-19, Vitamin A, BCG): the
    first run of letters and digits that spells the key, its separators free, holding a
    capital the title lacks or a separator the key lacks."""
    key = section.slug_text or section.title
    if not _IDENTIFIER.fullmatch(key):
        return
    spelled = re.compile(
        r"(?<![\w])" + r"[\s\-.]?".join(re.escape(ch) for ch in key.replace("_", "")) + r"(?![\w])",
        re.IGNORECASE,
    )
    for text in texts:
        match = spelled.search(text)
        if match is None:
            continue
        found = match.group(0)
        if found != section.title and (found != found.lower() or len(found) > len(key)):
            section.title = found
        return


def _records(node: ast.expr) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(term, line, record) of each ``"term": {...}`` item, in the file's order (a key
    written twice comes twice); nothing past an item of another shape."""
    if not isinstance(node, ast.Dict):
        return
    for key, value in zip(node.keys, node.values, strict=True):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            return
        if not isinstance(value, ast.Dict):
            return
        try:
            record = ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return
        if not all(isinstance(k, str) for k in record):
            return
        yield key.value.strip(), key.lineno, record


def _language_texts(record: dict[str, Any]) -> dict[str, str]:
    """The record's definitions by language code, in its order: ``def_or`` -> ``or``."""
    found: dict[str, str] = {}
    for key, value in record.items():
        if not (isinstance(value, str) and value.strip()):
            continue
        code = _text_language(key)
        if code is not None:
            found.setdefault(code, value.strip())
    return found


def _text_language(key: str) -> str | None:
    named = language_named(key)
    if named is not None:
        role, tag = named
        return language_code(tag) if role in DEFINITION_NAMES else None
    return language_code(key)


def _chosen_language(texts: list[dict[str, str]], spec: FieldSpec) -> str | None:
    """corpus.toml's language, else English, else the first the records give (None when
    corpus.toml names one no record has)."""
    seen: dict[str, int] = {}
    for found in texts:
        for code in found:
            seen[code] = seen.get(code, 0) + 1
    if spec.language:
        wanted = language_code(spec.language) or spec.language
        return wanted if wanted in seen else None
    return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in seen else next(iter(seen), None)


def _merge(
    into: dict[str, Any], record: dict[str, Any], texts: dict[str, str], chosen: str
) -> None:
    """Add one record to its term's: the chosen language's wording (a new one after the
    ones before), its first link and its other fields."""
    text = texts.get(chosen)
    if text:
        before = into.get("definition", "")
        if text not in before.split("\n\n"):
            into["definition"] = f"{before}\n\n{text}" if before else text
    for key, value in record.items():
        if _text_language(key) is not None or key in into:
            continue
        if isinstance(value, str) and value.strip().startswith(_LINK_PREFIXES):
            into.setdefault("url", value.strip())
        elif key not in ("definition", "url"):
            into[key] = value


@dataclass(frozen=True)
class _KeyLines:
    """The line of each term key (its first, when written twice); ``first``: the dict's."""

    lines: dict[str, int]
    first: int

    def line(self, path: tuple[Any, ...], term: str) -> int:
        for step in (*reversed(path), term):
            if str(step) in self.lines:
                return self.lines[str(step)]
        return self.first
