"""A light stemmer for Bengali (language_stems.py), which Snowball has none for.

Bengali writes its case endings, its classifiers and its plurals on the word: "পরিষেবা",
"পরিষেবার" (of a service), "পরিষেবাগুলির" (of the services), "পরিষেবাকে", "সার্ভারে" (on
the server), "অবকাঠামোতে", "নামটা" (the name), "ক্লাস্টারের". A question's "ট্র্যাফিক" never
met an entry's "ট্র্যাফিকের" as a word. This cuts those endings, at most twice ("গুলো" then
"র"), keeping at least ``MIN_STEM`` characters; both sides of BM25 are stemmed alike, so a cut
need only be the same on both: "সার্ভার" and "সার্ভারের" are both "সার্ভা" (the genitive "-র"
after a vowel sign is cut, and so is the "-র" of a word ending so). A Latin word (the English
names the pages and questions write beside the Bengali) is stemmed as English.
"""

from __future__ import annotations

import re

from rag_glossary.stem_endings import cut_ending, cut_repeatedly

# the fewest characters (letters and their signs) a stem keeps ("নাম", "কাজ" stay whole)
MIN_STEM = 3
# the words this stemmer reads; any other is stemmed as English (language_stems.LightStemmer)
SCRIPT = re.compile("[\u0980-\u09ff]")
# the dependent vowel signs: a "-র" after one is the genitive ("পরিষেবার")
_VOWEL_SIGNS = frozenset("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc")
# classifiers, plurals and case endings, longest first (NFC: "য়" as "য" and a nukta)
_ENDINGS = tuple(
    sorted(
        {
            *("গুলোকে", "গুলিকে", "গুলোতে", "গুলিতে", "গুলোর", "গুলির", "গুলার", "গুলো"),
            *("গুলি", "গুলা", "দেরকে", "দের", "টাকে", "টিকে", "টাতে", "টিতে", "টার", "টির"),
            *("টুকু", "খানা", "টা", "টি", "কে", "রা", "তে", "ের", "েরা", "য়ের", "য়ে", "ে"),
        },
        key=len,
        reverse=True,
    )
)


def bengali_stem(word: str) -> str:
    """The stem of a Bengali word (NFC): "পরিষেবাগুলির" and "পরিষেবার" "পরিষেবা";
    "সার্ভারে", "সার্ভারের" and "সার্ভার" "সার্ভা"; "নামটা" "নাম"."""
    return cut_repeatedly(word, _cut, times=2)


def _cut(word: str) -> str:
    cut = cut_ending(word, _ENDINGS, MIN_STEM)
    if cut != word:
        return cut
    if word.endswith("র") and len(word) > MIN_STEM and word[-2] in _VOWEL_SIGNS:
        return word[:-1]
    return word
