"""A word of any script, its combining marks included (round 51).

Python's ``\\w`` matches letters and digits but not the combining marks that scripts such
as Devanagari, Bengali, Tamil, Thai or Arabic write on their letters: the vowel signs,
the virama, the nukta ("गैस" is ग, the mark ै, स; "क्या" is क, the virama ्, य, the mark ा).
``[^\\W_]+`` cut such a word at every mark ("एथेरियम" read as "एथ", "र", "यम"), so no
Hindi word was ever read whole: not by BM25, the name lookup, the function-word count
that names a glossary's language, nor the key-term check. ``WORD`` is a word as a reader
sees it: letters or digits, with the marks written on them (a mark never opens a word).
Latin, Greek and Cyrillic text is written with precomposed letters and reads as before.
"""

from __future__ import annotations

import re
import unicodedata

# the blocks whose combining marks sit on letters: the combining diacritics, Cyrillic's,
# Hebrew's, Arabic's, Syriac's to Sinhala's (the Indic scripts), Thai's to Myanmar's,
# the extended diacritics, and the Kana sound marks; variation selectors are no part of
# a word ("❤️")
_BLOCKS: tuple[tuple[int, int], ...] = ((0x0300, 0x1100), (0x1700, 0x1B80), (0x1DC0, 0x1E00))
_BLOCKS += ((0x20D0, 0x2100), (0x3099, 0x309B), (0xFE20, 0xFE30))


def _mark_class() -> str:
    ranges: list[tuple[int, int]] = []
    for low, high in _BLOCKS:
        for cp in range(low, high):
            if unicodedata.category(chr(cp)) not in ("Mn", "Mc", "Me"):
                continue
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


# the combining marks, as the body of a character class ("\u0300-\u036f\u0483-\u0489...")
MARKS = _mark_class()
# a word: a letter or digit, then letters, digits and marks ("_" is no letter)
WORD = rf"[^\W_]+(?:[{MARKS}]+[^\W_]*)*"
# a letter of a word (a letter, digit or mark): for "(?<!...)" and "(?!...)" edges
WORD_CHAR = rf"(?:[^\W_]|[{MARKS}])"

# The edges of a phrase built from a question's or an entry's text, for the "\b" that
# reads a word's end after a combining mark as none (round 59): "\bम्हणजे\b" finds nothing
# in "cpu म्हणजे काय" (its last letter, the vowel sign "े", is no "\w") and "\bक\b" finds
# the "क" inside "काय". A non-ASCII edge letter (a "\w" or a mark) has the edge "no word's
# letter next to it"; an ASCII or non-letter edge stays "\b" (a mark is no part of an
# ASCII word, and the marks' class is slow to compile), so English text reads as before.
_EDGE_CHAR = rf"[\w{MARKS}]"
_EDGE = re.compile(_EDGE_CHAR)


def _marked_edge(char: str) -> bool:
    return bool(char) and not char.isascii() and _EDGE.match(char) is not None


def starts_word(text: str) -> str:
    """The pattern's edge before ``text``: no word's letter before it."""
    return rf"(?<!{_EDGE_CHAR})" if _marked_edge(text[:1]) else r"\b"


def ends_word(text: str) -> str:
    """The pattern's edge after ``text``: no word's letter after it."""
    return rf"(?!{_EDGE_CHAR})" if _marked_edge(text[-1:]) else r"\b"


def whole_word(text: str) -> str:
    """``text`` as whole words: what ``rf"\\b{re.escape(text)}\\b"`` meant in any script."""
    return starts_word(text) + re.escape(text) + ends_word(text)


# a word of letters only (no digit), with the marks written on them
LETTERS = rf"[^\W\d_]+(?:[{MARKS}]+[^\W\d_]*)*"
_LETTERS = re.compile(LETTERS)
_ALNUM = re.compile(WORD)


def lettered(word: str) -> bool:
    """``str.isalpha`` that counts the marks on letters as theirs: "सॉफ्ट" is a word of
    letters though its "ॉ" and "्" are no letters to ``isalpha``."""
    return word.isalpha() or (not word.isascii() and bool(_LETTERS.fullmatch(word)))


def alnum(word: str) -> bool:
    """``str.isalnum`` that counts the marks on letters as theirs (``lettered``)."""
    return word.isalnum() or (not word.isascii() and bool(_ALNUM.fullmatch(word)))


# A phrase of three words or more in Arabic or Hebrew script, as a glossary writes an example
# or a source in brackets ("پسر [سام بن ایرج]"): parsing/inline_links.py and answer/inline.py
# keep such brackets (round 52).
RTL_PHRASE = r"\s*[\u0590-\u06ff][^\s\[\]A-Za-z]*(?:\s+[\u0590-\u06ff][^\s\[\]A-Za-z]*){2,}\s*"
