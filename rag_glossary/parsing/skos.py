"""Dialect ``skos``: a SKOS vocabulary in RDF Turtle (``.ttl``) or RDF/XML (``.rdf``, ``.skos``);
the same mapping reads JSON-LD's triples (jsonld.py).

Each ``skos:Concept`` or schema.org ``DefinedTerm`` is an entry (a concept scheme, term
set, collection or ontology header is none): its title is its ``skos:prefLabel`` (else
``rdfs:label``, schema's ``name``) in the glossary's language (corpus.toml's
``language``, else English, else an untagged label, else the first), never the subject's
IRI; its text is ``skos:definition`` (else ``rdfs:comment``, schema's ``description``) in
that language; its ``skos:altLabel`` / ``skos:hiddenLabel`` / ``alternateName`` are
aliases; codes (``skos:notation``, ``termCode``, ``identifier``) are no text; ``skos:example`` and
``skos:scopeNote`` / ``skos:note`` and a vocabulary's own literal properties (``:units``)
are ``Name: value`` lines as a data record's other fields are; ``skos:related`` /
``broader`` / ``narrower`` concepts are its see-also names. Provenance (editorial,
history and change notes, Dublin Core dates) is no text. The file is read, never fetched
or resolved (turtle.py, and ElementTree for RDF/XML).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.fields import MAX_FIELD_CHARS, FieldSpec, plain
from rag_glossary.parsing.record_lines import line_numbers
from rag_glossary.parsing.turtle import RDF_TYPE, Literal, Triple, TurtleError

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SCHEMA = "http://schema.org/"  # https://schema.org/ is read as this
_CONCEPTS = frozenset((SKOS + "Concept", SCHEMA + "DefinedTerm", SCHEMA + "CategoryCode"))
_LINKS = tuple(SKOS + name for name in ("related", "broader", "narrower"))
LABELS = (SKOS + "prefLabel", RDFS + "label", SCHEMA + "name")
_ALIASES = (SKOS + "altLabel", SKOS + "hiddenLabel", SCHEMA + "alternateName")
_TEXTS = (SKOS + "definition", RDFS + "comment", SCHEMA + "description")
# schema.org's properties of any thing: structure, codes and bookkeeping, never an entry's text.
_SCHEMA_STRUCTURE = frozenset(
    SCHEMA + name
    for name in (
        "name", "alternateName", "description", "termCode", "identifier", "inDefinedTermSet",
        "url", "sameAs", "mainEntityOfPage", "image", "inLanguage", "dateCreated",
        "dateModified", "datePublished", "creator", "author", "publisher", "license", "version",
        "codeValue", "inCodeSet", "position",
    )
)  # fmt: skip
_NOTES = tuple(SKOS + name for name in ("scopeNote", "note", "example"))
# Vocabularies whose properties are bookkeeping or structure, never an entry's text.
_OTHER_VOCABULARIES = (
    SKOS, RDFS, "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2002/07/owl#",
    "http://purl.org/dc/", "http://www.w3.org/ns/prov#", "http://xmlns.com/foaf/",
)  # fmt: skip
_NO_CONCEPTS = "no skos:Concept or DefinedTerm with a label"
_DEFAULT_LANGUAGE = "en"


@dataclass
class _Concept:
    offset: int
    values: dict[str, list[str | Literal]] = field(default_factory=dict)


def parse_skos(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    text = text.lstrip("\ufeff")
    try:
        found = _triples(text)
    except (TurtleError, ValueError) as exc:
        return Parsed([], problem=f"cannot read the RDF: {exc}")
    return concept_sections(found, text, spec)


def concept_sections(found: Iterable[Triple], text: str, spec: FieldSpec) -> Parsed:
    """One entry per concept of the triples; ``text`` is where their offsets point."""
    concepts = _concepts(found)
    titles = {iri: _title(c, spec) for iri, c in concepts.items()}
    lines = line_numbers(text, sorted(c.offset for c in concepts.values()))
    line_of = dict(zip(sorted(c.offset for c in concepts.values()), lines, strict=True))
    sections = [
        _section(concept, titles, line_of[concept.offset], spec)
        for iri, concept in concepts.items()
        if titles[iri]
    ]
    return Parsed(sections, problem=None if sections else _NO_CONCEPTS)


def _triples(text: str) -> list[Triple]:
    if text.lstrip().startswith("<") and re.search(r"<(?:rdf:)?RDF\b", text[:4000]):
        from rag_glossary.parsing.rdf_xml import rdf_xml_triples

        return rdf_xml_triples(text)
    from rag_glossary.parsing.turtle import triples

    return list(triples(text))


def _concepts(found: Iterable[Triple]) -> dict[str, _Concept]:
    """The concepts, in the order their first statement is written."""
    by_subject: dict[str, _Concept] = {}
    typed: set[str] = set()
    for triple in found:
        concept = by_subject.setdefault(triple.subject, _Concept(triple.offset))
        predicate, value = _schema(triple.predicate), triple.object
        value = _schema(value) if predicate == RDF_TYPE and isinstance(value, str) else value
        concept.values.setdefault(predicate, []).append(value)
        if predicate == RDF_TYPE and value in _CONCEPTS:
            typed.add(triple.subject)
    return {iri: c for iri, c in by_subject.items() if iri in typed}


def _schema(iri: str) -> str:
    return SCHEMA + iri[19:] if iri.startswith("https://schema.org/") else iri


def _literals(concept: _Concept, predicates: Iterable[str]) -> list[Literal]:
    return [v for p in predicates for v in concept.values.get(p, ()) if isinstance(v, Literal)]


def _in_language(values: list[Literal], spec: FieldSpec) -> list[Literal]:
    """The values in the glossary's language, else untagged ones, else those of the first
    language written."""
    wanted = (spec.language or _DEFAULT_LANGUAGE).casefold()
    for keep in (
        lambda v: v.lang == wanted or v.lang.startswith(wanted + "-"),
        lambda v: not v.lang,
        lambda v: bool(values) and v.lang == values[0].lang,
    ):
        if chosen := [v for v in values if keep(v)]:
            return chosen
    return []


def _title(concept: _Concept, spec: FieldSpec) -> str:
    """The preferred label, else ``rdfs:label`` (a vocabulary written without SKOS labels)."""
    for predicate in LABELS:
        if labels := _in_language(_literals(concept, (predicate,)), spec):
            return " ".join(labels[0].text.split())
    return ""


def _section(concept: _Concept, titles: dict[str, str], line: int, spec: FieldSpec) -> Section:
    title = _title(concept, spec)
    texts = next(
        (found for p in _TEXTS if (found := _in_language(_literals(concept, (p,)), spec))), []
    )
    aliases = [
        name
        for v in _in_language(_literals(concept, _ALIASES), spec)
        if (name := " ".join(v.text.split())) and name.casefold() != title.casefold()
    ]
    see_also = [
        titles[str(v)] for p in _LINKS for v in concept.values.get(p, ()) if titles.get(str(v))
    ]
    return Section(
        title=title,
        line=line,
        body="\n\n".join(t for v in texts if (t := plain(v.text))),
        aliases=list(dict.fromkeys(aliases)),
        see_also=list(dict.fromkeys(see_also)),
        fields=_fields(concept, spec),
    )


def _fields(concept: _Concept, spec: FieldSpec) -> list[str]:
    """``example: ...``, ``units: ...``: notes and the vocabulary's own literal properties."""
    own = [
        p
        for p in concept.values
        if not p.startswith(_OTHER_VOCABULARIES) and p not in _SCHEMA_STRUCTURE
    ]
    lines = []
    for predicate in (*_NOTES, *own):
        for value in _in_language(_literals(concept, (predicate,)), spec):
            text = " ".join(plain(value.text).split())
            if text and len(text) <= MAX_FIELD_CHARS:
                lines.append(f"{_local_name(predicate)}: {text}")
    return list(dict.fromkeys(lines))


def _local_name(iri: str) -> str:
    """``http://.../core#scopeNote`` -> ``scope note``."""
    name = re.split(r"[#/:]", iri.rstrip("#/"))[-1]
    return " ".join(re.sub(r"(?<=[a-z])(?=[A-Z])|[_-]+", " ", name).split()).lower()
