"""Dialect ``html`` for a page whose terms live in its ``<script>``, not in its markup.

A page that renders its glossary in the browser (``const terms = [{ name: 'ASIN', def:
'...' }, ...]`` and a function writing them into an empty ``<div>``) has no term in its HTML.
Its scripts are read as a JavaScript module is (js_data.py: literals assigned at a line
start, never run), the rest of the page blanked so lines hold; the reading that defines
more terms wins, the markup on a tie, so a page whose terms are in its HTML reads as before.
Its JSON-LD scripts (a schema.org ``DefinedTermSet``, SKOS concepts) are read as a
``.jsonld`` file is (jsonld.py), and win the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.html_page import parse_html
from rag_glossary.parsing.js_data import literal_sections

_SCRIPT = lazy_regex(r"(<script\b[^>]*>)(.*?)</script\s*>", re.I | re.S)
# A script element of data or templates (JSON-LD, text/template...), not JavaScript.
_OTHER_TYPE = lazy_regex(
    r"""\btype\s*=\s*["']?(?!(?:text/|application/)?(?:x-)?(?:java|ecma)script\b|module\b)""",
    re.I,
)
_LINKED_DATA = lazy_regex(
    r"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json\b[^>]*>(.*?)</script\s*>""",
    re.I | re.S,
)


def parse_page(text: str, source: str, spec: FieldSpec) -> Parsed:
    page = parse_html(text, source, spec)
    if "<script" not in text.lower():
        return page
    scripted, _ = literal_sections(script_code(text), spec)
    if defined(scripted) > defined(page.sections):
        page = Parsed(scripted, title=page.title)
    if "ld+json" in text.lower() and defined(linked := linked_data(text, spec)) > defined(
        page.sections
    ):
        return Parsed(linked, title=page.title)
    return page


def linked_data(page: str, spec: FieldSpec) -> list[Section]:
    """The entries of the page's JSON-LD scripts, at their lines in the page."""
    from rag_glossary.parsing.jsonld import is_json_ld, read_json_ld

    found: list[Section] = []
    for match in _LINKED_DATA.finditer(page):
        try:
            data = json.loads(match.group(1))
        except (ValueError, RecursionError):
            continue
        if not is_json_ld(data):
            continue
        before = page.count("\n", 0, match.start(1))
        for section in read_json_ld(data, match.group(1), spec).sections:
            section.line += before
            found.append(section)
    return found


def script_code(page: str) -> str:
    """The page with everything but its JavaScript blanked (newlines kept)."""
    kept, at = [], 0
    for match in _SCRIPT.finditer(page):
        if _OTHER_TYPE.search(match.group(1)):
            continue
        kept.append(_blank(page[at : match.start(2)]))
        kept.append(match.group(2))
        at = match.end(2)
    kept.append(_blank(page[at:]))
    return "".join(kept)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def defined(sections: Sequence[Section]) -> int:
    """How many sections have a definition."""
    return sum(1 for s in sections if s.body.strip())
