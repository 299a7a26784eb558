"""Org-mode (``.org``): read as Markdown once its markup is rewritten line for line.

Org glossaries take the shapes Markdown ones do: ``* Term`` headings over their text,
``- Term :: definition`` description lists, ``*Term*: definition`` paragraphs. Rewritten
(``# Term``, ``- **Term**: definition``, ``**Term**: definition``), they go through the
Markdown dialects and their rules. Line for line, so every entry keeps its line number:

- a heading needs a space after its stars (``*Term*:`` at column 0 is bold text); its TODO
  keyword, priority and tags are not its title; a task (a TODO keyword) or ``COMMENT``
  heading and its subtree are no terms (a TODO list is no glossary), nor text;
- keywords (``#+TITLE:``, ``#+DATE:``; the title is kept as the page's title), comment
  lines (``# ...``), drawers (``:PROPERTIES:`` .. ``:END:``), planning lines and rules
  (``-----``) are blanked;
- ``#+BEGIN_SRC``/``EXAMPLE`` blocks are code fences, ``QUOTE`` a block quote, ``COMMENT``
  and ``EXPORT`` blocks go, other blocks (``CENTER``) keep their text;
- inline: ``*bold*``, ``/italic/``, ``=verbatim=``/``~code~`` (as code), ``_underline_``
  (markers dropped), ``+strike+``, by Org's rules for where a marker may open and close;
  ``[[url][text]]`` links; an in-file link (``[[Term]]``, ``[[*Heading]]``,
  ``[[#id][text]]``) as a Markdown in-page link; footnotes as Markdown footnotes;
- tables: the rule under the first row is a Markdown delimiter row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag_glossary.parsing.slug import slugify

ORG_SUFFIXES = (".org",)
_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)[ \t]*$")
_EMPTY_HEADING = re.compile(r"^\*+[ \t]*$")
_TAGS = re.compile(r"[ \t]+:(?:[\w@#%]+:)+$")
_PRIORITY = re.compile(r"^\[#[A-Za-z0-9]\][ \t]*")
_COOKIE = re.compile(r"[ \t]*\[(?:\d*%|\d*/\d*)\]")
_KEYWORD = re.compile(r"^[ \t]*#\+(\w+):[ \t]*(.*?)[ \t]*$")
_DIRECTIVE = re.compile(r"^[ \t]*#\+\S")
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_BLOCK_BEGIN = re.compile(r"^[ \t]*#\+begin_(\w+)[ \t]*(.*)$", re.IGNORECASE)
_DRAWER = re.compile(r"^[ \t]*:([\w-]+):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:end:[ \t]*$", re.IGNORECASE)
_PLANNING = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")
_RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
_SETEXT_LIKE = re.compile(r"^[ \t]*(?:=+|-{1,4})[ \t]*$")  # would underline the line above
_TABLE_RULE = re.compile(r"^[ \t]*\|-")
_TABLE_ROW = re.compile(r"^[ \t]*\|")
_FIXED_WIDTH = re.compile(r"^([ \t]*):(?:[ \t]|$)")
# "- Term :: definition" (a "*" bullet only when indented: at column 0 it is a heading)
_DESCRIPTION = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-+]|(?<=[ \t])\*|\d+[.)])[ \t]+"
    r"(?P<term>\S.*?)[ \t]+::(?:[ \t]+(?P<text>.*))?$"
)
_BULLET = re.compile(r"^(?P<indent>[ \t]+)\*(?=[ \t])")
_CHECKBOX = re.compile(r"^([ \t]*)(?:[-+]|(?<=[ \t])\*|\d+[.)])[ \t]+\[[ xX-]\](?:[ \t]|$)")
_DEFAULT_TODO = ("TODO", "DONE")
_TODO_KEYWORDS = ("todo", "seq_todo", "typ_todo")
_CODE_BLOCKS = ("src", "example")
_DROPPED_BLOCKS = ("comment", "export")
_ESCAPED = re.compile(r"^([ \t]*),(?=\*|#\+)")  # ",* not a heading" inside a block


def is_org(filename: str) -> bool:
    return filename.lower().endswith(ORG_SUFFIXES)


@dataclass(frozen=True)
class OrgText:
    """An Org file rewritten as Markdown, line for line, and its ``#+TITLE:``."""

    text: str
    title: str | None


def org_markdown(text: str) -> OrgText:
    lines = text.split("\n")
    todo = _todo_keywords(lines)
    keywords = (k for x in lines if (k := _KEYWORD.match(x)))
    title = _inline(next((k.group(2) for k in keywords if k.group(1).lower() == "title"), ""))
    if _task_list(lines, todo):
        return OrgText("\n" * (len(lines) - 1), title or None)
    out: list[str] = []
    i = 0
    while i < len(lines):
        converted = _convert(lines, i, todo, out)
        out.extend(converted)
        i += len(converted)
    return OrgText("\n".join(out), title or None)


