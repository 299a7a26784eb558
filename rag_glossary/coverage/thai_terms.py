"""The key-term lookup of a question with Thai text and Latin-letter names (round 53 FT).

Thai runs its words together, so the English key-term reading sees a whole Thai phrase as
one "word": it looks the question up whole ("vasicek model คืออะไร" as one name the
glossary lacks: the strict bar) or takes a Thai phrase for the term ("คืออะไร", "what is",
found in some entry's text). A Thai question often names its term in Latin letters among
Thai words ("implied volatility คืออะไรครับ", "european option กับ american option
ต่างกันตรงไหน"): those names are looked up as English, the Thai words (the asking and the
setting) left out, a Thai "and" / "or" between two names read as "and" / "or", and a name
right before a Thai "what is" taken first (a story's "... สรุปว่า theta คืออะไร").
A question without Latin-letter names keeps the English reading of the whole question.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.forms_data import listed_words
from rag_glossary.thai_text import THAI, split_thai

if TYPE_CHECKING:
    from rag_glossary.coverage.lookup import CoverageIndex

# a Latin-letter word of two or more letters: a name ("p", "q" alone name nothing)
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z]")
_WORD_LEN = 4  # a shorter Latin word ("sd", "mc") may be an abbreviation the text spells out


@functools.cache
def _joins() -> Mapping[str, str]:
    """Thai "and", "or", "versus" between two names, as English reads them (question_forms
    "th" ``and``, ``or``, ``versus``: LanguageForms.joins merges the first two)."""
    read = {"and": "and", "or": "or", "versus": "vs"}
    return {w: said for field, said in read.items() for w in listed_words("th", field)}


@functools.cache
def _asked_after() -> re.Pattern[str]:
    """Thai "what is", "means", "stands for" right after a name: the name is the one asked
    (question_forms "th" ``asked_after``)."""
    return re.compile("^(?:" + "|".join(map(re.escape, listed_words("th", "asked_after"))) + ")")


def latin_names(question: str) -> tuple[str, str | None]:
    """The question's Latin-letter text with the Thai left out (a Thai "and" / "or"
    between two names kept as English), and the name a Thai "what is" follows, if any."""
    out: list[str] = []
    asked: str | None = None
    pieces = split_thai(question)
    for at, (is_thai, piece) in enumerate(pieces):
        text = " ".join(piece.split())
        if not is_thai:
            out.append(text)
            nxt = pieces[at + 1][1] if at + 1 < len(pieces) else ""
            if _NAME_WORD.search(text) and _asked_after().match(nxt):
                asked = text
        elif text in _joins() and out and out[-1] and at + 1 < len(pieces):
            out.append(_joins()[text])
    return " ".join(" ".join(out).split()), asked


def thai_asks_other(question: str) -> bool:
    """ "แปลง volatility รายวันเป็นรายปีต้องคูณอะไร" (convert daily volatility to yearly:
    multiply by what): a question of Thai text and a Latin-letter name that no Thai "what
    is" follows asks something of the name, no definition, however few blanks its Thai
    runs leave (the composer reads five words or fewer as a definition question)."""
    if not THAI.search(question):
        return False
    pieces = split_thai(question)
    named = any(_NAME_WORD.search(p) for is_thai, p in pieces if not is_thai)
    # Thai words that only ask ("คืออะไรครับ") or join two names are no question of their own
    said = [p for is_thai, p in pieces if is_thai and p.strip() not in _joins()]
    return named and bool(said) and latin_names(question)[1] is None


def thai_check(
    index: CoverageIndex, question: str, ranked: Sequence[str] | None
) -> TermCoverage | None:
    """None for a question without Thai letters or without a Latin-letter name; else the
    English lookup of its names (and of the whole question when that finds a Latin word
    and the names alone are missing: "bermudan option ใช้สิทธิได้ตอนไหน", whose glossary
    writes "Bermudan" alone)."""
    if not THAI.search(question):
        return None
    if not any(_NAME_WORD.search(p) for is_thai, p in split_thai(question) if not is_thai):
        return None
    latin, asked = latin_names(question)
    if asked and (first := index._check_words(asked, ranked)).found:
        return _unless_unwritten(index, asked, first)
    named = index._check_words(latin, ranked)
    if named.found:
        return _unless_unwritten(index, latin, named)
    whole = index._check_words(question, ranked)
    if whole.found and whole.key_term and not THAI.search(whole.key_term):
        return _unless_unwritten(index, latin, whole)
    return named


def _unless_unwritten(index: CoverageIndex, latin: str, found: TermCoverage) -> TermCoverage:
    """``found``, unless it leaves out a name's word: one the glossary never writes makes
    the name another thing's ("stratonovich integral": not the glossary's Itô "integral",
    missing); one it writes, before the head word found, is the kind asked about
    ("bermudan option": the text that says "Bermudan", not Option's entry)."""
    kept = set(words(found.key_term or ""))
    name = words(latin)
    left = [w for w in name if len(w) >= _WORD_LEN and w not in kept]
    if any(w not in index._doc_freq for w in left):
        return TermCoverage(latin, False, "", (), True)
    if left and len(name) == 2 and name[-1] in kept and name[0] in left:
        kind = index._check_words(name[0], None)
        if kind.found and not kind.generic:
            return kind
    return found
