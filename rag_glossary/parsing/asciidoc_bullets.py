"""AsciiDoc glossaries whose terms are bold list items: ``* *Term* — definition``.

The separator after the bold term is an em or en dash, ``--``, ``-`` or ``:`` (or the
colon inside the bold span, ``* *Term:* definition``). An item's text runs on its
following lines, a ``+`` attaching blocks and deeper items (``**``) belonging to it, to
the next item of its level, heading or the end of its list. The section titles above
such lists only group the terms (as in the Markdown bold-bullet reader, md_terms.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

_ITEM = re.compile(r"^(?P<mark>\*+|-+|\.+)[ \t]+(?P<text>\S.*)$")
_BOLD_ITEM = re.compile(
    r"^(?P<mark>\*+|-)[ \t]+(?P<q>\*\*?)(?=\S)(?P<term>[^*\n]{1,120}?)(?<=\S)(?P=q)"
    r"(?P<rest>.*)$"
)
_SEPARATOR = re.compile(r"^[ \t]*(?:—|–|--|-|:)[ \t]*(?=\S)")
# ``* *Agency score* (or *coherence score*) — def``: other names between term and separator.
_OTHER_NAMES = re.compile(r"^[ \t]*\(([^()\n]{1,80})\)(?=[ \t]*(?:—|–|--|-|:))")
_OR_WORD = re.compile(r"^(?:or|aka|a\.k\.a\.|also|also called|also known as)\s+", re.IGNORECASE)
_MAX_NAME_WORDS = 6
_HEADING = re.compile(r"^={1,6}[ \t]+\S")
_MIN_TERMS = 2


class _LineLike(Protocol):
    @property
    def raw(self) -> str: ...
    @property
    def block(self) -> str: ...
    @property
    def depth(self) -> int: ...


@dataclass(frozen=True)
class BulletTerm:
    """One bold-term item: its line index, term, text on its own line, end index and the
    other names it gives in parentheses."""

    start: int
    term: str
    rest: str
    end: int
    names: tuple[str, ...] = ()


def bullet_terms(lines: Sequence[_LineLike]) -> list[BulletTerm]:
    """The bold-term items of a page whose list items mostly are bold terms (at least
    two, half of the page's list items, mostly distinct): otherwise none."""
    found: list[BulletTerm] = []
    items = 0
    for i, line in enumerate(lines):
        if line.block or line.depth or not _ITEM.match(line.raw):
            continue
        items += 1
        lead = _lead(line.raw)
        if lead:
            mark, term, rest, names = lead
            found.append(BulletTerm(i, term, rest, _item_end(lines, i + 1, mark), names))
    distinct = {t.term.casefold() for t in found}
    if len(found) < _MIN_TERMS or len(found) * 2 < items or len(distinct) * 4 < len(found) * 3:
        return []  # few, amid other items, or labels repeated ("*Pros:*", "*Cons:*")
    return found


def _lead(raw: str) -> tuple[str, str, str, tuple[str, ...]] | None:
    """(list marker, term, text after the separator, other names) of a bold-term item."""
    match = _BOLD_ITEM.match(raw)
    if not match:
        return None
    term, rest = match.group("term").strip(), match.group("rest")
    if term.endswith(":"):
        return match.group("mark"), term[:-1].rstrip(), rest.strip(), ()
    others = _OTHER_NAMES.match(rest)
    if others:
        rest = rest[others.end() :]
    separator = _SEPARATOR.match(rest)
    if not separator:
        return None
    names = _names(others.group(1)) if others else ()
    return match.group("mark"), term, rest[separator.end() :].strip(), names


def _names(inside: str) -> tuple[str, ...]:
    """``or *coherence score*`` -> ``("*coherence score*",)`` (inline markup is read later)."""
    parts = (_OR_WORD.sub("", part.strip()) for part in re.split(r"[,;/]| or ", inside))
    return tuple(p for p in parts if p and len(p.split()) <= _MAX_NAME_WORDS)


def _item_end(lines: Sequence[_LineLike], start: int, mark: str) -> int:
    """Index after an item's text: its continuation lines, ``+`` blocks and deeper items."""
    k = start
    while k < len(lines):
        line = lines[k]
        if line.block or line.depth:
            k += 1
            continue
        if _HEADING.match(line.raw):
            return k
        item = _ITEM.match(line.raw)
        if item and not _deeper(item.group("mark"), mark):
            return k
        if not line.raw.strip():
            after = next((ln for ln in lines[k + 1 :] if ln.raw.strip()), None)
            deeper = after is not None and (m := _ITEM.match(after.raw)) is not None
            if not (deeper and _deeper(m.group("mark"), mark)):  # type: ignore[union-attr]
                return k
        k += 1
    return k


def _deeper(mark: str, outer: str) -> bool:
    """``**`` under ``*``; any other marker kind (``.``, ``-``) under a ``*`` item."""
    if mark[0] == outer[0]:
        return len(mark) > len(outer)
    return outer[0] == "*" and mark[0] != "*"
