"""Dialect ``annotations``: a web-annotation export.

A count line (not trusted), then month groups (``  3. Oct 2022``), each holding
numbered highlights (``    1. passage``) with the reader's comment indented
deeper. The printed numbers restart inside a group, so the anchor is
``YYYY-MM-N``: N is the highlight's 1-based position among the highlights of
that month, in file order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.clean import finish, shorten

MONTH_LINE = re.compile(r"^ {0,3}\d+\.[ \t]+([A-Za-z]{3,9})\.?[ \t]+(\d{4})[ \t]*$")
HIGHLIGHT_LINE = re.compile(r"^ {4}\d+\.(?:[ \t]+(.*))?$")
_LIST_MARKER = re.compile(r"^(?:\d+[.)]|[-*•·–])\s+")
# fmt: off
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
# fmt: on
TITLE_CHARS = 80
UNDATED = "undated"


@dataclass
class _Highlight:
    line: int
    period: str
    passage: list[str] = field(default_factory=list)
    comment: list[str] = field(default_factory=list)


def month_of(line: str) -> str | None:
    """``  3. Oct 2022`` -> ``2022-10``; None for any other line."""
    match = MONTH_LINE.match(line)
    if not match:
        return None
    name = match.group(1).lower()
    month = next((n for n, full in enumerate(_MONTH_NAMES, 1) if full.startswith(name)), None)
    return f"{match.group(2)}-{month:02d}" if month else None


def parse(lines: Sequence[str], source: str) -> Parsed:
    highlights = _highlights(lines)
    counts: dict[str, int] = {}
    sections: list[Section] = []
    for item in highlights:
        counts[item.period] = counts.get(item.period, 0) + 1
        sections.append(_section(item, f"{item.period}-{counts[item.period]}"))
    return Parsed(sections)


def _highlights(lines: Sequence[str]) -> list[_Highlight]:
    found: list[_Highlight] = []
    period = UNDATED
    for i, raw in enumerate(lines):
        line = raw.expandtabs(4).rstrip()
        month = month_of(line)
        if month:
            period = month
            continue
        match = HIGHLIGHT_LINE.match(line)
        if match:
            found.append(_Highlight(i + 1, period, [match.group(1) or ""]))
        elif found and line.startswith("     "):
            found[-1].comment.append(line)
        elif found and line.startswith("    ") and not found[-1].comment:
            found[-1].passage.append(line.strip())
        elif found and not line.strip() and found[-1].comment:
            found[-1].comment.append("")
    return found


def _section(item: _Highlight, anchor: str) -> Section:
    passage = " ".join(" ".join(item.passage).split())
    comment = _dedent(item.comment)
    parts = [f"Highlight: {passage}"] if passage else []
    if comment:
        parts.append("Note: " + comment)
    return Section(
        title=_title(comment, passage),
        line=item.line,
        body="\n\n".join(parts),
        anchor=anchor,
    )


def _dedent(lines: Sequence[str]) -> str:
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return finish([x[indent:] for x in lines])


def _title(comment: str, passage: str) -> str:
    """The first line of the reader's comment, shortened; else the start of the passage."""
    for line in comment.split("\n"):
        text = _LIST_MARKER.sub("", line.strip())
        if sum(ch.isalnum() for ch in text) >= 3:
            return shorten(text, TITLE_CHARS)
        if text:
            break
    return shorten(passage, TITLE_CHARS)
