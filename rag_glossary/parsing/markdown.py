"""Markdown structure shared by the heading-based dialects: ATX headings outside code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.clean import clean_markdown
from rag_glossary.parsing.inline import clean_title, unescape
from rag_glossary.parsing.slug import explicit_id

_ATX = re.compile(r"^(#{1,6})(?:[ \t]+(.*))?$")
# A kramdown / Python-Markdown attribute list alone on its line: ``{: #id .class}``.
IAL_LINE = re.compile(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$")
_IAL_ID = re.compile(r"(?:^|\s)#([^\s{}#]+)")
# A heading's own attributes: ``## Term {#id}`` (Pandoc), ``{: #id}`` (kramdown), ``{ #id }``.
_TRAILING_ATTRIBUTES = re.compile(r"\{:?([^{}\n]*)\}[ \t]*$")
# Words a page's title uses to say it is a glossary ("Terms and definitions"), no term.
GLOSSARY_WORDS = re.compile(
    r"\b(?:glossary|glossaire|glossar|terms|terminology|vocabulary|dictionary|definitions|"
    r"lexicon|jargon|faq|contents)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Heading:
    index: int  # 0-based line index
    level: int
    raw: str  # heading text as written, without the leading #'s


def atx_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of an ATX heading at column 0 with non-empty text, else None."""
    match = _ATX.match(line)
    if match is None:
        return None
    text = (match.group(2) or "").rstrip()
    if not text.strip("# \t"):
        return None
    return len(match.group(1)), text


def attribute_list_anchor(ial: str) -> str:
    """The ``#id`` an attribute list (``{: #id .class}``) names (:func:`explicit_id`), else ''."""
    match = _IAL_ID.search(ial.strip()[2:-1])
    return explicit_id(match.group(1)) if match else ""


def heading_anchor(raw: str) -> str:
    """The ``#id`` a heading's trailing attribute block names (:func:`explicit_id`), else ''."""
    match = _TRAILING_ATTRIBUTES.search(raw)
    found = _IAL_ID.search(match.group(1).strip()) if match else None
    return explicit_id(found.group(1)) if found else ""


def headings(lines: Sequence[str], in_code: Sequence[bool], start: int = 0) -> list[Heading]:
    found: list[Heading] = []
    for i in range(start, len(lines)):
        if in_code[i] or not lines[i].startswith("#"):
            continue
        parsed = atx_heading(lines[i])
        if parsed:
            found.append(Heading(i, parsed[0], parsed[1]))
    return found


def section_from_lines(
    title_raw: str,
    line_index: int,
    body_lines: Sequence[str],
    body_code: Sequence[bool],
) -> Section:
    """A Section whose title comes from a heading and whose body is cleaned Markdown."""
    cleaned = clean_markdown(body_lines, body_code)
    slug_text = clean_title(title_raw)
    # "reinterpret\_cast": the title reads as rendered; the slug keeps the text as written
    title = unescape(slug_text)
    ial = body_lines[0] if body_lines and not body_code[0] and IAL_LINE.match(body_lines[0]) else ""
    return Section(
        title=title.rstrip(":").rstrip() or title,  # "### Greedy strategy:"
        line=line_index + 1,
        body=cleaned.text,
        see_also=list(cleaned.see_also),
        slug_text=slug_text,
        anchor=heading_anchor(title_raw) or attribute_list_anchor(ial) or None,
    )


def preamble_section(
    title: str,
    lines: Sequence[str],
    in_code: Sequence[bool],
    start: int,
    end: int,
    terms_after: int = 0,
) -> Section | None:
    """The text before the first entry heading, as an entry titled ``title``, if it has any
    text and is not the page's note over its terms (:func:`page_note`)."""
    cleaned = clean_markdown(lines[start:end], in_code[start:end])
    if not cleaned.text.strip() or page_note(title, cleaned.text, terms_after):
        return None
    first = next(i for i in range(start, end) if lines[i].strip())
    return Section(
        title=title,
        line=first + 1,
        body=cleaned.text,
        see_also=list(cleaned.see_also),
    )


# "Common accessibility terms.", "Sebastian Raschka / last updated: 09/07/2014": a line or
# two over a page of terms says what the page is or who wrote it.
_MAX_NOTE_LINES = 2
_MIN_TERMS = 3
_WORD = re.compile(r"[^\W\d_]{3,}")
_JOINING = frozenset(("and", "the", "for", "with", "from"))  # "Terms and definitions"


def page_note(title: str, text: str, terms_after: int) -> bool:
    """A preamble of at most two lines over three or more terms that never says its title
    (the page's or file's name) is the page's note, no term. A chapter's intro, or a term
    page's definition that names its term, stays an entry. The words by which a title
    says the page is a glossary name no term ("For the purposes of this standard, the
    following terms and definitions apply." under "Terms and definitions")."""
    said = [line for line in text.splitlines() if line.strip() and not _drawn(line)]
    if terms_after < _MIN_TERMS or len(said) > _MAX_NOTE_LINES:
        return False
    named = {w for w in _WORD.findall(title.casefold()) if not GLOSSARY_WORDS.fullmatch(w)}
    title_words = named - _JOINING
    text_words = set(_WORD.findall(text.casefold()))
    return not title_words & text_words


def _drawn(line: str) -> bool:
    """A line of ASCII art (a banner's border of dots, a signature drawn in slashes, a code
    fence): more marks than letters and digits. It says nothing a reader counts as text."""
    letters = sum(ch.isalnum() for ch in line)
    return letters < sum(not ch.isalnum() and not ch.isspace() for ch in line)
