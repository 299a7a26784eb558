"""Misspelled cue words of question shapes, mended before the question is read.

"whats the diffrence between i-vector and x-vector": the word that makes a question a
comparison is what the key-term grammar and the answer's shapes look for; misspelled,
it would be read as the unknown key term. A word that is not everyday English and lies
within one edit of a cue word is taken to be that cue word.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import OSA  # edits: insert, delete, replace, swap two neighbours

from rag_glossary.everyday import everyday_in, everyday_words

# The words that make a question a comparison (a general list of English cue words).
CUE_WORDS = frozenset(
    str.split(
        """
        difference differences different differ differs distinction distinguish
        versus compare compared comparison contrast between
        """
    )
)
# a whole word: "diferă" (Romanian "differs") is no misspelled "differ" + "ă"
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{5,}(?![^\W\d_])")
_EDITS = 1  # two edits reach real words ("computed": compared, "distilation": distinction)
# "wat's a retort cell": a misspelled wh-word opening the question, then its verb, "'s" or
# an article; misread, the whole question becomes the unknown key term
_WH_WORDS = ("what", "which", "where", "when", "why", "how", "who", "whats")
_OPENING = re.compile(
    r"^(\s*)([A-Za-z]{3,5})"
    r"(?=(?:'s|\u2019s)? (?:is|are|was|were|does|do|did|a|an|the)\b|'s\b|\u2019s\b)"
)


def mend_cue_words(question: str, language: str | None = None) -> str:
    """``question`` with misspelled cue words (and a misspelled opening wh-word)
    written as the cue words. In a glossary in another ``language``, an opening word of
    that language's everyday words is its own ("wat is een hudo": Dutch "wat", not a
    misspelled "what")."""
    question = _OPENING.sub(
        lambda m: m.group(1) + _wh_word(m.group(2), language), question, count=1
    )
    return _WORD.sub(lambda m: _mended(m.group(0).lower()) or m.group(0), question)


@cache
def _wh_word(word: str, language: str | None) -> str:
    lower = word.lower()
    if lower in _WH_WORDS or lower in everyday_words() or lower in everyday_in(language):
        return word
    for wh in _WH_WORDS:
        if OSA.distance(lower, wh, score_cutoff=_EDITS) <= _EDITS:
            return wh
    return word


@cache
def _mended(word: str) -> str | None:
    if word in CUE_WORDS or word in everyday_words():
        return None
    for cue in sorted(CUE_WORDS):
        if cue[0] == word[0] and OSA.distance(word, cue, score_cutoff=_EDITS) <= _EDITS:
            return cue
    return None
