"""Dialect ``python``: a Python module holding a glossary in string constants.

Read with ``ast`` only, never imported or run. Two shapes are glossaries:

- module-level assignments of strings that open with a bold title (``gloss_avg = "**Batting
  Average**  \\n=H/AB"``, a site's tooltips): one entry a string, titled by the bold text,
  the rest its Markdown body (a string that is only a title: an entry without a definition);
  the variable name, less the prefix every such name shares, is an alias when the title's
  words spell it (``obp``: On-Base Percentage);
- a module-level dict or list literal of term -> definition strings (or records), read as a
  JSON data file is (datafile.py), when its values are prose, not settings, or the dict
  pairs acronyms with their expansions (abbrev_tables.py); a dict of records giving each
  definition in several languages (``{"ors": {"def_en": ..., "def_or": ...}}``) is read in
  one language, a key written twice one term (python_languages.py);
- a module-level string that is a whole glossary pasted as text (a notebook's first cell:
  ``glossary=`` a triple-quoted ``Acid Soil: A soil with ...``, one term a line): read as a
  text file of its own would be, when at least three of its lines open ``Term: definition``.

Any other module (constants, code, a docstring) gives no entries.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import Any

from rag_glossary.acronyms import spells_out
from rag_glossary.loose_acronyms import loosely_spelled
from rag_glossary.parsing.abbrev_tables import is_abbreviation_list
from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.clean import markdown_text
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.generic import term_of
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.python_languages import multilingual_sections

_BOLD_TITLE = re.compile(r"\s*\*\*(?P<title>[^*\n]+?)\*\*:?(?P<rest>.*)", re.DOTALL)
_MIN_TERMS = 3  # titled strings or literal items: fewer are a module's constants
_MIN_PROSE_WORDS = 4  # mean words of a literal's string values (settings are shorter)
_NO_GLOSSARY = "no glossary in this Python module (no bold-titled strings or term literal)"


def parse_python(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    try:
        tree = ast.parse(text.lstrip("\ufeff"))
    except SyntaxError as exc:
        return Parsed([], problem=f"not valid Python ({exc.msg}, line {exc.lineno})")
    strings = list(_string_constants(tree))
    titled = [s for s in (_titled(name, value, line) for name, value, line in strings) if s]
    if len(titled) >= _MIN_TERMS:
        return Parsed(_with_key_aliases(titled))
    for node in _literals(tree):
        sections = multilingual_sections(node, spec) or _literal_sections(node, spec)
        if sections:
            return Parsed(sections)
    pasted = [s for name, value, line in strings for s in _pasted_text(name, value, line, spec)]
    return Parsed(pasted, problem=None if pasted else _NO_GLOSSARY)


def _assigned(tree: ast.Module) -> Iterator[tuple[str, ast.expr, int]]:
    """Module-level ``NAME = value`` and ``NAME: type = value``."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            yield target.id, value, node.lineno


def _string_constants(tree: ast.Module) -> Iterator[tuple[str, str, int]]:
    for name, value, line in _assigned(tree):
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            yield name, value.value, line


def _pasted_text(name: str, value: str, line: int, spec: FieldSpec) -> list[Section]:
    """A string holding a glossary as plain text, read as a ``.txt`` file; its entries keep
    the module's line numbers (a triple-quoted string starts on its assignment's line)."""
    from rag_glossary.parsing.dialects import read_embedded  # dialects imports this module

    if sum(1 for text_line in value.split("\n") if term_of(text_line)) < _MIN_TERMS:
        return []
    _, parsed = read_embedded(value, name, spec, "pasted.txt")
    if parsed.note or len(parsed.sections) < _MIN_TERMS:
        return []
    for section in parsed.sections:
        section.line += line - 1
    return parsed.sections


def _titled(name: str, value: str, line: int) -> tuple[str, Section] | None:
    match = _BOLD_TITLE.fullmatch(value)
    if match is None:
        return None
    title = clean_title(match.group("title"))
    body = markdown_text(match.group("rest").strip()).strip()
    if not title:
        return None
    return name, Section(title=title, line=line, body=body, slug_text=title)


def _with_key_aliases(titled: list[tuple[str, Section]]) -> list[Section]:
    """Each variable name, less the prefix all share (``gloss_``), as an alias when the
    title's words spell it as an acronym."""
    prefix = _shared_prefix([name for name, _ in titled])
    out = []
    for name, section in titled:
        key = name[len(prefix) :].upper()
        if len(key) >= 2 and key.isalpha() and _spelled(key, section.title):
            section.aliases.append(key)
        out.append(section)
    return out


def _shared_prefix(names: list[str]) -> str:
    """The longest ``word_`` prefix every name starts with (``gloss_``), or ""."""
    first = names[0]
    cuts = [i + 1 for i, ch in enumerate(first) if ch == "_"]
    shared = [first[:cut] for cut in cuts if all(n.startswith(first[:cut]) for n in names)]
    return shared[-1] if shared else ""


def _spelled(key: str, title: str) -> bool:
    return key.casefold() != title.casefold() and (
        spells_out(key, title) or loosely_spelled(key, title)
    )


def _literals(tree: ast.Module) -> Iterator[ast.expr]:
    for _, value, _ in _assigned(tree):
        if isinstance(value, ast.Dict | ast.List | ast.Tuple):
            yield value


def _literal_sections(node: ast.expr, spec: FieldSpec) -> list[Section]:
    try:
        data = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return []
    if isinstance(data, list | tuple):
        data = _pairs_as_mapping(list(data))
    if not _prose_literal(data):
        return []
    sections, *_ = data_records(data, spec, _LiteralLines(node))
    return sections


def _pairs_as_mapping(items: list[Any]) -> Any:
    """``[("term", "definition"), ...]`` as a mapping; a list of records stays a list."""
    pairs = [(i[0], i[1]) for i in items if isinstance(i, tuple | list) and len(i) == 2]
    if pairs and len(pairs) == len(items) and all(isinstance(k, str) for k, _ in pairs):
        return dict(pairs)
    return items


def _prose_literal(data: Any) -> bool:
    """Enough items, and the text beside each term reads as a sentence, not a setting."""
    if isinstance(data, dict):
        texts = [v for v in data.values() if isinstance(v, str)]
    elif isinstance(data, list) and all(isinstance(i, dict) for i in data):
        texts = [
            max((v for v in i.values() if isinstance(v, str)), key=len, default="") for i in data
        ]
    else:
        return False
    if len(data) < _MIN_TERMS or len(texts) < len(data):
        return False
    if isinstance(data, dict) and is_abbreviation_list(list(data.items())):
        return True  # {"CDI": "Contrat à Durée Indéterminée", ...}
    return sum(len(t.split()) for t in texts) / len(texts) >= _MIN_PROSE_WORDS


class _LiteralLines:
    """The line of each key of a dict literal (or item of a list literal)."""

    def __init__(self, node: ast.expr) -> None:
        self._lines: dict[str, int] = {}
        self._first = node.lineno
        if isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant):
                    self._lines[str(key.value)] = key.lineno
        elif isinstance(node, ast.List | ast.Tuple):
            for n, item in enumerate(node.elts):
                self._lines[str(n)] = item.lineno
                if isinstance(item, ast.Tuple | ast.List) and item.elts:
                    first = item.elts[0]
                    if isinstance(first, ast.Constant):
                        self._lines[str(first.value)] = item.lineno

    def line(self, path: tuple[Any, ...], term: str) -> int:
        for step in (*reversed(path), term):
            if str(step) in self._lines:
                return self._lines[str(step)]
        return self._first
