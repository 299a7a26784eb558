"""HTML glossaries whose terms open paragraphs in bold (html_page.py's third reading).

Word, LibreOffice and Confluence exports write a glossary as paragraphs, not headings
or ``<dl>``: ``<p><strong>Term<br></strong>definition</p>``, ``<p><b>Term:</b> def``,
``<p><b>Term</b> - def``, ``<p><b>Term</b> def``, or the bold term in a paragraph of
its own over the definition's paragraphs, often inside ``<span>``/``<font>`` wrappers.
The page is read as a run of blocks (paragraph-like elements; ``<br>`` a line break).
A block whose first words are a short bold run is a term: its title is the run without
a trailing colon or dash (md_leads.bold_lead, as the Markdown dialects read
``**Term**: def``), its text the rest of the block and the blocks that follow up to the
next term or heading; a term with no text is no entry (a page title, a table of bold
names), and most terms must have text. Only a page whose blocks mostly read that way (a term, or the
definition paragraph under a term alone in its block) is split: bold emphasis opening
a few paragraphs of prose is not a term. On a page whose terms mostly stand alone on
the first line of their block (``Term<br>definition``), a block of that shape whose
first line is short and not a sentence is a term too, bold or not (a term the author
forgot to bold).

The last term before a heading or the page's end gathers whatever lies up to it: a block
there made only of links (a print tool, "back to top", a share bar) whose element's shape
(tag and class) no term block and no text between two terms has is the page's chrome, and
ends that term's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.md_leads import LABEL_OPENERS, SHORT_TERM_WORDS, bold_lead
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.term_pages import reads_as_term_page

_BOLD = frozenset(("b", "strong"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_BLOCKS = frozenset(
    (
        "p",
        "div",
        "li",
        "dd",
        "dt",
        "tr",
        "td",
        "th",
        "pre",
        "blockquote",
        "section",
        "article",
        "table",
        "ul",
        "ol",
        "dl",
        *_HEADINGS,
    )
)
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?;,:]\s*$")


@dataclass
class _Block:
    """One paragraph-like block: text runs (``"\\n"`` for a line break) and their boldness."""

    node: Any
    heading: bool
    runs: list[tuple[str, bool]] = field(default_factory=list)

    def text(self, start: int = 0) -> str:
        raw = "".join(text for text, _ in self.runs[start:])
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        return fix_mojibake("\n".join(line for line in lines if line))


@dataclass
class _Term:
    title: str
    block: _Block
    text: str
    alone: bool  # the term is its block's first line (``Term<br>def`` or a bare term)
    names: tuple[str, ...] = ()


SectionMaker = Callable[[str, Any, str, Any], "Section | None"]


def bold_paragraph_terms(root: Any, make: SectionMaker) -> list[Section]:
    """Entries of a page of bold-term paragraphs; [] when the page does not read that way."""
    blocks = [b for b in _blocks(root) if b.heading or b.text()]
    text_blocks = [b for b in blocks if not b.heading]
    leads = {id(b): lead for b in text_blocks if (lead := _bold_term(b))}
    if not reads_as_term_page(text_blocks, leads):
        return []
    alone = sum(1 for t in leads.values() if t.alone)
    if alone * 2 > len(leads):  # "Term<br>def" pages: an unbolded term of that shape is one
        for b in text_blocks:
            if id(b) not in leads and (plain := _plain_term(b)):
                leads[id(b)] = plain
    sections = _sections(_without_trailing_chrome(blocks, leads), leads, make)
    defined = [s for s in sections if s.body]
    # A table of bold names (a function list, column headers) defines nothing.
    return defined if len(defined) * 2 > len(sections) else []


def _sections(blocks: list[_Block], leads: dict[int, _Term], make: SectionMaker) -> list[Section]:
    out: list[Section] = []
    current: _Term | None = None
    chunks: list[str] = []

    def close() -> None:
        if current is not None:
            section = make(current.title, current.block.node, "\n".join(chunks), _anchor(current))
            if section:
                section.aliases = [*section.aliases, *current.names]
                out.append(section)

    for b in blocks:
        lead = leads.get(id(b))
        if b.heading or lead:
            close()
            current, chunks = lead, ([lead.text] if lead and lead.text else [])
        elif current is not None:
            chunks.append(_item_mark(b.node) + b.text())
    close()
    return out


def _item_mark(node: Any) -> str:
    """A list item's text keeps its list's mark (``- ``, ``2. ``): the items of a term's
    list stay a list in its text, as a Markdown page's do."""
    if node is None or node.name != "li":
        return ""
    if node.parent is not None and node.parent.name == "ol":
        return f"{len(node.find_previous_siblings('li')) + 1}. "
    return "- "


def _shape(block: _Block) -> tuple[str, tuple[str, ...]]:
    node = block.node
    if node is None:
        return ("", ())
    return (node.name, tuple(node.get("class") or ()))


