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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rag_glossary.everyday import everyday_in, everyday_words
from rag_glossary.models import Entry
from rag_glossary.word_marks import LETTERS

_WORD = re.compile(LETTERS)
_MIN_CHARS = 3  # "a", "e", "o" are words in plain letters of too many languages
# letters with no decomposition into a base letter and a mark
_PLAIN = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae"}
    | {"œ": "oe", "þ": "th"}
)


def unaccented(word: str) -> str:
    """The word without its accents ("qué": "que"); "ł", "ø", "ß" stay, and a word of an
    Indic script (``_INDIC``) stays whole."""
    if _INDIC.search(word):
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# the scripts of India and South-East Asia (Devanagari to Myanmar): their marks are vowels,
# the virama, the nukta ("क्या", "ज़"), parts of the word no keyboard drops
_INDIC = re.compile("[\u0900-\u109f]")


def plain(word: str) -> str:
    """``word`` (lowercase) with its letters' marks dropped: "ścieżka" -> "sciezka",
    "dopełnienie" -> "dopelnienie"."""
    return word if word.isascii() else unaccented(word.translate(_PLAIN))


def _one(forms: set[str], named: set[str]) -> str:
    """The one word of ``forms``; or a name's word whose other forms only add marks to it
    ("καλαφάτισμά του", an enclitic's accent, beside the name καλαφάτισμα; "khác" is no
    "khắc" with more marks); "" when none stands out."""
    if len(forms) == 1:
        return next(iter(forms))
    names = forms & named
    if len(names) != 1:
        return ""
    name = next(iter(names))
    return name if all(_more_marked(w, name) for w in forms - names) else ""


def _more_marked(word: str, name: str) -> bool:
    """``word`` is ``name`` with marks added on letters the name writes plain."""
    return len(word) == len(name) and all(
        a == b or (plain(b) == b and plain(a) == b) for a, b in zip(word, name, strict=True)
    )


def _capitals_unmarked(word: str, lower: str) -> bool:
    """Greek in capitals drops its accents ("ΕΙΝΑΙ" for είναι): no plain form written."""
    return len(word) > 1 and word.isupper() and plain(lower) == lower


# The glossary languages (None: told in none, read as English) whose glossaries write
# marks in their text only on loan words: a question typing "pokemon" for the entries'
# "Pokémon" (no title of theirs says it) means that word, everyday English or not.
_LOANS_MARKED = frozenset({None, "en"})


def _named_loans(entries: Iterable[Entry]) -> frozenset[str]:
    """The plain forms of the Latin words with marks the entries' text writes as a name,
    with a capital wherever it says them ("Pokémon": "pokemon"); a loan written in lower
    case ("résumé", "rosé") may be an English word's homograph ("resume") and is none."""
    seen: dict[str, bool] = {}
    for entry in entries:
        for word in _WORD.findall(entry.body):
            if not word.isascii() and len(word) >= _MIN_CHARS:
                lower = word.lower()
                seen[lower] = seen.get(lower, True) and word[0].isupper() and not word.isupper()
    return frozenset(k for w, named in seen.items() if named and (k := plain(w)).isascii())


def _words(texts: Iterable[str]) -> set[str]:
    return {w for text in texts for w in _WORD.findall(text.lower())}


@dataclass(frozen=True)
class MarkedWords:
    """``marked``: each plain form of a word the glossary's names write with marks, with
    the one word it stands for ("" when two differ: "peche" for pêche and péché is
    neither); ``language``: the glossary's, whose everyday words are read as typed."""

    marked: Mapping[str, str]
    language: str | None = None
    # a name an English text writes with marks, by its plain form: "pokemon": "pokémon"
    loans: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[Entry], language: str | None = None) -> MarkedWords:
        """Each plain form of a word the entries' names write with marks, but a plain form
        the glossary writes as well. Only the names' words are read first: a glossary
        whose names have no marks costs nothing more."""
        entries = list(entries)
        named = _words(name for e in entries for name in (e.title, *e.aliases))
        # a script beyond Latin keeps its letters without their marks ("καλαφατισμα")
        keys = {k for w in named if not w.isascii() and (k := plain(w)) != w}
        loans = _named_loans(entries) - keys if language in _LOANS_MARKED else frozenset()
        if not keys | loans:
            return cls({}, language)
        said = {
            lower
            for e in entries
            for text in (e.title, *e.aliases, e.body)
            for w in _WORD.findall(text)
            if not _capitals_unmarked(w, lower := w.lower())
        }
        forms: dict[str, set[str]] = defaultdict(set)
        for w in said:
            if (key := plain(w)) in keys or key in loans:
                forms[key].add(w)
        # a plain form the glossary writes itself ("peche" beside "pêche") is its own word
        marked = {k: _one(v, named) for k, v in forms.items() if k not in v}
        read = {k: marked.pop(k) for k in loans if k in marked}
        return cls(marked, language, read)

    def restore(self, question: str) -> str:
        """``question`` with each plain word the glossary writes only with marks so
        written ("sciezka hamiltona vs sciezka eulera" -> "ścieżka hamiltona vs ścieżka
        eulera"); other words as typed, and an everyday word of English or the glossary's
        language as typed too ("sie" is Polish as typed; "sciezka" is not)."""
        if not self.marked:
            return question
        return _WORD.sub(lambda m: self._word(m.group(0)), question)

    def read_loans(self, question: str) -> str:
        """``question`` with each loan name typed without its marks as the glossary's text
        writes it ("my pokemon" -> "my pokémon"), everyday English or not: the answer's
        choice of entry and sentences compares the question's words with that text."""
        if not self.loans:
            return question
        return _WORD.sub(lambda m: _cased(m.group(0), self.loans.get(m.group(0).lower())), question)

    def _word(self, word: str) -> str:
        lower = word.lower()
        if len(word) < _MIN_CHARS:
            return word
        # "opakovaní" for opakování: marks typed where the glossary writes none is no word
        # of it either (the glossary's own form would make two forms of one plain word)
        found = self.marked.get(lower if word.isascii() else plain(lower))
        if found == lower:
            return word
        if not found or lower in everyday_words() or lower in everyday_in(self.language):
            return word
        return _cased(word, found)


def _cased(word: str, found: str | None) -> str:
    """``found`` in ``word``'s case; ``word`` when nothing was found."""
    if not found:
        return word
    if word.isupper():
        return found.upper()
    return found.capitalize() if word[0].isupper() else found
