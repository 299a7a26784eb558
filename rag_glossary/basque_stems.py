"""A light stemmer for Basque (language_stems.py), whose Snowball stemmer cuts too deep.

Basque says with endings what other languages say with words: the article ("hitz",
"hitza", "hitzak"), the cases ("hitzaren", "hitzari", "hitzean", "hitzetik", "hitzarekin",
"hitzeko") and both at once, so a question's "zantarrak" or "belaunaren" never met an
entry's "zantar" or "belaun" as a word. Snowball's Basque stemmer meets them, but it cuts
whatever ending it finds down to three letters: "zantzua", "zankape" and "zantarra" are all
"zan" there, three entries of one glossary made one word. This cuts one case ending, then
the article, and keeps at least four letters; both sides of BM25 are stemmed alike, so a
cut need only be the same on both.

Bizkaian writing (the Bermeo dialect, bermeo-glossary) is read too: its article after "u"
or "i" is "-e" ("zantzue" for "zantzua", "berbie" for "berbea"), its plural "-ek"
("zantzuek"), its comitative "-gaz" ("hutsegaz"), its ablative "-tik" as "-txik"
("gorritxik"), and the glide an "-i" takes before the article written "dx" ("zientzidxe"
for "zientzia", "guztidxek" for "guztiak"): "zientzidxe" and "zientzia" are "zientzi".
"""

from __future__ import annotations

# the fewest letters a stem keeps ("zagan", "baten" stay whole)
MIN_STEM = 4

# case endings, the article's included, longest first (each tried once)
_CASES = tuple(
    sorted(
        {
            # definite singular and plural with a case
            *("arentzat", "entzat", "rentzat", "tzat"),
            *("etatik", "etako", "etara", "etan", "ekin", "ekiko"),
            *("arekin", "rekin", "agaz", "egaz", "gaz", "akin"),
            *("aren", "ren", "ari", "ei", "ri"),
            *("atik", "etik", "tik", "dik", "txik", "rik"),
            *("ean", "ian", "an"),
            *("eko", "ako", "ko", "go"),
            *("era", "ara", "ra"),
            *("ak", "ek", "ok"),
            *("az", "ez"),
        },
        key=len,
        reverse=True,
    )
)
# the article, or the vowel closing a word (Bizkaian "-e" for "-a" after "u", "i")
_ARTICLE = ("a", "e")


def basque_stem(word: str) -> str:
    """The stem of a lowercase Basque word: "zantarra", "zantarrak" and "zantar" "zantar";
    "zantzue", "zantzuek", "zantzua" "zantzu"; "belaunaren" "belaun"; "zientzidxe" and
    "zientzia" "zientzi"; "hitzetik" and "hitza" "hitz"."""
    if len(word) <= MIN_STEM:
        return word
    stem = word
    for ending in _CASES:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            stem = stem[: -len(ending)]
            break
    if stem.endswith(_ARTICLE) and len(stem) > MIN_STEM:
        stem = stem[:-1]
    # a closing "r" doubles before an ending: "zantarra", "zantarrak" are "zantar"
    if stem.endswith("rr"):
        stem = stem[:-1]
    # Bermeo's "dx" after "i" is the glide before the article: "zientzidx(e)" is "zientzi"
    if stem.endswith("idx") and len(stem) - 2 >= MIN_STEM:
        stem = stem[:-2]
    return stem
