"""A word's inflection folded off, for matching a question's words with an entry's.

A glossary defines with verb forms ("Falling and hitting the ground", "Drying, puckering
sensation") where a question says the base ("fall ... hit the ground", "dry puckery").
The fold strips -ing, -ed and -ied as English spells them: a doubled final consonant is
undoubled ("hitting": hit; but "falling": fall, "missing": miss), and the base must keep
three letters and a vowel ("thing", "string" and "bed" are no forms). It is a fold for
comparing words, not a stemmer: no derivational suffix is cut (-er, -ion, -ment), as a
glossary keeps "learner" and "learning", "layer" and "lay" apart.
"""

from __future__ import annotations

import re
from collections.abc import Container

MIN_BASE = 3  # "hit" + "ting"; a shorter rest ("be" + "ing", "ne" + "ed") is no base
_VOWELS = frozenset("aeiouy")
# English doubles these before -ing/-ed ("hitting", "planned"); l, s and z end many
# bases doubled ("falling", "missing", "buzzing"), so those stay
_DOUBLED = frozenset("bdfgmnprt")


def fold(word: str) -> str:
    """``word`` without an -ing, -ed or -ied ending ("falling": "fall", "hitting": "hit",
    "dried": "dry"); any other word as it is."""
    if len(word) > 4 and word.endswith("ied"):
        return word[:-3] + "y"
    for ending in ("ing", "ed"):
        base = word[: -len(ending)]
        if word.endswith(ending) and _is_base(base):
            return undoubled(base)
    return word


def _is_base(base: str) -> bool:
    return len(base) >= MIN_BASE and any(c in _VOWELS for c in base)


def undoubled(base: str) -> str:
    doubled = base[-1] == base[-2] and base[-1] in _DOUBLED
    return base[:-1] if doubled and len(base) > MIN_BASE else base


def finnish_graded(word: str) -> str:
    """A Finnish word with its consonant gradation and -nen stem folded to one spelling,
    so a name and its case forms stem alike: "estimointi" and "estimoinnilla" (nt: nn),
    "ennustaminen" and "ennustamisella" (-nen: -se-), "agenttimalli" and "agentin" (tt: t),
    "lähtötieto" and "lähtötiedot" (t: d), "matkatuotos" and "matkatuotoksen" (-s: -kse-).
    Snowball's Finnish stemmer strips the case endings but keeps either grade."""
    if word.endswith("nen") and len(word) > MIN_BASE + 3:
        word = word[:-3] + "se"
    if word.endswith("ks") and len(word) > MIN_BASE + 2:
        word = word[:-2] + "s"  # "matkatuotoksen" stems to "matkatuotoks": Matkatuotos
    # t: d ("lähtötiedot", Lähtötieto), nk: ng ("kengän", kenkä), nt: nn
    word = word.replace("nt", "nn").replace("ng", "nk").replace("d", "t")
    for c in "kpt":
        word = word.replace(c + c, c)
    return word


def polish_alternated(word: str) -> str:
    """A Polish word with its nasal vowel folded to one spelling, so a name and its case
    forms stem alike: Polish writes "ą" in a closed syllable and "ę" where an ending opens
    it ("rząd": "rzędu", "błąd": "błędu", "ząb": "zęby"); "ó" and "o" alternate the same
    way ("wzór": "wzoru") and meet already, a stem key being read without its marks."""
    return word.replace("ą", "ę")


_UKRAINIAN_DOUBLED = re.compile(r"([бвгґджзклмнпрстфхцчшщ])\1")


def ukrainian_single(word: str) -> str:
    """A Ukrainian word with each doubled consonant written once, so a name and its case
    forms stem alike: a noun of the third declension doubles its last consonant before the
    instrumental ending ("панель": "панеллю", "сіль": "сіллю"), and a noun in "-ння" keeps
    the double in all its forms, folded alike ("значення", "значенням")."""
    return _UKRAINIAN_DOUBLED.sub(r"\1", word)


# Hungarian case endings as typed without marks (-ban/-ben, -nál/-nél, -ról/-ről...),
# longest first; Snowball's Hungarian stemmer knows them with their marks only
_HUNGARIAN_CASES = (
    *("kent", "nak", "nek", "nal", "nel", "ban", "ben", "bol", "rol", "tol", "hoz", "hez"),
    *("val", "vel", "ert", "ra", "re", "ba", "be", "ig", "ot", "et", "at", "t"),
)
_HUNGARIAN_VOWELS = frozenset("aeiou")


def hungarian_case_folded(word: str) -> str:
    """A Hungarian word in plain letters (marks.plain) with one case ending cut, so a name
    and its case forms stem alike however typed: "oroklodesnel" and "oroklodes"
    (öröklődés), "pointerrel" (-val/-vel after a doubled consonant) "pointer". The rest
    keeps more than MIN_BASE letters and a vowel; Snowball then stems it."""
    for ending in _HUNGARIAN_CASES:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) > MIN_BASE and _has_vowel(base):
            return base
    doubled = len(word) > MIN_BASE + 3 and word[-3] == word[-4]
    if doubled and word[-2:] in ("al", "el") and word[-3] not in _HUNGARIAN_VOWELS:
        return word[:-3]
    return word


def _has_vowel(base: str) -> bool:
    return not _HUNGARIAN_VOWELS.isdisjoint(base)


# Hungarian endings written after a hyphen on a foreign word, symbol or abbreviation:
# case (-ban, -ból, -nak, -val, -t...), possessive (-ja, -je), plural (-ok, -ek, -k), the
# asking particle (-e), each with and without its marks
_HYPHENED_ENDINGS = (
    *("ban", "ben", "ba", "be", "ból", "ből", "bol", "böl", "ról", "ről", "rol", "tól", "től"),
    *("tol", "nak", "nek", "nál", "nél", "nal", "nel", "hoz", "hez", "höz", "val", "vel", "ra"),
    *("re", "ig", "ért", "ert", "ként", "kent", "kor", "t", "ot", "et", "at", "öt", "ja", "je"),
    *("jai", "jei", "ját", "jét", "jat", "jet", "ok", "ek", "ök", "ak", "k", "os", "es", "ös"),
    *("as", "e"),
)
_HYPHENED = re.compile(
    r"(?<=[^\W_]|[+)\]])-("
    + "|".join(sorted(_HYPHENED_ENDINGS, key=len, reverse=True))
    + r")(?![^\W_])",
    re.IGNORECASE,
)


def hungarian_hyphen_cut(text: str, kept: Container[str] = ()) -> str:
    """A Hungarian text without the endings written after a hyphen ("call stack-ben mi
    tárolódik": "call stack"; "C++-ban", "sizeof-ja", "g++-nal"): read as a word of its own
    the ending joins the key term. An ending in ``kept`` (a word of the glossary's names:
    Fordítási flag-ek) stays."""
    return _HYPHENED.sub(lambda m: m.group() if m.group(1).lower() in kept else "", text)


def hyphen_ended(text: str) -> bool:
    """Whether a text writes a Hungarian ending after a hyphen ("stack-ben", "C++-ban"):
    it is Hungarian, though its other words may be English or typed without marks."""
    return _HYPHENED.search(text) is not None
