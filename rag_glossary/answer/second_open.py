"""What the second part of a two-part question leaves for another entry to answer: the
part's words the first answer has not said, and the entries the question truly names."""

from __future__ import annotations

from rag_glossary.answer.overlap import Idf, stem
from rag_glossary.answer.question import Question, second_part
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

# the part's own words the first answer left unsaid must weigh at least this much of all
# its words for another entry to be quoted for it
PART_OPEN_SHARE = 0.5


def part_left_open(
    q: Question, focus: frozenset[str], open_words: frozenset[str], idf: Idf
) -> bool:
    """The first answer leaves the second part open: "why does it make rebuilding images
    fast" is answered by a layer entry that says rebuilt images are fast (only "make" is
    left, which asks nothing), while "what causes it" is left whole for Dispersion."""
    part = second_part(q.text)
    if part is None:
        return bool(open_words)
    own = {stem(t) for t in tokenize(part)}
    asked = [t for t in focus if stem(t) in own]
    left = [t for t in open_words if stem(t) in own]
    if not asked:
        return bool(open_words)
    return sum(idf(t) for t in left) >= PART_OPEN_SHARE * sum(idf(t) for t in asked)


def names_whole(q: Question, hit: Hit, title: str) -> bool:
    """The question says all of one of the entry's names ("the rpn number" says Risk
    Priority Number's alias RPN); "what do games use it for" shares a word with Game
    Loop but does not name it."""
    said = {stem(t) for t in tokenize(q.text)}
    for name in (title, *hit.entry.aliases):
        words = {stem(t) for t in tokenize(name)}
        if words and words <= said:
            return True
    return False
