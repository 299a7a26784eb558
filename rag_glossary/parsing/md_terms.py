"""Dialect ``md-terms``: Markdown glossaries that are not one heading per term.

Parsed with markdown-it-py (plus mdit-py-plugins for definition lists and
``:::`` fences). Entries, in document order, come from:
- bold-term paragraphs and bullets: ``**Term**: def``, ``__Term__ - def``,
  ``- Term: def`` in a top-level list whose items mostly read that way,
  ``- **Term** — def``, ``**Term:**``/``**Term.**`` then the definition, ``**Term**
  *(other names)*`` over the definition on the next line (its names aliases); in a list of
  such bullets, also ``- **Term** is ...`` (the sentence is its text), and a list of
  three or more items that each open their sentence with a bold term, after an article
  or inside a link (``- A [**_space_**](url) defines ...``); a paragraph running two or
  more ``**Term** - def.`` items together is one entry per item; on a page whose
  paragraphs mostly open with a bold term and no separator (``**account (konto)** Der
  er ...``, md_run_in.py), each such paragraph is a term. The blocks
  that follow (until the next term or heading) belong to the term; a bullet's
  text ends with its list;
- term tables (md_tables.py); a table of links (``| Concept | Related Articles |`` rows
  of ``[Pipeline](pipeline.md)``) holds no terms, and its heading is no entry either;
- definition lists (``Term`` then ``: definition``, several allowed), and paragraph
  lines that label a term as AsciiDoc does (``Term:: definition``, md_leads.py);
- MyST/Sphinx ``{glossary}`` blocks (definition lists, or Sphinx's indented form);
- headings whose own text holds no term, when other headings of their level group
  terms (``### Agent`` + a paragraph next to ``### Actions`` + bold bullets).
A summary table whose rows name the terms headings define is no entries: each row's other
name is its section's alias (summary_rows.py, with ``TERM (noun): OTHER NAME`` headings).
Other headings only end a term's text. A file of flashcards (Obsidian's spaced-repetition
plugins: ``Term::Answer``, ``Term`` / ``?`` / answer) is one entry per card instead
(md_flashcards.py).

The token walk that collects each entry's text is md_term_walk.py; definition lists and
Sphinx's indented glossary form are read by md_deflists.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.abbrev_tables import merge_abbreviations
from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.clean import front_matter, join_soft_wraps, prepare
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.md_blocks import blank_attribute_lists, restore_lines, split_terms
from rag_glossary.parsing.md_bracket_names import add_bracket_names
from rag_glossary.parsing.md_deflists import deflist_sections, indented_glossary
from rag_glossary.parsing.md_flashcards import flashcard_sections
from rag_glossary.parsing.md_glossed_terms import without_anchor_lines
from rag_glossary.parsing.md_language_leads import glued_pointer, language_leads
from rag_glossary.parsing.md_leads import (
    Lead,
    anchor_lines,
    bold_lead,
    bold_lines,
    labeled_leads,
    run_in_leads,
    sentence_lead,
    word_after_term,
)
from rag_glossary.parsing.md_page_matter import (
    credits_heading,
    index_paragraphs,
    link_only,
    other_parts,
)
from rag_glossary.parsing.md_records import field_line, in_list_item, record_paragraphs
from rag_glossary.parsing.md_run_in import owned_names, run_in_paragraphs, title_names
from rag_glossary.parsing.md_summary import without_summary_repeats
from rag_glossary.parsing.md_tables import link_table, table_sections, table_text
from rag_glossary.parsing.md_term_walk import TermWalk
from rag_glossary.parsing.plain_terms import plain_lead, plain_term_items
from rag_glossary.parsing.summary_rows import summary_lines, summary_read

_GLOSSARY_INFO = re.compile(r"^\{glossary\}")
_OPTION_LINE = re.compile(r"^:\w[\w-]*:")
_SENTENCE_LIST = 3  # items of a list whose every item opens with its bold term
_FOOTER_BLOCKS = 3  # a page's closing note and its translation or credit line
# "**Last Updated**: February 2026  " / "**Document Version**: 1.0": a page's record lines.
_RECORD_LINE = re.compile(r"^(\*\*|__)[^*_\n]{1,40}\1[ \t]*:?[ \t]*(?P<value>[^\n]{1,60}?)[ \t]*$")
_BOLD_RECORD = re.compile(r"^(\*\*|__)[^*_:\n]{1,40}:[ \t]*(?P<value>[^*_\n]{1,60}?)\1$")
_DATE_OR_VERSION = re.compile(
    r"(?i)^v?\d+(?:\.\d+){1,3}$|^\d{4}-\d{2}(?:-\d{2})?$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$"
)
# "- **Equipment Terms**: Chapter 7 (Equipment and Configuration)", "See `refs.md`": a
# pointer to another part of the work, not a definition.
_LOCATION = re.compile(
    r"(?i)^(?:see\s+)?(?:(?:chapter|section|part|appendix)\s+(?:\d+|[ivx]+)\b[^.\n]{0,60}"
    r"|`?[\w./-]+\.(?:md|html?|pdf|txt|rst)`?)\.?$"
)


def parse_md_terms(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    lines = prepare(text)
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    body_lines, anchors = blank_attribute_lists(lines, in_code)
    body_lines = without_anchor_lines(body_lines, in_code)  # "&nbsp; ." over "**Term**"
    cards = flashcard_sections([""] * meta.end + body_lines[meta.end :], in_code)
    if cards is not None:
        sections = cards  # a file of flashcards: one entry per card (md_flashcards.py)
    else:
        sections = _sections("\n".join([""] * meta.end + body_lines[meta.end :]), spec, offset=0)
        sections = without_summary_repeats(sections)
    for section in sections:
        if section.anchor is None and section.line in anchors:
            section.anchor = anchors[section.line]
    problem = None if sections else "no bold terms, term tables or definition lists"
    return Parsed(
        sections,
        title=meta.fields.get("title") or None,
        permalink=meta.fields.get("permalink") or None,
        problem=problem,
    )


def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.colon_fence import colon_fence_plugin
    from mdit_py_plugins.deflist import deflist_plugin

    return (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .use(deflist_plugin)
        .use(colon_fence_plugin)
    )


def _sections(markdown: str, spec: FieldSpec, offset: int) -> list[Section]:
    blocks = split_terms(markdown, code_mask(markdown.split("\n")))
    tokens = _parser().parse(blocks.text)
    restore_lines(tokens, blocks.origin)
    items, loose = _term_list_items(tokens)
    run_in = run_in_paragraphs(tokens, _run_in_name, bold_lead)
    language = language_leads(tokens)  # "Open Data Datele deschise ...": md_language_leads.py
    walk = TermWalk(offset, items)
    plain = plain_term_items(tokens)
    records = record_paragraphs(tokens)
    index = index_paragraphs(tokens)
    parts = other_parts(tokens)
    quotes = 0  # block quotes open around the token
    leads: set[int] = set()  # the lines of the terms bold leads open
    tables: list[list[Section]] = []  # the rows of each term table (summary_rows.py)
    skipped: int | None = None  # the level of the page-matter heading whose section is skipped
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        quotes += {"blockquote_open": 1, "blockquote_close": -1}.get(tok.type, 0)
        if tok.type == "heading_open":
            skipped = _skipped_level(tokens, i, skipped, parts)
        if skipped is not None and tok.type not in ("heading_open", "hr"):
            i += 1  # page matter (people's names in bold, other parts): no term, no text
            continue
        if tok.type in ("heading_open", "table_open", "dl_open") or _is_glossary(tok):
            if not (tok.type == "table_open" and _in_open_item(walk, tok)):
                walk.close()
            end = _matching_close(tokens, i)
            if tok.type == "heading_open" and skipped is not None:
                pass  # the page-matter heading itself is no entry
            elif tok.type == "heading_open":
                walk.heading(tok, tokens[i + 1].content)
            elif tok.type == "table_open" and _in_open_item(walk, tok):
                walk.text(table_text(tokens[i:end]))  # a table inside a term's bullet
            elif tok.type == "table_open" and link_table(tokens[i:end], spec):
                walk.links()
            elif tok.type == "table_open":
                rows = table_sections(tokens[i:end], spec, offset)
                tables.append(rows)
                walk.add_terms(rows)
            elif tok.type == "dl_open":
                walk.add_terms(deflist_sections(tokens[i:end], offset))
            else:
                walk.add_terms(_glossary_block(tok, spec, offset))
            i = end + 1
            continue
        if tok.type == "hr" and tok.level == 0:
            walk.close()  # a thematic break ends the term above it
            if _footer(tokens, i):
                break
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            walk.list_opens(tok.level)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            walk.list_closes(tok.level)
        elif tok.type == "inline" and tok.level == 1 + quotes and _page_record(tok.content):
            walk.close()  # the page's version / date lines (quoted too): no term, no text
        elif i in index:
            walk.close()  # an index of bold names: no term, no term's text
        elif tok.type == "inline" and i in records:
            walk.field(field_line(tok.content, in_list_item(tokens, i)))
        elif tok.type == "inline" and i in language:
            title, text, names = language[i]
            glued = glued_pointer(text)
            walk.term((title, glued[0] if glued else text, names), offset + tok.map[0] + 1, None)
            if glued:
                walk.term(glued[1], offset + tok.map[0] + 1, None)
        elif (
            tok.type == "inline"
            and tokens[i - 1].type == "paragraph_open"
            and (
                labeled := labeled_leads(tok.content)
                or bold_lines(tok.content)
                or run_in_leads(tok.content)
            )
        ):
            item = tokens[i - 2] if i >= 2 and tokens[i - 2].type == "list_item_open" else None
            for k, label in labeled:
                walk.term(label, offset + tok.map[0] + 1 + k, item.level - 1 if item else None)
        elif tok.type == "inline" and tokens[i - 1].type == "paragraph_open":
            lead = bold_lead(tok.content, run_in=i in run_in) or (
                sentence_lead(tok.content, loose=i in loose) if i in walk.items else None
            )
            if lead and i in run_in:  # "**account (konto)** Der er ...": its names too
                lead = _with_title_names(lead)
            if not lead and i in plain and (walk.current is None or walk.current.list_level == 0):
                lead = plain_lead(tok.content)
            item = tokens[i - 2] if i >= 2 and tokens[i - 2].type == "list_item_open" else None
            if lead:
                line = offset + tok.map[0] + 1 + anchor_lines(tok.content)
                leads.add(line)
                walk.term(lead, line, item.level - 1 if item else None)
            else:
                walk.text(join_soft_wraps(tok.content), quoted=quotes > 0)
        elif tok.type in ("fence", "code_block", "html_block"):
            walk.text(tok.content, code=tok.type != "html_block")
        i += 1
    heading_lines = {h.line for h in walk.headings}
    summary = summary_lines([(h.line, h.title) for h in walk.headings], tables)
    sections = [s for s in merge_abbreviations(walk.finish(summary)) if not _LOCATION.match(s.body)]
    sections = summary_read(sections, tables, heading_lines)  # "X (noun): other name"
    if run_in:
        owned_names(sections)
    else:  # "**Pôvod (provenance)** — ...": md_bracket_names.py
        add_bracket_names(sections, leads)
    for section in sections:
        if shared := blocks.names.get(section.line - offset):
            section.aliases = [*shared, *section.aliases]
    return sections


def _run_in_name(content: str) -> str | None:
    """The bold term a paragraph opens with, separator or none (md_run_in.py)."""
    lead = bold_lead(content, run_in=True)
    return lead[0] if lead else None


def _with_title_names(lead: Lead) -> Lead:
    """A run-in term's lead with the names its title and its joined titles give in
    brackets or lists (``alert, alerts (besked, beskeder)``)."""
    title, text, names = lead
    more = [n for name in (title, *names) for n in title_names(name)]
    return title, text, tuple(dict.fromkeys((*names, *more)))


def _footer(tokens: Sequence[Any], hr: int) -> bool:
    """After the page's last thematic break, a short tail with no heading that opens with
    a paragraph naming no term (``*For detailed explanations, see ...*`` and its
    translation), or with a bold label over one link (``**Source:** [FFI](url)``): the
    page's footer, no term's text and no term."""
    blocks = [
        j for j in range(hr + 1, len(tokens)) if tokens[j].level == 0 and tokens[j].nesting >= 0
    ]
    if not blocks or len(blocks) > _FOOTER_BLOCKS or tokens[blocks[0]].type != "paragraph_open":
        return False
    if any(tokens[j].type in ("hr", "heading_open") for j in blocks):
        return False
    first = tokens[blocks[0] + 1].content
    if (lead := bold_lead(first)) and link_only(lead[1]):
        return True  # "**Source:** [Fly Fishers International](https://...)"
    return not (
        bold_lead(first) or labeled_leads(first) or bold_lines(first) or run_in_leads(first)
    )


def _skipped_level(
    tokens: Sequence[Any], i: int, skipping: int | None, parts: set[int]
) -> int | None:
    """The level of the section skipped as page matter (a credits section, or another
    part of a document than its glossary) the heading at ``i`` opens or stays in (a deeper
    heading stays in it), else None."""
    level = int(tokens[i].tag[1:])
    if skipping is not None and level > skipping:
        return skipping
    return level if i in parts or credits_heading(tokens, i, i + 2) else None


def _page_record(paragraph: str) -> bool:
    """Two or more ``**Label**: value`` lines with short values, one a date or a version
    number (``**Last Updated**: February 2026``), or one line bold whole, label and date
    (``**Updated: Jan 16, 2026**``): the page's record, not terms."""
    if (whole := _BOLD_RECORD.match(paragraph.strip())) is not None:
        return bool(_DATE_OR_VERSION.search(whole.group("value")))
    found = [_RECORD_LINE.match(line.strip()) for line in paragraph.split("\n")]
    values = [m.group("value") for m in found if m]
    dated = any(_DATE_OR_VERSION.search(v) for v in values)
    return len(found) >= 2 and len(values) == len(found) and dated


