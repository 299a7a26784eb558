"""A name said in another grammatical form, read by its words' stems (round 44).

A language that inflects its nouns says a title in the form the sentence needs: Turkish
"martenzitik dönüşümde atomlar ..." (in Martensitic transformation) says Martenzitik
Dönüşüm, "metamalzeme nedir" (what is a metamaterial) says Metamalzemeler. A name's phrase
key (phrases.phrase_key) strips English plurals only; here each name is also keyed by its
words' Snowball stems in the glossary's language, marks dropped (as the BM25 stems,
lexical.py), and a question's words meet it so when they say no name as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.lexical import index_token
from rag_glossary.marks import plain

_ROUNDS = 3  # Turkish stacks suffixes: "dönüşümde" -> "dönüşüm" -> "dönüş"


def stem_key(said: Sequence[str], language: str | None) -> tuple[str, ...]:
    """The words' stems in ``language``, stemmed again until they hold, their marks
    dropped: Snowball strips one suffix layer a time, so "metamalzemeler" stems to
    "metamalzeme" and that, like the question's "metamalzeme", to "metamalze"."""
    return tuple(plain(_settled(w, language)) for w in said)


def _settled(word: str, language: str | None) -> str:
    for _ in range(_ROUNDS):
        stemmed = index_token(word, language)
        if stemmed == word:
            break
        word = stemmed
    return word


def stem_table(
    names: Iterable[str], keys: Mapping[tuple[str, ...], object], language: str | None
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name's stem key and its phrase key (a name in ``keys``); a stem key two
    names share stands for neither. A bracket after a title ("Metamalzemeler
    (Metamaterials)") is read apart from it."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in names:
        for part in {name, name.split("(")[0]}:
            said = words(part)
            if (key := phrase_key(said)) in keys and len(key) == len(said):
                found.setdefault(stem_key(said, language), set()).add(key)
    return {stems: next(iter(ks)) for stems, ks in found.items() if len(ks) == 1}
