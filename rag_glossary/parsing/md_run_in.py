"""Paragraphs that open with a bold term and go straight on with its definition, no
separator between (``**account (konto)** Der er forskellige typer ...``, ``**kort**
(visualiseringstype) En ...``): Microsoft Docs glossary pages write their terms so under
``## A`` ... ``## Z`` letter headings. On a page whose top-level paragraphs mostly open
with a bold term (:func:`run_in_paragraphs`), each such paragraph is a term, as the
HTML reader takes ``<p><b>Term</b> def`` on such a page (html_terms.py); elsewhere a
paragraph opening with bold emphasis and no separator stays text.

A run of bold names joined by a comma, a slash or a word such as "or" / "vs." / "eller" /
"i forhold til" opens one paragraph (``**Desktop** eller **Power BI Desktop** Gratis
...``, ``**filter (filtrer)** i forhold til **highlight (fremhæv)** Et filter ...``): the
first is the title, the others are names the paragraph defines too (:func:`joined_names`).
A title's bracketed second names (``account (konto)``, ``alert, alerts (besked,
beskeder)``) are its aliases, as a sentence's bracketed term gives them (md_leads.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rag_glossary.parsing.base import Section

_MIN_PARAGRAPHS = 5  # bold-term paragraphs a page needs before they are read as terms
_MOST = 3  # of this many top-level paragraphs,
_MOST_OPEN = 2  # this many open with a bold term at least
_DISTINCT = 10  # of this many bold terms, one may repeat a name (one at least)
_MAX_NAME_WORDS = 6
_BARE = 2  # one bold term in this many at least goes on with no separator
# A word joining two bold names at a paragraph's head, in lower case: or / and / versus in
# English and the languages the parser reads glossaries in (Scandinavian, German, French,
# Spanish). Not a sentence's first word (Danish "Et **datasæt** er ..." opens the text).
_JOINER = (
    r"(?:,|/|&|or|and|vs\.?|versus|aka|eller|og|och|oder|und|bzw\.|ou|o|y"
    r"|i forhold til|compared (?:to|with))"
)
_JOINED = re.compile(
    rf"^[ \t]*(?:{_JOINER})[ \t]*(\*\*|__)(?=\S)(?P<name>[^*\n]{{1,120}}?)(?<=\S)\1"
)
# ``**Term**`` opening a line (a paragraph's first): the sniffer's run-in head.
RUN_IN_HEAD = re.compile(r"^ {0,3}(\*\*|__)(?=\S)(?P<name>[^*\n]{1,120}?)(?<=\S)\1")
# Commas and joining words outside brackets split a title into its names.
_TOP_SPLIT = re.compile(r",[ \t]*|(?<=\))[ \t]+(?:og|and|or|eller|och|und|oder|et|ou|y)[ \t]+")
# "name (other name)": a name and its bracketed second name (md_leads, md_flashcards too)
BRACKETED = re.compile(r"^(?P<name>[^()]+?)[ \t]*\((?P<other>[^()]+)\)$")


def joined_names(rest: str) -> tuple[tuple[str, ...], str]:
    """The bold names joined to a paragraph's opening bold term (``eller **Power BI
    Desktop**``, ``, **Power BI-tjenesten**, **Power BI – Mobil**``) and the text after
    them; ``((), rest)`` when none follows."""
    names: list[str] = []
    while match := _JOINED.match(rest):
        names.append(match.group("name").strip())
        rest = rest[match.end() :]
    return tuple(names), rest


def title_names(title: str) -> tuple[str, ...]:
    """``account (konto)`` -> account, konto; ``alert, alerts (besked, beskeder)`` ->
    alert, alerts, besked, beskeder; ``full screen (fuld skærm), full-screen mode
    (fuldskærmsvisning)`` -> its four names. A title with nothing in brackets and no comma
    gives none; a part that is no short name (a sentence) gives none either."""
    names: list[str] = []
    for part in _top_parts(title):
        bracketed = BRACKETED.match(part)
        sides = [bracketed.group("name"), bracketed.group("other")] if bracketed else [part]
        for side in sides:
            names.extend(n.strip() for n in side.split(",") if n.strip())
    if len(names) < 2 or any(len(n.split()) > _MAX_NAME_WORDS or "(" in n for n in names):
        return ()
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(n for n in seen.values() if n.casefold() != title.casefold())


def _top_parts(title: str) -> list[str]:
    """The title split at commas and joining words outside brackets."""
    parts: list[str] = []
    start = 0
    for match in _TOP_SPLIT.finditer(title):
        depth = title.count("(", 0, match.start()) - title.count(")", 0, match.start())
        if depth == 0:
            parts.append(title[start : match.start()])
            start = match.end()
    parts.append(title[start:])
    return [p.strip() for p in parts if p.strip()]


def run_in_paragraphs(
    tokens: Sequence[Any],
    lead_name: Callable[[str], str | None],
    separated: Callable[[str], object],
) -> set[int]:
    """Inline tokens of the top-level paragraphs that open with a bold term, on a page
    whose top-level paragraphs mostly do (two in three, five at least, each name once
    but a rare repeat) and whose terms mostly go on with no separator (half of them at
    least): there ``**Term** definition`` is a term. A page whose bold terms mostly have
    their separator (``**Term**: def``) is read as before. ``lead_name(content)`` gives
    the term a paragraph opens with, or None; ``separated(content)`` whether a separator
    (or the line's end) follows it."""
    paragraphs = 0
    found: list[tuple[int, str]] = []
    bare = 0
    for i, tok in enumerate(tokens):
        if tok.type != "inline" or i == 0 or tokens[i - 1].type != "paragraph_open":
            continue
        if tokens[i - 1].level != 0:
            continue
        paragraphs += 1
        if (name := lead_name(tok.content)) is not None:
            found.append((i, name))
            bare += not separated(tok.content)
    names = [n for _, n in found]
    return {i for i, _ in found} if mostly_opened(names, paragraphs, bare) else set()


def mostly_opened(names: Sequence[str], paragraphs: int, bare: int) -> bool:
    """Five or more of a page's ``paragraphs``, two in three at least, open with a bold
    term, the ``names`` they open with, each once but a rare repeat (``**kort**
    (visualiseringstype)`` and ``**kort** (Power BI Start)``), ``bare`` of them with no
    separator after the term, half at least."""
    if len(names) < _MIN_PARAGRAPHS or len(names) * _MOST < paragraphs * _MOST_OPEN:
        return False
    if bare * _BARE < len(names):
        return False
    repeats = len(names) - len({name.casefold() for name in names})
    return repeats <= max(1, len(names) // _DISTINCT)


def owned_names(sections: Sequence[Section]) -> None:
    """A name another entry of the page is titled by, or names in its title's brackets, is
    that entry's, not an alias of the paragraph that mentions it (``**list page
    (listeside)** eller **content list (indholdsliste)**`` beside ``**content list
    (indholdsliste)**``'s own entry): dropped from the other entries' aliases."""
    owner: dict[str, set[int]] = {}
    for k, section in enumerate(sections):
        for name in (section.title, *title_names(section.title)):
            owner.setdefault(name.casefold(), set()).add(k)
    for k, section in enumerate(sections):
        section.aliases = [a for a in section.aliases if k in owner.get(a.casefold(), {k})]
