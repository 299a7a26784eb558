"""Page matter in a Markdown glossary that bold text makes look like terms (md_terms.py):
an alphabetical index of bare bold names, a credits section of bold people's names, a
closing ``**Source:** [site](url)`` line, and the other parts of a document one of whose
labelled parts (``## Appendix A: Glossary of Rowing Terms``) is its glossary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.inline import INLINE_LINK

# "**Casting Arc**" alone on its line: a name with nothing said about it.
_BARE_NAME = re.compile(r"^[ \t]*(\*\*|__)(?=\S)[^*_\n]{1,120}?(?<=\S)\1[ \t]*$")
# "## FFI Fly Casting Definitions Team", "## Credits", "## Acknowledgements": who made the
# page. Such a heading over bold names (not over a definition of its own) holds people.
_CREDITS = re.compile(
    r"(?i)\b(?:team|credits|contributors|acknowledg(?:e)?ments|authors|reviewers"
    r"|maintainers|editors|committee|thanks)$"
)


# "Appendix B:", "Chapter 3.", "Part II -", "Module 4": a heading that labels a part of a
# larger document, by the name of a kind of part and its letter or number.
_PART = re.compile(
    r"(?i)^(?:appendix|annex|annexe|chapter|part|section|module|unit|lesson)[ \t]+"
    r"(?:[a-z]|\d{1,3}|[ivxlc]{1,6})\b[ \t]*[:.\-\u2013\u2014]?"
)
# A part's title that says the part is the document's glossary ("Glossary of Rowing Terms").
_GLOSSARY_PART = re.compile(
    r"(?i)\b(?:glossary|glossaire|glossar|terminology|definitions|vocabulary|lexicon|jargon)\b"
)


def other_parts(tokens: Sequence[Any]) -> set[int]:
    """Heading tokens that open a labelled part of the document other than its glossary,
    when headings of one level label parts (``## Appendix A: Glossary ...``, ``## Appendix
    B: Policies``, ``## Appendix C: Resources``) and some but not all of them are glossary
    parts: those parts' bold labels, links and questions are page matter, no terms. A page
    whose parts are not labelled so (``## Terminology`` over ``## Checkmates``, categories
    of one glossary) reads as before."""
    parts: dict[int, list[tuple[int, bool]]] = {}
    for i, tok in enumerate(tokens):
        if tok.type != "heading_open":
            continue
        title = tokens[i + 1].content.strip()
        if (label := _PART.match(title)) is not None:
            glossary = bool(_GLOSSARY_PART.search(title[label.end() :]))
            parts.setdefault(int(tok.tag[1:]), []).append((i, glossary))
    found: set[int] = set()
    for same_level in parts.values():
        kinds = {glossary for _, glossary in same_level}
        if kinds == {True, False}:
            found.update(i for i, glossary in same_level if not glossary)
    return found


def bare_names(content: str) -> bool:
    """Every line of the paragraph is a bold name alone."""
    lines = content.split("\n")
    return all(_BARE_NAME.match(line) for line in lines)


def index_paragraphs(tokens: Sequence[Any]) -> set[int]:
    """Inline tokens of paragraphs that list bold names and say nothing of them: two or
    more such lines (``**Anchor**`` / ``**Anchor Position**`` under ``### A``), or one
    alone between two headings. An index of terms defined elsewhere on the page (or
    nowhere), not terms: a definition says something."""
    found: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.type != "inline" or tokens[i - 1].type != "paragraph_open" or tok.level != 1:
            continue
        if not bare_names(tok.content):
            continue
        alone = tokens[i - 2].type == "heading_close" and _heading_next(tokens, i + 2)
        if tok.content.count("\n") >= 1 or alone:
            found.add(i)
    return found


def _heading_next(tokens: Sequence[Any], j: int) -> bool:
    return j >= len(tokens) or tokens[j].type in ("heading_open", "hr")


def credits_heading(tokens: Sequence[Any], i: int, close: int) -> bool:
    """The heading at ``tokens[i]`` (closed at ``close``) names a credits section and its
    first block is a paragraph opening with a bold name."""
    if not _CREDITS.search(tokens[i + 1].content.strip()):
        return False
    first = close + 1
    if first + 1 >= len(tokens) or tokens[first].type != "paragraph_open":
        return False
    return bool(tokens[first + 1].content.lstrip().startswith(("**", "__")))


def link_only(text: str) -> bool:
    """The text is one link and nothing else (``[Fly Fishers International](https://...)``)."""
    return INLINE_LINK.fullmatch(text.strip()) is not None
