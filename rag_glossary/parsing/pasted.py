"""Text pasted from a PDF or a printed page into a ``Term: definition`` file.

Three marks of such text, each general to pastes, not to one glossary:

- page furniture: a running footer or header repeated with its page number ("University of
  Maryland Extension 1" ... "8") falls between entries, inside the text of the one above;
- the document's own heading glued to the first term ("glossaryAcid Soil: ..."): the line
  break after "Glossary" was lost;
- hard wraps with no blank line between entries: a line that opens "Words: ..." right
  under a line cut at the wrap width (long, no closing punctuation) continues that line
  ("... essential for normal body metabolism, growth" / "and production. Includes: ..."),
  and so does a lowercase head of several words where the file's terms are capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.parsing.markdown import GLOSSARY_WORDS

# "University of Maryland Extension 3", "Page 4", "- 12 -": a line's words and a page number.
_NUMBERED_LINE = re.compile(r"^\s*(?P<head>\D*?)[\s\-\u2013]*(?P<number>\d{1,4})[\s\-\u2013]*$")
_FURNITURE_REPEATS = 3  # fewer is a coincidence ("Step 1", "Step 2")
_FURNITURE_GAP = 3  # lines between two pages' furniture at least
_GLUED_HEAD = re.compile(r"^(?P<word>[A-Za-z]+?)(?=[A-Z][a-z])")
_CLOSED = ".!?:;)\"'\u201d\u2019]"
_WRAP_SHARE = 0.75  # a line this share of the wrap width or longer was cut by the wrap
_WRAP_QUANTILE = 0.9


def page_furniture(lines: Sequence[str]) -> set[int]:
    """Indices of lines that repeat one text with a rising page number, apart from each
    other: a printed page's running footer or header."""
    by_head: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        match = _NUMBERED_LINE.match(line)
        if match and len(match.group("head").split()) >= 2:
            head = " ".join(match.group("head").split()).casefold()
            by_head.setdefault(head, []).append((i, int(match.group("number"))))
    found: set[int] = set()
    for seen in by_head.values():
        numbers = [n for _, n in seen]
        indices = [i for i, _ in seen]
        rising = all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
        apart = all(b - a > _FURNITURE_GAP for a, b in zip(indices, indices[1:], strict=False))
        if len(seen) >= _FURNITURE_REPEATS and rising and apart:
            found.update(indices)
    return found


def unglued_title(term: str) -> str:
    """The first term without the document's heading glued to it ("glossaryAcid Soil" ->
    "Acid Soil"): a word saying the text is a glossary, then a capitalised word, no space."""
    match = _GLUED_HEAD.match(term)
    if match and GLOSSARY_WORDS.fullmatch(match.group("word")):
        return term[match.end() :]
    return term


def wrap_width(lines: Sequence[str]) -> int:
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(_WRAP_QUANTILE * (len(lengths) - 1))] if lengths else 0


def cut_by_wrap(line: str, width: int) -> bool:
    """A line the wrap cut: as long as the text's lines run, and no sentence closed at its end."""
    text = line.rstrip()
    return bool(text) and text[-1] not in _CLOSED and len(text) >= _WRAP_SHARE * width


def lowercase_phrase(term: str) -> bool:
    """A head of several words that opens in lowercase ("and production. Includes")."""
    return term[:1].islower() and " " in term.strip()
