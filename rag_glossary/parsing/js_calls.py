"""JavaScript/TypeScript glossary records registered one statement a term.

``const glossary = new Map(); glossary.set("Term", { category, definition, synonyms: [...],
english: "..." });`` (a book's term pop-ups), ``addTerm("Term", "definition")``,
``terms["Term"] = { definition: "..." }``, ``terms.API = "..."`` and ``Object.assign(terms,
{ "Term": "..." })``: the term is the call's first argument (or the key assigned), the
record object or definition string the second (or the value). Each callee's or receiver's
statements together make one mapping of term to record, read as js_data.py reads an object
literal (the JSON/YAML record reader, datafile.py: definition/description -> body,
synonyms/aliases -> aliases, category -> a field, HTML markup -> its text). A record's
string field holding only a placeholder (``"None"``) is left out. The mapping is kept when
it reads as a glossary (script_data.glossary_like): a Map cache, a router's
``app.get("/path", handler)`` or an i18n ``messages["app.title"] = "..."`` give nothing.
"""

from __future__ import annotations

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.script_data import glossary_like, literal_sections
from rag_glossary.parsing.script_values import Literal, Path, read_literal
from rag_glossary.parsing.source_tokens import Token, group_end, tokens

_NAME_WORDS = 4  # a longest name in a list item that commas part
_PLACEHOLDERS = frozenset(("none", "null", "undefined", "n/a"))
# Receivers whose members are a module's or an object's API, never a glossary's terms.
_NOT_RECEIVER = frozenset(("this", "exports", "module", "window", "self", "globalThis"))
# After a value: the expression goes on (``"a" + b``, ``{...}.x``, ``"x" ? y : z``).
_GOES_ON = frozenset((".", "(", "[", "?", "|", "&", "+", "-", "*", "/", "%", "<", ">"))
_Group = tuple[dict[str, object], dict[Path, int]]


def call_sections(text: str, spec: FieldSpec) -> list[Section]:
    """The entries of the callee or receiver whose statements read as the largest glossary."""
    toks = tokens(text)
    groups: dict[str, _Group] = {}
    for i, tok in enumerate(toks):
        if tok.kind != "punct":
            continue
        if tok.text == "(":
            _call(toks, i, groups)
        elif tok.text == "=" and i >= 2:
            _assignment(toks, i, groups)
    best: list[Section] = []
    for mapping, offsets in groups.values():
        if len(mapping) <= len(best):
            continue
        found = literal_sections(Literal(mapping, 0, offsets), text, spec)
        if len(found) > len(best) and glossary_like(found):
            best = found
    return best


def _call(toks: list[Token], i: int, groups: dict[str, _Group]) -> None:
    """``callee("Term", value)``; ``Object.assign(target, {...}, ...)``."""
    callee = _dotted(toks, i - 1)
    if callee is None:
        return
    end = group_end(toks, i)
    if callee == "Object.assign":
        at = next((j for j in range(i + 1, end) if toks[j].text == ","), end)
        target = _dotted(toks, at - 1) if at > i + 1 else None
        if target is not None and toks[i + 1].text != target.split(".")[0]:
            target = None  # the target is an expression, not a name
        while target is not None and at < end and toks[at].text == ",":
            found = read_literal(toks, at + 1)
            if isinstance(found.value, dict) and not _code(toks, at + 1, found.end):
                for term, value in found.value.items():
                    _add(groups, target, term, value, found.offsets.get((term,), toks[at].offset))
            at = max(found.end, at + 1)
        return
    term = toks[i + 1] if i + 1 < end else None
    if term is None or term.kind != "str" or i + 2 >= end or toks[i + 2].text != ",":
        return
    found = read_literal(toks, i + 3)
    if found.end == end and not _code(toks, i + 3, end):
        _add(groups, callee, term.text, found.value, term.offset)


def _assignment(toks: list[Token], i: int, groups: dict[str, _Group]) -> None:
    """``receiver["Term"] = value`` and ``receiver.Term = value`` statements."""
    if toks[i - 1].text == "]" and i >= 4 and toks[i - 3].text == "[":
        key, receiver = toks[i - 2], _dotted(toks, i - 4)
        if key.kind != "str":
            return
    elif toks[i - 1].kind == "name" and toks[i - 2].text == "." and i >= 3:
        key, receiver = toks[i - 1], _dotted(toks, i - 3)
        if receiver is not None and receiver.split(".")[0] in _NOT_RECEIVER:
            return
    else:
        return
    if receiver is None or (i + 1 < len(toks) and toks[i + 1].text in ("=", ">")):
        return  # ``==``, ``=>``: no assignment
    found = read_literal(toks, i + 1)
    if _code(toks, i + 1, found.end):
        return
    if found.end >= len(toks) or toks[found.end].text not in _GOES_ON:
        _add(groups, receiver, key.text, found.value, key.offset)


def _add(groups: dict[str, _Group], name: str, term: object, value: object, offset: int) -> None:
    if not isinstance(term, str) or not term.strip():
        return
    if isinstance(value, dict):
        value = {k: _names(v) for k, v in value.items() if not _placeholder(v)}
    elif not isinstance(value, str):
        return
    mapping, offsets = groups.setdefault(name, ({}, {}))
    term = term.strip()
    if term not in mapping:
        mapping[term] = value
        offsets[(term,)] = offset


def _code(toks: list[Token], start: int, end: int) -> bool:
    """A value holding calls or functions (``handler: this.help.bind(this)``, ``new Date()``,
    ``run() {...}``): a program's object (a command, a cached result), not a glossary record."""
    return any(t.kind == "punct" and t.text == "(" for t in toks[start:end])


def _names(value: object) -> object:
    """A list of names with two in one item (``['ταρσανάς, καρνάγιο']``) as one a name."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return value
    parts = [[p.strip() for p in str(v).split(",")] for v in value]
    if any(not p or len(p.split()) > _NAME_WORDS for item in parts for p in item):
        return value
    return [p for item in parts for p in item]


def _placeholder(value: object) -> bool:
    return isinstance(value, str) and value.strip().casefold() in _PLACEHOLDERS


def _dotted(toks: list[Token], last: int) -> str | None:
    """The dotted name ending at token ``last`` (``glossary.set``, ``terms``), or None."""
    if last < 0 or toks[last].kind != "name":
        return None
    start = last
    while start >= 2 and toks[start - 1].text == "." and toks[start - 2].kind == "name":
        start -= 2
    if start > 0 and toks[start - 1].text in (".", "function"):
        return None  # ``a().b``, a declaration
    return "".join(t.text for t in toks[start : last + 1])
