"""Misspelled cue words of question shapes, mended before the question is read.

"whats the diffrence between i-vector and x-vector": the word that makes a question a
comparison is what the key-term grammar and the answer's shapes look for; misspelled,
it would be read as the unknown key term. A word that is not everyday English and lies
within one edit of a cue word is taken to be that cue word.
"""

from __future__ import annotations

import re
from functools import cache

from rag_glossary.everyday import everyday_words

# The words that make a question a comparison (a general list of English cue words).
CUE_WORDS = frozenset(
    str.split(
        """
        difference differences different differ differs distinction distinguish
        versus compare compared comparison contrast between
        """
    )
)
_WORD = re.compile(r"[A-Za-z]{5,}")
_EDITS = 1  # two edits reach real words ("computed": compared, "distilation": distinction)


def mend_cue_words(question: str) -> str:
    """``question`` with misspelled cue words written as the cue words."""
    return _WORD.sub(lambda m: _mended(m.group(0).lower()) or m.group(0), question)


@cache
def _mended(word: str) -> str | None:
    if word in CUE_WORDS or word in everyday_words():
        return None
    for cue in sorted(CUE_WORDS):
        if cue[0] == word[0] and edit_distance(word, cue, _EDITS) <= _EDITS:
            return cue
    return None


def edit_distance(a: str, b: str, bound: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from a to b; bound + 1 if more."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return min(row[-1], bound + 1)
