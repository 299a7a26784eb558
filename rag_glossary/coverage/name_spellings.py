"""How a query's words may spell a name's other than by a typo (name_lookup.py): a word
clipped (``mic``: microphone), a numeronym (``i18n``, ``e2e``), a compound of known words;
and the numbers and lone letters that must agree for a near spelling to be the name."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from rag_glossary.everyday import everyday_words
from rag_glossary.word_marks import lettered


@dataclass(frozen=True)
class Known:
    """The words a compound may be made of ("green|house": GHG): the glossary's own and
    everyday English (a glossary that writes "greenhouse" need never write "house")."""

    vocabulary: Container[str]

    def __contains__(self, word: object) -> bool:
        return word in self.vocabulary or word in everyday_words()


_MIN_CLIPPED = 3  # "mic": a clipped word keeps a syllable
_MIN_CLIPPED_OFF = 3  # "transform" / "transformer" is a suffix, not a clipping


def clips_into(key: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``key`` is ``name`` in order, with one word clipped and at most one dropped."""
    clipped, at = 0, 0
    for word in key:
        while at < len(name) and not clipped_into(word, name[at]):
            at += 1
        if at == len(name):
            return False
        clipped += word != name[at]
        at += 1
    return clipped == 1


def clipped_into(word: str, full: str) -> bool:
    if word == full:
        return True
    long_enough = len(word) >= _MIN_CLIPPED and len(full) - len(word) >= _MIN_CLIPPED_OFF
    return long_enough and full.startswith(word) and lettered(word) and word not in everyday_words()


NUMERONYM = re.compile(r"[a-z][1-9][0-9]?[a-z]")
_DIGIT_WORDS = {2: ("to", "two"), 4: ("for", "four")}


def spelled_numeronym(middle: tuple[str, ...], first: str, last: str, count: int) -> bool:
    """Whether the words stand for a numeronym: "end (to) end" for e2e, one word of
    count + 2 letters for i18n (a stop word "to" may be gone from the key)."""
    if len(middle) == 1:
        word = middle[0]
        return len(word) == count + 2 and word[0] == first and word[-1] == last
    inner = middle[1:-1]
    said = len(middle) == 2 or (len(middle) == 3 and inner[0] in _DIGIT_WORDS.get(count, ()))
    return said and count in _DIGIT_WORDS and middle[0][0] == first and middle[-1][0] == last


def numbers_differ(query: str, name: str) -> bool:
    """A near spelling that changes a number or a lone letter is another name: the numbers
    standing as words differ, or the query writes a digit inside a word the name does not
    ("ipv6 address" is not "IP Address"); a digit only the name writes may be dropped
    ("megan": M3GAN)."""
    inner = re.findall(r"\d+", query)
    if _letters(query) and _letters(query) != _letters(name):
        return True  # "brandklasse e" is no Brandklasse B, "d schlauch" no B-Schlauch
    return _digits(query) != _digits(name) or (bool(inner) and inner != re.findall(r"\d+", name))


def _letters(text: str) -> list[str]:
    """The letters of a name standing as words: a class's or a size's letter, no typo."""
    return re.findall(r"\b[^\W\d_]\b", text)


def _digits(text: str) -> list[str]:
    """The numbers of a name standing as words: a standard's or a version's number is no
    typo ("iso iec 27001" is not "ISO/IEC 42001"); digits inside a word spell it (M3GAN)."""
    return re.findall(r"\b\d+\b", text)
