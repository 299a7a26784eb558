"""Arabic's one-letter conjunctions and prepositions written onto the next word (round 51 FA).

Arabic writes "and" (و), "so" (ف), "with / by" (ب) and "like" (ك) as one letter joined to
the word after it: "الفرق بين الشيوعية والاشتراكية" asks of الشيوعية and الاشتراكية, but
"والاشتراكية" is no word of the glossary, so the comparison found one side and answered
from another entry. A question word of an Arabic glossary that is such a letter, the
article "ال" and a word the glossary's names write (titles and aliases, read with the
marks of their letters dropped: "الامن" is "الأمن") is read as the letter and that word.
A word the glossary writes itself is left as typed ("والي", "والدة" are no letter and word).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rag_glossary.marks import plain
from rag_glossary.models import Entry

# and, so, with / by, like: each joined to the article of the word after it
_JOINED = ("و", "ف", "ب", "ك")
_ARTICLE = "ال"
_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")


@dataclass(frozen=True)
class ArabicPrefixes:
    """``named``: the words of the glossary's names (marks dropped); ``said``: every word
    the glossary writes (marks dropped). Empty for a glossary in another language."""

    named: frozenset[str]
    said: frozenset[str]

    @classmethod
    def of(cls, entries: Iterable[Entry], language: str | None) -> ArabicPrefixes:
        if language != "ar":
            return cls(frozenset(), frozenset())
        entries = list(entries)
        named = {
            plain(w)
            for e in entries
            for n in (e.title, *e.aliases)
            for w in _ARABIC_WORD.findall(n)
        }
        said = {plain(w) for e in entries for w in _ARABIC_WORD.findall(e.body)}
        return cls(frozenset(named), frozenset(said | named))

    def read(self, question: str) -> str:
        """``question`` with each joined letter before a name's word set apart."""
        if not self.named:
            return question
        return _ARABIC_WORD.sub(lambda m: self._word(m.group(0)), question)

    def _word(self, word: str) -> str:
        key = plain(word)
        if key in self.said or len(key) < 4:
            return word
        if key[0] in _JOINED and key[1:].startswith(_ARTICLE) and key[1:] in self.named:
            return f"{word[0]} {word[1:]}"
        return word
