"""A list of data records (JSON/YAML/TOML/JS/PHP arrays, SQL rows, JSON Lines) to sections.

The records' term and definition keys are found by name (fields.py), else by their values'
shape (data_shape.py); a list that defines little is links or settings, not a glossary,
and so is one whose terms mostly repeat (a labelled data set: ``{"text": ..., "label":
"positive"}``). Records that only point to another term are its aliases (record_forms.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.data_language import DEFAULT_LANGUAGE, localized, one_language
from rag_glossary.parsing.data_shape import keys_by_shape, term_key
from rag_glossary.parsing.fields import Columns, FieldSpec, find_columns, key_name, section_of
from rag_glossary.parsing.record_forms import Pointer, fold_pointers, pointer_targets
from rag_glossary.parsing.record_names import language_term_key, names_body

# A record keyed so is a glossary term; "name"/"title" are not enough (links have those).
TERM_KEYS = ("term", "glossary term", "headword", "concept")
_NOTE_LABELS = frozenset(("note", "notes", "nb", "n.b", "tip", "warning", "caution", "disclaimer"))
_MIN_NOTE_LIST = 3
_MIN_REPEATS = 5  # records before repeated terms tell a labelled data set
_DISTINCT_TERMS = 0.5  # share of distinct terms a glossary's list has at least


def records_of_list(
    items: list[Any], spec: FieldSpec, lines: Any, path: tuple[Any, ...]
) -> list[Section]:
    sections: list[Section] = []
    pointers: list[Pointer] = []
    objects = [localized(item, spec) for item in items if isinstance(item, Mapping)]
    if renamed := _unnamed_keys(objects, spec) or _term_by_shape(objects, spec):
        items = [one_language(dict(i), renamed) if isinstance(i, Mapping) else i for i in items]
        objects = [localized(item, spec) for item in items if isinstance(item, Mapping)]
    if not _glossary_list(objects, spec):
        return []  # a list of links or settings, not of definitions
    read: list[tuple[Section, dict[str, Any], Columns]] = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        record = localized(item, spec)
        cols = find_columns(list(record), spec)
        if cols.term is None:
            continue
        term = str(record.get(cols.term) or "")
        section = section_of(record, cols, lines.line((*path, i), term), markdown=True)
        if section is None or not (section.body or any(c.isalnum() for c in section.title)):
            continue  # "~": a placeholder line, no term
        read.append((section, record, cols))
    defined = {s.title.casefold() for s, _, _ in read if s.body}
    for section, record, cols in read:
        targets = pointer_targets(record, _used(cols)) or _named_entries(section, defined)
        if targets:
            pointers.append(Pointer(section, targets, defined=bool(section.body)))
        if section.body or not targets:
            section.body = section.body or names_body(record)  # ``et: andmevõrk`` alone
            sections.append(section)
    return _without_leading_note(fold_pointers(sections, pointers))


def _named_entries(section: Section, defined: set[str]) -> tuple[str, ...]:
    """``{"woord": "explorer", "synonym": "RSA"}``: a record with no text whose other names
    are defined terms of the list is a cross-reference, an alias of those terms."""
    if section.body:
        return ()
    return tuple(name for name in section.aliases if name.casefold() in defined)


def _used(cols: Columns) -> set[str | None]:
    return {cols.term, cols.definition, cols.id, cols.link, cols.see_also, *cols.alias_keys()}


def _term_by_shape(objects: list[dict[str, Any]], spec: FieldSpec) -> dict[str, str]:
    """``{"plaintext": "caudel", "meanings": [...]}``: records whose definition key is named
    and whose term key is not; the term is told by its values' shape (data_shape.py)."""
    if spec.term:
        return {}
    columns = [find_columns(list(item), spec) for item in objects]
    if any(cols.term for cols in columns) or not any(cols.definition for cols in columns):
        return {}
    taken = {key for cols in columns for key in _used(cols) if key}
    wanted = spec.language or DEFAULT_LANGUAGE
    key = language_term_key(objects, taken, wanted) or term_key(objects, taken)
    return {key: "term"} if key else {}


def _without_leading_note(sections: list[Section]) -> list[Section]:
    """``{"term_en": "NOTE", "definition_en": "For ... see separate glossary ..."}`` before
    ``ABSORPTION``: a first record titled as a note and out of the alphabetical order of
    the next one is a remark about the glossary, no term (a "Note" in its place stays)."""
    if len(sections) < _MIN_NOTE_LIST:
        return sections
    first, second = sections[0].title.casefold(), sections[1].title.casefold()
    if first.rstrip(":.") in _NOTE_LABELS and first > second:
        return sections[1:]
    return sections


def _unnamed_keys(objects: list[dict[str, Any]], spec: FieldSpec) -> dict[str, str]:
    """Term and definition keys told by their values' shape (data_shape.py), for records
    none of whose keys is named as a term or a definition."""
    if spec.term or spec.definition:
        return {}
    for cols in (find_columns(list(item), spec) for item in objects):
        if cols.term is not None or cols.definition is not None:
            return {}
    return keys_by_shape(objects)


def _glossary_list(objects: list[dict[str, Any]], spec: FieldSpec) -> bool:
    """Most records define their term; or records keyed by a glossary's own word
    (``term``, ``headword``) of which some define it: a glossary still being written,
    whose other terms become stubs. A list of ``title``/``url`` links defines nothing, and
    records whose terms mostly repeat are labelled examples, not terms."""
    pairs = [(item, find_columns(list(item), spec)) for item in objects]
    # variant records that only point to another term are names, not undefined terms
    pairs = [(item, cols) for item, cols in pairs if not pointer_targets(item, _used(cols))]
    if _repeated([str(item.get(cols.term)) for item, cols in pairs if cols.term]):
        return False
    columns = [cols for _, cols in pairs]
    defined = sum(1 for cols in columns if cols.definition)
    if defined * 2 >= len(columns):
        return True
    named = sum(
        1 for cols in columns if cols.term and (spec.term or key_name(cols.term) in TERM_KEYS)
    )
    return defined > 0 and named * 2 > len(columns)


def _repeated(terms: list[str]) -> bool:
    """``positive``, ``negative``, ``positive``...: a label column, not a list of terms."""
    folded = [" ".join(t.split()).casefold() for t in terms]
    return len(folded) >= _MIN_REPEATS and len(set(folded)) < _DISTINCT_TERMS * len(folded)
