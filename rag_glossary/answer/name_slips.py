"""A question word that is a slip of the entry's own name ("what does supersamplng do"
of Supersampling) says the name, not a word asked of it."""

from __future__ import annotations

from functools import lru_cache

from rag_glossary.coverage.slips import one_slip
from rag_glossary.lexical import stem, tokenize

SLIP_NAME = 6  # a shorter word one slip from a name's word is as likely another word


@lru_cache(maxsize=4096)
def slipped_name(words: frozenset[str], own: frozenset[str], body: str) -> frozenset[str]:
    """The ``words`` that are a slip of a word of the entry's name (``own``): one letter
    dropped, doubled, swapped or replaced, not the name's word by its stem and not a
    word the entry's ``body`` writes ("efferent" in Afferent's text names the other side). Left
    among the words asked, every sentence saying the name seems to answer them."""
    slipped = {
        w
        for w in words
        if len(w) >= SLIP_NAME
        and any(one_slip(w, t) for t in own)
        and stem(w) not in {stem(t) for t in own}
    }
    return frozenset(slipped - set(tokenize(body))) if slipped else frozenset()
