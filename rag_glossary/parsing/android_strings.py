"""Android string resources (``res/values/*.xml``, root ``<resources>``) kept as glossaries.

The ``<string>``s (by name) and the ``<string-array>`` items are read as Android reads them:
whitespace runs collapse to one space (unless the value is in double quotes), ``\\n`` breaks
the line, ``\\'``, ``\\"``, ``\\@``, ``\\?`` and ``\\uXXXX`` are their characters,
``@string/name`` is the named string, and markup such as ``<xliff:g>`` keeps its text. An
app's ``#name#`` icon slot keeps its name. Where a glossary stands among them (an array of
whole entries, parallel arrays, strings paired by name) is resource_shapes.py's; a file with
none (an app's interface strings: a key and a label) gives no entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.resource_shapes import Value, glossary_sections
from rag_glossary.parsing.xml_text import local_name

ROOT = "resources"
VALUE_TAGS = frozenset(("string", "item"))
_ARRAYS = frozenset(("string-array", "array"))
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)
_ESCAPED = {"n": "\n", "t": " "}
_ICON = re.compile(r"#([A-Za-z0-9][A-Za-z0-9_]*)#")
_MAX_REFERENCES = 3
_NO_GLOSSARY = (
    "an app's string resources with no glossary in them (no array of terms with"
    " definitions, no term and definition strings paired by name)"
)


def parse_resources(root: Any, lines: Sequence[int]) -> Parsed:
    """Entries of a ``<resources>`` root (``lines``: each string's and item's line, in
    document order)."""
    values = [el for el in root.iter() if local_name(el) in VALUE_TAGS]
    line_of = {id(el): lines[n] if n < len(lines) else 1 for n, el in enumerate(values)}
    named = {el.get("name"): el for el in root if local_name(el) == "string" and el.get("name")}

    def value(element: Any) -> Value:
        return Value(_resolved(element, named), line_of.get(id(element), 1))

    arrays = [
        [value(item) for item in array if local_name(item) == "item"]
        for array in root
        if local_name(array) in _ARRAYS
    ]
    sections = glossary_sections({name: value(el) for name, el in named.items()}, arrays)
    return Parsed(sections, problem=None if sections else _NO_GLOSSARY)


def _resolved(element: Any, named: dict[str, Any], depth: int = 0) -> str:
    raw = "".join(element.itertext())
    reference = raw.strip()
    if reference.startswith("@string/") and depth < _MAX_REFERENCES:
        target = named.get(reference.removeprefix("@string/"))
        return _resolved(target, named, depth + 1) if target is not None else ""
    return android_text(raw)


def android_text(raw: str) -> str:
    """A resource value as the app shows it (lines stripped, blank lines dropped)."""
    stripped = raw.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        text = stripped[1:-1]
    else:
        text = " ".join(raw.split())
    text = _ICON.sub(r"\1", _ESCAPE.sub(_unescaped, text))
    return "\n".join(line for part in text.split("\n") if (line := " ".join(part.split())))


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) == 5:
        return chr(int(code[1:], 16))
    return _ESCAPED.get(code, code)
