"""A MediaWiki page's source (``.mediawiki``, ``.wiki``) made ready for wiki_markup.py.

mwparserfromhell parses the page; what a reader of the rendered page never sees as text
goes: templates (``{{Historical}}``, ``{{wikipedia|...}}`` between sections, which a line
reader would give to the section above), comments (one after a heading's closing ``===``
hid the heading), ``<ref>`` notes, magic words (``__NOTOC__``) and category, file and
interlanguage links. Each removal leaves its newlines, so line numbers hold. Then the lines
MediaWiki reads its own way: ``# item`` is a numbered item (not a Markdown heading) and an
indented ``:text`` line outside a ``; term`` is a list line (``:[[I-frame]]: A full ...``
inside "Frame types"). A bracketed link shows its text: ``[https://... the page]`` and a
link to an anchor of the page, ``[#lasi Lasi]``, become Markdown links (``[Lasi](#lasi)``).
wiki_markup.py then makes headings, bold and definition lists Markdown, as for a page
sniffed as wiki markup.
"""

from __future__ import annotations

import re
from typing import Any

_SUFFIXES = (".mediawiki", ".wiki")
_MAGIC_WORD = re.compile(r"__[A-Z]+__")
_HIDDEN_LINK = re.compile(r"^\s*(?:category|file|image|media|[a-z]{2,3}(?:-[a-z]+)?)\s*:", re.I)
_HIDDEN_TAGS = frozenset(("ref", "references", "gallery", "noinclude", "templatedata"))
_NUMBERED = re.compile(r"^(#+)[ \t]*(?=\S)")
_INDENTED = re.compile(r"^(:+)[ \t]*(?=\S)")
# ''italic'' (not a run of three or more, which is bold or an apostrophe before bold).
_ITALIC = re.compile(r"(?<!')''(?!')(.+?)(?<!')''(?!')")
_WORD = re.compile(r"[A-Za-z][\w.+-]{0,30}")
_GLOSSARY_TEMPLATES = {"term": ";", "defn": ":"}
# "[#lasi Lasi]": a link to an anchor of the page, written as an external link; its text shows.
_ANCHOR_LINK = re.compile(r"\[(#[^\s\[\]]+)[ \t]+([^\[\]\n]+?)[ \t]*\]")


def is_mediawiki(file: str) -> bool:
    return file.lower().endswith(_SUFFIXES)


def mediawiki_source(text: str) -> str:
    """The page without its hidden parts, lists in Markdown's terms; lines kept."""
    import mwparserfromhell

    nodes = mwparserfromhell.parse(text, skip_style_tags=True).nodes
    shown = "".join(_shown(node, _inline(nodes, n)) for n, node in enumerate(nodes))
    shown = _ANCHOR_LINK.sub(r"[\2](\1)", _MAGIC_WORD.sub("", shown))
    lines = _list_lines(shown.split("\n"))
    return "\n".join(_ITALIC.sub(r"*\1*", line) if "''" in line else line for line in lines)


def _inline(nodes: Any, n: int) -> bool:
    """Whether the node stands inside a line of text (words on both sides)."""
    before = str(nodes[n - 1]) if n else ""
    after = str(nodes[n + 1]) if n + 1 < len(nodes) else ""
    return (
        bool(before.rstrip(" \t"))
        and not before.endswith("\n")
        and bool(after.strip(" \t"))
        and not after.startswith("\n")
    )


def _shown(node: Any, inline: bool) -> str:
    from mwparserfromhell.nodes import Comment, ExternalLink, Heading, Tag, Template, Wikilink

    if isinstance(node, Template):
        return _template(node, inline)
    if isinstance(node, Comment) or (
        isinstance(node, Wikilink) and _HIDDEN_LINK.match(str(node.title))
    ):
        return _newlines(node)
    if isinstance(node, Tag) and str(node.tag).lower() in _HIDDEN_TAGS:
        return _newlines(node)
    if isinstance(node, ExternalLink) and node.brackets and node.title:
        return f"[{str(node.title).strip()}]({node.url})"  # "[https://... text]": the text
    if isinstance(node, Heading):
        marks = "=" * node.level
        title = "".join(_shown(n, True) for n in node.title.nodes).strip()
        return f"{marks} {title} {marks}"
    return str(node)


def _newlines(node: Any) -> str:
    return "\n" * str(node).count("\n")


def _template(node: Any, inline: bool) -> str:
    """A glossary template as a definition line; a bare one inside a sentence, its name.

    Wikipedia's glossary templates (``{{term|Aperture}}`` over ``{{defn|The opening
    ...}}``) are the page's ``; term`` and ``: text`` lines; a template with no arguments
    between words (``applications like {{VLC}} that``) stands for its words; any other
    (page notices, ``{{wikipedia|...}}`` boxes, citations) shows no text of the entry.
    """
    name = str(node.name).strip()
    key = name.lower()
    if key in _GLOSSARY_TEMPLATES:
        value = _argument(node, key)
        return f"{_GLOSSARY_TEMPLATES[key]} {value}" + _newlines(node) if value else _newlines(node)
    if inline and not node.params and _WORD.fullmatch(name):
        return name
    return _newlines(node)


def _argument(node: Any, key: str) -> str:
    """The term or definition a glossary template holds (``1=``, ``term=``, ``defn=``)."""
    for param in node.params:
        if str(param.name).strip().lower() in ("1", key):
            return " ".join(str(param.value).split())
    return ""


def _list_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_term = False  # ": text" lines under a "; term" are its text (wiki_markup.py)
    for line in lines:
        if line.startswith(";"):
            in_term = True
        elif not line.startswith(":"):
            in_term = False
        if numbered := _NUMBERED.match(line):
            line = "   " * (len(numbered.group(1)) - 1) + "1. " + line[numbered.end() :]
        elif not in_term and (indented := _INDENTED.match(line)):
            line = "  " * (len(indented.group(1)) - 1) + "- " + line[indented.end() :]
        out.append(line)
    return out
