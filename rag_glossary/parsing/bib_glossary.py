"""Dialect ``bibtex``: glossary records kept in a BibTeX file (``.bib``), one entry a record.

bib2gls (glossaries-extra) reads ``@entry{key, name=..., description=...}``, ``@symbol``,
``@number``, ``@index`` / ``@indexplural`` (the key is the name when none is given),
``@abbreviation`` / ``@acronym`` (``short``, ``long``) and the ``@dual...`` / ``@tertiary...``
kinds that define two or three glossary entries from one record; ipypublish's ``@glsterm`` /
``@glsacronym`` (``abbreviation``, ``longname``) and the gloss package's ``@gd`` records
(``word``, ``definition``) are read alike. bibtexparser splits the file as BibTeX does
(``@string`` variables and ``#`` joins resolved, ``@comment``, ``@preamble`` and the text between
records ignored, field names in any case); values are LaTeX, read by the ``.tex`` reader's
rules (latex_glossary: ``\\gls{key}`` as the entry it names, accents, math).

An entry is titled as the glossary shows it: its name (the anchor is the slug of the name as
shown, ``\\href{url}{PRISMA}``: ``prisma``); an abbreviation by its short form, the long form
an alias and, without a description, its text. ``parent``, ``alias``, ``see`` and ``seealso``
name related entries. A record with no text (an index term, a parent heading) gives no entry,
and one whose ``alias`` names another record is that record's alias. A file of bibliography
records (``@article``, ``@book``) gives no entries and says so; a ``.bib`` that holds
``\\newglossaryentry`` macros is read as LaTeX.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rag_glossary.parsing.base import Parsed, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.latex_glossary import (
    Definition,
    definition_section,
    parse_latex_glossary,
)
from rag_glossary.parsing.latex_keyval import braced_list

# Record types titled by their name (a nameless one shows its parent's name, else its key).
_NAMED = frozenset(
    ("entry", "symbol", "number", "dualentry", "dualsymbol", "dualnumber", "glsterm",
     "glossaryterm", "glssymbol", "gd", "glossdef")
)  # fmt: skip
_INDEX = frozenset(("index", "indexplural", "dualindexentry", "dualindexsymbol", "dualindexnumber"))
_ABBREVIATIONS = frozenset(
    ("abbreviation", "acronym", "dualabbreviation", "dualacronym", "dualabbreviationentry",
     "dualentryabbreviation", "dualindexabbreviation", "tertiaryindexabbreviationentry",
     "glsacronym")
)  # fmt: skip
# Fields kept for definition_section: other names and related entries.
_KEPT = ("parent", "alias", "see", "seealso", "text", "symbol")
_GLOSSARY_MACRO = re.compile(r"\\(?:long)?(?:newglossaryentry|newacronym|newabbreviation)\b")
_NO_RECORDS = "no BibTeX records"
_NO_TEXT = "glossary records without a description or long form (index terms only)"
_NO_GLOSSARY = (
    "no glossary records (@entry, @abbreviation, @symbol, @index, ... as bib2gls reads them)"
)


@dataclass(frozen=True)
class _Record:
    kind: str
    key: str
    line: int
    fields: dict[str, str]


def parse_bib_glossary(text: str, source: str, spec: FieldSpec) -> Parsed:
    records = _records(text)
    glossary = [r for r in records if _is_glossary(r)]
    if not glossary:
        if _GLOSSARY_MACRO.search(text):
            return parse_latex_glossary(text, source, spec)
        return Parsed([], problem=_why_none(records))
    names = _named({d.key: d for d in (_definition(r) for r in glossary)})
    texts = {k: d for k, d in names.items() if d.description.strip() or d.long.strip()}
    if not texts:
        return Parsed([], problem=_NO_TEXT)
    sections = {k: definition_section(d, names, visible_anchor=True) for k, d in texts.items()}
    for key, d in names.items():
        if key not in texts and (target := sections.get(_alias_of(d))) is not None:
            target.aliases.append(definition_section(d, names, visible_anchor=True).title)
    for section in sections.values():  # "Integrated Development Environment (IDE)": IDE
        title, body = section.title, section.body
        named = [*acronym_aliases(title), *defined_acronym_aliases(title, body), *section.aliases]
        firsts: dict[str, str] = {}
        for alias in named:  # each name once, as first written
            firsts.setdefault(alias.casefold(), alias)
        section.aliases = [a for a in firsts.values() if a]
    return Parsed(sorted(sections.values(), key=lambda s: s.line))


def _named(names: dict[str, Definition]) -> dict[str, Definition]:
    """A record with no name shows its parent's (bib2gls's homographs), else its key."""
    out = {}
    for key, d in names.items():
        parent = names.get(dict(d.fields).get("parent", "").strip())
        if not d.name.strip():
            d = replace(d, name=parent.name if parent is not None and parent.name else key)
        out[key] = d
    return out


def _alias_of(d: Definition) -> str:
    """The key a record's ``alias`` field names ("" when none)."""
    keys = braced_list(dict(d.fields).get("alias", ""))
    return keys[0] if keys else ""


