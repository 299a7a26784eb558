"""An "A or B" choice the answer has made: when it says one alternative whole, neither
alternative's words are left open for a second entry to answer ("is it time domain or
frequency domain": Frequency Spectrum says "frequency domain"; Spectogram's "time" adds
nothing asked)."""

from __future__ import annotations

import re

from rag_glossary.answer.overlap import stem
from rag_glossary.lexical import tokenize

_ALTERNATIVE_WORDS = 3  # the longest alternative of an "A or B" choice read


def decided_alternatives(text: str, said: set[str]) -> set[str]:
    """The stems of both alternatives of each "A or B" in ``text`` of which the answer
    (its stems ``said``) says one whole. An alternative is one word, or up to three when
    both end in the same word ("time domain or frequency domain"; then "domain" alone
    decides nothing)."""
    tokens = re.findall(r"[\w-]+", text.lower())
    decided: set[str] = set()
    for at in (i for i, t in enumerate(tokens) if t == "or"):
        size = next(
            (
                n
                for n in range(_ALTERNATIVE_WORDS, 1, -1)
                if n <= at and at + n < len(tokens) and tokens[at - 1] == tokens[at + n]
            ),
            1,
        )
        left, right = tokens[max(0, at - size) : at], tokens[at + 1 : at + 1 + size]
        sides = [{stem(t) for t in tokenize(" ".join(side))} for side in (left, right)]
        if all(sides) and any(side <= said for side in sides):
            decided |= sides[0] | sides[1]
    return decided
