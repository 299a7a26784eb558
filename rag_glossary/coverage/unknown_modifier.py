"""An English key term opened by a word the glossary never writes: "bipinnate leaf",
"counterweight fly system", "marbling score" name a kind of a thing the glossary has (Pinnate,
Fly Crew, Grade) that no entry describes. In a short question the unknown first word of the
term is its modifier, a kind the glossary lacks, never a setting ("roulette in pottery": the
setting follows the name) nor a slip of a glossary word (the caller's ``unknown`` excludes
those) (round 53 lane WE; the other languages' shape is name_rest.relation_unsaid)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag_glossary.coverage.name_rest import voiceless
from rag_glossary.everyday import everyday_words

_SUPERLATIVE = "est"  # "farthest", "closest": a superlative describes, it names no kind
_MOST_WORDS = 6  # "arima model for time series forecasting": a short question
# "horizontal vs vertical federated learning": one side of a pair, not a kind
_PAIR = re.compile(r"\b(?:vs|versus|differ\w*|diff|compared?)\b")


def unknown_modifier(
    key_term: str,
    said: Sequence[str],
    unknown: Callable[[str], bool],
    writes: Callable[[str], bool],
) -> str | None:
    """The key term when ``said`` (the question's words past its scaffolding) is short and
    the term is two words or more: a first word no entry writes in any form (``unknown``,
    with a vowel: no acronym said loosely, "amp", "pfl"; no everyday word nor superlative)
    before words the glossary writes, or before words it writes none of ("marbling score in
    beef grading": Grade says only the setting's word; round 54) (None: not such a term)."""
    term = key_term.split()
    if len(said) > _MOST_WORDS or len(term) < 2 or _PAIR.search(" ".join(said)):
        return None
    first, rest = term[0], term[1:]
    if voiceless(first) or first in everyday_words() or first.endswith(_SUPERLATIVE):
        return None  # "usual easing functions", "farthest out point": a description's words
    if not unknown(first):
        return None
    if not all(writes(w) for w in rest) and not all(unknown(w) for w in rest):
        return None
    return key_term


def purpose_after(said: Sequence[str], key_term: str) -> str | None:
    """The words after "for" that follow the key term ("python library for topic
    modelling": "topic modelling"), the purpose the term's thing serves (None: none)."""
    term = key_term.split()
    at = next((i for i in range(len(said)) if list(said[i : i + len(term)]) == term), None)
    after = [] if at is None else list(said[at + len(term) :])
    return " ".join(after[1:]) if len(after) > 1 and after[0] == "for" else None
