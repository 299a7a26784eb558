"""Markdown glossaries that wrap each term in an HTML block carrying its id (a static
site's ``glossary.md``): ``<section class="glossary-term" id="delta">`` then ``### Delta /
hedge ratio — สัดส่วนหุ้น...``, the definition and a ``[ดูในบทเรียน](lesson.html#delta)``
line, then ``</section>``.

A reader of the rendered page sees the heading, its text and a link to read more, each
term at the address the block's id gives. So: the heading opening the block is an entry
whose ANCHOR is that id (as a ``{#id}`` heading's is); the wrapper tags alone on their
lines, and an element the page hides (``<div class="glossary-search" hidden>``, a search
form), are no text; a line that is only a link out of the page is where to read more,
not the definition (as a ``<dd>`` holding only a link, or a closing reading list); a
heading ``English term — คำไทย`` in two scripts is the term and its name in the other
language, and the term's spaced-slash names (``Expiration / maturity``) are its names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rag_glossary.parsing.base import Section, acronym_aliases, slash_aliases
from rag_glossary.parsing.cjk_names import script
from rag_glossary.parsing.slug import explicit_id

# A block wrapper's opening tag alone on its line, with an id: <section class=".." id="x">.
_WRAPPER_OPEN = re.compile(
    r"^ {0,3}<(section|div|article)\b(?=[^<>]*\sid=)[^<>]*>[ \t]*$", re.IGNORECASE
)
_ID = re.compile(r"""\sid=(?:"([^"]+)"|'([^']+)'|([^\s"'<>=]+))""", re.IGNORECASE)
_WRAPPER_CLOSE = re.compile(r"^ {0,3}</(section|div|article)>[ \t]*$", re.IGNORECASE)
# An element the page hides: <div class="glossary-search" hidden>.
_HIDDEN_OPEN = re.compile(r"^ {0,3}<([a-z][a-z0-9]*)\b[^<>]*\shidden(?:[\s=/>])", re.IGNORECASE)
# A line that is only links out of the page: [ดูในบทเรียน](random-assets.html#options).
_LINK = r"\[[^\[\]\n]+\]\((?!#)[^()\s]+\)"
_LINKS_ONLY = re.compile(rf"^[ \t]*{_LINK}(?:[ \t]*[,·|]?[ \t]*{_LINK})*[ \t]*$")
# "English term — คำไทย": a spaced dash between the term and its name in another script.
_DASHED = re.compile(r"^(?P<term>\S.*?)[ \t]+[\u2014\u2013-][ \t]+(?P<other>\S.*)$")
_MIN_WRAPPED = 3  # terms: a page of one or two wrapped headings is no glossary of them


def wrapped_ids(
    lines: Sequence[str], in_code: Sequence[bool], heading_lines: Sequence[int]
) -> dict[int, str]:
    """Heading line -> the id of the wrapper block it opens (only blank lines between the
    wrapper's opening tag and the heading), on a page with three such headings or more."""
    found: dict[int, str] = {}
    for i in heading_lines:
        j = i - 1
        while j >= 0 and not lines[j].strip() and not in_code[j]:
            j -= 1
        if j < 0 or in_code[j] or not _WRAPPER_OPEN.match(lines[j]):
            continue
        match = _ID.search(lines[j])
        written = next((g for g in match.groups() if g), "") if match else ""
        if written and explicit_id(written):
            found[i] = explicit_id(written)
    return found if len(found) >= _MIN_WRAPPED else {}


def unwrapped_lines(
    lines: Sequence[str], in_code: Sequence[bool], ids: dict[int, str]
) -> list[str]:
    """``lines`` with what a reader of the page never reads as text blanked: the wrapper
    tags alone on their lines, a hidden element's lines, and a line of links out of the
    page in a wrapped term's block. Only on a page of wrapped terms (``ids``)."""
    if not ids:
        return list(lines)
    out = list(lines)
    hidden_end = -1
    inside = False
    for i, line in enumerate(lines):
        if in_code[i]:
            continue
        if i <= hidden_end:
            out[i] = ""
            continue
        if (opened := _HIDDEN_OPEN.match(line)) is not None:
            hidden_end = _element_end(lines, i, opened.group(1))
            out[i] = ""
        elif _WRAPPER_OPEN.match(line) or _WRAPPER_CLOSE.match(line):
            out[i] = ""
        elif inside and _LINKS_ONLY.match(line):
            out[i] = ""
        if i in ids:
            inside = True
        elif line.startswith("#"):
            inside = False
    return out


def _element_end(lines: Sequence[str], start: int, tag: str) -> int:
    """The line that closes the element ``<tag ...>`` opened at ``start`` (nested ones of
    the same tag counted); the opening line itself when it closes there or never does."""
    opening = re.compile(rf"<{tag}\b", re.IGNORECASE)
    closing = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
    depth = 0
    for i in range(start, len(lines)):
        depth += len(opening.findall(lines[i])) - len(closing.findall(lines[i]))
        if depth <= 0:
            return i
    return start


def read_wrapped(section: Section, anchor: str) -> None:
    """The wrapped term's anchor, and its title and names from a two-script heading:
    ``Delta / hedge ratio — สัดส่วนหุ้น...`` -> ``Delta`` (id ``delta``), names ``hedge
    ratio`` and the Thai; ``Monte Carlo (MC) — ...`` keeps its brackets (name ``MC``)."""
    section.anchor = anchor
    match = _DASHED.match(" ".join(section.title.split()))
    if match is None or not _two_scripts(match.group("term"), match.group("other")):
        return
    term, other = match.group("term"), match.group("other")
    names = slash_aliases(term)
    if names:
        written = [" ".join(side.split()) for side in re.split(r"\s+/\s+", term)]
        first = written[0] if _words(written[0]) == _words(anchor) else names[0]
        term, names = first, names[1:]
    section.title = section.slug_text = term
    section.aliases = list(dict.fromkeys([*names, other, *acronym_aliases(term)]))


def _two_scripts(term: str, other: str) -> bool:
    """The sides are written in different scripts, each with letters (``Vega — ความไว
    ของราคาต่อ volatility``: Latin, Thai); ``Cuspid - or the canine`` is one language."""
    first, second = script(term), script(other)
    return first is not None and second is not None and first != second


def _words(text: str) -> list[str]:
    """Words folded to plain letters (``Itô’s`` -> ``itos``; ``Black–Scholes`` -> two)."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch) and ch not in "'’")
    return re.findall(r"[^\W_]+", plain)
