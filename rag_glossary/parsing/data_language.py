"""One language of a data file's multilingual records (datafile.py's record reader).

``{slug, ref, en: {term, def}, de: {term, def}}``, ``{term: {en, de}, def: {en, de}}`` and
``term_en`` / ``definition_en`` keys are read in one language: corpus.toml's ``language``,
else English, else the first one given. The record's senses (record_forms.py) are then
read as its definition.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rag_glossary.parsing.fields import (
    ALIAS_NAMES,
    TERM_NAMES,
    FieldSpec,
    find_columns,
    key_name,
    language_keys,
    language_named,
)
from rag_glossary.parsing.record_forms import with_senses
from rag_glossary.parsing.record_names import gathered, language_code, sibling_languages

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[_-][a-zA-Z]{2,4})?")
_TWO_LETTER_CODE = re.compile(r"[a-z]{2}(?:[_-][a-zA-Z]{2,4})?")  # en, cs, pt-BR, zh_Hans
DEFAULT_LANGUAGE = "en"


def _fields_in_language(record: dict[str, Any], term: Any, spec: FieldSpec) -> dict[str, Any]:
    """``term = {en = "Affect", cs = "Afekt"}``: a term given per language (keyed by
    two-letter codes) makes every field keyed by those codes read in one language."""
    if not (isinstance(term, Mapping) and term and all(map(_is_language_text, term.items()))):
        return record
    codes = set(term)
    wanted = spec.language or DEFAULT_LANGUAGE
    if wanted not in codes and spec.language is None:
        wanted = next(iter(term))
    kept: dict[str, Any] = {}
    others: dict[str, list[Any]] = {}
    for key, value in record.items():
        if not (isinstance(value, Mapping) and value and set(value) <= codes):
            kept[key] = value
            continue
        kept[key] = value.get(wanted, "")
        if value is term or key_name(key) in ALIAS_NAMES:  # the other languages' names
            for code, name in value.items():
                if code != wanted and (found := language_code(code)):
                    others.setdefault(found, []).extend(_listed(name))
    return gathered(kept, language_code(wanted) or wanted, others)


def _listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _is_language_text(pair: tuple[Any, Any]) -> bool:
    return bool(_TWO_LETTER_CODE.fullmatch(str(pair[0]))) and isinstance(pair[1], str)


def one_language(record: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    """The record with the chosen language's keys named by role and the other languages'
    term, definition and alias keys left out (the fields it shares are kept); the other
    languages' terms and aliases (``term_ru``; ``et`` beside the term key ``en``) are its
    other names (record_names.py)."""
    kept: dict[str, Any] = {}
    others: dict[str, list[Any]] = {}
    term_key = next((k for k, role in renamed.items() if role == "term"), None)
    siblings = sibling_languages(record, term_key) if term_key else {}
    own = language_code(term_key) if term_key else None
    for key, value in record.items():
        named = language_named(key)
        if key in renamed:
            kept.setdefault(renamed[key], value)
            own = own or (language_code(named[1]) if named else None)
        elif key in siblings:
            others.setdefault(str(language_code(key)), []).extend(_listed(value))
        elif named is None:
            kept.setdefault(key, value)
        elif named[0] in (*TERM_NAMES, *ALIAS_NAMES) and (code := language_code(named[1])):
            others.setdefault(code, []).extend(_listed(value))  # ``term_ru`` beside ``term_en``
    others.pop(own or "", None)
    return gathered(kept, own or DEFAULT_LANGUAGE, others)


def localized(item: Mapping[Any, Any], spec: FieldSpec) -> dict[str, Any]:
    """The record in one language, its senses (record_forms.py) read as its definition,
    its names in other languages and language-keyed alternatives gathered (record_names.py)."""
    wanted = spec.language or DEFAULT_LANGUAGE
    record = _in_language(item, spec)
    term = find_columns(list(record), spec).term
    siblings = sibling_languages(record, term) if term else {}
    others: dict[str, list[Any]] = {}
    for key, value in siblings.items():
        others.setdefault(str(language_code(key)), []).extend(_listed(value))
        del record[key]
    return with_senses(gathered(record, wanted, others))


def _in_language(item: Mapping[Any, Any], spec: FieldSpec) -> dict[str, Any]:
    """One language of a multilingual record, its shared fields (id, see-also) kept.

    ``{slug, ref, en: {term, def}, de: {term, def}}`` reads as ``{slug, ref, term,
    def}`` in the chosen language, and so does ``{term: {en, de}, def: {en, de}}``.
    Without that language the record has no term (and is skipped) when corpus.toml
    chose it; otherwise its first language is read.
    """
    record = {str(k): v for k, v in item.items()}
    if (term := find_columns(list(record), spec).term) is not None:
        return _fields_in_language(record, record[term], spec)
    if renamed := language_keys(list(record), spec):
        return one_language(record, renamed)
    languages = {
        key: value
        for key, value in record.items()
        if isinstance(value, Mapping)
        and _LANGUAGE_CODE.fullmatch(key)
        and find_columns([str(k) for k in value], spec).definition
    }
    if not languages:
        return record
    wanted = spec.language or DEFAULT_LANGUAGE
    chosen = languages.get(wanted)
    if chosen is None and spec.language is None:
        chosen = next(iter(languages.values()))
    shared = {k: v for k, v in record.items() if k not in languages}
    read = {**shared, **({str(k): v for k, v in chosen.items()} if chosen else {})}
    others = {
        str(language_code(code)): term
        for code, other in languages.items()
        if other is not chosen and language_code(code)
        if (cols := find_columns([str(k) for k in other], spec)).term
        and (term := other.get(cols.term))
    }
    own = next((c for c, v in languages.items() if v is chosen), wanted)
    return gathered(read, language_code(own) or own, others)
