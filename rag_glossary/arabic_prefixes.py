"""Arabic's one-letter conjunctions and prepositions written onto the next word (round 51 FA).

Arabic writes "and" (و), "so" (ف), "with / by" (ب) and "like" (ك) as one letter joined to
the word after it: "الفرق بين الشيوعية والاشتراكية" asks of الشيوعية and الاشتراكية, but
"والاشتراكية" is no word of the glossary, so the comparison found one side and answered
from another entry. A question word of an Arabic glossary that is such a letter, the
article "ال" and a word the glossary's names write (titles and aliases, read with the
marks of their letters dropped: "الامن" is "الأمن") is read as the letter and that word.
A word the glossary writes itself is left as typed ("والي", "والدة" are no letter and word).

A name's word typed with a long vowel more or fewer, or another seat of its hamza, another
ta marbuta or alif maqsura ("بريتون" for the title's "بروتن", "الليبرالية" for
"الليبيرالية"; round 52 AR) is read as the name's word when its consonants (``skeleton``:
ا و ي and the hamzas dropped, ة read as ه and ى as ي) are those of exactly one word of the
glossary's names; only a word the glossary never writes, of three consonants or more.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rag_glossary.marks import plain
from rag_glossary.models import Entry

# and, so, with / by, like: each joined to the article of the word after it
_JOINED = ("و", "ف", "ب", "ك")
_ARTICLE = "ال"
_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")
_VOWELS_AND_SEATS = str.maketrans({"ة": "ه", "ى": "", "ا": "", "و": "", "ي": "", "ء": ""})
_MIN_SKELETON = 3


def skeleton(word: str) -> str:
    """A word's consonants: marks and hamzas dropped, ا و ي ى gone, ة read as ه."""
    return plain(word).translate(_VOWELS_AND_SEATS)


@dataclass(frozen=True)
class ArabicPrefixes:
    """``named``: the words of the glossary's names (marks dropped); ``said``: every word
    the glossary writes (marks dropped). Empty for a glossary in another language."""

    named: frozenset[str]
    said: frozenset[str]
    # each skeleton of the names' words with the one word it is; absent when two share it
    spelled: Mapping[str, str] = field(default_factory=dict)

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
        by_skeleton: dict[str, set[str]] = defaultdict(set)
        for w in named:
            by_skeleton[skeleton(w)].add(w)
        spelled = {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1}
        return cls(frozenset(named), frozenset(said | named), spelled)

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
        if len(bones := skeleton(key)) >= _MIN_SKELETON and bones in self.spelled:
            return self.spelled[bones]
        return word
