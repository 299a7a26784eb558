"""Text cleaning shared by the dialect parsers.

Every regex here is bounded by a character class or a fixed token, so a 1 MB
line costs linear time (no nested quantifiers that can backtrack).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.fences import (
    FENCE,
    block_end,
    code_block,
    code_mask,
    indented_block,
    indented_code,
)
from rag_glossary.parsing.inline import (
    INLINE_LINK,
    REF_LINK,
    SPACES,
    WIKI_LINK,
    clean_inline,
    unescape,
)
from rag_glossary.parsing.inline_links import LinkCollector, link_term
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.provenance import attribution_lines, closing_lines

# --- whole-document normalisation -------------------------------------------------


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def prepare(text: str) -> list[str]:
    """Normalise newlines, strip a BOM, fix mojibake, and split into lines."""
    text = normalize_newlines(text).lstrip("\ufeff")
    return fix_mojibake(text).split("\n")


def blank_html_comments(text: str) -> str:
    """Markdown ``text`` with its HTML comments (``<!-- ... -->``, one line or many) blanked.

    A rendered page shows nothing of a comment: TODO notes, alternative wordings,
    a commented-out term, a licence header. The lines a comment spans stay as blank
    lines, so every entry keeps its line number and the text around the comment
    ends its paragraph there. A comment opener inside a fenced code block or an
    inline code span is text, and so is one that is never closed.
    """
    if "<!--" not in text:
        return text
    in_code: list[bool] | None = None
    out: list[str] = []
    pos = 0
    line = 0  # line index of ``pos``
    while (start := text.find("<!--", pos)) >= 0:
        line += text.count("\n", pos, start)
        line_start = text.rfind("\n", 0, start) + 1
        if in_code is None:
            in_code = code_mask(text.split("\n"))
        end = text.find("-->", start + 4)
        if in_code[line] or text.count("`", line_start, start) % 2 or end < 0:
            out.append(text[pos : start + 4])
            pos = start + 4
            continue
        newlines = text.count("\n", start, end)
        out.append(text[pos:start])
        out.append("\n" * newlines)
        line += newlines
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


# --- front matter -----------------------------------------------------------------

_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(.*)$")
_TOML_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*=(.*)$")


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, str]
    end: int  # index of the first line after the front matter (0 if none)


def front_matter(lines: Sequence[str]) -> FrontMatter:
    """A front matter block on the first line: YAML between ``---`` lines, or TOML
    between ``+++`` lines (Hugo's other form).

    Only top-level ``key: value`` (``key = value``) pairs are read; comment lines are
    skipped.
    """
    opener = lines[0].strip() if lines else ""
    if opener not in ("---", "+++"):
        return FrontMatter({}, 0)
    closers = ("---", "...") if opener == "---" else ("+++",)
    key = _FRONT_KEY if opener == "---" else _TOML_KEY
    for i in range(1, len(lines)):
        if lines[i].strip() in closers:
            return FrontMatter(_front_fields(lines[1:i], key), i + 1)
    return FrontMatter({}, 0)


def _front_fields(lines: Sequence[str], key: re.Pattern[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        if line.startswith((" ", "\t", "#")):
            continue
        match = key.match(line)
        if match:
            fields.setdefault(match.group(1).lower(), _unquote(match.group(2).strip()))
    return fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


# --- see-also lines ---------------------------------------------------------------

_SEE_ALSO = re.compile(r"^\W{0,3}see\s+als[oe]\b\W{0,3}[:,-]?\s*(.*)$", re.IGNORECASE)
_JUNK_ITEMS = {"...", "…", "etc", "etc.", "more", ""}
# "See also *novice* and *expert*.": "and" / "or" between two names each set off in emphasis
# parts the list; unmarked "Search and Rescue" may be one name and stays whole.
_MARKED_AND = lazy_regex(r"(?<=[*_])\s*,?\s+(?:and|or)\s+(?=[*_])")


def see_also_items(line: str) -> list[str] | None:
    """The terms of a ``See also [M], [Deep Learning]`` line, or None for other lines.

    Single-letter index links (``[M]``) and ``...`` are dropped. A bare
    ``See also:`` header (a list follows) is not a see-also line.
    """
    match = _SEE_ALSO.match(line.strip())
    if not match or not match.group(1).strip():
        return None
    rest = REF_LINK.sub(lambda m: m.group(2) or m.group(1), match.group(1))
    rest = INLINE_LINK.sub(lambda m: link_term(m.group(1)), rest)
    rest = WIKI_LINK.sub(lambda m: m.group(1), rest)
    rest = _MARKED_AND.sub(",", rest)
    items: list[str] = []
    for item in rest.split(","):
        term = item.strip().strip("[]*_ ").strip()
        term = term.rstrip(".").strip("[]*_ ") if not term.endswith("...") else term
        if term.lower() in _JUNK_ITEMS or len(term) <= 1:
            continue
        items.append(" ".join(term.split()))
    return items


# --- bodies -----------------------------------------------------------------------

_BLOCKQUOTE = re.compile(r"^(\s*)(?:>\s?)+")
# A CommonMark link reference definition ("[1]: https://...", "[unit type]: type.tuple.unit",
# "[crate]: crates.md \"Crates\""): a label, one destination with no space (or one in <>),
# an optional quoted title. Markdown shows nothing for it; a definition line of text
# ("[API]: Application Programming Interface") has more than one unquoted word.
_REF_DEFINITION = re.compile(
    r"^ {0,3}\[[^\[\]]+\]:[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\[\]\s]+\]:")
_TOC_MARKER = re.compile(r"^\s*(?:[*+-]|1\.)\s+toc\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    text: str
    see_also: tuple[str, ...]


def finish(lines: Sequence[str]) -> str:
    """Right-strip lines, collapse runs of blank lines, trim the ends."""
    out: list[str] = []
    blank = False
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
        blank = False
        out.append(line)
    return "\n".join(out)


# Lines that open a Markdown block of their own (a soft wrap never starts one).
_BLOCK_START = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||`{3}|~{3}|:\s|<|\[\^)")

_OWN_LINE = re.compile(r"^\s*(?:#{1,6}\s|\|)")  # a heading or table row takes no continuation


def join_soft_wraps(text: str) -> str:
    """Markdown source with each paragraph's or list item's wrapped lines joined: a line
    break inside a paragraph is a space (``... test and evaluation`` + ``(T&E) of ...``).
    Blank lines, block openers, hard breaks (two spaces, backslash) and fenced code stay."""
    out: list[str] = []
    in_code = False
    for line in text.split("\n"):
        if FENCE.match(line):
            in_code = not in_code
        elif not (in_code or not line.strip() or not out or not out[-1].strip()):
            prev = out[-1]
            opener = _BLOCK_START.match(line) or _OWN_LINE.match(prev)
            if not (opener or prev.endswith(("  ", "\\")) or FENCE.match(prev)):
                out[-1] = f"{prev.rstrip()} {line.strip()}"
                continue
        out.append(line)
    return "\n".join(out)


def clean_markdown(lines: Sequence[str], in_code: Sequence[bool]) -> Cleaned:
    """A Markdown entry body made readable; fenced code is kept as code."""
    links = LinkCollector()
    see_also: list[str] = []
    base = _prose_indent(lines, in_code)
    out: list[str] = []
    stop = _reading_list_start(lines, in_code)
    credits = attribution_lines(lines, in_code) | closing_lines(lines, in_code)
    indented = indented_code(lines, in_code, base)
    i = 0
    while i < stop:
        if i in credits:
            i += 1
            continue
        if in_code[i]:
            end = block_end(lines, in_code, i)
            if not _NAV_DIRECTIVE.match(lines[i]):
                out.extend(code_block(lines[i:end]))
            i = end
            continue
        if i in indented:
            out.extend(indented_block(lines[i : indented[i]], base))
            i = indented[i]
            continue
        items = see_also_items(lines[i])
        if items is not None:
            see_also.extend(items)
        elif not _is_toc_marker(lines, i) and not _MARKUP_ONLY.match(lines[i]):
            out.append(_prose_line(lines[i], base, links))
        i += 1
    text = finish(out)
    return Cleaned(text, tuple(links.terms + see_also + pointer_target(text)))


# "See *Interpolation*.": a whole body that only sends the reader to another entry (a name,
# so not "see below").
_SEE_ONLY = re.compile(r"^[Ss]ee\s+(?!also\b)(?P<name>[^\s.,;:a-z][^\n.,;:]{0,80}?)\s*\.?$")
_POINTER_WORDS = 8


def pointer_target(text: str) -> list[str]:
    """The entry a one-line ``See X.`` body points to (its text stays the body)."""
    match = _SEE_ONLY.match(text.strip())
    name = " ".join(match.group("name").strip("*_ ").split()) if match else ""
    return [name] if name and len(name.split()) <= _POINTER_WORDS else []


# A list item that is one link to another site and nothing else: "* [Title](https://...)".
_LINK_ITEM = re.compile(
    r"^\s*[-*+]\s+\[[^\[\]\n]+\]\(https?://[^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)\s*$"
)


def _reading_list_start(lines: Sequence[str], in_code: Sequence[bool]) -> int:
    """Where a reading list that ends the body starts (``len(lines)`` if it has none).

    A list of links to other sites after the definition (``* [Calculus on Computational
    Graphs: Backpropagation](http://...)``) names further reading, not the term: its link
    texts read as sentences of the answer. A body that is only such a list keeps it.
    """
    end = len(lines)
    while end and not lines[end - 1].strip() and not in_code[end - 1]:
        end -= 1
    start = end
    while start and not in_code[start - 1] and _LINK_ITEM.match(lines[start - 1]):
        start -= 1
    if start == end:
        return len(lines)
    before = [
        line
        for line, code in zip(lines[:start], in_code[:start], strict=True)
        if line.strip() or code
    ]
    return start if before else len(lines)


# An HTML line break inside a data value ("Welpen: Groen<br>Scouts: Beige") ends its line.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def markdown_text(value: str) -> str:
    """A Markdown string held in a data file (YAML/JSON value) as entry text."""
    lines = prepare(_BREAK.sub("\n", value) if "<" in value else value)
    cleaned = clean_markdown(lines, code_mask(lines)).text.split("\n")
    return "\n".join(unescape(line) for line in cleaned)


def _prose_line(raw: str, base: int, links: LinkCollector) -> str:
    line = raw.expandtabs(4)
    line = line[base:] if line[:base].isspace() else line.lstrip()
    line = _BLOCKQUOTE.sub(r"\1", line)
    if _REF_DEFINITION.match(line) or _FOOTNOTE_DEFINITION.match(line):
        return ""
    text, _ = clean_inline(line, links)
    if not text.strip():
        return ""
    body = text.lstrip(" ")
    return text[: len(text) - len(body)] + SPACES.sub(" ", body)


# Lines that only mark up the page: an attribute block (``{#alos}`` before a heading, MyST /
# Pandoc / kramdown; ``{#mad}}`` with a stray brace too) or a thematic break (``---``).
_MARKUP_ONLY = re.compile(
    r"^\s*\{[#.:][^{}]*\}\}?\s*$|^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$"
    # a line of note-app tags only (Obsidian, Bear: ``#rl #ml/basics``, ``#genAI, #rl``);
    # the gaps are written so a run of blanks splits one way only (``[ \t]*,?[ \t]+``
    # matched the same lines but backtracked exponentially on a long line that fails)
    r"|^\s*#[^\W\d_][\w/-]*(?:(?:[ \t]*,[ \t]+|[ \t]+)#[^\W\d_][\w/-]*)*(?:[ \t]*,)?[ \t]*$"
    # a MyST target label before a heading: ``(wc-plains-cree)=``
    r"|^\s*\([\w.:-]+\)=\s*$"
)
# A MyST directive that renders navigation, not text: ```{contents}, ```{toctree}.
_NAV_DIRECTIVE = re.compile(r"^\s*(?:`{3,}|~{3,}|:{3,})\s*\{(?:contents|toctree|tableofcontents)\}")


def _is_toc_marker(lines: Sequence[str], i: int) -> bool:
    stripped = lines[i].strip()
    if stripped.startswith("{:toc"):
        return True
    return (
        bool(_TOC_MARKER.match(lines[i]))
        and i + 1 < len(lines)
        and (lines[i + 1].strip().startswith("{:toc"))
    )


def _prose_indent(lines: Sequence[str], in_code: Sequence[bool]) -> int:
    indents = []
    for line, code in zip(lines, in_code, strict=True):
        if code or not line.strip():
            continue
        expanded = line.expandtabs(4)
        indents.append(len(expanded) - len(expanded.lstrip(" ")))
    return min(indents, default=0)


def shorten(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
