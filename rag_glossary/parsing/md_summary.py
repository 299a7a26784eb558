"""A closing summary list that repeats the page's terms (``**Key Concepts to Remember**:``
then ``- **Grain**: Level of detail in fact table``, ``- **Star Schema**: ...``): each bullet
is a one-line reminder of an entry defined above, no entry of its own.

A run of three or more one-line terms on consecutive lines is such a list when at least
three quarters of its titles name an earlier term whose text is longer; only those repeats
go (a new name in the list, ``SCD Type 2``, stays an entry). Two entries of one title
elsewhere (homonyms, a term under two headings) are no run of one-line reminders.
"""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.parsing.base import Section

_MIN_RUN = 3
_REPEAT_SHARE = 0.75


def without_summary_repeats(sections: Sequence[Section]) -> list[Section]:
    """``sections`` without the repeats of a closing summary list."""
    drop: set[int] = set()
    for run in _runs(sections):
        repeats = [i for i in run if _repeats_earlier(sections, i)]
        if len(repeats) >= _REPEAT_SHARE * len(run):
            drop.update(repeats)
    return [s for i, s in enumerate(sections) if i not in drop]


def _runs(sections: Sequence[Section]) -> list[list[int]]:
    """Indexes of one-line sections on consecutive lines, runs of at least three."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, section in enumerate(sections):
        one_line = "\n" not in section.body.strip() and bool(section.body.strip())
        follows = bool(current) and section.line == sections[current[-1]].line + 1
        if one_line and follows:
            current.append(i)
            continue
        if len(current) >= _MIN_RUN:
            runs.append(current)
        current = [i] if one_line else []
    if len(current) >= _MIN_RUN:
        runs.append(current)
    return runs


def _repeats_earlier(sections: Sequence[Section], i: int) -> bool:
    key = " ".join(sections[i].title.split()).casefold()
    body = len(sections[i].body)
    return any(
        " ".join(s.title.split()).casefold() == key and len(s.body) > body for s in sections[:i]
    )
