"""A light stemmer for Tamil (language_stems.py).

Tamil writes its case endings, plural and clitics on the noun: "தகவல்" (information),
"தகவலை" (the information, object), "மாதிரி" (model), "மாதிரியின்" (of the model),
"மாதிரிக்கு", "சாதனம்" (device), "சாதனத்தில்" (in the device), "நரம்புகளைத்" (the
neurons, with the doubled consonant a following word opens with). Snowball's Tamil stemmer
cuts too far and unevenly ("கற்றல்", learning, is "க"; "தகவல்" is "தக" but "தகவலை"
"தகவல்"), so a question's word met its entry's in one form and missed it in the next. This
cuts, at most three times, the final consonant a following word doubles ("-த்", "-ப்"), then
the longest of the endings below, keeping at least ``MIN_STEM`` characters, then the
written end a noun loses before an ending: the pulli ("்", no vowel: "தகவல்" is "தகவல" as
"தகவலை" is once "-ை" is cut), an "-ம்" noun's "ம்" (whose oblique is "-த்த-":
"சாதனம்", "சாதனத்தில்" are "சாதன") and the enunciative "-ு" ("அறிவு", "அறிவை" are
"அறிவ"). Both sides of BM25 are stemmed alike, so a cut need only be the same on both.
A Latin word (the English names Tamil tech writing keeps) is stemmed as English.
"""

from __future__ import annotations

import re

from rag_glossary.stem_endings import cut_ending, cut_repeatedly

# the fewest characters (letters and their signs) a stem keeps
MIN_STEM = 2
TAMIL = re.compile("[\u0b80-\u0bff]")
_PULLI = "\u0bcd"
# the consonants a word ends on doubled before a following word ("பயிற்சித் தரவு")
_DOUBLED = tuple(c + _PULLI for c in "கசதப")
# case endings, plural, clitics (with the oblique "-த்த-" of "-ம்" nouns and the glide
# "ய" written with them: "மாதிரியை"), longest first
_ENDINGS = tuple(
    sorted(
        {
            *("களிலிருந்து", "களுக்கு", "களுடைய", "களுடன்", "களோடு", "களின்", "களில்"),
            *("களால்", "களை", "கள்", "த்திலிருந்து", "த்திற்கு", "த்துக்குள்ள", "த்துக்கு"),
            *("த்துடன்", "த்தோடு", "த்தின்", "த்தில்", "த்திலே", "த்தால்", "த்தை", "த்துல"),
            *("த்தும்", "யிலிருந்து", "யிற்கு", "யுக்கு", "யுடன்", "யோடு", "யின்", "யில்"),
            *("யிலே", "யால்", "யை", "யும்", "யே", "ிலிருந்து", "ிற்கு", "ுக்கு", "க்குள்ள"),
            *("க்குள்", "க்கு", "ுடன்", "ோடு", "ின்", "ில்", "ிலே", "ால்", "ும்", "ை", "ே"),
            *("மாக", "மான"),
        },
        key=len,
        reverse=True,
    )
)
# the written ends a noun loses before an ending, cut last
_ENDS = ("\u0bae" + _PULLI, _PULLI, "\u0bc1")  # "ம்", the pulli, "ு"


def tamil_stem(word: str) -> str:
    """The stem of a Tamil word: "தகவல்" and "தகவலை" "தகவல"; "சாதனம்" and "சாதனத்தில்"
    "சாதன"; "மாதிரி", "மாதிரியின்" and "மாதிரிக்கு" "மாதிரி"; "நரம்புகளைத்" "நரம்ப"."""
    word = cut_repeatedly(word, _cut_doubled_then_ending, times=3)
    return cut_ending(word, _ENDS, MIN_STEM)


def _cut_doubled_then_ending(word: str) -> str:
    """``word`` without a doubled final consonant, then without its longest ending."""
    return cut_ending(cut_ending(word, _DOUBLED, MIN_STEM), _ENDINGS, MIN_STEM)
