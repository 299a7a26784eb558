"""Swift enums whose cases are glossary records through computed properties:

    enum GlossaryTerm: String, CaseIterable {
        case batesNumbering
        case chainOfCustody = "Chain of Custody"
        var term: String {
            switch self {
            case .batesNumbering: return String(localized: "Bates Numbering")
            ...
        var definition: String {
            switch self {
            case .batesNumbering:
                return String(localized: "Sequential numbers stamped on documents ...")

Each case is a record: every ``var name: T { switch self { case .x: return value } }`` of
the enum body gives its field ``name``; a value is a string literal (joined pieces) or the
string a localising call wraps (``String(localized:)``, ``NSLocalizedString``). A case's raw
string value is its term when no property holds one and the enum is named for terms
(source_enums.glossary_enum decides which enums are glossaries).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rag_glossary.parsing.fields import TERM_NAMES, key_name
from rag_glossary.parsing.source_tokens import (
    NOT_DATA,
    Token,
    group_end,
    split_items,
    value_of,
)

_MEMBER_KEYWORDS = frozenset(("var", "let", "func", "case", "init", "static", "subscript"))


@dataclass(frozen=True)
class SwiftEnum:
    name: str
    properties: list[str]
    # each case's (property values, raw value, offset), in declaration order
    cases: list[tuple[dict[str, object], object, int]]


def swift_enums(toks: list[Token]) -> Iterator[SwiftEnum]:
    for i, tok in enumerate(toks[:-2]):
        if tok.kind != "name" or tok.text != "enum" or toks[i + 1].kind != "name":
            continue
        opener = next(
            (j for j in range(i + 2, min(i + 40, len(toks))) if toks[j].text in "{;="), None
        )
        if opener is None or toks[opener].text != "{":
            continue
        found = _body(toks, opener + 1, group_end(toks, opener))
        if found is not None:
            yield SwiftEnum(toks[i + 1].text, *found)


def _body(
    toks: list[Token], start: int, end: int
) -> tuple[list[str], list[tuple[dict[str, object], object, int]]] | None:
    cases: dict[str, tuple[dict[str, object], object, int]] = {}
    properties: list[str] = []
    j = start
    while j < end:
        text = toks[j].text
        if text == "case":
            j = _case_list(toks, j + 1, end, cases)
            continue
        if text == "var" and j + 1 < end and toks[j + 1].kind == "name":
            block = _property_block(toks, j + 2, end)
            if block < end and toks[block].text == "{":
                values = _switch_values(toks, block, group_end(toks, block))
                for case, value in values.items():
                    if case in cases:
                        cases[case][0][toks[j + 1].text] = value
                if values:
                    properties.append(toks[j + 1].text)
                j = group_end(toks, block) + 1
                continue
        if text in "({[":
            j = group_end(toks, j) + 1
            continue
        j += 1
    if not cases or not properties:
        return None
    return properties, list(cases.values())


def _property_block(toks: list[Token], j: int, end: int) -> int:
    """The ``{`` of a computed property's body (``end`` for a stored one)."""
    while j < end and toks[j].text not in _MEMBER_KEYWORDS and toks[j].text not in "=}":
        if toks[j].text == "{":
            return j
        j = group_end(toks, j) + 1 if toks[j].text in "([" else j + 1
    return end


def _case_list(
    toks: list[Token], j: int, end: int, cases: dict[str, tuple[dict[str, object], object, int]]
) -> int:
    """``case a, b = "B"``: each name with its raw value (None without one)."""
    while j < end and toks[j].kind == "name":
        name, offset = toks[j].text, toks[j].offset
        raw: object = None
        j += 1
        if j < end and toks[j].text == "(":  # associated values: no record
            return group_end(toks, j) + 1
        if j + 1 < end and toks[j].text == "=" and toks[j + 1].kind == "str":
            raw, j = toks[j + 1].text, j + 2
        cases[name] = ({}, raw, offset)
        if j < end and toks[j].text == ",":
            j += 1
            continue
        break
    return j


def _switch_values(toks: list[Token], start: int, end: int) -> dict[str, object]:
    """``switch self { case .a, .b: return "x" ... }`` in a property's body: each case's
    string (nothing when the body is no such switch)."""
    at = next((k for k in range(start, end - 2) if toks[k].text == "switch"), None)
    if at is None or toks[at + 1].text != "self" or toks[at + 2].text != "{":
        return {}
    close = group_end(toks, at + 2)
    found: dict[str, object] = {}
    labels: list[str] = []
    j = at + 3
    while j < close:
        text = toks[j].text
        if text in ("case", "default"):
            colon = next((k for k in range(j, close) if toks[k].text == ":"), close)
            labels = [toks[k].text for k in range(j + 1, colon) if toks[k - 1].text == "."]
            stop = _statement_end(toks, colon + 1, close)
            value = _returned(toks, colon + 1, stop)
            if isinstance(value, str):
                found.update(dict.fromkeys(labels, value))
            j = stop
            continue
        j += 1
    return found


def _statement_end(toks: list[Token], j: int, close: int) -> int:
    while j < close and toks[j].text not in ("case", "default"):
        j = group_end(toks, j) + 1 if toks[j].text in "({[" else j + 1
    return j


def _returned(toks: list[Token], a: int, b: int) -> object:
    if a < b and toks[a].text == "return":
        a += 1
    if b - a >= 3 and toks[a].kind == "name" and toks[a + 1].text == "(":
        items = split_items(toks, a + 2, group_end(toks, a + 1))  # String(localized: "..."), ...
        if not items:
            return NOT_DATA
        first, last = items[0]
        if last - first >= 3 and toks[first + 1].text == ":":
            first += 2
        return value_of(toks, first, last)
    return value_of(toks, a, b)


def case_records(
    enum: SwiftEnum, raw_is_term: bool
) -> list[tuple[dict[str, object], list[object], int]]:
    """The cases as call records (named values only)."""
    has_term = any(key_name(p) in TERM_NAMES for p in enum.properties)
    records: list[tuple[dict[str, object], list[object], int]] = []
    for values, raw, offset in enum.cases:
        record = dict(values)
        if raw_is_term and not has_term and isinstance(raw, str):
            record["term"] = raw
        if any(isinstance(v, str) for v in record.values()):
            records.append((record, [], offset))
    return records