def _term_list_items(tokens: Sequence[Any]) -> tuple[set[int], set[int]]:
    """Inline tokens opening an item of a list whose items are mostly bold terms: there
    ``- **Discounting** is performed ...`` names a term too. The second set: items of a
    long list of such sentences (:func:`_mostly_say_terms`), whose term may open its
    sentence with any word."""
    found: set[int] = set()
    loose: set[int] = set()
    stack: list[list[int]] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            stack.append([])
        elif tok.type in ("bullet_list_close", "ordered_list_close") and stack:
            firsts = stack.pop()
            leads = sum(1 for j in firsts if bold_lead(tokens[j].content))
            said = [
                (lead, word_after_term(tokens[j].content))
                for j in firsts
                if (lead := bold_lead(tokens[j].content) or sentence_lead(tokens[j].content))
            ]
            if (leads >= 2 and leads * 2 >= len(firsts)) or _all_say_terms(len(said), len(firsts)):
                found.update(firsts)
            elif _mostly_say_terms(said, len(firsts)):
                found.update(firsts)
                loose.update(firsts)
        elif tok.type == "inline" and i >= 2 and tokens[i - 2].type == "list_item_open" and stack:
            stack[-1].append(i)
    return found, loose


def _all_say_terms(said: int, items: int) -> bool:
    """Every item of a list of three or more opens with its bold term, a sentence's
    subject (``- A [**_space_**](url) defines ...``, ``- **Phase** of sound is ...``) or
    before a separator (``- **Full Scale**: ...``): a glossary written so, the two styles
    mixed or not."""
    return items >= _SENTENCE_LIST and said == items


