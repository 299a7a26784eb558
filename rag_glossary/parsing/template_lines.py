"""One line of a HAML, Slim or Pug template as the HTML it renders (indent_markup.py nests
the lines).

An element line is a tag (HAML ``%p``, Slim / Pug ``p``; a bare ``.class`` / ``#id`` is a
``<div>``), its ``.class`` / ``#id`` shorthand, its attributes (a Ruby hash or JavaScript
object ``{href: "x", :target => "_blank"}``, HTML-style ``(href="x" target='_blank')``, Slim's
bare ``href="x"``; only literal values are kept), then its inline text, or ``=`` and an
expression (no text: code is never run). Slim's and Pug's ``tag: child`` nests a child on
the same line, Pug's ``#[em text]`` an element inside text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.indent_markup import (
    DROP,
    Node,
    balanced_end,
    open_tag,
    parse_indented,
    without_code,
)

_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr")
)  # fmt: skip
_SHORTHAND = re.compile(r"(?:[.#][\w-]+)*")
_STRING = r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_HASH_PAIR = re.compile(r""":?["']?([A-Za-z_@][\w:.-]*)["']?\s*(?:=>|:)\s*""" + _STRING)
_HTML_PAIR = re.compile(r"([A-Za-z_@:][\w:.@-]*)\s*=\s*" + _STRING)
_BARE_PAIR = re.compile(r"\s+([A-Za-z_][\w:-]*)=(" + _STRING[1:-1] + r"|[^\s\"'=]+)")
_FILTERS = {
    **dict.fromkeys(("markdown", "maruku", "kramdown", "redcarpet", "markdown-it"), "markdown"),
    **dict.fromkeys(("plain", "preserve", "cdata", "text"), "text"),
    "escaped": "escaped",
    "javascript": "script",
}
# Code lines: HAML's ``- x`` / ``= x`` / ``~ x`` / ``!= x`` / ``&= x``; Slim's ``==``. After
# a tag, only an output expression (``%dd= t('x')``, ``p== x``).
_CODE = re.compile(r"-|==?|~|!=|&=")
_OUTPUT = re.compile(r"==?|~|!=|&=")
_HAML_TAG = re.compile(r"%([\w:-]+)|(?=[.#][\w-])")
_WORD_TAG = re.compile(r"([A-Za-z][\w-]*(?::[A-Za-z][\w-]*)*)(?![\w-])|(?=[.#][\w-])")
_PUG_WORDS = frozenset(
    ("if", "else", "unless", "each", "for", "while", "case", "when", "default", "block",
     "append", "prepend", "extends", "include", "mixin", "yield", "doctype")
)  # fmt: skip
_SLIM_ENGINE = re.compile(r"([a-z][\w-]*):$")
_PUG_INLINE = re.compile(r"#\[")
_NESTED_TAG = re.compile(r"#\[[^\s\]]*\s?")


def haml_line(content: str) -> Node:
    if content.startswith(("-#", "/")):
        return Node(block=DROP)  # a HAML comment, an HTML comment: neither is shown
    if content.startswith(":"):
        return Node(block=_FILTERS.get(content[1:].strip(), DROP))
    if content.startswith("!!!") or _CODE.match(content):
        return Node()
    if content.startswith("\\"):
        return Node(open=without_code(content[1:]))
    if content.startswith(("& ", "! ")):
        return Node(open=without_code(content[2:]))
    tag = _HAML_TAG.match(content)
    if tag is None:
        return Node(open=without_code(content))
    return _element(content, tag.group(1) or "div", tag.end(), haml=True)


def slim_line(content: str) -> Node:
    if content.startswith("/"):
        return Node(block=DROP)  # "/ note", "/! html comment"
    if content[0] in "|'":
        text = without_code(content[1:].lstrip()) + (" " if content[0] == "'" else "")
        return Node(open=text, block="text")  # nested lines continue the text
    if content.startswith("<"):
        return Node(open=content)
    engine = _SLIM_ENGINE.fullmatch(content)
    if engine:
        return Node(block=_FILTERS.get(engine.group(1), DROP))
    if _CODE.match(content) or content.startswith("doctype"):
        return Node()
    tag = _WORD_TAG.match(content)
    if tag is None:
        return Node(open=without_code(content))
    return _element(content, tag.group(1) or "div", tag.end(), bare_attributes=True)


def pug_line(content: str) -> Node:
    if content.startswith("//"):
        return Node(block=DROP)
    if content.startswith("|"):
        return Node(open=_pug_text(content[1:].lstrip()))
    if content.startswith("<"):
        return Node(open=content)
    if content.startswith(":"):
        return Node(block=_FILTERS.get(content[1:].split("(")[0].strip(), DROP))
    word = content.split(None, 1)[0].rstrip(":")
    if _CODE.match(content) or content.startswith("+") or word in _PUG_WORDS:
        return Node()
    tag = _WORD_TAG.match(content)
    if tag is None:
        return Node(open=_pug_text(content))
    return _element(content, tag.group(1) or "div", tag.end(), pug=True)


def _element(
    content: str,
    name: str,
    at: int,
    *,
    haml: bool = False,
    bare_attributes: bool = False,
    pug: bool = False,
) -> Node:
    shorthand = _SHORTHAND.match(content, at)
    attributes: dict[str, str] = {}
    for part in re.findall(r"[.#][\w-]+", shorthand.group(0) if shorthand else ""):
        key = "id" if part[0] == "#" else "class"
        attributes[key] = f"{attributes[key]} {part[1:]}" if key in attributes else part[1:]
    at = shorthand.end() if shorthand else at
    while at < len(content) and content[at] in "{([":
        end = balanced_end(content, at)
        end = len(content) if end < 0 else end
        group = content[at:end]
        pairs = _HTML_PAIR if group[0] == "(" else _HASH_PAIR if group[0] == "{" else None
        for key, value in pairs.findall(group) if pairs else ():
            attributes.setdefault(key, without_code(value[1:-1]))
        at = end
    while bare_attributes and (pair := _BARE_PAIR.match(content, at)):
        value = pair.group(2)
        if value[:1] in "\"'":
            attributes.setdefault(pair.group(1), without_code(value[1:-1]))
        at = pair.end()
    rest = content[at:]
    if pug and rest.startswith("&attributes"):
        end = balanced_end(rest, rest.find("(")) if "(" in rest else -1
        rest = rest[end:] if end > 0 else ""
    rest = rest.lstrip("<>") if haml or bare_attributes else rest
    void = name.lower() in _VOID or rest.startswith("/")
    opened = open_tag(name, attributes, void)
    if void:
        return Node(open=opened)
    close = f"</{name}>"
    if pug and rest == ".":
        return Node(open=opened, close=close, block="text")
    if not haml and rest.startswith(":") and rest[1:2] in (" ", "\t"):
        child = (pug_line if pug else slim_line)(rest[1:].strip())
        return Node(open=opened + child.open, close=child.close + close, block=child.block)
    if _OUTPUT.match(rest.lstrip() if bare_attributes else rest):
        return Node(open=opened, close=close)  # "%dd= t('x')": an expression, not text
    text = rest.strip()
    return Node(open=opened + (_pug_text(text) if pug else without_code(text)), close=close)


def _pug_text(text: str) -> str:
    """Pug text with its ``#[tag text]`` elements rendered."""
    parts, at = [], 0
    for found in _PUG_INLINE.finditer(text):
        if found.start() < at:
            continue
        end = balanced_end(text, found.end() - 1)
        if end < 0:
            break  # an unclosed "#[": the rest is text
        inside = text[found.end() : end - 1].strip()
        if _PUG_INLINE.search(inside):  # nested ones give their text, not their tags
            inside = _NESTED_TAG.sub("", inside).replace("]", "")
        inner = pug_line(inside or "span")
        parts.append(without_code(text[at : found.start()]) + inner.open + inner.close)
        at = end
    return "".join(parts) + without_code(text[at:])


def _spans(content: str, after: Sequence[str], *, haml: bool = False) -> int:
    """How many of the following lines continue this one: an attribute group left open
    (``%a{href: "x",`` / ``a(href="x"``), HAML's ``|`` multiline, a code line's comma."""
    more = 0
    if haml and content.endswith(" |"):
        while more < len(after) and after[more].rstrip().endswith(" |"):
            more += 1
        return more
    joined = content
    while more < len(after) and more < 20 and _open_group(joined, haml):
        joined += " " + after[more].strip()
        more += 1
    return more if not _open_group(joined, haml) else 0


def _open_group(content: str, haml: bool) -> bool:
    if haml and content[:1] in "-=~" and content.endswith(","):
        return True
    tag = (_HAML_TAG if haml else _WORD_TAG).match(content)
    if tag is None or (haml and not content.startswith(("%", ".", "#"))):
        return False
    shorthand = _SHORTHAND.match(content, tag.end())
    at = shorthand.end() if shorthand else tag.end()
    while at < len(content) and content[at] in "{([":
        end = balanced_end(content, at)
        if end < 0:
            return True
        at = end
    return False


def parse_haml(text: str, source: str, spec: FieldSpec) -> Parsed:
    return parse_indented(text, source, spec, haml_line, partial(_spans, haml=True))


def parse_slim(text: str, source: str, spec: FieldSpec) -> Parsed:
    return parse_indented(text, source, spec, slim_line, _spans)


def parse_pug(text: str, source: str, spec: FieldSpec) -> Parsed:
    return parse_indented(text, source, spec, pug_line, _spans, _pug_text)
