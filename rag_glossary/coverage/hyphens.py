"""Names a glossary writes hyphenated, found in a question that writes them with spaces."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rag_glossary.coverage.phrases import FILLER
from rag_glossary.coverage.wordclasses import BOUNDARY
from rag_glossary.models import Entry
from rag_glossary.word_forms import hungarian_hyphen_cut
from rag_glossary.word_marks import ends_word, starts_word

_HYPHENATED_NAME = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


def spaced_names(entries: Sequence[Entry]) -> tuple[tuple[str, ...], ...]:
    """The words of each hyphenated name (title or alias) one of whose parts the key-term
    grammar would cut at ("just-in-time": "just", "in"); other hyphenated names are never
    cut, written either way."""
    found: dict[tuple[str, ...], None] = {}
    for entry in entries:
        for name in (entry.title, *entry.aliases):
            for compound in _HYPHENATED_NAME.findall(name):
                parts = tuple(compound.lower().split("-"))
                if any(p in BOUNDARY or p in FILLER for p in parts):
                    found[parts] = None
    return tuple(found)


def hyphenated(
    question: str,
    names: Sequence[tuple[str, ...]],
    language: str | None = None,
    all_names: Iterable[tuple[str, ...]] = (),
) -> str:
    """The question with each such name it writes with spaces hyphenated as the glossary
    writes it ("running just in time inventory" -> "running just-in-time inventory"): the
    hyphens join its words into one compound for the grammar (phrases.compounds). In a
    Hungarian glossary an ending after a hyphen is cut first ("call stack-ben": "call
    stack"), unless a word of the glossary's names (``all_names``: "fordítási flag-ek")."""
    if language == "hu":
        question = hungarian_hyphen_cut(question, {w for name in all_names for w in name})
    for pattern, joined in _patterns(tuple(names)):
        question = pattern.sub(joined, question)
    return question


@lru_cache(maxsize=16)
def _patterns(names: tuple[tuple[str, ...], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    # compiled once per index's table, not looked up in re's cache name by name per question
    patterns = []
    for parts in names:
        spaced = r"\s+".join(re.escape(p) for p in parts)
        patterns.append(
            (
                re.compile(starts_word(parts[0]) + spaced + ends_word(parts[-1]), re.IGNORECASE),
                "-".join(parts),
            )
        )
    return tuple(patterns)
