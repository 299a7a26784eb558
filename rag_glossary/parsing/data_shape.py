"""Which keys of a data file's records hold the term and the definition when no key is
named so (``{"واحد": ..., "اصطلاح": ..., "تعریف": ...}``: keys in the glossary's own
language, or a writer's private names).

Told by the values' shape alone: the definition is the key whose values are longest
(prose of several words on average); the term is a key whose values are short and
differ from record to record (a category key repeats its few values and stays a field).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_MIN_RECORDS = 3
_SHARED = 0.9  # a key most records have
_DEFINITION_WORDS = 4.0  # mean words of a definition's values
_TERM_WORDS = 6.0  # mean words of a term's values at most
_DISTINCT = 0.9  # share of a term key's values that differ


def keys_by_shape(records: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """``{term key: "term", definition key: "definition"}``, or empty when the shape
    does not tell them apart."""
    if len(records) < _MIN_RECORDS:
        return {}
    stats = {key: _stats(records, key) for key in _shared_text_keys(records)}
    if len(stats) < 2:
        return {}
    definition = max(stats, key=lambda k: stats[k][0])
    if stats[definition][0] < _DEFINITION_WORDS:
        return {}
    terms = [
        k for k, (words, distinct) in stats.items()
        if k != definition and words <= _TERM_WORDS and distinct >= _DISTINCT
    ]  # fmt: skip
    if not terms:
        return {}
    term = max(terms, key=lambda k: (stats[k][1], -stats[k][0]))
    return {term: "term", definition: "definition"}


def _shared_text_keys(records: Sequence[Mapping[str, Any]]) -> list[str]:
    counts: dict[str, int] = {}
    for record in records:
        for key, value in record.items():
            if isinstance(value, str):
                counts[key] = counts.get(key, 0) + 1
    return [k for k, n in counts.items() if n >= _SHARED * len(records)]


def _stats(records: Sequence[Mapping[str, Any]], key: str) -> tuple[float, float]:
    """(mean words, share of distinct values) of a key's non-empty values."""
    values = [" ".join(str(r[key]).split()) for r in records if isinstance(r.get(key), str)]
    values = [v for v in values if v]
    if not values:
        return 0.0, 0.0
    words = sum(len(v.split()) for v in values) / len(values)
    return words, len(set(values)) / len(values)