def _convert(lines: list[str], i: int, todo: frozenset[str], before: list[str]) -> list[str]:
    """The Markdown lines of the element starting at line ``i`` (one or more lines)."""
    line = lines[i]
    if heading := _HEADING.match(line):
        end = _task_end(lines, i, heading, todo)
        return ["" for _ in range(end - i)] if end > i else [_heading(heading, todo)]
    if (block := _BLOCK_BEGIN.match(line)) and (end := _block_end(lines, i, block)) > i:
        return _block(lines[i : end + 1], block.group(1).lower(), block.group(2))
    if _DRAWER.match(line) and (end := _drawer_end(lines, i)) > i:
        return ["" for _ in range(end - i + 1)]
    if checkbox := _CHECKBOX.match(line):
        return ["" for _ in range(_item_end(lines, i, len(checkbox.group(1))) - i)]
    if _EMPTY_HEADING.match(line) or _KEYWORD.match(line):
        return [""]
    return [_line(line, before)]


def _task_list(lines: list[str], todo: frozenset[str]) -> bool:
    """Most headings are tasks (a TODO keyword): a to-do list, whose headings are no terms."""
    headings = [h for x in lines if (h := _HEADING.match(x))]
    tasks = sum(1 for h in headings if _task(h, todo))
    return tasks * 2 > len(headings)


def _item_end(lines: list[str], i: int, indent: int) -> int:
    """The line after a list item: its continuation lines are indented deeper than its bullet."""
    end = i + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    while end > i + 1 and not lines[end - 1].strip():
        end -= 1  # blank lines after the item are not its own
    return end


def _todo_keywords(lines: list[str]) -> frozenset[str]:
    """TODO keywords: Org's defaults and those a ``#+TODO:`` line declares."""
    found = set(_DEFAULT_TODO)
    for line in lines:
        keyword = _KEYWORD.match(line)
        if keyword and keyword.group(1).lower() in _TODO_KEYWORDS:
            found.update(w.split("(")[0] for w in keyword.group(2).split() if w != "|")
    return frozenset(found)


def _task_end(lines: list[str], i: int, heading: re.Match[str], todo: frozenset[str]) -> int:
    """The end of a task or COMMENT heading's subtree (``i`` when the heading is neither)."""
    if not _task(heading, todo):
        return i
    level = len(heading.group(1))
    end = i + 1
    while end < len(lines):
        deeper = _HEADING.match(lines[end])
        if deeper and len(deeper.group(1)) <= level:
            break
        end += 1
    return end


def _task(heading: re.Match[str], todo: frozenset[str]) -> bool:
    """A task (``* TODO Write it``) or a commented-out subtree (``* COMMENT ...``)."""
    words = heading.group(2).split(maxsplit=1)
    return len(words) == 2 and (words[0] in todo or words[0] == "COMMENT")


def _heading(heading: re.Match[str], todo: frozenset[str]) -> str:
    title = _TAGS.sub("", heading.group(2))
    words = title.split(maxsplit=1)
    if words and words[0] in todo:
        title = words[1] if len(words) > 1 else ""
    title = _COOKIE.sub("", _PRIORITY.sub("", title)).strip()
    return "#" * min(len(heading.group(1)), 6) + " " + _inline(title) if title else ""


def _block_end(lines: list[str], i: int, block: re.Match[str]) -> int:
    """The line of the block's ``#+END_NAME`` (``i`` when it never ends: no block)."""
    end = re.compile(rf"^[ \t]*#\+end_{re.escape(block.group(1))}[ \t]*$", re.IGNORECASE)
    return next((n for n in range(i + 1, len(lines)) if end.match(lines[n])), i)


def _block(lines: list[str], name: str, args: str) -> list[str]:
    inner = lines[1:-1]
    if name in _CODE_BLOCKS:
        language = args.split()[0] if name == "src" and args.split() else ""
        return [f"```{language}", *(_ESCAPED.sub(r"\1", x) for x in inner), "```"]
    if name in _DROPPED_BLOCKS:
        return ["" for _ in lines]
    if name == "quote":
        return ["", *(f"> {_inline(x.strip())}" if x.strip() else ">" for x in inner), ""]
    converted: list[str] = []
    for x in inner:
        converted.append(_line(x, converted))
    return ["", *converted, ""]


def _drawer_end(lines: list[str], i: int) -> int:
    """The line of the drawer's ``:END:`` (``i`` when a heading or the end comes first)."""
    for n in range(i + 1, len(lines)):
        if _DRAWER_END.match(lines[n]):
            return n
        if _HEADING.match(lines[n]):
            break
    return i


def _line(line: str, before: list[str]) -> str:
    line = line.rstrip().removesuffix("\\\\").rstrip()  # Org's hard line break
    if _COMMENT.match(line) or _DIRECTIVE.match(line) or _PLANNING.match(line):
        return ""
    if _RULE.match(line) or _SETEXT_LIKE.match(line):
        return ""
    if _TABLE_RULE.match(line):
        return _table_rule(line, before)
    if _TABLE_ROW.match(line):
        return _inline(line)
    if fixed := _FIXED_WIDTH.match(line):
        return fixed.group(1) + "    " + line[fixed.end() :]
    if item := _DESCRIPTION.match(line):
        term = _plain_term(item.group("term"))
        text = item.group("text") or ""
        return f"{item.group('indent')}- **{term}**:" + (f" {_inline(text)}" if text else "")
    if bullet := _BULLET.match(line):
        line = bullet.group("indent") + "-" + line[bullet.end() :]
    return _inline(line)


