"""A description of a kind of X, answered by the entry that defines bare X (round 30).

A glossary with an entry titled by one common word ("Chart", "X-axis") has its title word
in every question about a kind of it: "chart with a box for the middle half of the data
... and whiskers" (a box plot), "an axis where each tick is ten times the one before" (a
log scale). The key term is that bare word, found as a generic title or text word, and
the described question's standout owes much to it. The entry defining X in general
answers such a question only if it says what sets the kind apart: so a question that
opens on the bare word and goes on to describe it is refused when the entry titled by
that word alone holds under ``KIND_SUPPORT`` of the question's other content words.
"""

from __future__ import annotations

from collections.abc import Container

from rag_glossary.coverage.described_support import content_words
from rag_glossary.coverage.phrases import words
from rag_glossary.everyday import support_stems
from rag_glossary.models import Entry

KIND_SUPPORT = 0.3  # share of the describing words the bare entry must say
_ARTICLES = frozenset(("a", "an", "the"))
_STEM = 4


def bare_title(title: str) -> str | None:
    """The title's one word of two letters or more ("X-axis" -> "axis"), or None."""
    named = [w for w in words(title) if len(w) > 1]
    return named[0] if len(named) == 1 else None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def opens_on(query: str, key_term: str) -> bool:
    """Whether the question opens on the key term ("an axis where ...") and goes on."""
    said = words(query)
    while said and said[0] in _ARTICLES:
        said = said[1:]
    return len(said) > 1 and _singular(said[0]) == _singular(key_term)


def kind_unsaid(
    query: str, key_term: str, entry: Entry, frame: Container[str] = frozenset()
) -> bool:
    """Whether the question describes a kind of the bare word titling ``entry`` and the
    entry says too few of its describing words to answer for that kind. ``frame``: the
    function words and question forms of the glossary's language, no describing words
    ("Шаньюй гэдэг цолыг аль гүрний хаан хэрэглэдэг байсан бэ": "гэдэг", "аль", "байсан";
    round 60 FM)."""
    title = bare_title(entry.title)
    if title is None or _singular(title) != _singular(key_term) or not opens_on(query, key_term):
        return False
    describing = [
        w for w in content_words(query) if w[:_STEM] != key_term[:_STEM] and w not in frame
    ]
    if not describing:
        return False
    stems = support_stems([" ".join((entry.title, *entry.aliases, entry.body))])
    return sum(w[:_STEM] in stems for w in describing) / len(describing) < KIND_SUPPORT


# what opens a description of the words before it: "protocol [that] stops ...", "rule
# [where] ...", "quantum algorithm [for] solving ...", "a node [with] four or more children",
# "green tea [layered] with ..." (a relative word, a preposition, a participle)
_DESCRIBING = frozenset(str.split("that which who whose where when with for of from on in by like"))
_HEADED_WORDS = 6  # content words of a question that a head word then a clause describes
# what may stand before the head of a description: "those typefaces with ..."
_OPENERS = _ARTICLES | frozenset(("this", "that", "these", "those"))


def heads_description(query: str, key_term: str | None) -> bool:
    """Whether a title the key term names opens the question and what follows describes
    it at length ("protocol that stops switches from sending broadcasts round and round",
    "quantum algorithm for solving a big system of equations ax = b much faster ..."):
    the title is the kind of thing described, no name the question asks about (a title
    found only in some text is judged elsewhere: question_forms.one_word_in_a_description)."""
    if not key_term:
        return False
    said, term = words(query), key_term.split()
    while said and said[0] in _OPENERS:
        said = said[1:]
    while term and term[0] in _OPENERS:  # "those typefaces" as the grammar kept it
        term = term[1:]
    head, after = said[: len(term)], said[len(term) :]
    if not term or not after or [_singular(w) for w in head] != [_singular(w) for w in term]:
        return False
    participle = after[0].endswith("ed") and len(after[0]) > 4
    described = after[0] in _DESCRIBING or participle
    return described and len(content_words(query)) >= _HEADED_WORDS
