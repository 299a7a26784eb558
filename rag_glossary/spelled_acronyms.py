"""A Latin acronym the glossary writes in its own script, letter by letter (round 57 FC).

A Bengali glossary writes the acronyms of its English names as their letters are said:
"পিএএএস" (pi-e-e-es) for PaaS, "এমটিএলএস" for mTLS; its readers type them in Latin
letters ("PaaS কাকে বলে", "mTLS কি?"), so the question's word never met the page's. A
question's acronym (three letters or more, two of them capitals) that the glossary never
writes in Latin letters, spelled by the letter names of exactly one word the glossary
writes, is read as that word. Only for a glossary told in a language whose letter names
are listed here (Bengali); the glossary's own words decide which acronyms it spells.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD
from rag_glossary.word_tokens import composed

# each Latin letter as Bengali says its name (NFC: "ওয়াই" with "য" and a nukta)
_LETTER_NAMES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "bn": {
        **{"a": ("এ",), "b": ("বি",), "c": ("সি",), "d": ("ডি",), "e": ("ই",)},
        **{"f": ("এফ",), "g": ("জি",), "h": ("এইচ",), "i": ("আই",), "j": ("জে",)},
        **{"k": ("কে",), "l": ("এল",), "m": ("এম",), "n": ("এন",), "o": ("ও",)},
        **{"p": ("পি",), "q": ("কিউ",), "r": ("আর",), "s": ("এস",), "t": ("টি",)},
        **{"u": ("ইউ",), "v": ("ভি",), "w": ("ডাব্লিউ", "ডব্লিউ", "ডাবলিউ"), "x": ("এক্স",)},
        **{"y": (composed("ওয়াই"),), "z": ("জেড",)},
    }
}
_MIN_LETTERS = 3  # "এই" (this) is also "AE": two letters say too many words
_ACRONYM = re.compile(r"(?<![\w-])[A-Za-z]{3,8}(?![\w-])")  # a whole word of a question


def spelled_letters(word: str, language: str) -> frozenset[str]:
    """The Latin letters ``word`` spells by their names in ``language``, every reading:
    "পিএএএস" is "paas", "এমটিএলএস" "mtls"; none for a word no letter names make up."""
    names = [(latin, said) for latin, forms in _LETTER_NAMES[language].items() for said in forms]
    readings: list[set[str]] = [set() for _ in range(len(word) + 1)]
    readings[0].add("")
    for i in range(len(word)):
        if not readings[i]:
            continue
        for latin, said in names:
            if word.startswith(said, i):
                readings[i + len(said)].update(r + latin for r in readings[i])
    return frozenset(r for r in readings[-1] if len(r) >= _MIN_LETTERS)


@dataclass(frozen=True)
class SpelledAcronyms:
    """``words``: each acronym (lowercase) spelled by exactly one word of the glossary,
    with that word; the acronyms the glossary writes in Latin letters left out."""

    words: Mapping[str, str]

    @classmethod
    def of(cls, entries: Iterable[Entry], language: str | None) -> SpelledAcronyms:
        if language is None or language not in _LETTER_NAMES:
            return cls({})
        found: dict[str, set[str]] = defaultdict(set)
        latin: set[str] = set()
        for e in entries:
            for text in (e.title, *e.aliases, e.body):
                for w in re.findall(WORD, composed(text).lower()):
                    if w.isascii():
                        latin.add(w)
                    else:
                        for letters in spelled_letters(w, language):
                            found[letters].add(w)
        return cls({k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k not in latin})

    def read(self, question: str) -> str:
        """The question with each acronym the glossary spells in its script so written
        (the question as it is when none is)."""
        if not self.words:
            return question

        def spelled(match: re.Match[str]) -> str:
            said = match.group()
            if sum(c.isupper() for c in said) < 2:
                return said
            return self.words.get(said.lower(), said)

        return _ACRONYM.sub(spelled, question)
