"""Mis-decoded text repaired: mojibake ftfy can fix, and the truncated kind it cannot
("modelâs", "donât"), only where the document really is mojibake."""

from __future__ import annotations

import re

import ftfy

# Mojibake whose tail bytes were lost on the way ("modelâs", "donât", "pandasâalso"):
# ftfy cannot repair these because the sequence is incomplete.
_TRUNCATED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])â(?=(?:s|t|d|m|ll|re|ve)\b)")
_TRUNCATED_DASH = re.compile(r"(?<=[\w*)])â(?=[\w*(])")
# UTF-8 read as cp1252/latin-1 always shows a lead character in Â..ô; entities
# and control characters are ftfy's other business. Other lines skip it (speed).
_NEEDS_FTFY = re.compile(r"[\u00c2-\u00f4]|&#?\w+;|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_UNCURL = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
)

_DOUBLED = re.compile(r"‘‘|’’")


def fix_mojibake(text: str) -> str:
    """Repair mis-decoded text (``modelâ€™s`` -> ``model's``) without touching line breaks.

    ftfy works line by line, so only lines that can need it (mojibake lead
    characters, HTML entities, control characters) are sent to it, in one
    batch. Curly quotes become straight everywhere, as ftfy would make them.
    """
    lines = text.split("\n")
    todo = [i for i, line in enumerate(lines) if _NEEDS_FTFY.search(line)]
    if todo:
        fixed = ftfy.fix_text("\n".join(lines[i] for i in todo), fix_line_breaks=False)
        parts = fixed.split("\n")
        if len(parts) == len(todo):
            for i, part in zip(todo, parts, strict=True):
                lines[i] = part
        else:  # ftfy changed the line count: fix line by line instead
            for i in todo:
                lines[i] = ftfy.fix_text(lines[i], fix_line_breaks=False).replace("\n", " ")
    # two single quotes typed for a double one ("‘‘Unbound’’") are one double quote
    text = _DOUBLED.sub('"', "\n".join(lines)).translate(_UNCURL)
    # Only a document that shows the apostrophe pattern in two different English words
    # gets its other stray "â" turned into dashes, so real words such as "château" or
    # Plains Cree's "nêpât" and "acâhkosak" survive.
    if "â" in text and _truncated_evidence(text):
        text = _WORD.sub(_repaired, text)
    return text


_WORD = re.compile(r"[\w*()]*â[\wâ*()]*")
_TRUNCATION_EVIDENCE = 2  # "donât", "itâs": distinct words; one may be a real word


def _ascii_but_circumflex(word: str) -> bool:
    """No letter of the word but "â" is non-ASCII ("nêpât" is real Cree, not mojibake)."""
    return all(c.isascii() or c == "â" for c in word)


def _truncated_evidence(text: str) -> bool:
    found = {
        m.group(0)
        for m in _WORD.finditer(text)
        if _ascii_but_circumflex(m.group(0)) and _TRUNCATED_APOSTROPHE.search(m.group(0))
    }
    return len(found) >= _TRUNCATION_EVIDENCE


def _repaired(found: re.Match[str]) -> str:
    word = found.group(0)
    if not _ascii_but_circumflex(word):
        return word
    return _TRUNCATED_DASH.sub("—", _TRUNCATED_APOSTROPHE.sub("'", word))
