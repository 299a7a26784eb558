"""Where html.parser builds another tree than a browser does, and how a page's term
element carries a navigation letter.

html.parser closes an element only at its own end tag. A browser (the HTML5 tree
builder) also closes an open ``<dd>``/``<dt>`` when the next ``<dt>``/``<dd>`` starts,
through any ``<p>``, ``<div>`` or inline element still open. A page whose ``</dd>`` is
lost (``</p`` + newline + ``</dd>``: the tokenizer reads ``</dd>`` as junk inside the
``</p`` tag, a browser and html.parser alike) otherwise nests every later term inside
that definition, whose text then runs on through the rest of the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rag_glossary.lazy_re import lazy_regex

_ITEMS = ("dt", "dd")
# Elements a <dt>/<dd> start tag does not close through (HTML5 "special" elements other
# than address, div and p): a list or table inside a definition keeps its own terms.
_SCOPE = frozenset(
    str.split(
        """
        dl ol ul li menu table caption tbody thead tfoot tr td th blockquote section article
        aside nav header footer main figure figcaption details summary fieldset form body
        html pre listing center dir h1 h2 h3 h4 h5 h6 template object applet marquee
        """
    )
)
# A letter (or "[A]", "A.") alone on the first line of a term element: the alphabet index.
_LETTER_LINE = lazy_regex(r"^\W{0,2}[^\W\d_]\W{0,2}$")


def close_open_items(soup: Any) -> None:
    """Move each ``<dt>``/``<dd>`` nested in an open ``<dd>``/``<dt>`` (and what follows it
    there) out after that item, as a browser's implied end tag does."""
    for item in soup.find_all(_ITEMS):
        owner = _open_item(item)
        if owner is not None:
            _move_after(item, owner)


def _open_item(item: Any) -> Any:
    for parent in item.parents:
        if parent.name in _ITEMS:
            return parent
        if parent.name in _SCOPE:
            return None
    return None


def _move_after(item: Any, owner: Any) -> None:
    """``item``, its later siblings, then each ancestor's later siblings up to ``owner``,
    in reading order, become ``owner``'s next siblings."""
    moved: list[Any] = [item, *item.next_siblings]
    node = item.parent
    while node is not None and node is not owner:
        moved.extend(node.next_siblings)
        node = node.parent
    anchor = owner
    for piece in moved:
        piece.extract()
        anchor.insert_after(piece)
        anchor = piece


def without_letter_line(text: str) -> str:
    """A term element's text without an alphabet letter on a line of its own before the
    term (``<span>A</span><br />à la minute``): that letter heads the page's A section."""
    first, newline, rest = text.partition("\n")
    return rest if newline and rest.strip() and _LETTER_LINE.match(first.strip()) else text


# A table holding these is page layout around the glossary, not a table of an entry.
_LAYOUT = ("dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol")


def tables_as_rows(soup: Any, text_of: Callable[[Any], str]) -> None:
    """Each data table (two rows, two columns or more) as Markdown pipe rows, one row a
    line with its cells apart: a table flattened into words runs its rows together."""
    for table in reversed(soup.find_all("table")):
        rows = _rows(table, text_of)
        if table.find(_LAYOUT) or len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        width = max(len(r) for r in rows)
        first = _first_cells(table)
        header = rows.pop(0) if first and all(c.name == "th" for c in first) else []
        lines = [_pipe_row(header, width), _pipe_row(["---"] * width, width)]
        lines.extend(_pipe_row(r, width) for r in rows)
        block = soup.new_tag("div")
        for line in lines:
            para = soup.new_tag("p")
            para.string = line
            block.append(para)
        table.replace_with(block)


def _rows(table: Any, text_of: Callable[[Any], str]) -> list[list[str]]:
    """Cells grouped by their row; cells outside any ``<tr>`` (a lost ``<tr>``) are a row
    of their own, as a browser makes them."""
    rows: list[list[str]] = []
    last: Any = False
    for cell in table.find_all(["th", "td"]):
        row = next((p for p in cell.parents if p.name in ("tr", "table")), None)
        key = row if row is not None and row.name == "tr" else None
        if key is not last:
            rows.append([])
            last = key
        rows[-1].append(" ".join(text_of(cell).split()).replace("|", "\\|"))
    return [r for r in rows if any(r)]


def _first_cells(table: Any) -> list[Any]:
    first = table.find("tr")
    return first.find_all(["th", "td"]) if first is not None else []


def _pipe_row(cells: list[str], width: int) -> str:
    padded = [*cells, *[""] * (width - len(cells))]
    return "| " + " | ".join(padded) + " |"
