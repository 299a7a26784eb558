"""Dialect ``scribble``: a glossary written as a Racket Scribble document (``.scrbl``).

Scribble is Racket's documentation language: ``#lang scribble/manual`` then text with
@-expressions (scribble_reader.py). A glossary names its terms one of two ways:

- calls of one command of its own, ``@glossary-entry["Arity" 'basic]{The arity ...}``
  (any name: the command the most top-level @-expressions call with a string first
  argument and text in braces, three calls at least); the string is the term, the braces
  its text. The command's other positional arguments are ``Name: value`` fields named by
  its definition's parameters when the file defines it (``(define (glossary-entry
  title-text level . text) ...)``: ``Level: basic``); keyword arguments
  (``#:stub? #t``) are options, no text;
- else Scribble's own sections: one entry per ``@section{Term}`` (``@subsection``...) at
  the level most headings have, its text running to the next heading at that level or
  above, deeper headings part of it.

A term with empty braces is an entry with no text (a stub the author listed); one whose
text is only "See X" points at X (redirects.alias_pointers). A ``@secref`` (or a helper
calling it) whose tag spells another entry's title (``"Sequence_stream_generator"``:
"Sequence, stream, generator") reads as that title and is a see-also. Markup: see
scribble_text.py.

No Python library reads Scribble (Racket's own reader runs the document), and the
@-expression syntax is small and regular.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    defined_acronym_aliases,
)
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.scribble_reader import (
    Atom,
    Cmd,
    Datum,
    Lines,
    Node,
    Seq,
    Str,
    Text,
    read,
)
from rag_glossary.parsing.scribble_text import (
    Env,
    decode,
    finish,
    read_definitions,
    render,
)
from rag_glossary.pointer_words import pointed_name

NO_TERMS = 'no entry command (@name["Term"]{text} three times or more) and no @section terms'
_MIN_CALLS = 3
_SEE = re.compile(r"[Ss]ee\s+(?!also\b)\S")
_SECTIONS = {"section": 1, "subsection": 2, "subsubsection": 3, "subsubsub*section": 4}
_NOT_TERMS = frozenset(("title", "item", "hyperlink", "secref", "seclink", "elem", "nested"))


def parse_scribble(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    try:
        nodes = read(text)
        env = Env(text)
        read_definitions(nodes, env)
        sections = _entry_calls(nodes, env, text) or _section_terms(nodes, env, text)
    except RecursionError:  # @-expressions nested thousands deep: no document a person wrote
        return Parsed([], problem="@-expressions nested too deep to read")
    if not sections:
        return Parsed([], problem=NO_TERMS)
    return Parsed(sections)


def _tag(text: str) -> str:
    """A title as a part tag spells it: each run of other characters than letters and
    digits one ``_`` (``"Sequence_stream_generator"``, ``"Higher_order_function"``); a
    tag written as the title itself reads the same (``"Procedure"``, ``"vector"``)."""
    return re.sub(r"[\W_]+", "_", text.casefold())


def _resolver(titles: Sequence[str]) -> dict[str, str]:
    known: dict[str, str] = {}
    for title in titles:
        known.setdefault(_tag(title), title)
    return known


def _entry_calls(nodes: Sequence[Node], env: Env, text: str) -> list[Section]:
    calls = [
        n
        for n in nodes
        if isinstance(n, Cmd)
        and not n.call
        and n.body is not None
        and n.args
        and isinstance(n.args[0], Str)
        and n.name not in _NOT_TERMS
        and n.name not in _SECTIONS
    ]
    counts = Counter(c.name for c in calls)
    if not counts:
        return []
    name, count = counts.most_common(1)[0]
    if count < _MIN_CALLS:
        return []
    calls = [c for c in calls if c.name == name]
    lines = Lines(text)
    titles = [
        " ".join(decode(c.args[0].value).split()) for c in calls if isinstance(c.args[0], Str)
    ]
    known = _resolver(titles)
    env.resolve = lambda tag: known.get(_tag(tag))
    params = _parameters(nodes, name)
    out: list[Section] = []
    for call, title in zip(calls, titles, strict=True):
        env.links = []
        body = finish(render(call.body or [], env))
        fields = _fields(call, params) if body and not _pointer(body) else []
        see = [t for t in dict.fromkeys(env.links) if t != title]
        out.append(
            Section(
                title=title,
                line=lines(call.start),
                body=body,
                aliases=[*acronym_aliases(title), *defined_acronym_aliases(title, body)],
                see_also=see,
                slug_text=title,
                fields=fields,
            )
        )
    return out


def _pointer(body: str) -> bool:
    """A body that only sends the reader on ("See Pair"): it stays one line, as a pointer."""
    return "\n" not in body and bool(_SEE.match(body) or pointed_name(body))


def _parameters(nodes: Sequence[Node], name: str) -> list[str]:
    """The positional parameter names of the file's ``(define (name ...) ...)``."""
    for node in nodes:
        if not (isinstance(node, Cmd) and node.call and node.name == "define" and node.args):
            continue
        head = node.args[0]
        if not (isinstance(head, Seq) and head.items and isinstance(head.items[0], Atom)):
            continue
        if head.items[0].text != name:
            continue
        out: list[str] = []
        for item in _keywords_dropped(head.items[1:]):
            if isinstance(item, Atom) and item.text == ".":
                break
            if isinstance(item, Atom):
                out.append(item.text)
            elif isinstance(item, Seq) and item.items and isinstance(item.items[0], Atom):
                out.append(item.items[0].text)  # [name default]
        return out
    return []


