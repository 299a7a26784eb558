"""A described question in a script the packaged model reads letter by letter, answered
when its first entry alone says most of its words (round 52 AR).

The unit rescue (coverage/unit_decision.py) answers a refused description whose best
entry holds a close answer unit; its cosine is the packaged English model's, which meets
Arabic, Devanagari and the other scripts of ``judgement_terms.read_by_letters`` letter by
letter, so round 51 HI gave those questions no rescue: a paraphrase the first entry says
nearly word for word ("المحاولة تاع كل كتلة باش تجر الدول الاخرى ... بالاحلاف والمشاريع"
and الاستقطاب الدولي's "سعي كل كتلة إلى جذب دول ... الأحلاف ... المشاريع") stayed refused.
This rescue reads words, not vectors: the question's content words (its language's
question forms and function words aside) and each entry's title, aliases and text, as
stems (Snowball's Arabic and Hindi stemmers, after an Arabic "and" / "so" / "with" /
"like" / "for" joined to the article is set apart); the first hit is answered when it
shares at least ``MIN_SHARED`` stems with the question and more than any other entry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import snowballstemmer

from rag_glossary.coverage import TermCoverage, missing_sibling
from rag_glossary.hebrew_prefixes import said_words
from rag_glossary.hebrew_prefixes import stem as hebrew_stem
from rag_glossary.judgement_terms import described, read_by_letters
from rag_glossary.marks import plain
from rag_glossary.models import Entry, Hit
from rag_glossary.word_marks import WORD

LETTERS_REASON = "the first entry alone says most of the question's words (a letter-read script)"
# the stems the first entry must share with the question: two are often a topic's common
# words (coldwar's "الحرب" and "الباردة", ethereum's "डिजिटल" and "साबित"), three a thing
MIN_SHARED = 3
_MIN_STEM = 3  # a shorter stem ("دول" aside, which has three) is a particle's remains
_WORD = re.compile(WORD)
_ARABIC = re.compile("[\u0600-\u06ff]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_HEBREW = re.compile("[\u05d0-\u05ea]")
# Arabic's one-letter "and", "so", "with", "like", "for" joined to the article: Snowball's
# Arabic stemmer takes one prefix, so "والمشاريع" would keep its "و"
_JOINED_ARTICLE = re.compile("^[وفبكل](?=ال..)")
_ARABIC_LETTERS = str.maketrans({"ة": "ه", "ى": "ي"})


@functools.cache
def _stemmer(name: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(name)


def stems(
    text: str, frame: Collection[str] = (), said: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The stems of the text's Arabic, Devanagari and Hebrew words, ``frame`` words aside:
    Arabic read without its letters' marks, ة as ه and ى as ي, a joined letter before the
    article set apart ("والمشاريع" and "المشاريع" are "مشاريع"); Devanagari by Snowball's
    Hindi; Hebrew by ``hebrew_prefixes.stem`` against the glossary's words ``said``."""
    out: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if word in frame or plain(word) in frame:
            continue
        if _ARABIC.search(word):
            read = _JOINED_ARTICLE.sub("", plain(word).translate(_ARABIC_LETTERS))
            stem = _stemmer("arabic").stemWord(read)
        elif _DEVANAGARI.search(word):
            stem = _stemmer("hindi").stemWord(word)
        elif _HEBREW.search(word):
            stem = hebrew_stem(word, said)
        else:
            continue
        if len(stem) >= _MIN_STEM:
            out.add(stem)
    return frozenset(out)


@dataclass(frozen=True)
class EntryStems:
    """Each entry's stems (title, aliases and text), in entry order, read on first use."""

    entries: Sequence[Entry]
    _stems: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)
    _said: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)

    @property
    def said(self) -> frozenset[str]:
        """The glossary's Hebrew words (a Hebrew stem sets joined letters apart from them)."""
        if not self._said:
            self._said.append(
                said_words(t for e in self.entries for t in (e.title, *e.aliases, e.body))
            )
        return self._said[0]

    def position(self, entry_id: str) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.id == entry_id), None)

    def of(self, at: int) -> frozenset[str]:
        if not self._stems:
            texts = (" ".join((e.title, *e.aliases, e.body)) for e in self.entries)
            self._stems.extend(stems(text, said=self.said) for text in texts)
        return self._stems[at]

    def first_leads(self, query: str, at: int, frame: Collection[str]) -> bool:
        """Whether the entry at ``at`` shares ``MIN_SHARED`` stems or more with the
        question's content words, and more than every other entry does."""
        asked = stems(query, frame, self.said)
        if len(asked) < MIN_SHARED:
            return False
        shared = len(asked & self.of(at))
        if shared < MIN_SHARED:
            return False
        return all(len(asked & self.of(i)) < shared for i in range(len(self.entries)) if i != at)


@functools.lru_cache(maxsize=4)
def _entry_stems(entries: tuple[Entry, ...]) -> EntryStems:
    return EntryStems(entries)


def letters_rescue(
    entries: Sequence[Entry],
    query: str,
    term: TermCoverage,
    hits: Sequence[Hit],
    frame: Collection[str],
) -> bool:
    """Whether a refused description mostly in a letter-read script is answered by its
    first hit for the words it shares (``EntryStems.first_leads``): never a named term the
    glossary lacks, nor one asked by another name."""
    if not hits or not described(term) or missing_sibling(term) or term.other_name:
        return False
    if not read_by_letters(query):
        return False
    entry_stems = _entry_stems(tuple(entries))  # built once per glossary (hashed: frozen)
    at = entry_stems.position(hits[0].id)
    return at is not None and entry_stems.first_leads(query, at, frame)
