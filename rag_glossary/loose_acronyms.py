"""Acronyms whose letters are not all initials: ``NOTAM (Notice to Airmen)``, ``UID (Unique
Identifier)``, ``OLTP (Online Transaction Processing)``, ``HIL (Hardware-in-the-loop
simulation)``.

base.acronym_aliases asks each letter to be a word's initial (or the word whole); many
acronyms also take a word's next letters (``NO``tice, ``ID``entifier, ``OL``-line). Here
each word of the expansion gives the acronym a run of its letters in order, starting with
its initial ("of", "the", "in", ... may give none), and one last word may give none (the
head noun an acronym leaves out: "HIL simulation"). ``XSS (Cross-Site Scripting)`` and
``Beacon (Airport)`` are no such pair.

Words are letters of any script (``Löschgruppenfahrzeug`` is one word, not ``L`` and
``schgruppenfahrzeug``), the function words of a few European languages give no letter
(``DLK (Drehleiter mit Korb)``), and in a title's parentheses one long word may give every
letter: a compound noun (German, Dutch, Scandinavian) abbreviated by its parts, ``PA
(Pressluftatmer)``, ``HLF (Hilfeleistungslöschgruppenfahrzeug)``. Elsewhere (a stub's one
word, ``GB``: ``Gigabyte``) one word is no expansion.
"""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[^\W\d_]+")
OPTIONAL_WORDS = frozenset(
    ("of", "and", "the", "a", "an", "to", "for", "in", "on", "with", "by", "at", "from")
)
# Articles, conjunctions and prepositions of German, French, Spanish, Italian and Dutch.
_FOREIGN_FUNCTION_WORDS = frozenset(
    (
        "der", "die", "das", "des", "dem", "den", "und", "mit", "von", "vom", "für", "auf",
        "im", "zum", "zur", "am", "an", "aus", "bei", "nach",
        "de", "du", "la", "le", "les", "et", "à", "au", "aux", "pour", "sur", "par", "en",
        "del", "el", "los", "las", "y", "para", "por", "con",
        "di", "il", "e", "per", "della", "dei",
        "het", "van", "voor", "op", "met",
    )
)  # fmt: skip
_MAX_WORDS = 8
# One word spells an acronym only when it is long: four letters or more per letter.
_COMPOUND_LETTERS = 4


def loosely_spelled(
    acronym: str, expansion: str, *, head_noun: bool = True, compound: bool = False
) -> bool:
    """``acronym`` (2-8 capital letters) abbreviates ``expansion`` of two or more words;
    ``head_noun=False``: every word but "of", "the", ... gives the acronym a letter;
    ``compound=True``: one long word may give every letter (a title's parentheses)."""
    if not re.fullmatch(r"[A-Z]{2,8}", acronym):
        return False
    words = tuple(w.casefold() for w in _WORD.findall(expansion))
    letters = acronym.casefold()
    if compound and len(words) == 1 and len(words[0]) >= _COMPOUND_LETTERS * len(letters):
        return _spell(letters, words)  # a compound noun: "PA (Pressluftatmer)"
    if not 2 <= len(words) <= _MAX_WORDS:
        return False
    dropped = head_noun and len(words) > 2 and _spell(letters, words[:-1])
    return _spell(letters, words) or dropped


@cache
def _spell(letters: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    optional = word in OPTIONAL_WORDS or word in _FOREIGN_FUNCTION_WORDS
    if optional and _spell(letters, rest):
        return True
    if not letters or word[0] != letters[0]:
        return False
    return any(_spell(letters[k:], rest) for k in _runs(letters, word))


def _runs(letters: str, word: str) -> list[int]:
    """How many of ``letters`` the word can give: its initial, then later letters in order."""
    counts, at = [1], 1
    for k in range(1, len(letters)):
        found = word.find(letters[k], at)
        if found < 0:
            break
        counts.append(k + 1)
        at = found + 1
    return counts
