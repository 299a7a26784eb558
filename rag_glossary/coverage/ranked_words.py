"""How a key term's words stand to an entry's names and statements, for the rules of
ranked_entries.py: a name said twice or cut short, a name modifying another head, a term
written through the name's own words, a statement with another modifier, a range stated."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import lru_cache

from rag_glossary.coverage.phrases import phrase_key, strong_stem, words
from rag_glossary.coverage.scaffolding import ASKING
from rag_glossary.coverage.wordclasses import GENERIC
from rag_glossary.word_marks import lettered

_ASKED = frozenset(phrase_key(sorted(ASKING)))
# "x7r temperature range": the extent of a quantity the entry's text names is asked of it
EXTENTS = frozenset(phrase_key(str.split("range ranges")))
_SHORTENED = 3  # "tantalum cap": the fewest letters a name's last word is cut to
# "80-125%", "between 2 and 8": a range the text states in numbers
_NUMERIC_RANGE = re.compile(r"\d\s*(?:-|–|to)\s*\d|\bbetween \d[^.;]*? and \d")
_ADJECTIVE = ("ive", "ous", "al", "able", "ible", "ic", "ful", "less")
# a sentence, a clause after a semicolon, or a line of a list
STATEMENT = re.compile(r"(?<=[.!?;])\s+|\n+")


def said_twice(names: Sequence[tuple[str, ...]], key: Sequence[str]) -> bool:
    """Whether the term holds one of the entry's names twice ("scrum of scrums", "loop
    within a loop" once its fillers are gone)."""

    def count(name: tuple[str, ...]) -> int:
        n = len(name)
        return sum(tuple(key[at : at + n]) == name for at in range(len(key) - n + 1))

    return any(name and count(name) >= 2 for name in names)


def modifies(names: Sequence[tuple[str, ...]], said: Sequence[str], known: Container[str]) -> bool:
    """ "metric learning": the name Metric modifies a head noun none of the entry's names
    has, making a new term (a kind of learning). Not when the head is what is asked of the
    name ("bleu score"), an adjective ("convolution commutative"), or a word the glossary
    never uses ("empirical rule stats"); not "loss a percentage" or "separability of a
    kernel", which are no compounds."""
    key = [phrase_key([w]) for w in said]
    if len(key) < 2 or not all(key) or not lettered(said[-1]):
        return False
    head = key[-1][0]
    if head in GENERIC or head in _ASKED or head not in known or said[-1].endswith(_ADJECTIVE):
        return False
    if any(name[-1:] == (head,) for name in names):
        return False  # "facebook company": Meta Company, also called Facebook
    modifier = tuple(k[0] for k in key[:-1])
    return any(len(n) == len(modifier) and n == modifier[-len(n) :] for n in names)


def other_kind(term: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """ "spectroscopic parallax" is a kind of Parallax, not Parallax itself; "edge
    detection" shares only its modifier with Edge Computing (as "template matching" with
    template query): another head is another thing. A name's own kind word ("Sales
    Forecasting process") is not its head: "sales forecasting ml pipeline" may be it."""
    if len(name) == 1:
        return name == term[-1:]
    if name[-1] in GENERIC:
        name = name[:-1]
    return len(name) >= 2 and name[0] == term[0] and term[-1] not in name and name[-1] not in term


def written_through(key: Sequence[str], said: Sequence[str], fillers: Container[str]) -> bool:
    """Whether ``said`` holds the words of ``key`` in order with only ``fillers`` (words of
    the entry's name) between them: "unpaid result" in "unpaid search result"."""
    for start, word in enumerate(said):
        if word != key[0]:
            continue
        at = 1
        for next_word in said[start + 1 :]:
            if at == len(key):
                break
            if next_word == key[at]:
                at += 1
            elif next_word not in fillers:
                break
        if at == len(key):
            return True
    return False


@lru_cache(maxsize=1024)
def statements_said(body: str) -> tuple[tuple[str, ...], ...]:
    """Each statement of a body as strong stems of its phrase key (cached by the body: the
    top hits of one question are the top hits of many)."""
    return tuple(
        tuple(strong_stem(w) for w in phrase_key(words(statement)))
        for statement in STATEMENT.split(body)
    )


def another_modifier(term: Sequence[str], said: Sequence[str]) -> bool:
    """Whether a statement has a term's last two words as a phrase but not the whole term:
    the head with another modifier names a sibling ("information criterion")."""
    if len(term) < 3:
        return False
    text = " " + " ".join(said) + " "
    return f" {term[-2]} {term[-1]} " in text and f" {' '.join(term)} " not in text


def says_name(name: tuple[str, ...], said: str) -> bool:
    """Whether the question says the name as a phrase, its last word perhaps cut short
    ("tantalum cap" for Tantalum Capacitor: people shorten a long name's last word)."""
    if f" {' '.join(name)} " in said:
        return True
    if len(name) < 2:
        return False
    found = re.search(rf" {re.escape(' '.join(name[:-1]))} (\w+) ", said)
    cut = found.group(1) if found else ""
    return len(cut) >= _SHORTENED and name[-1].startswith(cut)


def shortened(names: Sequence[tuple[str, ...]], key: Sequence[str]) -> set[str]:
    """The words of the key that cut a name's last word short, after its other words."""
    cut = set()
    for name in (n for n in names if len(n) >= 2):
        for at in range(len(name) - 1, len(key)):
            word, before = key[at], tuple(key[at - len(name) + 1 : at])
            if before == name[:-1] and len(word) >= _SHORTENED and name[-1].startswith(word):
                cut.add(word)
    return cut


def extent_of_said(
    word: str, key: Sequence[str], spelled: Container[str], unsaid: Sequence[str]
) -> bool:
    """ "x7r temperature range": an extent right after a word the entry's text has (not
    one of its names: "credit limit" asks of no quantity the text names)."""
    at = key.index(word)
    before = key[at - 1] if at else ""
    return word in EXTENTS and bool(before) and before not in spelled and before not in unsaid


def states_range(body: str) -> bool:
    """ "usual acceptance range for bioequivalence": the entry states a range in numbers
    ("typically 80-125% ..."), so the range asked of it, whatever it is called, is there."""
    return _NUMERIC_RANGE.search(body) is not None
