"""Enum values as glossary records: Dart enhanced enums (``tepal('Tepal', 'The petals
...'),`` with ``const GlossaryTerm(this.term, this.definition);``), Kotlin enum classes
(``enum class Term(val term: String, val definition: String) { TEPAL("Tepal", "..."), }``)
and Java enums (``TEPAL("Tepal", "...");`` and a constructor ``Term(String term, ...) {``).

Each value's argument list is a record of the enum type; the enum's constructor names its
positions (source_records reads the parameters). A program's enums are mostly code
constants (HTTP statuses, error codes, log levels, UI labels, a glossary term's *status*):
the values are records only when the enum is named for what it holds, its last word a term
noun (``GlossaryTerm``, ``GlossaryTermDefinition``, ``BotanyTerms``, ``Jargon``), not
``GlossaryTermStatus``, ``ErrorCode`` or ``HttpStatus``, or declares a field only a glossary
has (``term``, ``definition``).

The value's identifier (``scorpioidCyme``, ``GHG_PROTOCOL``) is the program's name for the
constant, not an alias: it spells the term's words in code case, and where it is an
abbreviation the records that have one carry it in a field of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rag_glossary.parsing.fields import key_name
from rag_glossary.parsing.source_tokens import NOT_DATA, Token, group_end

# The last word of a glossary enum's name (plural -s dropped first) ...
_TERM_NOUNS = frozenset(
    (
        "term", "glossary", "glossarie", "word", "concept", "vocabulary", "jargon", "lexicon",
        "dictionary", "dictionarie", "terminology", "terminologie", "abbreviation", "acronym",
        "gloss",
    )
)  # fmt: skip
# ... or the word before a record noun (``GlossaryTermDefinition``, ``GlossaryEntry``): not
# ``GovernanceDefinition`` or ``GlossaryCategoryDefinition``, a program's specs of things.
_RECORD_NOUNS = frozenset(("definition", "entry", "entrie", "item", "record"))
_GLOSSARY_FIELDS = frozenset(("term", "definition", "meaning", "headword", "gloss"))
# ``"glossary.escaped.title"``: a message key whose text lives in a resource file.
_MESSAGE_KEY = re.compile(r"[a-z][\w-]*(?:\.[\w-]+)+")
_NAME_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_HEADER_LIMIT = 80  # tokens between ``enum Name`` and the body's brace


@dataclass(frozen=True)
class EnumValues:
    """One enum: its name, the ``(`` of each value's arguments, and the ``(`` of its
    constructor's parameter list (None when the file declares none)."""

    name: str
    openers: list[int]
    parameters_at: int | None


def glossary_enum(name: str, params: list[str]) -> bool:
    """Named for terms, or declaring a field only a glossary has (``term``, ``definition``;
    ``name`` and ``description`` are every status enum's)."""
    return _term_noun_name(name) or any(key_name(p) in _GLOSSARY_FIELDS for p in params)


def _term_noun_name(name: str) -> bool:
    words = [w.casefold() for w in _NAME_WORD.findall(name)]
    if not words:
        return False
    last = words[-1].removesuffix("s")
    if last in _RECORD_NOUNS and len(words) > 1:
        last = words[-2].removesuffix("s")
    return last in _TERM_NOUNS


def without_message_keys(
    records: list[tuple[dict[str, object], list[object], int]],
) -> list[tuple[dict[str, object], list[object], int]]:
    """The records less their positions that hold a message key in every record (the text
    is in a resource file; the key is no term and no definition)."""
    width = max((len(p) for _, p, _ in records), default=0)
    keys = {
        k
        for k in range(width)
        if all(
            k < len(p) and isinstance(p[k], str) and _MESSAGE_KEY.fullmatch(str(p[k]))
            for _, p, _ in records
        )
    }
    if not keys:
        return records
    return [
        (n, [NOT_DATA if k in keys else v for k, v in enumerate(p)], at) for n, p, at in records
    ]


def enum_values(toks: list[Token]) -> Iterator[EnumValues]:
    for i, tok in enumerate(toks[:-2]):
        if tok.kind != "name" or tok.text != "enum":
            continue
        at = i + 2 if toks[i + 1].text == "class" else i + 1  # Kotlin's "enum class"
        if at >= len(toks) or toks[at].kind != "name":
            continue
        name = toks[at].text
        header, opener = _header(toks, at + 1)
        if opener is None:
            continue
        end = group_end(toks, opener)
        openers, rest = _value_list(toks, opener + 1, end)
        if openers:
            params = header if header is not None else _constructor(toks, name, rest, end)
            yield EnumValues(name, openers, params)


def _header(toks: list[Token], at: int) -> tuple[int | None, int | None]:
    """(Kotlin's primary constructor ``(``, the body's ``{``) after the enum's name."""
    params = None
    j = at
    while j < min(len(toks), at + _HEADER_LIMIT):
        text = toks[j].text
        if text == "{":
            return params, j
        if text in (";", "}", "="):
            return None, None
        if text == "(":
            if params is None and j == at:
                params = j
            j = group_end(toks, j)
        j += 1
    return None, None


def _value_list(toks: list[Token], start: int, end: int) -> tuple[list[int], int]:
    """The ``(`` of each value's arguments, and where the value list ends: ``NAME(...)``,
    ``NAME``, ``NAME(...) { body }`` (Java), ``@Deprecated NAME(...)``, comma-separated up to
    a ``;`` or the body's end. Nothing when the body is no value list (a Swift ``case``)."""
    openers: list[int] = []
    j = start
    while j < end:
        while j < end and toks[j].text == "@":  # annotations
            j += 2
            if j < end and toks[j].text == "(":
                j = group_end(toks, j) + 1
        if j >= end or toks[j].kind != "name":
            return (openers, j) if j >= end or toks[j].text == ";" else ([], j)
        j += 1
        if j < end and toks[j].text == "(":
            openers.append(j)
            j = group_end(toks, j) + 1
        if j < end and toks[j].text == "{":
            j = group_end(toks, j) + 1
        if j < end and toks[j].text == ",":
            j += 1
            continue
        if j >= end or toks[j].text == ";":
            return openers, j
        return [], j  # "case x = ...", a field, a method: no value list
    return openers, j


def _constructor(toks: list[Token], name: str, start: int, end: int) -> int | None:
    """The ``(`` of ``Name(...) {`` / ``const Name(...);`` at the enum body's own depth."""
    j = start
    while j < end:
        tok = toks[j]
        if tok.text in ("{", "(", "["):
            j = group_end(toks, j) + 1
            continue
        if tok.kind == "name" and tok.text == name and j + 1 < end and toks[j + 1].text == "(":
            close = group_end(toks, j + 1)
            if close + 1 < len(toks) and toks[close + 1].text in ("{", ";", ":"):
                return j + 1
        j += 1
    return None
