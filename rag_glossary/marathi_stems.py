"""A light stemmer for Marathi (language_stems.py), which Snowball has none for.

Marathi writes its case endings and postpositions on the noun, after the noun's oblique
form: "संगणक", "संगणकाचा" (of the computer), "संगणकाला", "संगणकावरही" (on the computer
too), "प्रोग्राममध्ये", "प्रोग्राममधील", "भाषेत" (in a language), "दिशेने" (in a
direction), and an emphatic "-च" ("एकाच"). A question's "एकाच दिशेने" never met an entry's
"एका दिशेने" as a word. This cuts those endings, at most twice, then the oblique form's
vowel sign ("-ा", "-े", "-ां"), keeping at least ``MIN_STEM`` characters: "संगणकाचा" and
"संगणक" are "संगणक", "भाषा" and "भाषेत" "भाष", "दिशा" and "दिशेने" "दिश". Both sides of
BM25 are stemmed alike, so a cut need only be the same on both. The vowel ॲ is written
precomposed (U+0972) or as अ and a candra e (U+0905 U+0945): both are read as the latter.
A Latin word (the English names Marathi tech writing keeps) is stemmed as English.
"""

from __future__ import annotations

import re

from rag_glossary.stem_endings import cut_ending, cut_endings

# the fewest characters (letters and their signs) a stem keeps ("नाव", "चल" stay whole)
MIN_STEM = 3
# the words this stemmer reads; any other is stemmed as English (language_stems.LightStemmer)
SCRIPT = re.compile("[\u0900-\u097f]")
# postpositions and case endings, longest first
_ENDINGS = tuple(
    sorted(
        {
            *("मध्ये", "मधील", "मधला", "मधली", "मधले", "मधल्या", "मधे", "मधून"),
            *("साठीचा", "साठीची", "साठीचे", "साठी", "पासून", "पर्यंत", "कडून", "कडे"),
            *("वरील", "वरचा", "वरची", "वरचे", "वरून", "वर", "तील", "तला", "तली", "तले"),
            *("तल्या", "च्या", "चा", "ची", "चे", "चं", "ला", "ना", "ने", "नी", "शी"),
            *("हून", "ून", "ही", "च", "त"),
        },
        key=len,
        reverse=True,
    )
)
# the vowel signs of a noun's oblique form, cut last ("संगणका" of "संगणकाचा")
_OBLIQUE = ("\u093e\u0902", "\u093e", "\u0947")


def marathi_stem(word: str) -> str:
    """The stem of a Marathi word: "संगणकाचा", "संगणकावरही" and "संगणक" "संगणक";
    "प्रोग्राममधील" "प्रोग्राम"; "एकाच" and "एका" "एक"."""
    word = word.replace("\u0972", "\u0905\u0945")
    word = cut_endings(word, _ENDINGS, MIN_STEM, times=2)
    return cut_ending(word, _OBLIQUE, MIN_STEM)
