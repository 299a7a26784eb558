"""A light stemmer for Latvian typed with or without its letters' marks (language_stems.py).

Latvian says a noun's case and number with its ending ("jards", "jarda", "jardā",
"jardiem"; "proza", "prozas", "prozu"; "kuģis", "kuģa", "kuģī") and its users often type
without the marks ā č ē ģ ī ķ ļ ņ š ū ž ("ko nozime jurgi", "uz kuga", "spitaliba").
Snowball has no Latvian stemmer. This is Kreslins' light stemmer (2003; Lucene's
LatvianStemmer) read without marks: the word loses its marks first, then the first
ending of the list that leaves at least three letters, when the word has more vowels than
the ending asks for; an ending that follows a softened consonant ("-u" of the genitive
plural, "-a", "-i", "-iem", "-os", "-us") gives the consonant back ("lapju" "lap",
"zvaigžņu" "zvaigzn"). Without marks the softened ķ ļ ņ ģ č š ž already read
as k l n g c s z, so "kuģis", "kuga" and "kuģī" are "kug"; "jardā" and "jards" "jard".
"""

from __future__ import annotations

from rag_glossary.marks import plain

# (ending as typed without marks, vowels the word must have more of, gives a consonant
# back), in Kreslins' order: the first that fits is cut
_ENDINGS: tuple[tuple[str, int, bool], ...] = (
    *(("ajiem", 3, False), ("ajai", 3, False), ("ajam", 2, False), ("ajos", 2, False)),
    *(("ajas", 2, False), ("iem", 2, True), ("aja", 2, False), ("ais", 2, False)),
    *(("ai", 2, False), ("ei", 2, False), ("am", 1, False), ("em", 1, False)),
    *(("im", 1, False), ("um", 1, False), ("us", 1, True), ("as", 1, False)),
    *(("es", 1, False), ("os", 1, True), ("ij", 1, False), ("is", 1, False)),
    *(("ie", 1, False), ("u", 1, True), ("a", 1, True), ("i", 1, True)),
    *(("e", 1, False), ("o", 1, False), ("s", 0, False)),
)
_KEPT = 3  # the fewest letters a stem keeps
_VOWELS = frozenset("aeiouy")
# the labials a softening adds a "j" to ("lapju", "zivju"): the "j" goes
_LABIAL_J = ("pj", "bj", "mj", "vj")


def latvian_stem(word: str) -> str:
    """The stem of a lowercase Latvian word, marks dropped: "jardā" and "jards" "jard",
    "kuģa" and "kuga" "kug", "prozas" "proz", "atšķiras" "atskir"."""
    word = plain(word)
    vowels = sum(c in _VOWELS for c in word)
    for ending, fewest, softened in _ENDINGS:
        if vowels > fewest and len(word) >= len(ending) + _KEPT and word.endswith(ending):
            stem = word[: -len(ending)]
            return _unsoftened(stem) if softened else stem
    return word


def _unsoftened(stem: str) -> str:
    """The stem with a softened labial given back (Kreslins' unpalatalize, read without
    marks: ņ, ļ, č, š, ž are n, l, c, s, z already): its added "j" goes ("lapju": "lap")."""
    return stem[:-1] if stem.endswith(_LABIAL_J) else stem