_LONG_LIST = 5  # items of a list of term sentences that may hold a few other items
_OTHER_ITEMS = 5  # one item in this many may open otherwise
_SHARED_VERB = 4  # one item in this many goes on with the list's commonest word,
_SHARED_MIN = 3  # and three at least


def _mostly_say_terms(said: Sequence[tuple[Lead, str]], items: int) -> bool:
    """A list of five or more items, at most one in five not opening with its bold term,
    each term named once, a word of definition going on after the term in one item in
    four or more, three at least (``* **Aggregointi** tarkoittaa ...``, ``* **Malli** on
    ...`` over 58 others, one of them ``* **Sentroidi (centroid)**, EMMEssä myös zone, on
    ...``): a glossary written so. Not a list that bolds a few words: a design note naming
    ``**Player**`` in item after item, a feature list (``- **Fast** startup``, ``-
    **Small** footprint``) or a changelog, whose words after the bold all differ."""
    names = {lead[0].casefold() for lead, _ in said}
    many = items >= _LONG_LIST and len(said) * _OTHER_ITEMS >= items * (_OTHER_ITEMS - 1)
    words = Counter(word.casefold() for _, word in said if word)
    most = words.most_common(1)[0][1] if words else 0
    shared = most >= _SHARED_MIN and most * _SHARED_VERB >= items
    return many and shared and len(names) == len(said)


def _in_open_item(walk: TermWalk, tok: Any) -> bool:
    """A table inside the list item of the term being read: part of that term's text
    (its rows are values of the term, ``Spotify: | -14 LUFS i``, not terms of their own)."""
    current = walk.current
    return current is not None and current.list_level is not None and tok.level > 0


def _is_glossary(tok: Any) -> bool:
    return tok.type in ("fence", "colon_fence") and bool(_GLOSSARY_INFO.match(tok.info.strip()))


def _matching_close(tokens: Sequence[Any], start: int) -> int:
    """Index of the token that closes ``tokens[start]`` (itself for a leaf)."""
    opener = tokens[start]
    if opener.nesting != 1:
        return start
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _glossary_block(tok: Any, spec: FieldSpec, offset: int) -> list[Section]:
    """A MyST ``{glossary}`` fence: definition-list syntax or Sphinx's indented form."""
    content = tok.content.split("\n")
    start = offset + tok.map[0] + 1  # the content's first line is one below the fence
    while content and (_OPTION_LINE.match(content[0]) or not content[0].strip()):
        content.pop(0)
        start += 1
    if any(line.startswith(": ") or line == ":" for line in content):
        return _sections("\n".join(content), spec, start)
    return indented_glossary(content, start)