def _without_trailing_chrome(blocks: list[_Block], leads: dict[int, _Term]) -> list[_Block]:
    """The blocks without the page chrome closing a run of terms (module docstring)."""
    bounds = [i for i, b in enumerate(blocks) if b.heading or id(b) in leads]
    spans = [
        (start, end)
        for start, end in zip(bounds, [*bounds[1:], len(blocks)], strict=True)
        if id(blocks[start]) in leads
    ]
    runs_on = {start for start, end in spans if end < len(blocks) and id(blocks[end]) in leads}
    seen = {_shape(blocks[start]) for start, _ in spans}
    seen.update(
        _shape(blocks[i]) for start, end in spans if start in runs_on for i in range(start + 1, end)
    )
    dropped: set[int] = set()
    for start, end in spans:
        if start in runs_on:
            continue  # another term follows: the text between is the page's own
        chrome = (i for i in range(start + 1, end) if _chrome(blocks[i], seen))
        dropped.update(range(next(chrome, end), end))
    return [b for i, b in enumerate(blocks) if i not in dropped]


def _chrome(block: _Block, seen: set[tuple[str, tuple[str, ...]]]) -> bool:
    return _shape(block) not in seen and _only_links(block.node)


def _only_links(node: Any) -> bool:
    """Every word of the element is inside a link."""
    if node is None or node.find("a") is None:
        return False
    texts = node.find_all(string=_LETTER)
    return all(t.find_parent("a") is not None for t in texts)


def _anchor(term: _Term) -> Any:
    """The block's element when it has an id, else an ``<a name>``/``id`` inside it."""
    node = term.block.node
    if node is None or node.get("id"):
        return node
    inner = node.find(lambda tag: tag.get("id") or (tag.name == "a" and tag.get("name")))
    if inner is not None and not inner.get("id"):
        inner["id"] = inner.get("name")
    return inner if inner is not None else node


def _bold_term(block: _Block) -> _Term | None:
    """The block's opening bold run as a term (md_leads.bold_lead decides)."""
    runs = block.runs
    i = 0
    while i < len(runs) and not runs[i][0].strip():
        i += 1
    bold: list[str] = []
    broke = False
    while i < len(runs):
        text, is_bold = runs[i]
        if text == "\n":
            if "".join(bold).strip():
                broke = True
                i += 1
                break
        elif not is_bold and text.strip():
            break
        else:
            bold.append(text)
        i += 1
    term = " ".join("".join(bold).split())
    if not _LETTER.search(term) or "**" in term or _aside(block, term):
        return None  # "<b>1.2</b> Installation": a section number, not a term
    rest = block.text(i)
    joined = f"**{term}**" + ("\n" if broke else " ") + rest
    lead = bold_lead(joined, run_in=True)
    if lead is None:
        return None
    title, text, names = lead
    text = " ".join(text.split()) if not broke else text.strip()
    # the separator goes, not the text's own last colon ("... Annex 1 of the IHR:" over a list)
    text = text.strip().lstrip(":-–—=").strip()
    return _Term(title, block, text, broke or not rest, names)


def _aside(block: _Block, bold: str) -> bool:
    """``<p><em><strong>Note:</strong> These terms ...</em></p>``: a labelled remark set in
    italics as a whole, not a term named Note."""
    if not bold.endswith(":") or bold[:-1].strip().casefold() not in LABEL_OPENERS:
        return False
    node = block.node
    shown = [c for c in node.children if c.name or str(c).strip()] if node is not None else []
    return len(shown) == 1 and shown[0].name in ("em", "i")


def _plain_term(block: _Block) -> _Term | None:
    """``Term<br>definition`` without bold: a short first line that is not a sentence."""
    first, _, rest = block.text().partition("\n")
    words = first.split()
    if not rest.strip() or not words or len(words) > SHORT_TERM_WORDS:
        return None
    if _SENTENCE_END.search(first) or (not first[0].isupper() and not first[0].isdigit()):
        return None
    return _Term(first.strip(), block, rest.strip(), True)


def _blocks(root: Any) -> list[_Block]:
    """The page as a run of blocks, walked without recursion (exports nest deeply)."""
    out: list[_Block] = []
    current = _Block(None, False)
    # (node, leaving, bold, pre)
    stack: list[tuple[Any, bool, bool, bool]] = [(root, False, False, False)]

    def flush(node: Any, heading: bool) -> None:
        nonlocal current
        if any(text.strip() for text, _ in current.runs):
            out.append(current)
        current = _Block(node, heading)

    while stack:
        node, leaving, bold, pre = stack.pop()
        name = getattr(node, "name", None)
        if leaving:
            flush(None, False)
            continue
        if name is None:
            if type(node).__name__ == "NavigableString":
                current.runs.append((str(node) if pre else str(node).replace("\n", " "), bold))
            continue
        if name == "br":
            current.runs.append(("\n", bold))
            continue
        if name == "dl" and node.find("dt"):  # the <dl> reading's: it ends a term's text
            flush(node, True)
            out.append(current)
            current = _Block(None, False)
            continue
        if name in _BLOCKS:
            flush(node, name in _HEADINGS)
            stack.append((node, True, bold, pre))
        inner_bold = bold or name in _BOLD
        inner_pre = pre or name == "pre"
        for child in reversed(list(node.children)):
            stack.append((child, False, inner_bold, inner_pre))
    flush(None, False)
    return out
