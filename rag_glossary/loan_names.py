"""An English name typed in Devanagari, read as the glossary's Latin title (round 51 HI).

A Hindi glossary keeps some titles in Latin letters ("Gas", "DeFi", "Web3") and writes
them in Devanagari in its texts and its readers' questions ("एथेरियम में गैस क्या होती
है"): the question's "गैस" never met the title Gas. Both are sounded out as their
consonants (``sound_key``: "गैस" and "Gas" are "gs"), and a question's Devanagari word
that no title or alias writes, sounding as exactly one Latin one-word title of the
glossary, is read as that title. Only titles, not the aliases an i18n file's key gives
every entry ("ether" beside इथर): a title written in Latin letters is a name the glossary
keeps as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD

_DEVANAGARI = re.compile("[\u0900-\u097f]")
# each Devanagari consonant as the Latin consonant English writes for it (aspirates as
# their plain consonant: "थ" is "th", read "t"); a nukta's forms ("ज़", "फ़") apart
_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमरलवशषसह",
        "kkggnccjjnttddnttddnpfbbmrlvsssh",
        strict=True,
    )
)
_NUKTA = {"ज": "z", "फ": "f", "क": "k", "ख": "k", "ग": "g", "ड": "r", "ढ": "r"}
# English letter groups and letters as the consonant Hindi writes for them
_LATIN_GROUPS = (("sh", "s"), ("ch", "c"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("gh", "g"))
_LATIN = str.maketrans({"q": "k", "x": "ks", "w": "v", "c": "k"})
_MIN_KEY = 2  # one consonant ("का", "ka") sounds like too many words


def sound_key(word: str) -> str:
    """The consonants of a word, Devanagari or Latin, as English spells them: "गैस" and
    "gas" are "gs", "डेफाई" and "DeFi" "df", "वेब3" and "Web3" "vb3"."""
    if _DEVANAGARI.search(word):
        out: list[str] = []
        for i, c in enumerate(word):
            nukta = word[i + 1 : i + 2] == "\u093c"
            sound = _NUKTA.get(c) if nukta else _CONSONANTS.get(c, c if c.isdigit() else "")
            out.append(sound or "")
        said = "".join(out)
    else:
        said = word.lower()
        for group, sound in _LATIN_GROUPS:
            said = said.replace(group, sound)
        said = re.sub(r"c(?=[eiy])", "s", said).translate(_LATIN)
        said = re.sub(r"[aeiouy\W_]", "", said)
    return re.sub(r"(.)\1+", r"\1", said)


@dataclass(frozen=True)
class LoanNames:
    """``titles``: each sound key of one Latin one-word title, with that title; ``named``:
    the words the glossary's titles and aliases write and its language's frame words
    (never read as another name)."""

    titles: Mapping[str, str]
    named: frozenset[str]

    @classmethod
    def of(cls, entries: Iterable[Entry], frame: Iterable[str] = ()) -> LoanNames:
        """The titles of ``entries``; ``frame``: the glossary language's function words and
        question forms ("पर", "कहते"), never read as a name."""
        found: dict[str, set[str]] = defaultdict(set)
        named: set[str] = set(frame)
        for e in entries:
            for name in (e.title, *e.aliases):
                named.update(w.lower() for w in re.findall(WORD, name))
            title = e.title.strip()
            # an acronym ("APR", "MEV") is spelled out letter by letter, no word sounded
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9]{2,}", title) and not title.isupper():
                found[sound_key(title)].add(title)
        titles = {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and len(k) >= _MIN_KEY}
        return cls(titles, frozenset(named))

    def read(self, question: str) -> str:
        """The question with each Devanagari word that sounds as one Latin title written
        as that title (the question as it is when none does)."""
        if not self.titles or not _DEVANAGARI.search(question):
            return question

        def latin(word: re.Match[str]) -> str:
            said = word.group()
            if not _DEVANAGARI.search(said) or said in self.named:
                return said
            return self.titles.get(sound_key(said), said)

        return re.sub(WORD, latin, question)
