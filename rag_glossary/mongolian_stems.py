"""A light stemmer for Mongolian in Cyrillic letters (language_stems.py), which Snowball has
none for.

Mongolian writes its cases, its plurals, its possessive and its verb forms as endings on the
word, each in the vowel that agrees with the word's own vowels: "улс" (state), "улсын" (of
the state), "улсад" (in the state), "хувьсгалын", "Монголын", "эмээгийнхээ" (of one's own
grandmother), "цолыг" (the title, object), "дүрмээр" (by the rule), "судалдаг" (studies),
"байгуулсан" (founded). A question's "улсад" never met an entry's "улсын" as a word. This
cuts those endings, at most three times, keeping at least ``MIN_STEM`` letters, then drops
the short vowel a word loses before an ending ("засаг", "засгийн"; "бичиг", "бичгийн";
"асуудал", "асуудлаа"): a stem closing consonant, short vowel, consonant is read without
that vowel, so both forms are "засг". Both sides of BM25 are stemmed alike, so a cut need
only be the same on both. A Latin word is stemmed as English.
"""

from __future__ import annotations

import re

from rag_glossary.stem_endings import cut_repeatedly

# the fewest letters a stem keeps ("улс", "хот", "цол" stay whole)
MIN_STEM = 3
# the words this stemmer reads; any other is stemmed as English (language_stems.LightStemmer)
SCRIPT = re.compile("[\u0400-\u04ff]")
# each ending in its four vowels (a, э, о, ө; у, ү for the rounded ones)
_HARMONY = ("а", "э", "о", "ө")
_ENDINGS = tuple(
    sorted(
        {
            # genitive, accusative (after a long vowel with "г"), possessive "-хаа"
            *("ийн", "ын", "гийн", "ний", "ийг", "ыг", "гийг", "ийнх", "ынх", "гийнх"),
            # dative-locative, ablative, instrumental, comitative, reflexive possessive
            *(f"{v}д" for v in _HARMONY),
            *(f"{v}нд" for v in _HARMONY),
            *("ид", "д"),
            *(f"{v}{v}с" for v in _HARMONY),
            *(f"г{v}{v}с" for v in _HARMONY),
            *(f"{v}{v}р" for v in _HARMONY),
            *(f"г{v}{v}р" for v in _HARMONY),
            *("тай", "тэй", "той"),
            *(f"{v}{v}" for v in _HARMONY),
            *(f"г{v}{v}" for v in _HARMONY),
            # directional, plural
            *("руу", "рүү", "луу", "лүү", "ууд", "үүд", "нууд", "нүүд", "чууд", "чүүд", "нар"),
            # verb forms: habitual, perfect, converbs, present, past
            *(f"д{v}г" for v in _HARMONY),
            *(f"с{v}н" for v in _HARMONY),
            *(f"{v}{v}д" for v in _HARMONY),
            *(f"л{v}{v}" for v in _HARMONY),
            *(f"н{v}" for v in _HARMONY),
        },
        key=len,
        reverse=True,
    )
)
# the vowels (and й) an ending opening with "г" follows; none closes a fleeting vowel's stem
_VOWELS = frozenset("аэоөуүиыеёюяй")
# the short vowels a word loses before an ending ("засаг", "засгийн")
_SHORT = frozenset("аэоөуүи")


def mongolian_stem(word: str) -> str:
    """The stem of a lowercase Mongolian word: "улсын", "улсад" and "улс" "улс"; "засгийн"
    and "засаг" "засг"; "хувьсгалын" and "хувьсгал" "хувьсгл"."""
    return _fleeting(cut_repeatedly(word, _cut, times=3))


def _cut(word: str) -> str:
    """``word`` without its longest ending that leaves MIN_STEM letters; an ending opening
    with "г" ("-гийн", "-гээр") only after a vowel (it follows a long vowel: "эмээгийн";
    "засгийн" is "засаг" and "-ийн"), "-д" alone only after "н" or a vowel ("зуунд",
    "хаад")."""
    for ending in _ENDINGS:
        rest = word[: -len(ending)]
        if not word.endswith(ending) or len(rest) < MIN_STEM:
            continue
        if ending[0] == "г" and rest[-1] not in _VOWELS:
            continue
        if ending == "д" and rest[-1] not in _VOWELS and rest[-1] != "н":
            continue
        return rest
    return word


def _fleeting(stem: str) -> str:
    """``stem`` without the short vowel between its last two consonants ("засаг": "засг"),
    when that leaves MIN_STEM letters or more and a consonant before the vowel."""
    if len(stem) < MIN_STEM + 2:
        return stem
    before, vowel, last = stem[-3], stem[-2], stem[-1]
    if vowel in _SHORT and last not in _VOWELS and before not in _VOWELS and before != "ь":
        return stem[:-2] + last
    return stem
