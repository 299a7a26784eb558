"""The Arabic script's two spellings of yeh and kaf, read as the glossary writes them (round 52).

Persian writes yeh as "ی" (U+06CC) and kaf as "ک" (U+06A9); Arabic writes "ي" (U+064A),
"ى" (U+0649, alif maqsura, at a word's end) and "ك" (U+0643). A Persian user on an Arabic
keyboard layout, or on a phone's, types the Arabic letters ("معادل فارسي بلديه چيه" for
بلدیه), and the letters look alike in most fonts, so every word with one of them was a
word the glossary never writes: no BM25 token, no name, no key term. A question's letters of
each group are written as the glossary writes them, when its text writes one of the group's
letters only (a glossary that writes both keeps the question as typed). Arabic's "ى" stays
in an Arabic glossary: it is no other spelling of "ي" there (على, علي).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rag_glossary.models import Entry

_PERSIAN_YEH, _ARABIC_YEH, _MAQSURA = "\u06cc", "\u064a", "\u0649"
_PERSIAN_KAF, _ARABIC_KAF = "\u06a9", "\u0643"


@dataclass(frozen=True)
class ArabicLetters:
    """``table``: each letter the glossary never writes and the letter it writes for it
    (empty: a glossary in no Arabic script, or one that writes both forms)."""

    table: dict[int, str]

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> ArabicLetters:
        counts = dict.fromkeys((_PERSIAN_YEH, _ARABIC_YEH, _PERSIAN_KAF, _ARABIC_KAF), 0)
        for e in entries:
            for text in (e.title, *e.aliases, e.body):
                for letter in counts:
                    counts[letter] += text.count(letter)
        table: dict[int, str] = {}
        if counts[_PERSIAN_YEH] and not counts[_ARABIC_YEH]:
            table |= {ord(_ARABIC_YEH): _PERSIAN_YEH, ord(_MAQSURA): _PERSIAN_YEH}
        elif counts[_ARABIC_YEH] and not counts[_PERSIAN_YEH]:
            table[ord(_PERSIAN_YEH)] = _ARABIC_YEH
        if counts[_PERSIAN_KAF] and not counts[_ARABIC_KAF]:
            table[ord(_ARABIC_KAF)] = _PERSIAN_KAF
        elif counts[_ARABIC_KAF] and not counts[_PERSIAN_KAF]:
            table[ord(_PERSIAN_KAF)] = _ARABIC_KAF
        return cls(table)

    def read(self, question: str) -> str:
        """``question`` with its yeh and kaf written as the glossary writes them."""
        return question.translate(self.table) if self.table else question
