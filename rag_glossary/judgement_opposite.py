"""A description answered by the entry that says the opposite of it (round 52, lane NG).

"my diabetic dad gets shaky ... because his sugar drops too low, what is that called" met
Diabetes ("elevated levels of blood glucose (or blood sugar)") on its words and was answered
with it: the entry says the thing the question describes goes the other way. A described
question whose direction word (low, drops, high, rises ...) stands by one of its content words
is refused when the answering entry says that word only with the opposite direction near it,
never with the question's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.models import Entry, Hit

# words saying a quantity goes or is down, or up (English: the described questions' language)
_DOWN = frozenset(
    str.split(
        "low lower lowest lowered drop drops dropped dropping fall falls falling fell "
        "decrease decreases decreased decreasing reduced below deficient deficiency "
        "underactive shortage"
    )
)
_UP = frozenset(
    str.split(
        "high higher highest raised elevated rise rises rising rose increase increases "
        "increased increasing above excess excessive overactive"
    )
)
_QUESTION_REACH = 3  # a direction word and the word it is said of, in the question
_ENTRY_REACH = 8  # ... in the entry (elevated levels of blood glucose (or blood sugar))
# a direction word is said of a word of its own clause
_CLAUSE = re.compile(r"[,;:.!?]+(?:\s|$)")


def _direction(word: str) -> int:
    return -1 if word in _DOWN else 1 if word in _UP else 0


def _content(word: str) -> tuple[str, ...]:
    """The word's phrase key if it is a content word (no function or direction word)."""
    if len(word) < 3 or word in function_words("en") or _direction(word):
        return ()
    return phrase_key([word])


def _directed(said: list[str], reach: int) -> Iterator[tuple[tuple[str, ...], int]]:
    """(content word's key, direction) for each direction word and each content word
    within ``reach`` words of it."""
    for i, w in enumerate(said):
        if d := _direction(w):
            for near in said[max(0, i - reach) : i + reach + 1]:
                if key := _content(near):
                    yield key, d


def _asked(said: list[str]) -> Iterator[tuple[tuple[str, ...], int]]:
    """(key, direction) of the word a question's direction word is said of: the noun right
    after it ("low pressure"), else the last content word before it ("his sugar drops too
    low") within _QUESTION_REACH words."""
    for i, w in enumerate(said):
        if not (d := _direction(w)):
            continue
        if i + 1 < len(said) and (key := _content(said[i + 1])):
            yield key, d
            continue
        before = (_content(v) for v in reversed(said[max(0, i - _QUESTION_REACH) : i]))
        if key := next((k for k in before if k), ()):
            yield key, d


def states_opposite(query: str, text: str) -> bool:
    """Whether ``text`` says a word the question gives one direction only with the other
    direction: the question's "sugar drops too low", the entry's "elevated ... blood sugar".
    A word the question gives both ("is a mockup high or low fidelity") asks which."""
    said = words(query)
    if any(_direction(a) * _direction(b) < 0 for a, b in zip(said, said[2:], strict=False)):
        return False  # "is a mockup high or low fidelity": asks which
    asked = _directions(query, _asked)
    stated = _directions(text, lambda clause: _directed(clause, _ENTRY_REACH))
    return any(len(ds) == 1 and stated.get(key) == {-d for d in ds} for key, ds in asked.items())


def _directions(
    text: str, read: Callable[[list[str]], Iterator[tuple[tuple[str, ...], int]]]
) -> dict[tuple[str, ...], set[int]]:
    """Each content word's key and the directions ``read`` finds said of it, by clause."""
    found: dict[tuple[str, ...], set[int]] = {}
    for clause in _CLAUSE.split(text):
        for key, d in read(words(clause)):
            found.setdefault(key, set()).add(d)
    return found


def opposite_refuses(
    query: str, hits: Sequence[Hit], entries: Sequence[Entry], position: Callable[[str], int | None]
) -> bool:
    """``states_opposite`` of the first hit's body (the entry that would answer)."""
    at = position(hits[0].id) if hits else None
    return at is not None and states_opposite(query, entries[at].body)