def _fields(call: Cmd, params: Sequence[str]) -> list[str]:
    """``Level: basic`` for the call's positional arguments after the title."""
    out: list[str] = []
    for param, arg in zip(params[1:], _keywords_dropped(call.args)[1:], strict=False):
        value = (
            arg.value
            if isinstance(arg, Str)
            else arg.text.lstrip("'")
            if isinstance(arg, Atom)
            else ""
        )
        label = param.replace("-", " ").replace("_", " ").strip("?! ")
        if value and label:
            out.append(f"{label[:1].upper()}{label[1:]}: {value}")
    return out


def _keywords_dropped(items: Sequence[Datum]) -> list[Datum]:
    """The items but keyword arguments: ``#:stub? #t`` drops the keyword and its value
    (every keyword here takes one; scribble_text._positional knows flags that take none)."""
    out: list[Datum] = []
    keyword_value = False
    for item in items:
        if keyword_value:
            keyword_value = False
        elif isinstance(item, Atom) and item.text.startswith("#:"):
            keyword_value = True
        else:
            out.append(item)
    return out


def _section_terms(nodes: Sequence[Node], env: Env, text: str) -> list[Section]:
    heads = [
        (i, _SECTIONS[n.name])
        for i, n in enumerate(nodes)
        if isinstance(n, Cmd) and n.name in _SECTIONS and n.body is not None
    ]
    if not heads:
        return []
    level = Counter(lv for _, lv in heads).most_common(1)[0][0]
    chosen = [(i, lv) for i, lv in heads if lv == level]
    titles = [" ".join(render(_body(nodes[i]), env).split()) for i, _ in chosen]
    known = _resolver(titles)
    env.resolve = lambda tag: known.get(_tag(tag))
    lines = Lines(text)
    out: list[Section] = []
    for (i, _), title in zip(chosen, titles, strict=True):
        end = next((j for j, lv in heads if j > i and lv <= level), len(nodes))
        env.links = []
        inner: list[Node] = []
        for node in nodes[i + 1 : end]:
            if isinstance(node, Cmd) and node.name in _SECTIONS:
                inner.append(Text("\n\n", node.start))
                inner.extend(_body(node))
                inner.append(Text("\n\n", node.end))
            else:
                inner.append(node)
        body = finish(render(inner, env))
        see = [t for t in dict.fromkeys(env.links) if t != title]
        start = nodes[i].start if isinstance(nodes[i], (Cmd, Text)) else 0
        names = [*acronym_aliases(title), *defined_acronym_aliases(title, body)]
        out.append(Section(title, lines(start), body, names, see_also=see, slug_text=title))
    return out


def _body(node: Node) -> list[Node]:
    return list(node.body or []) if isinstance(node, Cmd) else []
