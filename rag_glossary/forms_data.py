"""data/question_forms.json's lists as written, one language's field at a time (round 54).

coverage/glossary_language.py reads each language's forms into LanguageForms, which merges
some of them (``joins``: the "and" and "or" words together); a module that tells them apart,
or that needs a list in its written order, reads it here: Thai's "and", "or" and "versus"
between two names (coverage/thai_terms.py), the words after a name that ask for it, and
the asking a Thai run is cut at for BM25 (thai_text.py). A light module: the index's BM25
tokenizer imports it without the coverage package.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FORMS = Path(__file__).resolve().parent / "data" / "question_forms.json"


@functools.cache
def _raw() -> Mapping[str, Any]:
    data: Mapping[str, Any] = json.loads(FORMS.read_text(encoding="utf-8"))
    return data


@functools.cache
def listed_words(language: str, field: str) -> tuple[str, ...]:
    """The words of ``language``'s ``field`` in question_forms.json, in the order listed
    (empty: the language or the field is not there)."""
    said = _raw().get(language, {}).get(field, ())
    return tuple(str(w) for w in said)


@functools.cache
def flagged(language: str, field: str) -> bool:
    """Whether ``language``'s ``field`` in question_forms.json is set (``cases_written``)."""
    return bool(_raw().get(language, {}).get(field, False))
