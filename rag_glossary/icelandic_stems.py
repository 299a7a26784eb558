"""A light stemmer for Icelandic, which Snowball lacks (language_stems.py).

Icelandic says a noun's case, number and article with endings ("blanda", "blöndu",
"blöndunni"; "kenning", "kenningu", "kenningar"; "lögmál", "lögmáli", "lögmálsins"), and a
"u" in the ending turns the stem's "a" into "ö" ("blanda", "blöndu": the u-umlaut), so a
question's "misleita efnablöndu" or "kenningu og lögmáli" never met the entries' "misleit
efnablanda", "kenning", "lögmál" as words. This drops the suffixed article, then one case
ending, then a closing vowel, keeps at least three letters, and reads the stem's "ö" as the
"a" it alternates with ("blönd" and "bland" are one stem); both sides of BM25 are stemmed
alike, so a cut need only be the same on both. A word's "s" is a genitive ending only after
a consonant ("lögmáls", not "rafgas") or as "-is" ("efnis").
"""

from __future__ import annotations

from rag_glossary.stem_endings import cut_ending

# the fewest letters a stem keeps ("gas", "efn" stay)
MIN_STEM = 3

# the suffixed definite article, longest first ("munurinn", "blöndunni", "lögmálsins")
_ARTICLE = tuple(
    sorted(
        {"innar", "inum", "inni", "inna", "unum", "unni", "unnar", "anna", "inn", "ins"}
        | {"inu", "ina", "nir", "nar", "ið"},
        key=len,
        reverse=True,
    )
)
# case and number endings of nouns, adjectives and the verbs of questions, longest first
# ("-ing" of "kenning", "eining" is the noun's own suffix, no ending)
_CASES = tuple(
    sorted(
        {"uðum", "aðir", "aðar", "andi", "ast", "aði", "uðu"}
        | {"um", "ur", "ar", "ir", "ra", "ri", "rar", "is", "na"},
        key=len,
        reverse=True,
    )
)
_VOWELS = "aeiouyáéíóúýöæ"
_CONSONANTS = "bcdfghjklmnpqrtvwxzðþ"


def icelandic_stem(word: str) -> str:
    """The stem of a lowercase Icelandic word: "efnablanda", "efnablöndu" and
    "efnablöndunni" "efnabland"; "kenning", "kenningu", "kenningar" "kenning"; "lögmál",
    "lögmáli", "lögmáls" "lagmál"; "munurinn", "munur" "mun"; "rafgas" stays."""
    if len(word) <= MIN_STEM:
        return word
    stem = cut_ending(word, _ARTICLE, MIN_STEM)
    stem = cut_ending(stem, _CASES, MIN_STEM)
    # a genitive "-s" after a consonant ("lögmáls", "lögmálsins"; "rafgas" keeps its own)
    if len(stem) > MIN_STEM + 1 and stem[-1] == "s" and stem[-2] in _CONSONANTS:
        stem = stem[:-1]
    if len(stem) > MIN_STEM and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return stem.replace("ö", "a")
