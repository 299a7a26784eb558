"""Whether the answering entry says a Cyrillic description's words (round 54 WR).

The unit rescue (coverage/unit_decision.py) answers a refused description whose best dense
entry holds a close answer unit. The packaged English model splits a Cyrillic word into its
letters, so that cosine is close for a neighbour-topic description as often as for one the
glossary answers (round 54: backgammon's "когато хвърлиш еднакви зарове примерно 6 и 6
колко пъти играеш", "на турнир по табла с часовник ли се играе", dotnet's "как сделать чтоб
компилятор ругался если переменная может оказаться null", obsidian's "де можна розкласти
нотатки картками на нескінченній дошці" were answered from entries sharing at most one word
with them). The descriptions it rightly answers are answered by a first hit that says
several of their words ("освобождает память от объектов которые больше никто не
использует": Сборка мусора's "освобождает память, занятую объектами, которые больше не
используются"). So a Cyrillic description keeps the rescue only when its first hit's
title, aliases and text say at least ``MIN_SAID`` of its content words: its language's
stems (language_stems.index_token), its function words and question forms aside (and any
word stemming as one of them, "котором" as "который"), a close form counting
(answer/overlap.close_form: "операционка" meets "операционная").
"""

from __future__ import annotations

import functools
import re

from rag_glossary.answer.overlap import close_form
from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.language_stems import index_token
from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD

# the content words the first hit must say: one is often the topic's own word (backgammon's
# "табла", obsidian's "нотатки", dotnet's "компилятор"), which every neighbour says too
MIN_SAID = 2
_MIN_WORD = 3  # a shorter word is a particle or a preposition ("по", "на", "ли")
_WORD = re.compile(WORD)


@functools.cache
def _frame_stems(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The language's frame words (function words and question forms) and their stems."""
    frame = frame_words(language)
    return frame, frozenset(index_token(w, language) for w in frame)


def content_stems(text: str, language: str | None) -> frozenset[str]:
    """The stems of ``text``'s content words: no frame word, none stemming as one, no
    number, none shorter than ``_MIN_WORD`` letters."""
    frame, frame_stems = _frame_stems(language)
    out = set()
    for word in _WORD.findall(text.lower()):
        if len(word) < _MIN_WORD or word.isdigit() or word in frame:
            continue
        stem = index_token(word, language)
        if stem not in frame_stems:
            out.add(stem)
    return frozenset(out)


@functools.lru_cache(maxsize=1024)
def _entry_stems(entry: Entry, language: str | None) -> frozenset[str]:
    return content_stems(" ".join((entry.title, *entry.aliases, entry.body)), language)


def words_said(query: str, entry: Entry, language: str | None) -> int:
    """How many of the question's content words ``entry`` says (a stem it writes, or a
    close form of one)."""
    said = _entry_stems(entry, language)
    return sum(stem in said or close_form(stem, said) for stem in content_stems(query, language))


def says_words(query: str, entry: Entry, language: str | None) -> bool:
    """Whether ``entry`` says at least ``MIN_SAID`` of the question's content words."""
    return words_said(query, entry, language) >= MIN_SAID
