"""A light stemmer for Odia (language_stems.py), which Snowball has none for.

Odia writes its case endings, plural markers and classifiers on the word, as Bengali does:
"ଜ୍ୱର" (fever), "ଜ୍ୱରର" (of fever), "ପୋଲିଓରୁ" (from polio), "ଫୁସଫୁସକୁ" (to the lungs),
"ଶରୀରରେ" (in the body), "ପିଲାମାନଙ୍କୁ" (to the children), "କୋଷଗୁଡ଼ିକ" (the cells), "ଟିକାଟି"
(the vaccine). A question's "ଜ୍ୱର" never met an entry's "ଜ୍ୱରର" as a word. This cuts those
endings, at most twice ("ମାନଙ୍କ" then "ର"), keeping at least ``MIN_STEM`` characters
(letters and their signs); both sides of BM25 are stemmed alike, so a cut need only be the
same on both: a word that itself ends in "ର" ("ଜ୍ୱର") loses it as "ଜ୍ୱରର" loses both. Verb
endings are left: Odia conjugates by person, tense and aspect ("କରେ", "କରନ୍ତି", "କରିଥାଏ"),
which no light cut reads safely. A word-final consonant is written with its virama or
without it ("କ୍ୟାଲସିୟମ୍" and "କ୍ୟାଲସିୟମ", "ହେପାଟାଇଟିସ୍" and "ହେପାଟାଇଟିସ"): a final
virama is dropped first, so both spellings meet. A Latin word (the English names the
questions write beside the Odia, and romanised Odia) is stemmed as English.
"""

from __future__ import annotations

import re

from rag_glossary.stem_endings import cut_endings

# the fewest characters (letters and their signs) a stem keeps ("ଜ୍ୱ", "ରୋଗ" stay)
MIN_STEM = 3
# the words this stemmer reads; any other is stemmed as English (language_stems.LightStemmer)
SCRIPT = re.compile("[\u0b00-\u0b7f]")
_VIRAMA = "\u0b4d"
# plural markers, classifiers and case endings, longest first (NFC: "ଡ଼" as "ଡ" and a nukta)
_ENDINGS = tuple(
    sorted(
        {
            *("ମାନଙ୍କୁ", "ମାନଙ୍କର", "ମାନଙ୍କରେ", "ମାନଙ୍କ", "ମାନେ", "ଗୁଡ଼ିକୁ", "ଗୁଡ଼ିକର"),
            *("ଗୁଡ଼ିକରେ", "ଗୁଡ଼ିକ", "ଗୁଡ଼ାକ", "ଟିକୁ", "ଟିର", "ଟିରେ", "ଟି", "ଟାକୁ", "ଟାର"),
            *("ଟା", "ଠାରୁ", "ଠାରେ", "ଙ୍କୁ", "ଙ୍କର", "ଙ୍କ", "ରୁ", "ରେ", "କୁ", "ର", "ଥିରେ"),
        },
        key=len,
        reverse=True,
    )
)


def odia_stem(word: str) -> str:
    """The stem of an Odia word (NFC): "ଜ୍ୱରର" and "ଜ୍ୱର" "ଜ୍ୱ"; "ପୋଲିଓରୁ" "ପୋଲିଓ";
    "ପିଲାମାନଙ୍କୁ" "ପିଲା"; "କୋଷଗୁଡ଼ିକ" "କୋଷ"; "କ୍ୟାଲସିୟମ୍" "କ୍ୟାଲସିୟମ"."""
    if word.endswith(_VIRAMA) and len(word) > MIN_STEM:
        word = word[:-1]
    return cut_endings(word, _ENDINGS, MIN_STEM, times=2)
