"""Key terms a question lists (keyterms.py's forms before its noun phrase): a compared
pair ("X vs Y", "difference between X and Y"), a list of one-word items, a noun phrase
glossed after a comma."""

from __future__ import annotations

import re
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import KeyTerm, _key_term
from rag_glossary.coverage.phrases import compounds, phrase_key, words
from rag_glossary.coverage.question_forms import NO_NAME_WORDS
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.wordclasses import BOUNDARY, WH_WORDS

# the English words that ask how two things differ (judgement_named_rest.py reads them too)
CONTRAST_WORDS = ("difference", "differences", "diff", "distinction", "vs", "versus")
# "one-vs-rest" is one hyphenated name, no contrast
CONTRAST = re.compile(rf"(?<!-)\b(?:{'|'.join(CONTRAST_WORDS)})\b(?!-)")
# "polling input and using event listeners", "shooting raw and jpeg": the light verb of
# choosing one side (or of recording in a format) compares the thing itself
_USING = re.compile(r"^(?:(?:the )?use of|using|choosing|picking|shooting(?: in)?) (?=\S)")


_PAIR = re.compile(r"(.+?) (?:and|vs|versus|or) (.+)")


def compared_pair(question: str, rest: str) -> list[KeyTerm] | None:
    """The two sides of a contrast asked ("mean vs median"), None when none is asked."""
    pair = _PAIR.fullmatch(_pair_before_asking(question, rest))
    if not pair or not CONTRAST.search(question.lower()):
        return None
    return _same_tail([_key_term(_side(part)) for part in pair.groups() if part.strip()], pair)


def _pair_before_asking(question: str, rest: str) -> str:
    """ "X vs Y, whats the difference in how they're calculated": a contrast named, then
    after its last comma a wh-clause that asks about it; the pair is the part before."""
    head, comma, tail = question.rpartition(",")
    asked = words(tail)
    if not comma or not asked or not CONTRAST.search(" ".join(asked)):
        return rest
    if asked[0] not in WH_WORDS and asked[0].removesuffix("s") not in WH_WORDS:
        return rest  # "whats" is "what's" without its apostrophe
    named = strip_scaffolding(head)
    return named if _PAIR.fullmatch(named) and not _PAIR.search(" ".join(asked)) else rest


def _same_tail(sides: list[KeyTerm], pair: re.Match[str]) -> list[KeyTerm]:
    """ "track at once vs disc at once": both sides cut before the same tail of function
    words only (no noun, so no setting); the tail is a word of each name, kept whole."""
    said = [_side(part).split() for part in pair.groups()]
    if len(sides) != 2 or not all(t.continues for t in sides):
        return sides
    tails = [s[len(t.text.split()) :] for s, t in zip(said, sides, strict=True)]
    if tails[0] != tails[1] or not 0 < len(tails[0]) <= 2:
        return sides
    if not all(w in NO_NAME_WORDS for w in tails[0]):
        return sides
    return [KeyTerm(" ".join(s), True) for s in said]


def _side(part: str) -> str:
    """A side of a comparison, scaffolding stripped; "using X" compares X itself."""
    return strip_scaffolding(_USING.sub("", strip_scaffolding(part), count=1))


def word_list(question: str) -> list[str]:
    """ "what do rnn, cnn, gan and vae stand for": three or more one-word items."""
    items = [strip_scaffolding(item) for item in question.split(",")]
    last = re.fullmatch(r"(?:(\S+) )?(?:and|or) (\S+)", items[-1])
    if len(items) < 2 or not last:
        return []
    listed = [*items[:-1], *(w for w in last.groups() if w)]
    one_word = all(len(phrase_key(item.split())) == 1 == len(item.split()) for item in listed)
    return listed if one_word and len(listed) >= 3 else []


_REQUESTS = frozenset(str.split("explain define describe summarize clarify"))


def glossed_term(question: str) -> KeyTerm | None:
    """ "music source separation, splitting a song into ...": a bare noun phrase
    before the first comma is the term; what follows glosses it."""
    head, comma, gloss = question.partition(",")
    said, glossed = strip_scaffolding(head), words(gloss)
    if not comma or not phrase_key(glossed) or glossed[0] in WH_WORDS:
        return None  # "in the bach example, which note ...": a setting, then the question
    first = said.split()[0] if said else "ing"
    if first.endswith("ing") or first in BOUNDARY:
        return None
    term = _key_term(said, joints=compounds(head))
    if term.text != said or not term.term_style or len(phrase_key(said.split())) < 2:
        return None
    # "binary search algorithm, explain it simply": a request after the comma asks about
    # the term, no gloss describing it
    return replace(term, continues=glossed[0] not in _REQUESTS)
