"""The markup of a React/JSX (or TSX) component, as HTML for html_page.py to read.

A component that holds its glossary as markup, not data (``render() { return (<div>
<p>Acotamiento: ...</p> ...</div>); }``), is an HTML fragment inside code. Its markup runs
from the first element a ``return``, ``(`` or ``=>`` opens to the last ``>`` of the file;
``{...}`` expressions inside it are code (``{item.term}``, ``{/* note */}``) and go, so a
component that only maps data into ``<dt>{item.term}</dt>`` gives no terms. The code is
never run: a JSX parser would need a JavaScript toolchain, and the HTML reader already
tells a glossary page from any other page (a <dl>, headings, bold or "Term:" paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# An element opening a JSX expression: after "return", "(" or "=>", a tag or a fragment.
_JSX_START = re.compile(r"(?:\breturn|\(|=>)\s*(<(?:[A-Za-z][\w.:-]*|>)[\s/>])")
_QUOTE = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`""", re.S)


def jsx_markup(text: str) -> str | None:
    """The component's markup as an HTML fragment, or None when the file has none. The
    lines before the markup are kept blank, so each element keeps its line in the file."""
    start = _JSX_START.search(text)
    end = text.rfind(">")
    if start is None or end < start.start(1):
        return None
    before = "\n" * text.count("\n", 0, start.start(1))
    return before + _without_expressions(text[start.start(1) : end + 1])


def _without_expressions(markup: str) -> str:
    """``{...}`` groups removed, nested ones and strings inside them included."""
    kept, at = [], 0
    for start, end in expression_spans(markup):
        kept.append(markup[at:start])
        at = end
    return "".join(kept) + markup[at:]


def expression_spans(markup: str) -> Iterator[tuple[int, int]]:
    """Where each outermost ``{...}`` group of ``markup`` starts and ends, nested groups and
    strings inside it included (an unclosed one runs to the end)."""
    depth = start = at = 0
    while at < len(markup):
        ch = markup[at]
        if depth and ch in "'\"`" and (quoted := _QUOTE.match(markup, at)):
            at = quoted.end()
            continue
        if ch == "{":
            start = at if not depth else start
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if not depth:
                yield start, at + 1
        at += 1
    if depth:
        yield start, len(markup)
