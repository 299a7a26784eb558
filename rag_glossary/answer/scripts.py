"""The writing system of a text: a line in another script than the question's ("- اردو
تعریف: ..." under an English definition) is an aside in a second language, not an answer
unit, unless nothing else answers."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from rag_glossary.answer.pieces import Statement

# one written language mixes these scripts: Japanese kana beside CJK ideographs
_SAME_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK"}


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str:
    name = unicodedata.name(char, "?").split(" ", 1)[0]
    return _SAME_WRITING.get(name, name)


@lru_cache(maxsize=4096)
def script(text: str) -> str:
    """The script most of the text's letters are written in ("LATIN", "ARABIC", ...), or ""
    for a text without letters."""
    if text.isascii():  # its letters are A to Z: LATIN (lower and upper differ by them)
        return "LATIN" if text.lower() != text.upper() else ""
    counts = Counter(_script_of(c) for c in text if c.isalpha())
    return counts.most_common(1)[0][0] if counts else ""


# a question in another script names English terms in Latin letters ("container apps או
# function app, מה ההבדל ביניהם"): its own script is that other one when this share of its
# letters or more is in it, though Latin ones are more
_OWN_SHARE = 1 / 3


@lru_cache(maxsize=4096)
def question_script(question: str) -> str:
    """The script a question is written in: ``script``, but a script other than Latin
    holding _OWN_SHARE of its letters or more is the question's (the Latin letters are the
    English names it asks of)."""
    if question.isascii():
        return script(question)
    counts = Counter(_script_of(c) for c in question if c.isalpha())
    total = sum(counts.values())
    other = [(n, name) for name, n in counts.items() if name != "LATIN"]
    if other and max(other)[0] >= _OWN_SHARE * total:
        return max(other)[1]
    return script(question)


def _foreign(text: str, own: str) -> bool:
    found = script(text)
    return bool(found) and found != own


def in_question_script(question: str, statements: list[Statement]) -> list[Statement]:
    """The statements without their lines in another script than the question's, when a
    statement in the question's script remains."""
    own = question_script(question)
    if not own:
        return statements
    kept = _kept(statements, own)
    return kept if _speaks(kept, own) else statements


def settled_script(question: str, statements: list[Statement]) -> bool:
    """Statements appended after ``statements`` leave :func:`in_question_script`'s
    choice for these as it is: the question has no script, or one of these in its
    script is kept."""
    own = question_script(question)
    return not own or _speaks(_kept(statements, own), own)


def speaks_only(question: str, texts: list[str]) -> bool:
    """Every text has letters and none is in another script than the question's."""
    own = question_script(question)
    return all(script(t) and (not own or script(t) == own) for t in texts)


def _kept(statements: list[Statement], own: str) -> list[Statement]:
    kept: list[Statement] = []
    for s in statements:
        if s.text.strip() and _foreign(s.text, own):
            continue
        items = tuple(i for i in s.items if not _foreign(i, own))
        lead = not s.text.strip() or s.text.rstrip().endswith(":")  # its list is all it says
        if s.items and not items and lead and not s.code:
            continue
        kept.append(replace(s, items=items) if items != s.items else s)
    return kept


def _speaks(kept: list[Statement], own: str) -> bool:
    return any((s.text.strip() and not _foreign(s.text, own)) or s.items for s in kept)
