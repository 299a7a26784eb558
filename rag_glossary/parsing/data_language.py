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

from rag_glossary.parsing.fields import FieldSpec, find_columns, language_keys, language_named
from rag_glossary.parsing.record_forms import with_senses

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
    return {
        key: value.get(wanted, "")
        if isinstance(value, Mapping) and value and set(value) <= codes
        else value
        for key, value in record.items()
    }


def _is_language_text(pair: tuple[Any, Any]) -> bool:
    return bool(_TWO_LETTER_CODE.fullmatch(str(pair[0]))) and isinstance(pair[1], str)


def one_language(record: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    """The record with the chosen language's keys named by role and the other languages'
    term, definition and alias keys left out (the fields it shares are kept)."""
    kept: dict[str, Any] = {}
    for key, value in record.items():
        if key in renamed:
            kept.setdefault(renamed[key], value)
        elif language_named(key) is None:
            kept.setdefault(key, value)
    return kept


def localized(item: Mapping[Any, Any], spec: FieldSpec) -> dict[str, Any]:
    """The record in one language, its senses (record_forms.py) read as its definition."""
    return with_senses(_in_language(item, spec))


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
    return {**shared, **({str(k): v for k, v in chosen.items()} if chosen else {})}
