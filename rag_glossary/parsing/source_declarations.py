"""The field names a program declares for its record types, in constructor order, so that
positional calls can be read by name (source_records.py): ``record GlossaryTerm(string Id,
string Term, ...)``, a Kotlin ``data class``, a constructor's parameters, a Swift struct's
stored properties, a Go or Rust struct's fields."""

from __future__ import annotations

from collections.abc import Iterator

from rag_glossary.parsing.source_tokens import Token, group_end, split_items

_DECLARERS = frozenset(("record", "class", "struct", "interface"))


def declared_fields(toks: list[Token], text: str) -> dict[str, list[str]]:
    """Each type's field names in constructor order, from the first declaration found
    (a record, class or constructor's parameters, a Swift struct's stored properties),
    else from its Go or Rust struct."""
    found = _declarations(toks)
    for type_name, params in _struct_types(toks, text):
        found.setdefault(type_name, params)
    return found


def _declarations(toks: list[Token]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.kind != "name" or tok.text not in _DECLARERS:
            continue
        name = toks[i + 1]
        if name.kind != "name" or name.text in found:
            continue
        after = _after_generics(toks, i + 2)
        if after < len(toks) and toks[after].text == "(":
            params = parameters(toks, after)
        else:
            params = _body_fields(toks, after)
        if params:
            found[name.text] = params
    for type_name, params in _constructors(toks):
        found.setdefault(type_name, params)
    return found


_MODIFIERS = frozenset(("public", "private", "internal", "protected", "const", "factory"))


def _constructors(toks: list[Token]) -> Iterator[tuple[str, list[str]]]:
    """``public GlossaryTerm(string id, string term) {`` (C#, Java), ``const
    GlossaryTerm({required this.term})`` (Dart): a constructor's parameters."""
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.kind != "name" or toks[i + 1].text != "(" or toks[i - 1].text not in _MODIFIERS:
            continue
        end = group_end(toks, i + 1)
        if end + 1 < len(toks) and toks[end + 1].text in ("{", ":", ";"):
            params = parameters(toks, i + 1)
            if params:
                yield tok.text, params


def _struct_types(toks: list[Token], text: str) -> Iterator[tuple[str, list[str]]]:
    """Go's ``type Name struct {`` (a field opens each line: ``Term string``) and Rust's
    ``struct Name {`` (``pub term: String``): the fields in order."""
    for i in range(len(toks) - 3):
        go = toks[i].text == "type" and toks[i + 2].text == "struct" and toks[i + 3].text == "{"
        rust = toks[i].text == "struct" and toks[i + 2].text == "{"
        if not (go or rust) or toks[i + 1].kind != "name":
            continue
        opener = i + 3 if go else i + 2
        end = group_end(toks, opener)
        names, depth = [], 0
        for j in range(opener, end):
            tok, prev = toks[j], toks[j - 1]
            if tok.kind == "punct" and tok.text in "({[":
                depth += 1
            elif tok.kind == "punct" and tok.text in ")}]":
                depth -= 1
            if tok.kind != "name" or depth != 1:
                continue
            go_field = go and (prev.text == "{" or "\n" in text[prev.offset : tok.offset])
            rust_field = rust and toks[j + 1].text == ":" and prev.text in ("{", ",", "pub")
            if go_field or rust_field:
                names.append(tok.text)
        if names:
            yield toks[i + 1].text, names


def _after_generics(toks: list[Token], at: int) -> int:
    if at < len(toks) and toks[at].text == "<":
        depth = 0
        for j in range(at, len(toks)):
            depth += {"<": 1, ">": -1}.get(toks[j].text, 0)
            if depth == 0:
                return j + 1
    return at


def parameters(toks: list[Token], opener: int) -> list[str]:
    """``(string Id, string Term = null)``, ``(val term: String)``, ``({required this.x})``:
    the parameter names; empty when a parameter holds a literal before any default."""
    end = group_end(toks, opener)
    names: list[str] = []
    for a, b in split_items(toks, opener + 1, end):
        span = [t for t in toks[a:b] if t.text not in "{}[]"]
        cut = next((k for k, t in enumerate(span) if t.text in ("=", ":")), len(span))
        head = [t for t in span[:cut] if t.kind == "name"]
        if any(t.kind == "str" for t in span[:cut]) or not head:
            return []
        if cut < len(span) and span[cut].text == ":":
            names.append(head[-1].text)  # Kotlin / Scala / Swift: "val name: Type"
        elif len(head) >= 2:
            names.append(head[-1].text)  # C# / Java / Dart: "Type name", "this.name"
        else:
            return []
    return names


def _body_fields(toks: list[Token], at: int) -> list[str]:
    """A Swift struct's memberwise-init parameters, in order: its stored ``let``/``var``
    properties, less a ``let`` with a value, a computed ``var x: T { ... }`` and statics."""
    opener = next((j for j in range(at, min(at + 40, len(toks))) if toks[j].text == "{"), None)
    if opener is None:
        return []
    end = group_end(toks, opener)
    names: list[str] = []
    j = opener + 1
    while j < end:
        tok = toks[j]
        if tok.text in "({[":
            j = group_end(toks, j) + 1
            continue
        if tok.text in ("let", "var") and j + 1 < end and toks[j + 1].kind == "name":
            stop = _member_end(toks, j + 2, end)
            texts = {t.text for t in toks[j + 2 : stop + 1]}
            static = toks[j - 1].text in ("static", "class")
            if (
                not static
                and (stop >= end or toks[stop].text != "{")
                and not (tok.text == "let" and "=" in texts)
            ):
                names.append(toks[j + 1].text)
            j = stop
            continue
        j += 1
    return names


def _member_end(toks: list[Token], j: int, end: int) -> int:
    """Where a property declaration ends: the next member keyword at its own depth."""
    while j < end:
        text = toks[j].text
        if text in ("let", "var", "func", "init", "static", "}", "case", "subscript"):
            return j
        if text == "{":
            return j  # a computed property's (or an observer's) body
        if text in "([":
            j = group_end(toks, j)
        j += 1
    return end
