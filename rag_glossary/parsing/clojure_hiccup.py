"""Hiccup, Clojure's HTML as data: ``[:p "An " [:em "atom"] " is ..."]`` rendered to the HTML
it stands for (``<p>An <em>atom</em> is ...</p>``), as hiccup / reagent / rum render it.

``[:tag attrs? & children]``: the tag may carry an id and classes (``:dt#breaking``,
``:ul.charities``), ``attrs`` is a map, children are strings, numbers, nested elements or
lists of them; ``nil`` renders as nothing. A vector is Hiccup only when its first item is
an HTML element's name and every child renders.
"""

from __future__ import annotations

import html
import re

from rag_glossary.parsing.source_tokens import NOT_DATA

_TAG = re.compile(r"([a-z][a-z0-9]*)((?:[#.][\w-]+)*)")
_ELEMENTS = frozenset(
    (
        "a", "abbr", "address", "article", "aside", "b", "blockquote", "br", "caption",
        "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img",
        "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "s", "samp",
        "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "th", "thead", "tr", "u", "ul", "var",
    )
)  # fmt: skip
_VOID = frozenset(("br", "hr", "img"))


class Keyword(str):
    """A keyword value's name without its colon (``:asOf`` -> ``asOf``)."""

    __slots__ = ()


class Markup(str):
    """HTML rendered from Hiccup: a child that is not escaped again."""

    __slots__ = ()


def hiccup_html(items: list[object]) -> Markup | None:
    """The HTML of a Hiccup element given as its vector's items, or None if it is none."""
    if not items or not isinstance(items[0], Keyword):
        return None
    tag = _TAG.fullmatch(items[0])
    if tag is None or tag.group(1) not in _ELEMENTS:
        return None
    attrs, children = items[1:2], items[1:]
    attributes = _attributes(tag.group(2), attrs[0] if attrs and isinstance(attrs[0], dict) else {})
    if attrs and isinstance(attrs[0], dict):
        children = items[2:]
    inner = [_child(c) for c in children if c is not NOT_DATA]  # code renders as nothing
    if any(part is None for part in inner):
        return None
    name = tag.group(1)
    if name in _VOID:
        return Markup(f"<{name}{attributes}>")
    if not any(inner):
        return None
    return Markup(f"<{name}{attributes}>{''.join(p for p in inner if p)}</{name}>")


def _attributes(shorthand: str, attrs: dict[object, object]) -> str:
    ids = [p[1:] for p in re.findall(r"[#.][\w-]+", shorthand) if p[0] == "#"]
    classes = [p[1:] for p in re.findall(r"[#.][\w-]+", shorthand) if p[0] == "."]
    found = {"id": ids[0]} if ids else {}
    if classes:
        found["class"] = " ".join(classes)
    for key, value in attrs.items():
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            found.setdefault(str(key), str(value))
    return "".join(f' {k}="{html.escape(v)}"' for k, v in found.items())


def _child(child: object) -> str | None:
    if child is None:
        return ""
    if isinstance(child, Keyword):
        return None
    if isinstance(child, str):
        return child if isinstance(child, Markup) else html.escape(child, quote=False)
    if isinstance(child, int | float) and not isinstance(child, bool):
        return str(child)
    if isinstance(child, list):
        parts = [
            _child(c) for c in child if c is not NOT_DATA
        ]  # a seq of children (a for's result)
        return None if any(p is None for p in parts) else "".join(p for p in parts if p)
    return None
