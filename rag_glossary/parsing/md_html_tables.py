"""A raw HTML term table inside a Markdown page (Jekyll posts: ``<table>`` ... ``</table>``).

A page whose glossary is one HTML table (a ``Term | Explanation`` header, then one
``<tr><td>term</td><td>definition</td></tr>`` per term) was read by the Markdown
dialects as paragraphs split at blank lines, several rows to an entry, entities and
all. A two-column table whose first column holds short unique names is read one entry
per row: the first cell the title (its slug the anchor), the second the text (entities
decoded, ``<br>`` a line break, a link its text). A link to a row of the table
(``See <a href="#rit">RIT</a>``) names that row's term as see-also. A row without a
definition is a stub, as an empty ``<dd>`` or table cell is elsewhere. A header that
names its columns (fields.py: Term, Definition, Explanation, ...) makes it a term table;
without one the names must not be numbers and most rows need text of a few words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.base import Section, acronym_aliases, slash_aliases
from rag_glossary.parsing.clean import pointer_target
from rag_glossary.parsing.fields import FieldSpec, find_columns

_MIN_ROWS = 3
_MAX_TERM_WORDS = 12
_MIN_MEAN_WORDS = 2
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}


def table_terms(html: str, start: int) -> list[Section]:
    """The entries of a term table (``html``: the block's lines, the first at ``start``),
    or [] when it is not one."""
    from bs4 import BeautifulSoup  # only for pages that hold such a block

    # Leading newlines make the parser's line numbers the file's own.
    soup = BeautifulSoup("\n" * start + html, "html.parser")
    table = soup.find("table")
    return term_table(table) if table is not None else []


def term_table(table: Any) -> list[Section]:
    """The entries of one ``<table>`` element, or [] when it is no term table."""
    if table.find("table") is not None:
        return []
    rows = [r for r in table.find_all("tr") if r.find(["td", "th"])]
    header: list[str] = []
    if rows and all(c.name == "th" for c in _cells(rows[0])):
        header = [_text(c) for c in _cells(rows[0])]
        rows = rows[1:]
    cells = [_cells(r) for r in rows]
    if len(cells) < _MIN_ROWS or any(len(c) != 2 for c in cells):
        return []
    pairs = [(c[0], c[1]) for c in cells]
    if not _term_table(header, [(_title(t), _text(d)) for t, d in pairs]):
        return []
    targets = _row_titles(pairs)
    sections = [_section(term, text, targets) for term, text in pairs]
    return [s for s in sections if s is not None]


def _cells(row: Any) -> list[Any]:
    return list(row.find_all(["td", "th"], recursive=False))


def _term_table(header: Sequence[str], pairs: Sequence[tuple[str, str]]) -> bool:
    names = [name for name, _ in pairs if name]
    texts = [text for _, text in pairs if text]
    if len(names) < len(pairs) or len({n.casefold() for n in names}) * 10 < len(names) * 9:
        return False
    if any(len(n.split()) > _MAX_TERM_WORDS for n in names) or len(texts) * 2 < len(pairs):
        return False
    cols = find_columns(list(header), FieldSpec()) if len(header) == 2 else None
    if cols is not None and (cols.term, cols.definition) == (header[0], header[1]):
        return True
    numeric = sum(not any(ch.isalpha() for ch in n) for n in names)
    mean = sum(len(t.split()) for t in texts) / len(texts)
    return numeric * 5 <= len(names) and mean >= _MIN_MEAN_WORDS


def _row_titles(pairs: Sequence[tuple[Any, Any]]) -> dict[str, str]:
    """Each ``id`` a row carries (on the row or its term cell) -> that row's title."""
    out: dict[str, str] = {}
    for term, _ in pairs:
        for node in (term, term.parent):
            if node is not None and node.get("id"):
                out.setdefault(str(node["id"]), _title(term))
    return out


def _section(term: Any, text_cell: Any, targets: dict[str, str]) -> Section | None:
    title = _title(term)
    if not title:
        return None
    body = _text(text_cell)
    linked = [_link_term(a, targets) for a in text_cell.find_all("a", href=True)]
    see_also = [t for t in linked if t and t.casefold() != title.casefold()]
    return Section(
        title=title,
        line=int(getattr(term, "sourceline", None) or 1),
        body=body,
        aliases=[*acronym_aliases(title), *slash_aliases(title)],
        # "See <a href="#coaxc">Coaxial cable</a> below": the link names the pointer's target
        see_also=list(dict.fromkeys(see_also or pointer_target(body))),
        slug_text=title,
    )


def _link_term(link: Any, targets: dict[str, str]) -> str:
    """The term an in-page link names: the title of the row its ``#id`` marks, else its text."""
    href = str(link["href"]).strip()
    if not href.startswith("#"):
        return ""
    return targets.get(href[1:]) or " ".join(link.get_text(" ").split())


def _title(cell: Any) -> str:
    """The term cell's text, without quotes around all of it (``“Bambi”``)."""
    title = " ".join(_text(cell).split())
    if len(title) > 2 and _QUOTES.get(title[0]) == title[-1]:
        inner = title[1:-1].strip()
        if not any(q in inner for q in (title[0], title[-1])):
            return inner
    return title


def _text(node: Any) -> str:
    from rag_glossary.parsing.html_page import text_of

    return text_of(node)
