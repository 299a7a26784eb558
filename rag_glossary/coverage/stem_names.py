"""A name said in another grammatical form, read by its words' stems (round 44).

A language that inflects its nouns says a title in the form the sentence needs: Turkish
"martenzitik dönüşümde atomlar ..." (in Martensitic transformation) says Martenzitik
Dönüşüm, "metamalzeme nedir" (what is a metamaterial) says Metamalzemeler. A name's phrase
key (phrases.phrase_key) strips English plurals only; here each name is also keyed by its
words' Snowball stems in the glossary's language, marks dropped (as the BM25 stems,
lexical.py), and a question's words meet it so when they say no name as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from rag_glossary.coverage.other_language import said_name
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.language_stems import PLAIN_STEMS, index_token
from rag_glossary.marks import plain
from rag_glossary.title_parts import slash_names
from rag_glossary.word_forms import (
    finnish_graded,
    hungarian_case_folded,
    polish_alternated,
    ukrainian_single,
)

_ROUNDS = 3  # Turkish stacks suffixes: "dönüşümde" -> "dönüşüm" -> "dönüş"
# a language whose stems differ by more than their endings, folded before and after each
# stemming ("estimoinnilla", Estimointi: Finnish consonant gradation)
# or by their marks ("oroklodesnel", öröklődés: Hungarian typed without marks, whose case
# endings Snowball knows with their marks only), or by their accents (Greek)
_GRADED: dict[str, Callable[[str], str]] = {
    "fi": finnish_graded,
    "hu": lambda w: hungarian_case_folded(plain(w)),
    "el": plain,  # Greek read without its accents ("καϊκιών": language_stems.MARKS_FIRST)
    "pl": polish_alternated,  # "rzędu", "błędu": Rząd, Błąd (ą in a closed syllable)
    "uk": ukrainian_single,  # "панеллю": Панель (the instrumental doubles a consonant)
}


def stem_key(said: Sequence[str], language: str | None) -> tuple[str, ...]:
    """The words' stems in ``language``, stemmed again until they hold, their marks
    dropped: Snowball strips one suffix layer a time, so "metamalzemeler" stems to
    "metamalzeme" and that, like the question's "metamalzeme", to "metamalze"."""
    return tuple(plain(_settled(w, language)) for w in said)


def _settled(word: str, language: str | None) -> str:
    head, hyphen, word = word.rpartition("-")  # "u-linjalla": U-linja, its last part inflected
    graded = _GRADED.get(language or "", str)
    word = graded(word)
    for _ in range(_ROUNDS):
        stemmed = graded(index_token(word, language))
        if stemmed == word:
            break
        word = stemmed
    return head + hyphen + word


# the fewest letters of a slash's side read as a name of its own ("DXE", "IE": an ending)
_SIDE_LETTERS = 4


def stem_table(
    names: Iterable[str], keys: Mapping[tuple[str, ...], object], language: str | None
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name's stem key and its phrase key (a name in ``keys``); a stem key two
    names share stands for neither. A bracket after a title ("Metamalzemeler
    (Metamaterials)") is read apart from it, and so is each side of a slash of
    _SIDE_LETTERS or more ("ZIENTZI / DXE": "zientzidxe" says Zientzi, its dialect ending
    no name; title_parts.slash_names)."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    typed_plain = language in PLAIN_STEMS
    for name in names:
        sides = (s for s in slash_names(name) if len(s.replace(" ", "")) >= _SIDE_LETTERS)
        for part in {name, name.split("(")[0], *sides}:
            said = words(part)
            if (key := phrase_key(said)) in keys and len(key) == len(said):
                found.setdefault(stem_key(said, language), set()).add(key)
                if typed_plain:  # "telemetrickych": the name typed without its marks
                    found.setdefault(stem_key([plain(w) for w in said], language), set()).add(key)
    return {stems: next(iter(ks)) for stems, ks in found.items() if len(ks) == 1}


def stem_span(
    said: Sequence[str], table: Mapping[tuple[str, ...], tuple[str, ...]], language: str | None
) -> tuple[Sequence[str], tuple[str, ...]] | None:
    """The words, when all of them say a name of ``table`` (``stem_table``) in another
    form, and that name's phrase key (None: they do not). A name in a longer question's
    words ("mellanväggar i ramarna, behövs det": Ram) is as often said in passing."""
    span = said_name(said, table, lambda ws: stem_key(ws, language), in_language=True)
    return (span, table[stem_key(span, language)]) if span and len(span) == len(said) else None


def named_as(said: Sequence[str], span: tuple[Sequence[str], tuple[str, ...]]) -> list[str]:
    """The words with the run that says a name in another form (``span``) read as the name."""
    run, key = list(span[0]), list(span[1])
    for at in range(len(said) - len(run) + 1):
        if list(said[at : at + len(run)]) == run:
            return [*said[:at], *key, *said[at + len(run) :]]
    return list(said)
