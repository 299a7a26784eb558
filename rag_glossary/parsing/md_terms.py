"""Dialect ``md-terms``: Markdown glossaries that are not one heading per term.

Parsed with markdown-it-py (plus mdit-py-plugins for definition lists and
``:::`` fences). Entries, in document order, come from:
- bold-term paragraphs and bullets: ``**Term**: def``, ``__Term__ - def``,
  ``- Term: def`` in a top-level list whose items mostly read that way,
  ``- **Term** — def``, ``**Term:**``/``**Term.**`` then the definition; in a list of
  such bullets, also ``- **Term** is ...`` (the sentence is its text), and a list of
  three or more items that each open their sentence with a bold term, after an article
  or inside a link (``- A [**_space_**](url) defines ...``). The blocks
  that follow (until the next term or heading) belong to the term; a bullet's
  text ends with its list;
- term tables (md_tables.py); a table of links (``| Concept | Related Articles |`` rows
  of ``[Pipeline](pipeline.md)``) holds no terms, and its heading is no entry either;
- definition lists (``Term`` then ``: definition``, several allowed);
- MyST/Sphinx ``{glossary}`` blocks (definition lists, or Sphinx's indented form);
- headings whose own text holds no term, when other headings of their level group
  terms (``### Agent`` + a paragraph next to ``### Actions`` + bold bullets).
Other headings only end a term's text.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    defined_acronym_aliases,
)
from rag_glossary.parsing.clean import (
    clean_markdown,
    code_mask,
    front_matter,
    join_soft_wraps,
    prepare,
)
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.inline import INLINE_LINK, clean_title
from rag_glossary.parsing.md_leads import Lead, anchor_lines, bold_lead, sentence_lead
from rag_glossary.parsing.md_tables import link_table, table_sections
from rag_glossary.parsing.plain_terms import plain_lead, plain_term_items

_GLOSSARY_INFO = re.compile(r"^\{glossary\}")
_OPTION_LINE = re.compile(r"^:\w[\w-]*:")
# A document's back matter, not a term: "## References [^22]", "## Footnotes".
_BACK_MATTER = re.compile(
    r"(?i)^(?:references?|bibliography|footnotes?|citations?|works cited|further reading"
    r"|see also|related (?:pages|links|reading))$"
)
_PROSE_WORDS = 3
# A kramdown attribute list alone on its line (``{:auto_ids}``, ``{: #id .class}``,
# ``{::options ... /}``): markup for the renderer, blanked so that the line under it
# (a definition list's first term) opens its own block.
_IAL_LINE = re.compile(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$")
# ``:   (in the shell): Using quotation marks ...``: a definition's opening qualifier.
_QUALIFIER = re.compile(r"^\(([^()\n]{1,40})\):\s+(?=\S)")
_SENTENCE_LIST = 3  # items of a list whose every item opens with its bold term


@dataclass
class _Open:
    """A bold-term entry whose text is still being collected."""

    title: str
    line: int
    chunks: list[str] = field(default_factory=list)
    list_level: int | None = None  # a list item's term: its text ends with the list
    aliases: tuple[str, ...] = ()


def parse_md_terms(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    lines = prepare(text)
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    body_lines = [""] * meta.end + [
        "" if _IAL_LINE.match(line) and not code else line
        for line, code in zip(lines[meta.end :], in_code[meta.end :], strict=True)
    ]
    sections = _sections("\n".join(body_lines), spec, offset=0)
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
    tokens = _parser().parse(markdown)
    walk = _Walk(offset, _term_list_items(tokens))
    plain = plain_term_items(tokens)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in ("heading_open", "table_open", "dl_open") or _is_glossary(tok):
            walk.close()
            end = _matching_close(tokens, i)
            if tok.type == "heading_open":
                walk.heading(tok, tokens[i + 1].content)
            elif tok.type == "table_open" and link_table(tokens[i:end], spec):
                walk.links()
            elif tok.type == "table_open":
                walk.add_terms(table_sections(tokens[i:end], spec, offset))
            elif tok.type == "dl_open":
                walk.add_terms(_deflist(tokens[i:end], offset))
            else:
                walk.add_terms(_glossary_block(tok, spec, offset))
            i = end + 1
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            walk.list_opens(tok.level)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            walk.list_closes(tok.level)
        elif tok.type == "inline" and tokens[i - 1].type == "paragraph_open":
            lead = bold_lead(tok.content) or (
                sentence_lead(tok.content) if i in walk.items else None
            )
            if not lead and i in plain and (walk.current is None or walk.current.list_level == 0):
                lead = plain_lead(tok.content)
            item = tokens[i - 2] if i >= 2 and tokens[i - 2].type == "list_item_open" else None
            if lead:
                line = offset + tok.map[0] + 1 + anchor_lines(tok.content)
                walk.term(lead, line, item.level - 1 if item else None)
            else:
                walk.text(join_soft_wraps(tok.content))
        elif tok.type in ("fence", "code_block", "html_block"):
            walk.text(tok.content)
        i += 1
    return walk.finish()


@dataclass
class _Heading:
    """A heading and, until a term shows up under it, its own text."""

    title: str
    line: int
    level: int
    at: int  # where its entry goes among the sections found so far
    chunks: list[str] = field(default_factory=list)
    has_terms: bool = False
    pointer: bool = False  # it holds a table of links ("## Cross-References"): no term
    list_level: int | None = None  # its text is a list: it ends with that list
    ended: bool = False


class _Walk:
    """The entries of one token stream, collected in document order.

    A term's text runs to the next term or heading; a term that is a list item's ends
    with its list (what follows the list is not about that one item). A heading whose
    text holds no term is an entry itself when headings of its level hold terms (a
    glossary mixing ``### Term`` paragraphs with ``### Group`` headings of bold terms).
    """

    def __init__(self, offset: int, items: set[int]) -> None:
        self.offset = offset
        self.items = items  # inline tokens that open an item of a list of bold terms
        self.out: list[Section] = []
        self.current: _Open | None = None
        self.headings: list[_Heading] = []

    def close(self) -> None:
        _close(self.current, self.out)
        self.current = None

    def heading(self, tok: Any, raw: str) -> None:
        title = clean_title(raw).rstrip(":").rstrip()
        line = self.offset + tok.map[0] + 1
        self.headings.append(_Heading(title, line, int(tok.tag[1:]), len(self.out)))

    def add_terms(self, sections: list[Section]) -> None:
        self.out.extend(sections)
        if sections and self.headings:
            self.headings[-1].has_terms = True

    def links(self) -> None:
        """A table of links under the last heading: a section that points elsewhere."""
        if self.headings:
            self.headings[-1].pointer = True

    def term(self, lead: Lead, line: int, list_level: int | None) -> None:
        group = self.current
        if group and _nested(list_level, group.list_level) and not "".join(group.chunks).strip():
            self.current = None  # "- **Phases:**" over a nested list of terms: a label
        self.close()
        self.current = _Open(lead[0], line, [lead[1]], list_level, lead[2])
        if self.headings:
            self.headings[-1].has_terms = True

    def text(self, content: str) -> None:
        if self.current is not None:
            self.current.chunks.append(content)
        elif self.headings and not self.headings[-1].ended:
            self.headings[-1].chunks.append(content)

    def list_opens(self, level: int) -> None:
        last = self.headings[-1] if self.headings else None
        if last and self.current is None and not last.chunks and last.list_level is None:
            last.list_level = level

    def list_closes(self, level: int) -> None:
        if self.current is not None and self.current.list_level == level:
            self.close()
        if self.headings and self.headings[-1].list_level == level:
            self.headings[-1].ended = True

    def finish(self) -> list[Section]:
        self.close()
        levels = {h.level for h in self.headings if h.has_terms}
        for h in reversed(self.headings):
            is_entry = h.title and not _BACK_MATTER.match(h.title) and _prose(h.chunks)
            if h.level in levels and not h.has_terms and not h.pointer and is_entry:
                section = _section(h.title, h.line, h.chunks)
                if section.body:
                    self.out.insert(h.at, section)
        return self.out


def _nested(level: int | None, outer: int | None) -> bool:
    return level is not None and outer is not None and level > outer


def _prose(chunks: Sequence[str]) -> bool:
    """Mostly sentences: not a list of links or of questions (``## Cloud`` over
    ``- How would you deploy ...? [Answer](...)`` is no term)."""
    sentences = 0
    for chunk in chunks:
        text = INLINE_LINK.sub("", chunk).strip()
        sentences += len(text.split()) >= _PROSE_WORDS and not text.endswith("?")
    return sentences * 2 > len(chunks)


def _term_list_items(tokens: Sequence[Any]) -> set[int]:
    """Inline tokens opening an item of a list whose items are mostly bold terms: there
    ``- **Discounting** is performed ...`` names a term too."""
    found: set[int] = set()
    stack: list[list[int]] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            stack.append([])
        elif tok.type in ("bullet_list_close", "ordered_list_close") and stack:
            firsts = stack.pop()
            leads = sum(1 for j in firsts if bold_lead(tokens[j].content))
            said = sum(1 for j in firsts if sentence_lead(tokens[j].content))
            if (leads >= 2 and leads * 2 >= len(firsts)) or _all_say_terms(said, len(firsts)):
                found.update(firsts)
        elif tok.type == "inline" and i >= 2 and tokens[i - 2].type == "list_item_open" and stack:
            stack[-1].append(i)
    return found


def _all_say_terms(said: int, items: int) -> bool:
    """Every item of a list of three or more opens a sentence with its bold term
    (``- A [**_space_**](url) defines ...``): a glossary written as sentences."""
    return items >= _SENTENCE_LIST and said == items


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


def _close(current: _Open | None, out: list[Section]) -> None:
    if current is not None:
        out.append(_section(current.title, current.line, current.chunks, current.aliases))


def _section(
    title: str, line: int, chunks: Sequence[str], other_names: Sequence[str] = ()
) -> Section:
    raw = "\n\n".join(c.strip("\n") for c in chunks if c.strip())
    cleaned = clean_markdown(raw.split("\n"), [False] * (raw.count("\n") + 1)) if raw else None
    body = cleaned.text if cleaned else ""
    return Section(
        title=title,
        line=line,
        body=body,
        see_also=list(cleaned.see_also) if cleaned else [],
        aliases=[*other_names, *acronym_aliases(title), *defined_acronym_aliases(title, body)],
        slug_text=title,
    )


def _deflist(tokens: Sequence[Any], offset: int) -> list[Section]:
    sections: list[Section] = []
    title, line = "", 0
    chunks: list[str] = []
    depth = 0
    lists: list[str] = []  # the open lists inside a definition: "-" or "." (ordered)
    for i, tok in enumerate(tokens):
        if tok.type == "dt_open" and depth == 1:
            if title:
                sections.append(_defined(title, line, chunks))
            title, line, chunks = "", offset + tok.map[0] + 1, []
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append("." if tok.type == "ordered_list_open" else "-")
        elif tok.type in ("bullet_list_close", "ordered_list_close") and lists:
            lists.pop()
        elif tok.type == "inline" and depth == 2 and not title:
            title = clean_title(tok.content)
        elif tok.type == "inline" and title:
            item = tokens[i - 2] if i >= 2 and tokens[i - 2].type == "list_item_open" else None
            chunks.append(_item_marker(item, lists) + join_soft_wraps(tok.content))
        elif tok.type in ("fence", "code_block") and title:
            chunks.append(tok.content)
        depth += tok.nesting
    if title:
        sections.append(_defined(title, line, chunks))
    return [s for s in sections if s.title]


def _item_marker(item: Any, lists: Sequence[str]) -> str:
    """The marker a list item's text keeps inside a definition ("1. ", "- "), indented by
    its nesting, so that a definition's list reads as a list ("three properties: 1. ...")."""
    if item is None or not lists:
        return ""
    marker = f"{item.info or 1}. " if lists[-1] == "." else "- "
    return "  " * (len(lists) - 1) + marker


def _defined(title: str, line: int, chunks: list[str]) -> Section:
    """A definition-list term; a definition that opens with ``(REPL):`` or ``(in the
    shell):`` names the term's acronym (an alias) or the context it has that meaning in
    (shown after the title; the anchor stays the term's)."""
    lead = _QUALIFIER.match(chunks[0]) if chunks else None
    if lead is None:
        return _section(title, line, chunks)
    said = lead.group(1).strip()
    rest = [chunks[0][lead.end() :], *chunks[1:]]
    if " " not in said and sum(ch.isupper() for ch in said) >= 2:  # an acronym
        return _section(title, line, rest, (said,))
    return replace(_section(f"{title} ({said})", line, rest), slug_text=title)


def _glossary_block(tok: Any, spec: FieldSpec, offset: int) -> list[Section]:
    """A MyST ``{glossary}`` fence: definition-list syntax or Sphinx's indented form."""
    content = tok.content.split("\n")
    start = offset + tok.map[0] + 1  # the content's first line is one below the fence
    while content and (_OPTION_LINE.match(content[0]) or not content[0].strip()):
        content.pop(0)
        start += 1
    if any(line.startswith(": ") or line == ":" for line in content):
        return _sections("\n".join(content), spec, start)
    return _indented_glossary(content, start)


def _indented_glossary(content: Sequence[str], start: int) -> list[Section]:
    indents = [len(t) - len(t.lstrip()) for t in content if t.strip()]
    base = min(indents) if indents else 0
    sections: list[Section] = []
    i = 0
    while i < len(content):
        if not content[i].strip() or len(content[i]) - len(content[i].lstrip()) > base:
            i += 1
            continue
        first, terms = i, []
        while (
            i < len(content)
            and content[i].strip()
            and len(content[i]) - len(content[i].lstrip()) == base
        ):
            terms.append(clean_title(content[i].strip()))
            i += 1
        body_start = i
        while i < len(content) and (
            not content[i].strip() or len(content[i]) - len(content[i].lstrip()) > base
        ):
            i += 1
        body = textwrap.dedent("\n".join(content[body_start:i]))
        section = _section(terms[0], start + first + 1, [join_soft_wraps(body)])
        section.aliases = [*terms[1:], *section.aliases]
        if section.title:
            sections.append(section)
    return sections
