"""Arabic typed in Latin letters and digits ("Arabizi"), read in Arabic script over an
Arabic glossary (round 52 AR).

A keyboard without Arabic letters types "wach howa jidar berlin" for "واش هو جدار برلين",
with digits for the letters Latin lacks: "3" ع, "7" ح, "9" ق, "5" خ, "2" the hamza. No
rule after (the name lookup, the key term, BM25) meets an Arabic name in it. Arabizi
spells consonants and few of the vowels, so both sides are read as consonant keys
(``arabic_key``, ``latin_key``: ا و ي and the hamzas dropped, letters that sound alike one
key: ت ط ث "t", س ص "s", د ض ذ ظ "d", ه ح "h"); a Latin word whose key is that of an Arabic
word of the glossary is read as the word the glossary writes most with it, a name's word
first, and a name's word with the article also when typed without it ("tatwi9" التطويق);
a final "t" may be the ta marbuta of a construct ("siyasat" سياسة). Another word is left
as typed. Only a question with no Arabic letter that holds an Arabizi question or
function word of data/question_forms.json ("chno", "wach", "ta3") or a digit inside its
letters ("ma3na", "l7arb") is read so, and its Arabizi frame words are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rag_glossary.marks import plain
from rag_glossary.models import Entry

_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")
_LATIN_WORD = re.compile("[A-Za-z0-9]+")
# a digit between letters: "ma3na", "l7arb", "tatwi9"
_DIGIT_LETTER = re.compile("[a-z][2-9]|[2-9][a-z]")
# each Arabic consonant's key (ا و ي ى ة and the hamzas have none)
_ARABIC = dict(zip("بتثجحخدذرزسشصضطظعغفقكلمنه", "bttjhxddrzsCsdtd3Gfqklmnh", strict=True))
_LATIN_PAIRS = {"ch": "C", "sh": "C", "kh": "x", "gh": "G", "th": "t", "dh": "d", "dj": "j"}
# Latin letters and Arabizi digits as the consonant they stand for ("g": Maghrebi ق)
_LATIN_ONE = dict(zip("379bcdfghjklmnpqrstvxz5", "3hqbkdfqhjklmnbqrstfxzx", strict=True))
_MIN_KEY = 2
_ARTICLE = "ال"
_NAME_WEIGHT = 1000  # a word of the glossary's names is read before any word of its texts


def arabic_key(word: str) -> str:
    """The consonants of an Arabic word: "سياسة" "ss", "التطويق" "lttq", "الحرب" "lhrb"."""
    return "".join(_ARABIC.get(c, "") for c in plain(word))


def spelled_key(said: str, pairs: Mapping[str, str], one: Mapping[str, str]) -> str:
    """The consonant keys a Latin spelling gives: a two-letter pair ("kh", "sh") before its
    letters, each other letter by ``one`` (a vowel: none). Arabizi's and Finglish's."""
    out: list[str] = []
    at = 0
    while at < len(said):
        if (pair := said[at : at + 2]) in pairs:
            out.append(pairs[pair])
            at += 2
            continue
        out.append(one.get(said[at], ""))
        at += 1
    return "".join(out)


def latin_key(word: str) -> str:
    """The consonants an Arabizi word spells (a doubled letter once): "siyasat" "sst",
    "tatwi9" "ttq", "l7arb" "lhrb", "mashrou3" "mCr3"."""
    said = re.sub(r"(.)\1+", r"\1", word.lower())
    return spelled_key(said, _LATIN_PAIRS, _LATIN_ONE)


@dataclass(frozen=True)
class Arabizi:
    """``arabic``: each consonant key and the Arabic word the glossary writes most with it
    (a word of its names first); ``frame``: the Arabic question forms' Latin words."""

    arabic: Mapping[str, str]
    frame: frozenset[str]

    @classmethod
    def of(cls, entries: Iterable[Entry], frame: Iterable[str]) -> Arabizi:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for e in entries:
            for w in (w for t in (e.title, *e.aliases) for w in _ARABIC_WORD.findall(t)):
                key = arabic_key(w)
                # a name's word with its article is typed without it too ("tatwi9": التطويق)
                for said in (key, key[1:] if plain(w).startswith(_ARTICLE) else ""):
                    if len(said) >= _MIN_KEY:
                        counts[said][w] += _NAME_WEIGHT
            for w in _ARABIC_WORD.findall(e.body):
                if len(key := arabic_key(w)) >= _MIN_KEY:
                    counts[key][w] += 1
        arabic = {k: c.most_common(1)[0][0] for k, c in counts.items()}
        latin = frozenset(w for w in frame if w.isascii())
        return cls(arabic, latin)

    def read(self, question: str) -> str:
        """``question`` with its Arabizi words in Arabic script, if it is Arabizi (no
        Arabic letter, and an Arabizi frame word or a digit inside a word); else as typed."""
        if not self.arabic or _ARABIC_LETTER.search(question):
            return question
        said = [w.lower() for w in _LATIN_WORD.findall(question)]
        if not any(w in self.frame or _DIGIT_LETTER.search(w) for w in said):
            return question
        return _LATIN_WORD.sub(lambda m: self._word(m.group(0)), question)

    def _word(self, word: str) -> str:
        if word.lower() in self.frame or word.isdigit():
            return word
        key = latin_key(word)
        for said in (key, key[:-1] if key.endswith("t") else ""):
            if len(said) >= _MIN_KEY and said in self.arabic:
                return self.arabic[said]
        return word
