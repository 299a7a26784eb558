"""Descriptions in everyday words: the sign of a user's own paraphrase.

A user who describes a concept without naming it ("why do car wheels look like
they spin backwards in videos") uses everyday words the entry may not; one who
describes something the glossary lacks usually names a specific part of it
("lowering the learning rate along a *cosine* curve"). A described question is
*plain* when every content word that the best entries' texts do not contain is
an everyday English word (Zipf frequency >= 4, i.e. ten or more per million
words: the high-frequency band of van Heuven et al. 2014). Plain descriptions
are judged against a bar calibrated on plain pseudo-questions (calibration.py, coverage).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from rag_glossary.word_marks import WORD, lettered

_WORD = WORDS = re.compile(WORD)
_MIN_LEN = 3  # shorter words ("is", "of", "ml") say nothing either way
_LIST = Path(__file__).resolve().parent / "data" / "everyday_en.txt"
STEM = 4  # words match on their first letters: "spin"/"spinning", "scale"/"scaled"
_STEM = STEM


@cache
def everyday_words() -> frozenset[str]:
    """The shipped list of everyday English words (see data/everyday_en.txt)."""
    return _word_list(_LIST)


@cache
def everyday_in(language: str | None) -> frozenset[str]:
    """The everyday words of another language a glossary is written in
    (data/everyday_LANG.txt; none for English or a language without a list)."""
    if language is None or language == "en":
        return frozenset()
    path = _LIST.with_name(f"everyday_{language}.txt")
    return _word_list(path) if path.is_file() else frozenset()


def _word_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def keep_everyday(text: str) -> str:
    """The text's everyday words only (a plain pseudo-question), or the text if none are."""
    kept = [w for w in _WORD.findall(text) if w.lower() in everyday_words()]
    return " ".join(kept) if kept else text


def is_plain(question: str, supporting_texts: Iterable[str]) -> bool:
    """Whether every question word the supporting texts lack is an everyday word."""
    support = _support(supporting_texts)
    words = (w for w in _WORD.findall(question.lower()) if len(w) >= _MIN_LEN and lettered(w))
    return all(w in everyday_words() for w in words if w[:_STEM] not in support)


def unsupported_rare(question: str, best_text: str, field: frozenset[str] = frozenset()) -> int:
    """How many distinct rare (non-everyday) question words the best entry's text lacks.

    A description naming three or more specific things its best entry never
    mentions ("splitting the data into k chunks ... averaging") describes
    something else, however close the topic (coverage.judge). A word of ``field``
    (the glossary's own field, named by its files: "moss" in moss-glossary) is no
    specific thing: every entry is about it, so few entries say it (round 34 FD)."""
    return len({w[:_STEM] for w in unsupported_words(question, best_text, field)})


def unsupported_words(
    question: str, best_text: str, field: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The rare question words (not everyday, not of ``field``) whose stems the best
    entry's text lacks (``unsupported_rare`` counts their stems)."""
    support = _support([best_text])
    words = (w for w in _WORD.findall(question.lower()) if len(w) >= _MIN_LEN and lettered(w))
    rare = (w for w in words if w not in everyday_words() and w not in field)
    return frozenset(w for w in rare if w[:_STEM] not in support)


def support_stems(texts: Iterable[str]) -> set[str]:
    """The 4-letter stems of the texts' words (and of adjacent words joined)."""
    return _support(texts)


def _support(texts: Iterable[str]) -> set[str]:
    support: set[str] = set()
    for text in texts:
        support.update(_text_support(text))
    return support


@lru_cache(maxsize=2048)
def _text_support(text: str) -> frozenset[str]:
    # Adjacent words joined too: "pre-trained" supports "pretrained". Cached by the text
    # itself: the same entries support question after question
    tokens = _WORD.findall(text.lower())
    pairs = ((a + b)[:_STEM] for a, b in itertools.pairwise(tokens))
    return frozenset((*(w[:_STEM] for w in tokens), *pairs))
