"""Compound words read by their parts, in the languages that write compounds as one word
(Swedish, Danish, Norwegian, German, Dutch, Finnish: ``COMPOUNDING``; round 52 SC).

A question in such a language glues or splits words that its glossary writes the other way:
"var sitter körtlarna som gör vaxet" asks for the entry Vaxkörtlar, "pålar som bär lasten"
for Friktionspåle, "friktionspålen" for a text that says "påle". Read by their first four
letters (everyday.py) such words meet nothing. Here the glossary's own words are the
vocabulary (no word list per language): a word splits into a head and a tail that are both
words of the glossary (the head with or without a linking letter: s, e, n, er, es, en; the
tail also by its Snowball stem, so an inflected tail counts: "pålen" by "påle"), the longest
head first, and a head may split again (three parts). English glossaries never split.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from rag_glossary.word_marks import WORD, lettered

# the glossary languages (coverage/glossary_language.py's codes) that write compounds as
# one word; Norwegian as either written standard
COMPOUNDING = frozenset({"da", "de", "fi", "nb", "nl", "nn", "no", "sv"})
_LINKS = ("es", "er", "en", "s", "e", "n")  # what joins a compound's parts
MIN_PART = 3  # "vax", "hål", "sten": a part's fewest letters (and its stem's)
MIN_WORD = 6  # a shorter word is no compound worth splitting
_WORD = re.compile(WORD)


class CompoundParts:
    """The glossary's words (``words``) and how a word splits into them."""

    def __init__(self, words: Iterable[str], stem: Callable[[str], str]) -> None:
        self.stem = stem  # the word's Snowball stem in the glossary's language
        self.words = frozenset(w for w in words if len(w) >= MIN_PART and lettered(w))
        self.stems = frozenset(s for w in self.words if len(s := self.stem(w)) >= MIN_PART)

    @functools.lru_cache(maxsize=8192)  # noqa: B019 (one object per glossary, kept with it)
    def split(self, word: str) -> tuple[str, ...]:
        """The word's parts, each a word of the glossary (the last by its stem), longest
        head first; () when it splits into none: "friktionspålen" is ("friktion", "pålen"),
        "vaxkörtlar" ("vax", "körtlar")."""
        if len(word) < MIN_WORD or not lettered(word):
            return ()
        for at in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:at], word[at:]
            if self._tail(tail) and (first := self._head(head)):
                return (*first, tail)
        return ()

    def _tail(self, tail: str) -> bool:
        return tail in self.words or self.stem(tail) in self.stems

    def _head(self, head: str) -> tuple[str, ...]:
        """The head as one word of the glossary or as its parts (its linking letter off)."""
        bases = [head, *(head[: -len(k)] for k in _LINKS if head.endswith(k))]
        for base in bases:
            if len(base) >= MIN_PART and base in self.words:
                return (base,)
        for base in bases:
            if parts := self.split(base):
                return parts
        return ()

    def said_stems(self, text: str) -> frozenset[str]:
        """The stems of a text's words and of their compounds' parts."""
        out: set[str] = set()
        for word in _WORD.findall(text.lower()):
            out.add(self.stem(word))
            out.update(self.stem(p) for p in self.split(word))
        return frozenset(out)

    def says(self, word: str, said: frozenset[str]) -> bool:
        """Whether a question word is said by a text whose ``said_stems`` are ``said``: by
        its stem, or as a compound by its last part's (the compound's head noun)."""
        if self.stem(word) in said:
            return True
        parts = self.split(word)
        return bool(parts) and self.stem(parts[-1]) in said