def _records(text: str) -> list[_Record]:
    from bibtexparser.entrypoint import parse_string

    library = parse_string(text, parse_stack=[])  # values as written
    strings: dict[str, str] = {}
    for string in library.strings:  # in file order: a variable may join earlier ones
        strings[string.key.strip().lower()] = _value(str(string.value), strings)
    return [
        _Record(
            entry.entry_type.lower(),
            entry.key.strip(),
            (entry.start_line or 0) + 1,
            {f.key.strip().lower(): _value(str(f.value), strings) for f in entry.fields},
        )
        for entry in library.entries
    ]


def _value(raw: str, strings: dict[str, str]) -> str:
    """A field's value as BibTeX reads it: ``{...}`` and ``"..."`` parts and ``@string``
    variables joined by ``#`` (``{hypertext } # markuplang``)."""
    out = []
    for part in _joined_parts(raw):
        part = part.strip()
        if len(part) >= 2 and part[0] + part[-1] in ("{}", '""'):
            out.append(part[1:-1])
        else:
            out.append(strings.get(part.lower(), part))  # a variable, or a bare number
    return "".join(out)


def _joined_parts(raw: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for i, ch in enumerate(raw):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            parts.append(raw[start:i])
            start = i + 1
    parts.append(raw[start:])
    return parts


def _is_glossary(record: _Record) -> bool:
    kind = record.kind
    if kind in _NAMED or kind in _INDEX or kind in _ABBREVIATIONS:
        return True
    # gloss's word/definition, or a type the document maps onto one of bib2gls's
    # (entry-type-aliases: @unit, @chemical) with a name and a description
    f = record.fields
    return ("word" in f and "definition" in f) or (
        ("name" in f or "short" in f) and "description" in f
    )


def _definition(record: _Record) -> Definition:
    f = record.fields
    description = f.get("description") or f.get("definition") or ""
    kept = tuple((k, f[k]) for k in _KEPT if f.get(k, "").strip())
    if record.kind in _ABBREVIATIONS:
        short = f.get("short") or f.get("abbreviation") or f.get("name") or record.key
        long = f.get("long") or f.get("longname") or ""
        plural = f.get("shortplural") or f"{short}s"
        return Definition(record.key, record.line, short, description, long, plural, kept)
    name = f.get("name") or f.get("word") or ""
    if not name.strip() and record.kind in _INDEX:
        name = record.key  # an index record's name is its key, even under a parent
    plural = f.get("plural") or f"{name or record.key}s"
    return Definition(record.key, record.line, name, description, "", plural, kept)


def _why_none(records: Iterable[_Record]) -> str:
    kinds = Counter(r.kind for r in records)
    if not kinds:
        return _NO_RECORDS
    shown = ", ".join(f"@{kind} x{n}" for kind, n in kinds.most_common(4))
    return f"{_NO_GLOSSARY}; its records: {shown}"
