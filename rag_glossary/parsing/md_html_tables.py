"""A raw HTML term table inside a Markdown page (Jekyll posts: ``<table>`` ... ``</table>``).

A page whose glossary is one HTML table (a ``Term | Explanation`` header, then one
``<tr><td>term</td><td>definition</td></tr>`` per term) was read by the Markdown
dialects as paragraphs split at blank lines, several rows to an entry, entities and
all. A two-column table whose first column holds short unique names is read one entry
per row: the first cell the title (its slug the anchor), the second the text (entities
decoded, ``<br>`` a line break, a link its text). A link to a row of the table
(``See <a href="#rit">RIT</a>``) names that row's term as see-also. A row without a
definition is a stub, as an empty ``<dd>`` or table cell is elsewhere. A header that
names a term and a definition column (fields.py: Term, Definition, Explanation, ...)
makes it a term table of any width, its other columns ``Header: value`` fields as a
pipe table's; without one the table has two columns, its names are not numbers and most
rows have text of a few words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bs4.element import NavigableString

from rag_glossary.parsing.base import Section, slash_aliases
from rag_glossary.parsing.clean import pointer_target
from rag_glossary.parsing.fields import Columns, FieldSpec, find_columns, section_of

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
    cols = _columns(header)
    width = len(header) if cols is not None else 2
    if len(cells) < _MIN_ROWS or any(len(c) != width for c in cells):
        return []
    keys = header if cols is not None else ["term", "definition"]
    term = keys.index(cols.term) if cols is not None and cols.term else 0
    text = keys.index(cols.definition) if cols is not None and cols.definition else 1
    pairs = [(_title(c[term]), _text(c[text])) for c in cells]
    if not _names(pairs) or (cols is None and not _named_rows(pairs)):
        return []
    columns = cols or Columns("term", "definition", None, None, None, None)
    targets = _row_titles([c[term] for c in cells])
    sections = [_section(c, keys, columns, term, text, targets) for c in cells]
    return [s for s in sections if s is not None]


def _cells(row: Any) -> list[Any]:
    return list(row.find_all(["td", "th"], recursive=False))


def _columns(header: Sequence[str]) -> Columns | None:
    """The header's columns when it names a term and a definition column (fields.py)."""
    if len(header) < 2:
        return None
    cols = find_columns(list(header), FieldSpec())
    return cols if cols.term is not None and cols.definition is not None else None


def _names(pairs: Sequence[tuple[str, str]]) -> bool:
    """Every row has a short name, nearly all of them its own, and most have text."""
    names = [name for name, _ in pairs if name]
    if len(names) < len(pairs) or len({n.casefold() for n in names}) * 10 < len(names) * 9:
        return False
    texts = sum(1 for _, text in pairs if text)
    return all(len(n.split()) <= _MAX_TERM_WORDS for n in names) and texts * 2 >= len(pairs)


def _named_rows(pairs: Sequence[tuple[str, str]]) -> bool:
    """Without a header naming them: names that are not numbers beside text of some words."""
    texts = [text for _, text in pairs if text]
    numeric = sum(not any(ch.isalpha() for ch in name) for name, _ in pairs)
    mean = sum(len(t.split()) for t in texts) / len(texts)
    return numeric * 5 <= len(pairs) and mean >= _MIN_MEAN_WORDS


def _row_titles(terms: Sequence[Any]) -> dict[str, str]:
    """Each ``id`` a row carries (on the row or its term cell) -> that row's title."""
    out: dict[str, str] = {}
    for term in terms:
        for node in (term, term.parent):
            if node is not None and node.get("id"):
                out.setdefault(str(node["id"]), _title(term))
    return out


def _section(
    cells: Sequence[Any],
    keys: Sequence[str],
    cols: Columns,
    term: int,
    text: int,
    targets: dict[str, str],
) -> Section | None:
    title = _title(cells[term])
    for cell in cells:
        _drop_source_links(cell)
    record = {key: _text(cell) for key, cell in zip(keys, cells, strict=True)}
    section = section_of(record, cols, int(getattr(cells[term], "sourceline", None) or 1), title)
    if section is None:
        return None
    linked = [_link_term(a, targets) for a in cells[text].find_all("a", href=True)]
    see_also = [t for t in linked if t and t.casefold() != title.casefold()]
    # "See <a href="#coaxc">Coaxial cable</a> below": the link names the pointer's target
    section.see_also = list(
        dict.fromkeys([*section.see_also, *(see_also or pointer_target(section.body))])
    )
    section.aliases = list(dict.fromkeys([*section.aliases, *slash_aliases(title)]))
    return section


# "(Wikipedia: Maximum Usable Frequency)": a link's label naming where to read more
_SOURCE_LABEL = re.compile(r"[A-Z][\w.-]*(?: [\w.-]+){0,2}: \S")


def _drop_source_links(cell: Any) -> None:
    """Drop a bracketed link out of the page whose label names a source and a title
    (``(<a href="https://en.wikipedia.org/...">Wikipedia: Terminator (solar)</a>)``): a
    pointer to read more, not the definition's text."""
    for link in cell.find_all("a", href=True):
        before, after = link.previous_sibling, link.next_sibling
        if str(link["href"]).strip().startswith("#") or not (
            isinstance(before, NavigableString) and isinstance(after, NavigableString)
        ):
            continue
        label = " ".join(link.get_text(" ").split())
        bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
        if bracketed and _SOURCE_LABEL.match(label):
            before.replace_with(before.rstrip()[:-1].rstrip())
            after.replace_with(after.lstrip()[1:])
            link.decompose()


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
