"""A light stemmer for Lithuanian typed with or without its letters' marks (language_stems.py).

Lithuanian says a noun's case and number with its ending ("įmonė", "įmonės", "įmonėje",
"įmonių"; "sąskaita", "sąskaitą", "sąskaitos"; "įrašas", "įrašą", "įrašai") and its users
often type without the marks ą č ę ė į š ų ū ž ("imonej", "zurnalo irasa", "sanaudu").
Snowball's Lithuanian stemmer reads the endings with their marks only, and further cuts
derivational suffixes so "pardavėjas" and "tiekėjas" become "par" and "tiek" while their
unmarked forms stay "pardavej" and "tiekej": a question typed without marks never met them.
Here the word loses its marks first, then the longest case ending of the list (the plain
spellings of the five declensions' and the adjectives' endings, the clipped colloquial
locatives "-oj", "-ej" and the infinitive's "-ti" / clipped "-t"), leaving at least three
letters. "įmonėje", "imonej" and "įmonių" are "imon"; "sandėlyje", "sandely" and
"sandėlio" are "sandel"; "įrašą" and "irasas" "iras". A word of three letters is kept.
"""

from __future__ import annotations

from rag_glossary.marks import plain

# the case endings, as typed without marks, longest first (a longer one wins)
_ENDINGS = tuple(
    sorted(
        (
            # nouns and adjectives: the five declensions' case endings
            *("iuose", "iomis", "ioje", "iams", "iais", "iaus", "iems", "ioms", "uose"),
            *("omis", "emis", "imis", "umis", "iuje", "yje", "oje", "eje", "uje", "ose"),
            *("ese", "yse", "ams", "ais", "oms", "ems", "ims", "ums", "aus", "iai", "iui"),
            *("ius", "ies", "ios", "ias", "imi", "umi", "as", "is", "ys", "us", "os"),
            *("es", "ai", "ui", "ei", "io", "iu", "ia", "a", "e", "i", "o", "u", "y"),
            # the definite adjectives' ("trečioji šalis", "žmogiškųjų išteklių")
            *("iesiems", "aisiais", "iuosius", "uosius", "iosios", "osios", "ieji"),
            *("ioji", "oji", "iojo", "ojo", "ajam", "uoju", "uju", "asis", "ysis"),
            # clipped locatives and instrumental ("imonej", "sistemoj", "sąskaitom") and
            # the infinitive, whole or clipped ("naudoti", "naudot")
            *("oj", "ej", "om", "ti", "t"),
        ),
        key=len,
        reverse=True,
    )
)
_KEPT = 3  # the fewest letters a stem keeps


def lithuanian_stem(word: str) -> str:
    """The stem of a lowercase Lithuanian word, marks dropped: "įmonėje" and "imonej"
    "imon", "sąnaudų" and "sanaudu" "sanaud", "partijos" "partij"."""
    word = plain(word)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _KEPT:
            return word[: -len(ending)]
    return word
