"""Dialect ``notebook``: a Jupyter notebook (``.ipynb``, nbformat 3 or 4), read as JSON.

A notebook is a JSON list of cells. The Markdown cells, joined in order with a blank line
between them, are one Markdown document read as a ``.md`` file would be (headings, bold
terms, tables, definition lists); the code cells, joined the same way, are one Python module
read by python_source.py (``ast`` only, never run): string constants and term literals
(``glossary = \"\"\"Acid Soil: ...\"\"\"``, ``TERMS = {...}``). A cell's saved outputs are never
read: they repeat what the code printed (often the glossary itself, as a list's repr) and
are no text of the author's. IPython lines (``%magic``, ``!shell``) are blanked, and a code
cell that still is not valid Python is left out, so one bad cell costs only itself.
Entries keep the line of the notebook file their cell's text is on.

Plain ``json`` is enough: the format is a documented JSON schema, and reading needs no
validation (``nbformat`` would add jsonschema for nothing the reader uses).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.python_source import parse_python

_MAGIC = re.compile(r"^[ \t]*[%!]")
_SOURCE_KEY = re.compile(r'^[ \t]*"(?:source|input)"[ \t]*:', re.MULTILINE)
_NO_CELLS = "not a Jupyter notebook (no cells)"


@dataclass(frozen=True)
class _Cell:
    kind: str  # "markdown" or "code"
    text: str
    line: int  # 1-based line of the notebook file where the cell's text starts


def parse_notebook(text: str, source: str, spec: FieldSpec) -> Parsed:
    try:
        notebook = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return Parsed([], problem=f"not valid notebook JSON ({exc})")
    cells = list(_cells(notebook, text))
    if not cells:
        return Parsed([], problem=_NO_CELLS)
    sections = [
        *_read_markdown([c for c in cells if c.kind == "markdown"], source, spec),
        *_read_code([c for c in cells if c.kind == "code"], source, spec),
    ]
    sections.sort(key=lambda s: s.line)
    problem = None if sections else "no glossary in the notebook's Markdown or code cells"
    return Parsed(sections, title=_title(notebook), problem=problem)


def _cells(notebook: Any, text: str) -> Iterator[_Cell]:
    if not isinstance(notebook, dict):
        return
    raw = notebook.get("cells")
    if raw is None:  # nbformat 3: cells inside worksheets
        raw = [c for w in notebook.get("worksheets") or [] for c in w.get("cells") or []]
    raw = raw if isinstance(raw, list) else []
    # Jupyter writes each key on a line of its own and each source line on the next ones; a
    # notebook written otherwise (one line of JSON) keeps line 1 for every cell.
    starts = [text.count("\n", 0, m.end()) + 2 for m in _SOURCE_KEY.finditer(text)]
    if len(starts) != len(raw):
        starts = [1] * len(raw)
    for n, cell in enumerate(raw):
        if not isinstance(cell, dict) or cell.get("cell_type") not in ("markdown", "code"):
            continue
        body = cell.get("source", cell.get("input", ""))
        joined = "".join(body) if isinstance(body, list) else str(body or "")
        yield _Cell(cell["cell_type"], joined, starts[n])


def _read_markdown(cells: list[_Cell], source: str, spec: FieldSpec) -> list[Section]:
    from rag_glossary.parsing.dialects import read_embedded  # dialects imports this module

    if not any(c.text.strip() for c in cells):
        return []
    text, lines = _joined(cells)
    _, parsed = read_embedded(text, source, spec, "notebook.md")
    return _relined(parsed.sections, lines)


def _read_code(cells: list[_Cell], source: str, spec: FieldSpec) -> list[Section]:
    valid = [c for c in (_without_magics(c) for c in cells) if _valid_python(c.text)]
    if not valid:
        return []
    text, lines = _joined(valid)
    return _relined(parse_python(text, source, spec).sections, lines)


def _without_magics(cell: _Cell) -> _Cell:
    lines = ["" if _MAGIC.match(line) else line for line in cell.text.split("\n")]
    return _Cell(cell.kind, "\n".join(lines), cell.line)


def _valid_python(text: str) -> bool:
    try:
        ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return bool(text.strip())


def _joined(cells: list[_Cell]) -> tuple[str, list[int]]:
    """The cells' texts joined by a blank line, and the notebook line of each joined line."""
    parts: list[str] = []
    lines: list[int] = []
    for cell in cells:
        own = cell.text.split("\n")
        parts.extend([*own, ""])
        lines.extend([*(cell.line + k for k in range(len(own))), cell.line + len(own)])
    return "\n".join(parts), lines


def _relined(sections: list[Section], lines: list[int]) -> list[Section]:
    for section in sections:
        index = section.line - 1
        section.line = lines[index] if 0 <= index < len(lines) else section.line
    return sections


def _title(notebook: Any) -> str | None:
    metadata = notebook.get("metadata") if isinstance(notebook, dict) else None
    title = metadata.get("title") if isinstance(metadata, dict) else None
    return title if isinstance(title, str) and title.strip() else None
