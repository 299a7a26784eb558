"""Dialect ``clojure``: a glossary held as data in a Clojure, ClojureScript or EDN file
(``.clj``, ``.cljs``, ``.cljc``, ``.edn``).

The data is where Clojure keeps it: a top-level form that is data (an EDN file's map or
vector: ``{:api {:term "API" :definition "..."}}``, ``[{:term "x" :definition "y"} ...]``,
``[:asOf {:title "asOf" :content "..."} :assertion {...}]``, keyword / value pairs being a
map) or the value of a ``(def name ...)`` / ``(defonce name ...)`` form. Values are read by
clojure_reader.py (Hiccup values rendered to HTML, read as text like any HTML in a value)
and go through the JSON/YAML record reader (datafile.py) as Lua's and Ruby's literals do
(script_data.py): the same field names and the same check that the records are a glossary,
so a namespace of functions, schemas and settings gives nothing. When a def named for a
glossary (``glossary``, ``terms``, ``glossary-entries``) reads as one, the other defs'
data (tooltips, FAQ records) is left out. Strings written in Org's inline markup (a file
exported from or kept beside Org notes: ``=:db/unique=``, ``~true~``, ``[[url][text]]``) show
their text when two or more strings use Org's code markers. A form that is a Hiccup page
(``[:section [:h2 "Glossary"] [:dl [:dt#api "API"] [:dd ...]]]``) is read by the HTML reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from rag_glossary.corpus_files import POD_GLOSSARY_HEADING
from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.clojure_hiccup import Markup
from rag_glossary.parsing.clojure_reader import FormReader, clojure_tokens
from rag_glossary.parsing.fields import FieldSpec, key_name
from rag_glossary.parsing.org import org_plain, uses_org_code
from rag_glossary.parsing.script_data import glossary_like, literal_sections
from rag_glossary.parsing.script_values import Literal

_NOTHING = "no map or vector of glossary records in the file's data or defs"
_DEFS = frozenset(("def", "defonce"))
_HEADING = re.compile(r"<h[1-6][^>]*>([^<]*)</h[1-6]>")
_MIN_TERMS = 3
_ORG_STRINGS = 2  # one string's "=x=" may be a formula; two make the file's convention


def parse_clojure(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    toks = clojure_tokens(text)
    if sum(uses_org_code(t.text) for t in toks if t.kind == "str") >= _ORG_STRINGS:
        toks = [replace(t, text=org_plain(t.text)) if t.kind == "str" else t for t in toks]
    reader = FormReader(toks, text)
    named: list[Section] = []
    other: list[Section] = []
    for name, found in _literals(reader):
        if isinstance(found.value, Markup):
            sections = _page_sections(found.value, reader, spec)
        else:
            sections = literal_sections(found, text, spec)
        if not glossary_like(sections):
            continue
        glossary_name = POD_GLOSSARY_HEADING.fullmatch(key_name(name.strip("*!?")))
        (named if name and glossary_name else other).extend(sections)
    sections = named or (other if glossary_like(other) else [])
    return Parsed(sections, problem=None if sections else _NOTHING)


def _literals(reader: FormReader) -> Iterator[tuple[str, Literal]]:
    """(def name or "", literal) of each top-level data form and each def's data value."""
    toks = reader.toks
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "open" and tok.text == "(" and _head(reader, i) in _DEFS:
            yield from _def_value(reader, i)
            i = reader.skip(i)
            continue
        value, end, offsets = reader.form(i)
        if isinstance(value, dict | list | Markup) and value:
            yield "", Literal(value, end, offsets)
        i = max(end, i + 1)


def _head(reader: FormReader, i: int) -> str:
    toks = reader.toks
    return toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].kind == "sym" else ""


def _def_value(reader: FormReader, i: int) -> Iterator[tuple[str, Literal]]:
    """``(def ^:private name "doc string" value)``: the value, when it is data."""
    toks = reader.toks
    close = reader.close_of(i)
    j = i + 2
    while j < close and toks[j].kind in ("meta", "discard"):
        j = reader.skip(j + 1)
    if j >= close or toks[j].kind != "sym":
        return
    name, j = toks[j].text.rsplit("/", 1)[-1].casefold(), j + 1
    last: tuple[object, int, dict[tuple[object, ...], int]] | None = None
    while j < close:
        last = reader.form(j)
        j = max(last[1], j + 1)
    if last is not None and isinstance(last[0], dict | list | Markup) and last[0]:
        yield name, Literal(*last)


def _page_sections(page: Markup, reader: FormReader, spec: FieldSpec) -> list[Section]:
    """A Hiccup page's entries, read by the HTML reader (``[:dl [:dt#x "x"] [:dd ...]]``),
    each on the line of the first string that names its term: a page of three or more
    ``:dt`` terms or under a glossary heading (other pages are a site's prose)."""
    from rag_glossary.parsing.page_scripts import parse_page

    headings = (m.group(1).strip() for m in _HEADING.finditer(page))
    if page.count("<dt") < _MIN_TERMS and not any(map(POD_GLOSSARY_HEADING.fullmatch, headings)):
        return []  # a README section or a view: no glossary page
    sections = parse_page(page, "", spec).sections
    strings = [t for t in reader.toks if t.kind == "str"]
    at = 0
    for section in sections:
        name = section.title.casefold()
        found = next(
            (k for k in range(at, len(strings)) if name in strings[k].text.casefold()), None
        )
        if found is not None:
            at = found + 1
            section.line = reader.line_of(strings[found].offset)
    return sections
