"""Which keys of a data file's records hold the term and the definition when no key is
named so (``{"واحد": ..., "اصطلاح": ..., "تعریف": ...}``: keys in the glossary's own
language, or a writer's private names).

Told by the values' shape alone: the definition is the key whose values are longest
(prose of several words on average); the term is a key whose values are short and
differ from record to record (a category key repeats its few values and stays a field).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rag_glossary.parsing.fields import key_name

_MIN_RECORDS = 3
_SHARED = 0.9  # a key most records have
_DEFINITION_WORDS = 4.0  # mean words of a definition's values
_TERM_WORDS = 6.0  # mean words of a term's values at most
_DISTINCT = 0.9  # share of a term key's values that differ
_NAMED = 0.8  # share of a term key's values that read as names, not stamps or codes
# Keys of a training example or a question set (``{"instruction", "input", "output"}``,
# ``{"question", "answer"}``): such records are no terms, whatever their values' shape.
_EXAMPLE_KEYS = frozenset(
    ("question", "answer", "prompt", "completion", "instruction", "input", "output",
     "response", "query", "messages", "conversation", "chosen", "rejected")
)  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")


def keys_by_shape(records: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """``{term key: "term", definition key: "definition"}``, or empty when the shape
    does not tell them apart."""
    if len(records) < _MIN_RECORDS or _examples(records):
        return {}
    stats = {key: _stats(records, key) for key in _shared_text_keys(records)}
    if len(stats) < 2:
        return {}
    definition = max(stats, key=lambda k: stats[k][0])
    if stats[definition][0] < _DEFINITION_WORDS:
        return {}
    term = _term_of(records, {k: v for k, v in stats.items() if k != definition})
    return {term: "term", definition: "definition"} if term else {}


def term_key(records: Sequence[Mapping[str, Any]], taken: set[str]) -> str | None:
    """The key holding the term of records whose definition key is named but whose term
    key is not (``{"plaintext": "bourreys", "meanings": ...}``); None when no key reads as
    one (chat turns' ``role``, log lines' timestamps)."""
    if len(records) < _MIN_RECORDS or _examples(records):
        return None
    keys = [k for k in _shared_text_keys(records) if k not in taken]
    return _term_of(records, {key: _stats(records, key) for key in keys})


def _term_of(
    records: Sequence[Mapping[str, Any]], stats: Mapping[str, tuple[float, float]]
) -> str | None:
    """Short values that differ from record to record and read as names (letters, not a
    timestamp or a code)."""
    terms = [
        k for k, (words, distinct) in stats.items()
        if words <= _TERM_WORDS and distinct >= _DISTINCT and _named(records, k)
    ]  # fmt: skip
    return max(terms, key=lambda k: (stats[k][1], -stats[k][0])) if terms else None


def _named(records: Sequence[Mapping[str, Any]], key: str) -> bool:
    values = [str(r[key]) for r in records if isinstance(r.get(key), str) and r[key].strip()]
    names = sum(len(_LETTERS.findall(v)) * 2 >= len(_ALNUM.findall(v)) for v in values)
    return bool(values) and names >= _NAMED * len(values)


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


def _examples(records: Sequence[Mapping[str, Any]]) -> bool:
    return any(key_name(k) in _EXAMPLE_KEYS for r in records[:_MIN_RECORDS] for k in r)
