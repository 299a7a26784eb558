"""Persian typed in Latin letters ("Finglish"), read in Persian script over a Persian
glossary (round 52 WP; the Persian side of arabizi.py).

A keyboard without Persian letters types "ma'nie batlagh be farsi sare chi mishe" for
"معنی باطلاق به فارسی سره چی میشه": "kh" خ, "gh" غ or ق, "sh" ش, "ch" چ, "zh" ژ, an
apostrophe for ع, and most short vowels dropped. No rule after (the name lookup, the key
term, BM25) meets a Persian name in it. Both sides are read as consonant keys
(``persian_key``, ``finglish_key``): ا و ی ع ء and a word's last ه dropped (the vowels
and the silent "e" of "vazhe" واژه), letters that sound alike in Persian one key: ت ط "t",
ث س ص "s", ذ ز ض ظ "z", ح ه "h", غ ق "q". A Latin word of three consonants or more whose
key is that of a Persian word of the glossary is read as the word the glossary writes most
with it, a name's word first; another word is left as typed (a short one, "bey'aneh" "bn",
matches too many words to be read). Only a question with no Persian letter that holds a
Finglish question or function word of data/question_forms.json ("chi", "mishe", "yani",
"farsish") is read so, and its frame words are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rag_glossary.arabizi import spelled_key
from rag_glossary.marks import plain
from rag_glossary.models import Entry

_PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
_PERSIAN_WORD = re.compile("[\u0600-\u06ff]+")
# "ma'nie", "bey'aneh": an apostrophe (ع, the hamza) inside a word
_LATIN_WORD = re.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
# each Persian consonant's key (ا و ی ع ء and the Arabic-keyboard ي ى have none)
_PERSIAN = dict(zip("بپتطثسصجچحهخدذزضظرژشغقفکكگلمن", "bpttsssjchhxdzzzzrZCqqfkkglmn", strict=True))
_LATIN_PAIRS = {"kh": "x", "gh": "q", "sh": "C", "ch": "c", "zh": "Z"}
_LATIN_ONE = dict(zip("bcdfghjklmnpqrstxz", "bkdfghjklmnpqrstxz", strict=True))
_MIN_KEY = 3
_NAME_WEIGHT = 1000  # a word of the glossary's names is read before any word of its texts


def persian_key(word: str) -> str:
    """The consonants of a Persian word: "باطلاق" "btlq", "واژه" "Z", "بیعانه" "bn"."""
    said = plain(word)
    said = said[:-1] if said.endswith("ه") else said
    return "".join(_PERSIAN.get(c, "") for c in said)


def finglish_key(word: str) -> str:
    """The consonants a Finglish word spells (a doubled letter once, a last "h" after a
    vowel none): "batlagh" "btlq", "vazhe" "Z", "bey'aneh" "bn"."""
    said = re.sub(r"(.)\1+", r"\1", word.lower())
    said = said[:-1] if len(said) > 1 and said.endswith("h") and said[-2] in "aeiou" else said
    return spelled_key(said, _LATIN_PAIRS, _LATIN_ONE)


@dataclass(frozen=True)
class Finglish:
    """``persian``: each consonant key and the Persian word the glossary writes most with
    it (a word of its names first); ``frame``: the Persian question forms' Latin words."""

    persian: Mapping[str, str]
    frame: frozenset[str]

    @classmethod
    def of(cls, entries: Iterable[Entry], frame: Iterable[str]) -> Finglish:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for e in entries:
            for w in (w for t in (e.title, *e.aliases) for w in _PERSIAN_WORD.findall(t)):
                if len(key := persian_key(w)) >= _MIN_KEY:
                    counts[key][w] += _NAME_WEIGHT
            for w in _PERSIAN_WORD.findall(e.body):
                if len(key := persian_key(w)) >= _MIN_KEY:
                    counts[key][w] += 1
        persian = {k: c.most_common(1)[0][0] for k, c in counts.items()}
        latin = frozenset(w for w in frame if w.isascii())
        return cls(persian, latin)

    def read(self, question: str) -> str:
        """``question`` with its Finglish words in Persian script, if it is Finglish (no
        Persian letter, and a Finglish frame word); else as typed."""
        if not self.persian or _PERSIAN_LETTER.search(question):
            return question
        said = [w.lower() for w in _LATIN_WORD.findall(question)]
        if not any(w in self.frame for w in said):
            return question
        return _LATIN_WORD.sub(lambda m: self._word(m.group(0)), question)

    def _word(self, word: str) -> str:
        if word.lower() in self.frame:
            return word
        key = finglish_key(word)
        if len(key) >= _MIN_KEY and key in self.persian:
            return self.persian[key]
        return word
