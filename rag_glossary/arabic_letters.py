"""The Arabic script's two spellings of yeh and kaf, read as the glossary writes them (round 52).

Persian writes yeh as "ی" (U+06CC) and kaf as "ک" (U+06A9); Arabic writes "ي" (U+064A),
"ى" (U+0649, alif maqsura, at a word's end) and "ك" (U+0643). A Persian user on an Arabic
keyboard layout, or on a phone's, types the Arabic letters ("معادل فارسي بلديه چيه" for
بلدیه), and the letters look alike in most fonts, so every word with one of them was a
word the glossary never writes: no BM25 token, no name, no key term. A question's letters of
each group are written as the glossary writes them, when its text writes one of the group's
letters only (a glossary that writes both keeps the question as typed). Arabic's "ى" stays
in an Arabic glossary: it is no other spelling of "ي" there (على, علي).

Persian's own letters are Arabic letters with more dots: چ (ج), پ (ب), ژ (ز), گ (ک). A
question word the glossary never writes that is a name's word but for one such letter
("بغرنچ" for بغرنج), and the only name's word so spelled, is read as that word.

Persian writes a prefix or suffix (بی، می، نا، ها، تر) joined to its word, after a
zero-width non-joiner, or after a space, and people type any of the three: "بی قرار" and
"بی‌قرار" ask of the glossary's بیقرار (and were read as بر قرار, one slip away). Two
neighbouring question words apart by a space or a non-joiner that join into a name's word,
when the glossary never writes them apart, are read as that word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD

_WORD = re.compile(WORD)

_PERSIAN_YEH, _ARABIC_YEH, _MAQSURA = "\u06cc", "\u064a", "\u0649"
_PERSIAN_KAF, _ARABIC_KAF = "\u06a9", "\u0643"
# Persian's dotted letters and the Arabic letters they add dots to
_DOTS = str.maketrans({"چ": "ج", "پ": "ب", "ژ": "ز", "گ": _PERSIAN_KAF})
_APART = (" ", "\u200c")  # a space, a zero-width non-joiner
_MIN_DOTTED = 4  # letters of a word read through its dots: shorter ones are other words


@dataclass(frozen=True)
class ArabicLetters:
    """``table``: each letter the glossary never writes and the letter it writes for it
    (empty: a glossary in no Arabic script, or one that writes both forms)."""

    table: dict[int, str]
    # each name's word (Persian letters) by its letters without the dots Persian adds,
    # with the glossary's every word: a word it writes is read as written
    dotted: Mapping[str, str]
    said: frozenset[str]
    # the names' words of Arabic script, and the glossary's text (words apart by spaces)
    named: frozenset[str] = frozenset()
    text: str = ""

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> ArabicLetters:
        entries = list(entries)
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
        if not counts[_PERSIAN_KAF] and not counts[_PERSIAN_YEH]:
            return cls(table, {}, frozenset())
        named: defaultdict[str, set[str]] = defaultdict(set)
        for e in entries:
            for name in (e.title, *e.aliases):
                for w in _WORD.findall(name):
                    if len(w) >= _MIN_DOTTED and not w.isascii():
                        named[w.translate(_DOTS)].add(w)
        texts = [t for e in entries for t in (e.title, *e.aliases, e.body)]
        said = frozenset(w for text in texts for w in _WORD.findall(text))
        dotted = {k: next(iter(v)) for k, v in named.items() if len(v) == 1}
        words = frozenset(w for v in named.values() for w in v)
        text = " ".join(" ".join(_WORD.findall(t)) for t in texts)
        return cls(table, dotted, said, words, f" {text} ")

    def read(self, question: str) -> str:
        """``question`` with its yeh and kaf written as the glossary writes them, and a
        name's word typed with a dotted letter for its undotted one (or the other way)."""
        said = question.translate(self.table) if self.table else question
        if not self.dotted:
            return said
        return _WORD.sub(lambda m: self._word(m.group(0)), self._joined(said))

    def _joined(self, question: str) -> str:
        """``question`` with two words apart by a space or a non-joiner written as the
        name's word they join into."""
        found = list(_WORD.finditer(question))
        out: list[str] = []
        last = 0
        for first, second in pairwise(found):
            if first.start() < last or question[first.end() : second.start()] not in _APART:
                continue
            one, two = first.group(0), second.group(0)
            if one + two in self.named and f" {one} {two} " not in self.text:
                out.append(question[last : first.start()] + one + two)
                last = second.end()
        return "".join(out) + question[last:]

    def _word(self, word: str) -> str:
        if word in self.said or len(word) < _MIN_DOTTED:
            return word
        return self.dotted.get(word.translate(_DOTS), word)
