"""A bare abbreviation's expansion said as its definition's first sentence.

``K8s:: Kubernetes. An open source system ...`` and ``BFF:: Backend-for-frontend. A web
development architectural pattern ...``: the one-phrase sentence is the term's long name,
not a statement. It moves into the title (``K8s (Kubernetes)``, the anchor stays the
abbreviation's) and becomes an alias; the definition starts after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rag_glossary.parsing.inline import display_title

if TYPE_CHECKING:
    from rag_glossary.parsing.base import Section

_MAX_WORDS = 5
# the opening sentence, quotes allowed around it ('"Not Only SQL". A database model ...')
_OPENING = re.compile(r"[\"“]?([^.!?:;()\n\"”]{2,60}?)[\"”]?\.\s+(?=\S)")
_NUMERONYM = re.compile(r"([A-Za-z])(\d{1,2})([A-Za-z])")  # K8s, i18n
_LETTER_PREFIX = re.compile(r"[a-z]-[a-z]{2,}")  # i-vector
_ARTICLES = frozenset({"a", "an", "the", "this", "these", "its", "one", "any", "some"})


def named_opening(section: Section) -> Section:
    """``section`` with its opening expansion in the title and aliases, when its title is
    an abbreviation (an acronym, a numeronym, a one-letter prefix) and the definition's
    first sentence is a phrase of at most five words that spells it; else ``section``."""
    title = display_title(section.title)
    if not _abbreviation(title):
        return section
    match = _OPENING.match(section.body)
    if match is None:
        return section
    phrase = " ".join(match.group(1).split())
    words = phrase.split()
    if len(words) > _MAX_WORDS or words[0].casefold() in _ARTICLES or not _spells(title, phrase):
        return section
    return replace(
        section,
        title=f"{title} ({phrase})",
        slug_text=section.slug_text or title,
        body=section.body[match.end() :],
        aliases=[*section.aliases, phrase],
    )


def _abbreviation(title: str) -> bool:
    if not 2 <= len(title) <= 10 or not title.isascii() or any(ch.isspace() for ch in title):
        return False
    upper = sum(ch.isupper() for ch in title)
    return upper >= 2 or bool(_NUMERONYM.fullmatch(title) or _LETTER_PREFIX.fullmatch(title))


def _spells(short: str, long: str) -> bool:
    """Does ``long`` spell ``short``? A numeronym counts its word's inner letters
    (``K8s``: ``Kubernetes``); otherwise each letter of ``short`` is found in order in
    ``long``, the first at the start of a word and ``long`` of two words or more
    (Schwartz and Hearst's rule for an abbreviation's long form)."""
    if numeronym := _NUMERONYM.fullmatch(short):
        head, count, tail = numeronym.groups()
        word = long.casefold()
        return (
            word.isalpha()
            and len(word) == int(count) + 2
            and word[0] == head.casefold()
            and word[-1] == tail.casefold()
        )
    words = re.split(r"[\s\-–]+", long)
    if len(words) < 2 or words[0][:1].casefold() != short[:1].casefold():
        return False
    return _letters_in_order([c for c in short.casefold() if c.isalnum()], long.casefold())


def _letters_in_order(letters: list[str], text: str) -> bool:
    at = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        while at >= 0 and (
            text[at] != letters[i] or (i == 0 and at > 0 and text[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True
