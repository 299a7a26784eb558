"""Question forms that describe what they ask about, whatever noun phrase they hold.

A key term is judged strictly when the question names it; these forms show that the
user does not (or cannot) name it: they ask for its name, or they are a bare phrase
that describes its answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.phrases import _FILLER

# "is there a name for ...", "what do you call ...", "whats that problem called": the
# user asks for the name, so no noun phrase of the question can be it.
_ASKS_FOR_A_NAME = re.compile(
    r"\b(?:is there|are there|whats|what s|what is|do you know) (?:an?|the|any) "
    r"(?:name|word|term)s? (?:for|of)\b"
    r"|^(?:an? |the )?(?:name|word|term) for\b"
    r"|\bwhat (?:do|does|did|would|should) (?:you|we|people|they|one|i|someone) call\b"
    r"|\b(?:what|whats|what s|how) (?:is |are |was |were )?(?:that|this|it|these|those)"
    r"(?: \w+){0,3} called\b"
)


def asks_for_a_name(said: str) -> bool:
    """Whether the question (lowercased words, space-joined) asks what something is called."""
    return _ASKS_FOR_A_NAME.search(said) is not None


_ARTICLES = ("a", "an", "the")
_CLAUSE_WORDS = 3  # content words of an infinitive clause that make it a description


def describes_its_answer(said: Sequence[str], rest: Sequence[str], term: Sequence[str]) -> bool:
    """A bare phrase (no question word) that goes on past its noun phrase to describe it.

    ``said`` is the question's words, ``rest`` what is left once its scaffolding is
    stripped, ``term`` the noun phrase ``rest`` starts with. A name is typed bare or
    with generic words after it ("positional encoding in transformers"); a description
    refers to particular things ("average squared distance of the data points from
    the mean"), opens on an indefinite article ("a partition of a stream, like in
    kafka") or gives a purpose ("dashboard to watch loss and accuracy curves ...").
    """
    lead = list(said[1:]) if said[:1] and said[0] in _ARTICLES else list(said)
    after = list(rest[len(term) :])
    if not term or not after or lead[: len(term)] != list(term):
        return False  # a question's lead was stripped, or nothing follows the term
    if said[0] in ("a", "an") or "the" in after:
        return True
    content = [w for w in after if w not in _FILLER]
    return after[0] == "to" and len(content) > _CLAUSE_WORDS
