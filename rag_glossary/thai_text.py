"""Thai text, which its writers type without blanks between words (a blank ends a phrase
or a sentence): read for BM25 as overlapping runs of three characters, as Chinese and
Japanese are read as characters and pairs (word_tokens.cjk_tokens). A Thai syllable is two to
four characters, so a run of three is about a syllable and meets the same syllable in
another phrase: a question's "ยืมหุ้นคนอื่นมาขาย" and Short selling's "ยืมหุ้นมาขาย"
share "ยืม", "หุ้น", "มาข", "าขา", "ขาย".

Tone marks are dropped first: Thai users write the same word with or without one, or with
another ("เท่าไหร่", "เท่าไร", "เทาไร"), and three letters without them still hold the
syllable's consonants and vowels.
"""

from __future__ import annotations

import functools
import re

from rag_glossary.forms_data import listed_words

THAI_CHARS = "\u0e01-\u0e4f"
THAI = re.compile(f"[{THAI_CHARS}]")
_THAI_RUN = re.compile(f"[{THAI_CHARS}]+")
TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"
_TONES = str.maketrans("", "", TONE_MARKS)
GRAM = 3


@functools.cache
def thai_asking() -> re.Pattern[str]:
    """Thai question scaffolding, the like of lexical's CJK_ASKING: "what is", "what is it
    called", "means", "how", polite endings (question_forms.json "th" ``asking``); a run is
    cut where they stand, so no run of three spans the asking and the term. Matched without
    tone marks (they are dropped first), the longest first ("ย่อมาจากอะไร", "ย่อมาจาก")."""
    said = sorted({untoned(w) for w in listed_words("th", "asking")}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, said)))


def thai_runs(text: str) -> list[str]:
    """The Thai runs of a text, tone marks dropped and asking words cut out."""
    out: list[str] = []
    asking = thai_asking()
    for run in _THAI_RUN.findall(text.translate(_TONES)):
        out.extend(part for part in asking.split(run) if part)
    return out


def thai_grams(run: str) -> list[str]:
    """A Thai run's overlapping runs of GRAM characters (a shorter run: itself)."""
    if len(run) <= GRAM:
        return [run]
    return [run[i : i + GRAM] for i in range(len(run) - GRAM + 1)]


def split_thai(text: str) -> list[tuple[bool, str]]:
    """The text in pieces, each (whether it is a Thai run, the piece), in order."""
    out: list[tuple[bool, str]] = []
    at = 0
    for run in _THAI_RUN.finditer(text):
        out.append((False, text[at : run.start()]))
        out.append((True, run.group()))
        at = run.end()
    out.append((False, text[at:]))
    return out


def untoned(text: str) -> str:
    """The text without its tone marks."""
    return text.translate(_TONES)


def any_tones(word: str) -> str:
    """A pattern of ``word`` as typed with or without its tone marks, or with another
    ("ต่างกัน", "ตางกัน", "ต้างกัน")."""
    return "".join(re.escape(c) + f"[{TONE_MARKS}]?" for c in untoned(word))
