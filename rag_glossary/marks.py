"""A question's words typed without their letters' marks, written as the glossary writes them.

"sciezka hamiltona" asks about ŚCIEŻKA HAMILTONA, "dopelnienie grafu" about DOPEŁNIENIE
GRAFU: a keyboard without the language's letters drops the marks (ś, ł, é, ñ, å), and every
rule after (the name lookup, the key term, BM25) compares words as written. A question word
written in plain letters that the glossary never writes so, whose plain form is that of
exactly one word the glossary writes with marks, is read as that word. For any language:
the glossary's own words decide, no list of a language's words. German's "ae", "oe", "ue"
and "ss" for ä, ö, ü and ß are BM25's (``lexical.folded``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rag_glossary.everyday import everyday_in, everyday_words
from rag_glossary.models import Entry

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_CHARS = 3  # "a", "e", "o" are words in plain letters of too many languages
# letters with no decomposition into a base letter and a mark
_PLAIN = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae"}
    | {"œ": "oe", "þ": "th"}
)


def unaccented(word: str) -> str:
    """The word without its accents ("qué": "que"); "ł", "ø", "ß" stay."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def plain(word: str) -> str:
    """``word`` (lowercase) with its letters' marks dropped: "ścieżka" -> "sciezka",
    "dopełnienie" -> "dopelnienie"."""
    return word if word.isascii() else unaccented(word.translate(_PLAIN))


def _words(texts: Iterable[str]) -> set[str]:
    return {w for text in texts for w in _WORD.findall(text.lower())}


@dataclass(frozen=True)
class MarkedWords:
    """``marked``: each plain form of the glossary's words written with marks, with the
    one word it stands for ("" when two differ: "peche" for pêche and péché is neither);
    ``written``: every word read as typed (the glossary writes it in plain letters, or it
    is an everyday word of English or the glossary's language)."""

    marked: dict[str, str]
    written: frozenset[str]

    @classmethod
    def of(cls, entries: Iterable[Entry], language: str | None = None) -> MarkedWords:
        """Each plain form of a word the entries' names write with marks (not a plain
        form the glossary writes as well, nor an everyday word as typed: "sie" is Polish
        as typed and stays, "sciezka" is not and is read "ścieżka")."""
        entries = list(entries)
        words = _words(text for e in entries for text in (e.title, *e.aliases, e.body))
        forms: dict[str, set[str]] = defaultdict(set)
        for w in words:
            if not w.isascii() and (key := plain(w)).isascii():
                forms[key].add(w)
        named = _words(name for e in entries for name in (e.title, *e.aliases))
        marked = {k: next(iter(v)) if len(v) == 1 else "" for k, v in forms.items() if v & named}
        typed = everyday_words() | everyday_in(language)
        return cls(marked, frozenset(w for w in words if w.isascii()) | typed)

    def restore(self, question: str) -> str:
        """``question`` with each plain word the glossary writes only with marks so
        written ("sciezka hamiltona vs sciezka eulera" -> "ścieżka hamiltona vs ścieżka
        eulera"); other words as typed."""
        if not self.marked:
            return question
        return _WORD.sub(lambda m: self._word(m.group(0)), question)

    def _word(self, word: str) -> str:
        lower = word.lower()
        if not word.isascii() or len(word) < _MIN_CHARS or lower in self.written:
            return word
        found = self.marked.get(lower)
        if not found:
            return word
        if word.isupper():
            return found.upper()
        return found.capitalize() if word[0].isupper() else found
