"""Text charts drawn in characters, their fence lost ("0 ==== very loud ====", "- 3  X"):
preformatted, never prose. Their header is no sentence and their bare rows say nothing;
a row that carries words of its own ("- 12 ==== loud ==== X (-12 LUFS s: Usual Maximum
of Mixing Engineers)") is kept as a row of data, its drawing taken out."""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex

# a run of one drawing character after text: "0 ==== very loud ====", "84 ---- X"
_DRAWN = lazy_regex(r"\S\s+([=~_#*+-])\1{2,}")
_STROKES = lazy_regex(r"(?<!\S)(?:([=~_#*+-])\1{2,}|[=~_#*+])(?!\S)|([=~_#*+])\2{2,}")
_WORD = lazy_regex(r"[^\W\d_]{3,}")
# a column mark ("X", "XX", "*") between spaces
_MARK = lazy_regex(r"(?<!\S)(?:[A-Z]{1,2}|[*+o])(?!\S)")
_BULLET = lazy_regex(r"^\s*[-*+]\s+(?=-?\d)")
_SENTENCE_MARK = lazy_regex(r"[.!?;:,]")
_MIN_LINES = 3  # lines of a chart, at least
_MIN_DRAWN = 2  # of which drawn with a run of one character, at least
_ROW_WORDS = 2  # a row keeps its words when it has this many of its own


_NUMBERED = lazy_regex(r"^\s*(?:[-*+]\s+)?-?\s*\d")


def _drawn(line: str) -> bool:
    return _DRAWN.search(line) is not None


def _charted(line: str) -> bool:
    """A line of a chart: drawn, bare, or a numbered row with column marks ("- 18  X  XX
    (-18 LUFS s: EBU R128 S1)")."""
    marked = _NUMBERED.match(line) is not None and _MARK.search(line) is not None
    return _drawn(line) or _sparse(line) or marked


def _sparse(line: str) -> bool:
    """A row with no word of its own: numbers and column marks ("- 3  X", "-102  X")."""
    return _WORD.search(_MARK.sub(" ", line)) is None


def chart_rows(lines: list[str]) -> dict[int, str]:
    """The lines of each text chart by line number: a row's own words ("-12 loud (-12
    LUFS s: Usual Maximum of Mixing Engineers)"), or '' for its header, a bare row or its
    drawing. A chart is a run of at least three lines, each drawn or bare, two drawn; the
    line right above it that is no sentence is its header."""
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end].strip() and _charted(lines[end]):
            end += 1
        drawn = sum(_drawn(lines[j]) for j in range(i, end))
        if end - i >= _MIN_LINES and drawn >= _MIN_DRAWN:
            above = i - 1
            if above >= 0 and lines[above].strip() and not _SENTENCE_MARK.search(lines[above]):
                out[above] = ""
            out.update({j: _row(lines[j]) for j in range(i, end)})
            i = end
        else:
            i = max(end, i + 1)
    return out


def _row(line: str) -> str:
    """A row's own words, its drawing and column marks out; a negative scale number keeps
    its sign as a minus ("−12"), which no cleaning takes for a bullet."""
    text = " ".join(_MARK.sub(" ", _STROKES.sub(" ", _BULLET.sub("-", line))).split())
    text = re.sub(r"^-\s*(?=\d)", "\u2212", text)
    return text if len(_WORD.findall(text)) >= _ROW_WORDS else ""
