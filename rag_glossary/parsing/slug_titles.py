"""Readable titles for the slug keys of data files (``scale-invariant-feature-transform-sift``).

A slug has lost the term's capitals and its acronym's parentheses. The
definition usually still spells the term, so the casing is taken from there
(``Nyquist-Shannon Sampling Theorem``, ``LeNet``); a word that spells the
initials of the words before it becomes the acronym: ``Scale Invariant Feature
Transform (SIFT)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.word_marks import ends_word, starts_word, whole_word

_STOPWORDS = frozenset({"of", "and", "the", "a", "an", "for", "to", "in", "on", "with", "by"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\"'(]\s*)$")
_MIN_ACRONYM = 2
_MAX_ACRONYM = 8
_TEXT_CHARS = 4000  # the term is spelled near the start of its definition, if at all
_BEFORE_CHARS = 3  # enough of what precedes a match to see a sentence start


def readable_title(words: Sequence[str], text: str) -> str:
    """The title for a slug's words (lowercase), cased and with its acronym as the text has them."""
    words = [w for w in words if w]
    if not words:
        return ""
    text = text[:_TEXT_CHARS]
    at = _acronym_at(words)
    if at is not None:
        head = _cased(words[:at], text, title_case=True)
        tail = _cased(words[at + 1 :], text) if at + 1 < len(words) else ""
        acronym = _word_case(words[at], text)
        acronym = acronym if acronym != words[at] else acronym.upper()
        return " ".join(p for p in (head, f"({acronym})", tail) if p)
    title = _cased(words, text)
    return title[:1].upper() + title[1:]


def _cased(words: Sequence[str], text: str, *, title_case: bool = False) -> str:
    phrase = _phrase(words, text)
    if phrase is not None:
        return phrase
    cased = [_word_case(w, text) for w in words]
    if title_case:
        cased = [
            c if c != w or (w in _STOPWORDS and n) else w[:1].upper() + w[1:]
            for n, (c, w) in enumerate(zip(cased, words, strict=True))
        ]
    return " ".join(cased)


def _phrase(words: Sequence[str], text: str) -> str | None:
    """The words as written in the text, in order and next to each other; only
    when that spelling carries capitals a sentence start does not explain."""
    if not words:
        return None
    joined = r"[\s\-/]+".join(re.escape(w) for w in words)
    pattern = starts_word(words[0]) + joined + ends_word(words[-1])
    for match in re.finditer(pattern, text, re.IGNORECASE):
        found = " ".join(match.group(0).split())
        if _informative(found, _before(text, match.start())):
            return found
    return None


def _before(text: str, start: int) -> str:
    return ("\n" if start <= _BEFORE_CHARS else "") + text[max(0, start - _BEFORE_CHARS) : start]


def _informative(found: str, before: str) -> bool:
    if found == found.lower():
        return False
    if _SENTENCE_START.search(before) is None:
        return True
    rest = found[1:]
    return rest != rest.lower()


def _word_case(word: str, text: str) -> str:
    """``lenet`` -> ``LeNet`` when the text writes it so outside a sentence start."""
    for match in re.finditer(whole_word(word), text, re.IGNORECASE):
        if _informative(match.group(0), _before(text, match.start())):
            return match.group(0)
    return word


def _acronym_at(words: Sequence[str]) -> int | None:
    """Index of the word that abbreviates all the words before it (``sift`` after
    ``scale invariant feature transform``; ``ransac`` after ``random sample consensus``)."""
    for at in range(2, len(words)):
        word = words[at]
        short = _MIN_ACRONYM <= len(word) <= _MAX_ACRONYM and word.isalpha()
        if short and _spells(word, words[:at], skips=1 if len(word) >= 4 else 0):
            return at
    return None


def _spells(acronym: str, words: Sequence[str], skips: int) -> bool:
    """Each word gives a prefix of the acronym in order (stopwords, and ``skips``
    other words, may give none); the first word gives at least one letter."""
    if len(words) < 2:
        return False
    word, rest = words[0], words[1:]
    # A word never gives the whole acronym: two words at least spell it.
    return any(
        word[:k] == acronym[:k] and _spells_rest(acronym[k:], rest, skips)
        for k in range(min(len(word), len(acronym) - 1), 0, -1)
    )


def _spells_from(acronym: str, words: Sequence[str], skips: int) -> bool:
    """The rest of the acronym from ``words[0]`` on (which gives at least one letter)."""
    word, rest = words[0], words[1:]
    return any(
        word[:k] == acronym[:k] and _spells_rest(acronym[k:], rest, skips)
        for k in range(min(len(word), len(acronym)), 0, -1)
    )


def _spells_rest(acronym: str, words: Sequence[str], skips: int) -> bool:
    if not acronym or not words:
        return all(w in _STOPWORDS for w in words) and not acronym
    if _spells_from(acronym, words, skips):
        return True
    if words[0] in _STOPWORDS:
        return _spells_rest(acronym, words[1:], skips)
    return skips > 0 and _spells_rest(acronym, words[1:], skips - 1)
