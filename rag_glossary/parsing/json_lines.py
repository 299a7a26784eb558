"""Dialect ``jsonl``: JSON Lines (``.jsonl``, ``.ndjson``), one JSON value a line.

The lines are the records of one list and go through the JSON reader's record logic
(datafile.data_records: the same field names, senses and pointer records, checks), so a
log, a chat transcript or a training set gives no entries. A file of one-pair objects
(``{"Cup": "A small bowl ..."}`` a line) is one term -> definition mapping. Blank lines
are skipped; a line that is not JSON makes the file unreadable, with its line number.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.datafile import JsonLines, data_records
from rag_glossary.parsing.fields import FieldSpec


def parse_json_lines(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    records = json_lines(text)
    if isinstance(records, str):
        return Parsed([], problem=records)
    if not records:
        return Parsed([], problem="no JSON values, one a line")
    return Parsed(*data_records(_as_data(records), spec, JsonLines(text)))


def json_lines(text: str) -> list[Any] | str:
    """Each line's value, or why the text is not JSON Lines."""
    records: list[Any] = []
    for number, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except (ValueError, RecursionError):
            return f"not valid JSON Lines: line {number} is not one JSON value"
    return records


def _as_data(records: list[Any]) -> Any:
    pairs = [r for r in records if isinstance(r, Mapping) and len(r) == 1]
    if len(pairs) != len(records) or not all(isinstance(v, str) for r in pairs for v in r.values()):
        return records
    merged: dict[str, Any] = {}
    for record in pairs:
        for key, value in record.items():
            merged.setdefault(str(key), value)
    return merged
