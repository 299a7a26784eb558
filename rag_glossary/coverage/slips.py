"""Slips of the pen: when a word written is a typo of a word meant, and when another word.

A slip drops, doubles, swaps or replaces one letter; a prefix or a suffix added or dropped
makes another word ("transformer" is no typo of "transform").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from rag_glossary.coverage.glossary_language import unaccented

MIN_SLIP_LEN = 4  # inside a name whose other words match, a slip this short is still one


def suffixed(word: str, near: str) -> bool:
    """ "transformer" is not a typo of "transform", nor "margin" of "marginal", nor
    "unpooling" of "pooling": a suffix or prefix added or dropped makes another word, in a
    word or in any word of a name ("max unpooling layer"); a typo changes letters inside."""
    short, long = sorted((word, near), key=len)
    if short == long:
        return False
    # "telomer" for "telomere": a silent final "e" dropped or added is a slip, no suffix
    # "talkof" for "talkoff": a doubled last letter written once (or once more) is a slip
    slip = long in (short + "e", short + short[-1:])
    if long.startswith(short) and long[len(short)] != " " and not slip:
        return True
    pairs = list(zip(word.split(), near.split(), strict=False))
    same_length = len(word.split()) == len(near.split())
    # "descending node" and "ascending node": two prefixes on one stem, in a word of a name
    swapped = same_length and any(_prefix_swapped(*p) for p in pairs)
    return _prefixed(short, long) or swapped or (same_length and any(_prefixed(*p) for p in pairs))


def _prefix_swapped(word: str, near: str) -> bool:
    """ "descending" and "ascending", "inhale" and "exhale": one stem after two different
    prefixes of a closed class names the opposite, though only its first letters differ."""
    for n in range(1, _LONGEST_PREFIX + 1):
        a, b = word[:n], near[: n + len(near) - len(word)]
        stem = word[n:]
        # one letter replaced ("eperture") is a slip, whatever prefixes the letters are
        prefixes = a in _SWAPPING and b in _SWAPPING
        if prefixes and len(stem) >= _MIN_STEM and near.endswith(stem) and OSA.distance(a, b) >= 2:
            return True
    return False


def _prefixed(word: str, near: str) -> bool:
    """ "unpooling" and "pooling": one ends the other after a prefix that reverses or
    negates it ("un", "non", "de", "dis", "anti", ...), so it names the opposite, not a
    typo; another prefix keeps the concept ("cofounder" is a founder), and one lost first
    letter is a typo ("ransformer")."""
    short, long = sorted((word, near), key=len)
    return long.endswith(short) and long[: len(long) - len(short)] in _REVERSING


# English prefixes that reverse or negate a word's meaning (a closed class)
_REVERSING = frozenset(("un", "non", "de", "dis", "anti", "in", "im", "ir", "il", "mis", "counter"))
# prefixes that set a stem in a direction or against another ("a"scend / "de"scend, "in"hale /
# "ex"hale, "hyper" / "hypo"): a closed class; two of them on one stem name two things
_SWAPPING = _REVERSING | frozenset(
    str.split("a ac as ad ex e em en up down over under pre post inter intra hyper hypo sub")
    + str.split("super pro con com re out")
)
_LONGEST_PREFIX = 5
_MIN_STEM = 4  # "scending", "hale", "port": a stem of this many letters carries the word


def undoubled(word: str) -> str:
    """The word with every doubled letter written once: "trigger" and "trigerr" are "triger"."""
    return re.sub(r"(.)\1+", r"\1", word)


def one_slip(word: str, near: str) -> bool:
    return len(word) >= MIN_SLIP_LEN and OSA.distance(word, near) == 1 and not suffixed(word, near)


def replaced_pair(word: str, near: str) -> bool:
    """Whether ``near`` is ``word`` with two adjacent letters replaced and nothing else:
    "exposome" for "exposure" ("om" for "ur") is another ending, not a slip (a slip
    drops, doubles or swaps a letter, doubles the wrong one, or hits a neighbour key once)."""
    if len(word) != len(near):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, near, strict=True)) if a != b]
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    i, j = differ
    # "mamposteira" for "mampostería": a swap that also drops an accent is still a swap
    swapped = (unaccented(word[i]), unaccented(word[j])) == (
        unaccented(near[j]),
        unaccented(near[i]),
    )
    return not swapped and undoubled(word) != undoubled(near)  # "trigerr": a doubling slip