def _table_rule(line: str, before: list[str]) -> str:
    """``|---+---|`` under a table's first row is its delimiter row; elsewhere it goes."""
    above = before[-1] if before else ""
    first_row = above.lstrip().startswith("|") and not (
        len(before) > 1 and before[-2].lstrip().startswith("|")
    )
    if not first_row:
        return ""
    cells = max(above.strip().strip("|").count("|") + 1, 1)
    return "|" + "---|" * cells


def _plain_term(term: str) -> str:
    """A description list's term as plain text (its own emphasis markers dropped)."""
    text = _inline(term)
    return re.sub(r"\*\*|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", text).strip()


# --- inline markup ------------------------------------------------------------------

_LINK = re.compile(r"\[\[([^\[\]]+)\](?:\[([^\[\]]*)\])?\]")
_WEB = re.compile(r"(?:https?|ftp|mailto):", re.IGNORECASE)
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)
_PROTOCOL = re.compile(r"^[a-z][\w+-]*:", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[fn:([\w-]*)(?::[^\]]*)?\]")
_TARGET = re.compile(r"<<<?([^<>\n]+?)>>>?")
_MACRO = re.compile(r"\{\{\{[^{}\n]*\}\}\}")
# Org's emphasis: a marker opens after a line start, a space or one of -({'" and closes
# before a line end, a space or one of -.,:;!?')}["\ ; the text inside neither opens nor
# closes with a space.
_PRE = r"(?:^|(?<=[\s\-({'\"]))"
_POST = r"(?=[\s\-.,:;!?')}\[\"\\]|$)"


def _emphasis(marker: str, pre: str = _PRE, post: str = _POST) -> re.Pattern[str]:
    m = re.escape(marker)
    return re.compile(rf"{pre}{m}(?P<body>[^\s{m}](?:[^\n]*?[^\s])??){m}{post}")


_VERBATIM = (_emphasis("="), _emphasis("~"))
# in a string that mixes HTML with Org (``<li>=db.unique/value=: ...``) a tag bounds a span
_TAGGED_PRE = r"(?:^|(?<=[\s\-({'\">]))"
_TAGGED_POST = r"(?=[\s\-.,:;!?')}\[\"\\<]|$)"
_TAGGED_VERBATIM = tuple(_emphasis(m, _TAGGED_PRE, _TAGGED_POST) for m in "=~")
_UNDERLINE = _emphasis("_")
_STYLES = (
    (_UNDERLINE, r"\g<body>"),  # Markdown has no underline
    (_emphasis("*"), r"**\g<body>**"),
    (_emphasis("/"), r"*\g<body>*"),
    (_emphasis("+"), r"~~\g<body>~~"),
)


def _inline(text: str) -> str:
    """One line of Org text as Markdown text."""
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\x00{len(kept) - 1}\x00"

    text = _LINK.sub(lambda m: keep(_link(m.group(1), m.group(2))), text)
    for pattern in _VERBATIM:
        text = pattern.sub(lambda m: keep(_code(m.group("body"))), text)
    text = _MACRO.sub("", _TARGET.sub(lambda m: m.group(1) if m.group(0)[2] == "<" else "", text))
    text = _FOOTNOTE.sub(lambda m: f"[^{m.group(1)}]" if m.group(1) else "", text)
    for pattern, markdown in _STYLES:
        text = pattern.sub(markdown, text)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)


def _code(body: str) -> str:
    fence = "``" if "`" in body else "`"
    return f"{fence}{body}{fence}"


def _link(target: str, text: str | None) -> str:
    target = target.strip()
    if _WEB.match(target):
        if text:
            return f"[{_inline(text)}]({target})"
        return "" if _IMAGE.search(target) else f"<{target}>"
    if _PROTOCOL.match(target) and not target.startswith(("#", "*")):
        shown = text or target.split(":", 1)[1]  # file:, id:, doi:, info: ...
        return "" if _IMAGE.search(shown) and not text else _inline(shown)
    name = target.lstrip("*#").strip()
    anchor = name if target.startswith("#") else slugify(name)
    return f"[{_inline(text or name)}](#{anchor})"


def uses_org_code(text: str) -> bool:
    """Whether a string marks code as Org does (``=:db/unique=``, ``~true~``)."""
    return any(pattern.search(text) for pattern in _VERBATIM)


def org_plain(text: str) -> str:
    """Org's code spans and links in a string of another format, as the text they show:
    ``=x=`` / ``~x~`` their content, ``[[target][text]]`` its text (else its target).
    Emphasis is left as written: ``'*.txt'`` or a path's ``/x/`` would read as markup."""
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    for pattern in _TAGGED_VERBATIM:
        text = pattern.sub(lambda m: m.group("body"), text)
    return text
