"""A question that names its answering entry but asks a thing the entry does not say
(round 55 WN).

"can i cancel a policy i only bought last week and get my money back": the question says
Policy's title, so Policy stands out, but what it asks (cancel, bought, week, money) is
nowhere in Policy's text; the title is the setting of the question, not what it asks.
Answered with Policy's definition, the reply reads as if the glossary covered it. So a
covered question is refused when the first hit's title or an alias is said in it word for
word, the question asks neither what a name is or means nor a comparison, it is no story
(at most ``_REST_MOST`` words beside the name), and ``_UNSAID`` or more of its other
content words are nowhere in the entry's text (stems or their first ``_PREFIX`` letters).
An answerable of the same shape names the entry and asks what it is ("my buddy keeps
talking about trimix ..., what actually is it"), or asks a fact of it that the entry's
text says in its own words ("which squares count as the center when people talk about
center control": center, squares).

English questions of English glossaries only: the English function words and question
forms are the ones read here (another language's "was ist", "מה זה" are not), and an English
question's words are not said by a glossary written in another language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.language_asks import asked_language
from rag_glossary.answer.question import asks_define
from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.coverage.listed_terms import CONTRAST_WORDS
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.marks import plain
from rag_glossary.models import Entry

# the fewest content words beside the name the entry must not say; the most a question
# may say beside the name (a longer one is a story around a "what is X" the forms miss)
_UNSAID = 4
_REST_MOST = 10
_PREFIX = 5
_SHORTEST = 3  # shorter words ("u", "pc", "atc") are not read
_HITS = 3  # the first hits read: the named one and the two after it

# words that ask what a name is, means or is called, or what counts as it (its
# definition's criterion: "how fast must the pressure fall to count as explosive
# deepening"), or compare two things
_MEANING = frozenset(
    str.split(
        "whats mean means meaning meant definition define defined definiton stand stands "
        "called call term explain explained describe count counts counted qualify qualifies"
    )
)
# listed_terms' contrast words and the verbs and preposition of a comparison
_CONTRAST = frozenset((*CONTRAST_WORDS, "compare", "compared", "between"))
# "what is", "what even is", "what does that actually mean", "what the eyewall actually is"
_WHAT_IS = lazy_regex(r"(?i)\bwhat(?:'s|s)?(?:\s+\w+){0,3}?\s+(?:is|are|does|do|mean|means)\b")


def named_rest_unsaid(query: str, entries: Sequence[Entry], language: str | None) -> bool:
    """Whether ``query`` names the first of ``entries`` (the first hits) but asks of it
    ``_UNSAID`` or more words that neither its text nor any other of ``entries`` says
    (``language``: the glossary's; None for English). Another hit saying what is asked
    may be the answer ("which diagnostic test checks whether units manipulated the running
    variable ...": Manipulation, second, after Running variable)."""
    if not entries:
        return False
    entry = entries[0]
    if language is not None or not query.isascii() or asked_language(query) is not None:
        return False
    said = [plain(w) for w in words(query)]
    span = _named_span(said, entry)
    if span is None or _asks_name_or_contrast(query, said):
        return False
    start, end = span
    rest = [w for w in said[:start] + said[end:] if _content(w)]
    if len(rest) > _REST_MOST:
        return False
    return all(len(_unsaid(rest, other)) >= _UNSAID for other in entries[:_HITS])


def _unsaid(rest: Sequence[str], entry: Entry) -> set[str]:
    """The stems of ``rest`` that ``entry``'s text says in no form."""
    text = words(" ".join((entry.title, *entry.aliases, entry.body)))
    stems = set(phrase_key(text))
    prefixes = {plain(w)[:_PREFIX] for w in text}
    return {
        key[0]
        for w in rest
        if (key := phrase_key([w])[:1]) and key[0] not in stems and w[:_PREFIX] not in prefixes
    }


def _named_span(said: Sequence[str], entry: Entry) -> tuple[int, int] | None:
    """Where the entry's title or an alias is said word for word (the first found)."""
    for name in (entry.title, *entry.aliases):
        run = [plain(w) for w in words(name)]
        n = len(run)
        for at in range(len(said) - n + 1) if n else ():
            if list(said[at : at + n]) == run:
                return at, at + n
    return None


def _asks_name_or_contrast(query: str, said: Sequence[str]) -> bool:
    words_said = set(said)
    if not words_said.isdisjoint(_MEANING) or not words_said.isdisjoint(_CONTRAST):
        return True
    return bool(_WHAT_IS.search(query)) or asks_define(query)


def _content(word: str) -> bool:
    return len(word) >= _SHORTEST and word not in function_words("en") and not _NUMBER.match(word)


_NUMBER = re.compile(r"^\d")
