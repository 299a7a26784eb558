"""Dialect ``jsonld``: a JSON-LD document (``.jsonld``, a ``.json`` that has a ``@context``
or a ``@graph``, a page's ``<script type="application/ld+json">``) read for its terms.

The document is expanded with PyLD (the JSON-LD API's Python implementation), so a term
is what a JSON-LD processor makes of it: ``@context`` prefixes and ``@vocab``, keyword
aliases, ``@language`` maps, ``@graph``, nested and referenced nodes. Its nodes become
triples and skos.py maps them to entries as it does a Turtle vocabulary's: a
``skos:Concept`` or a schema.org ``DefinedTerm`` is an entry. Nothing is fetched: the
schema.org context is known (its terms are schema.org's names), any other remote context
is read as empty, so its undefined keys mean nothing, as they would to a processor that
cannot load it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from itertools import count
from typing import Any

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.turtle import RDF_TYPE, Literal, Triple

SCHEMA = "http://schema.org/"
_SCHEMA_CONTEXTS = {
    f"{scheme}://schema.org{path}"
    for scheme in ("http", "https")
    for path in ("", "/", "/docs/jsonldcontext.json", "/docs/jsonldcontext.jsonld")
}
_SCHEMA_CONTEXT = {"@context": {"@vocab": SCHEMA, "schema": SCHEMA}}
_MAX_DEPTH = 200  # nested nodes deeper than this are not walked (a crafted file)


def parse_jsonld(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    text = text.lstrip("\ufeff")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        return Parsed([], problem=f"not valid JSON{where}")
    return read_json_ld(data, text, spec)


def is_json_ld(data: Any) -> bool:
    """A JSON value written as JSON-LD: an object (or a list of them) with a ``@context`` or
    a ``@graph``, or expanded nodes (``@id`` / ``@type`` beside full-IRI keys)."""
    nodes = data if isinstance(data, list) else [data]
    return any(
        isinstance(node, dict)
        and (
            "@context" in node
            or "@graph" in node
            or (
                ("@id" in node or "@type" in node)
                and any(str(k).startswith(("http://", "https://")) for k in node)
            )
        )
        for node in nodes[:20]
    )


def read_json_ld(data: Any, text: str, spec: FieldSpec) -> Parsed:
    """The entries of one parsed JSON-LD document; ``text`` is where its lines are found."""
    from rag_glossary.parsing.skos import LABELS, concept_sections

    skipped: list[str] = []
    try:
        expanded = _expand(data, skipped)
    except Exception as exc:  # PyLD raises JsonLdError and plain errors alike
        return Parsed([], problem=f"cannot read the JSON-LD: {_reason(exc)}")
    walker = _Walker(text, LABELS)
    for node in expanded:
        if isinstance(node, dict):
            walker.node(node, 0)
    parsed = concept_sections(walker.triples, text, spec)
    if parsed.problem and skipped:
        parsed.problem += f" (remote @context {skipped[0]} not fetched)"
    return parsed


def _expand(data: Any, skipped: list[str]) -> list[Any]:
    from pyld import jsonld

    def load(url: str, options: dict[str, Any]) -> dict[str, Any]:
        del options
        if url.rstrip("/") in _SCHEMA_CONTEXTS or url in _SCHEMA_CONTEXTS:
            document: dict[str, Any] = _SCHEMA_CONTEXT
        else:
            skipped.append(url)
            document = {"@context": {}}
        return {"contextUrl": None, "documentUrl": url, "document": document}

    options: Any = {"documentLoader": load, "base": ""}
    expanded = jsonld.expand(data, options)
    return expanded if isinstance(expanded, list) else [expanded]


def _reason(exc: Exception) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())[:200]


class _Walker:
    """Expanded JSON-LD nodes to triples, in the order they are written; a node's offset is
    where its first label is written after the previous node's."""

    def __init__(self, text: str, labels: tuple[str, ...]) -> None:
        self.text = text
        self.labels = labels
        self.triples: list[Triple] = []
        self.blank = count(1)
        self.searched = 0

    def node(self, node: dict[str, Any], depth: int) -> str:
        subject = str(node.get("@id") or f"_:#{next(self.blank)}")
        offset = self._offset(node)
        add: Callable[[str, str | Literal], None] = lambda p, v: self.triples.append(  # noqa: E731
            Triple(subject, p, v, offset)
        )
        for kind in node.get("@type", ()):
            add(RDF_TYPE, str(kind))
        for key, values in node.items():
            if key == "@graph" and depth < _MAX_DEPTH:
                for member in values:
                    self.node(member, depth + 1)
            elif key == "@reverse" and depth < _MAX_DEPTH:
                for predicate, others in values.items():
                    for other in others:
                        self.triples.append(
                            Triple(self.node(other, depth + 1), predicate, subject, offset)
                        )
            elif not key.startswith("@"):
                for value in _values(values):
                    if "@value" in value:
                        if isinstance(text := value["@value"], str | int | float):
                            add(key, Literal(str(text), str(value.get("@language", "")).lower()))
                    elif "@id" in value and len(value) == 1:
                        add(key, str(value["@id"]))
                    elif depth < _MAX_DEPTH:
                        add(key, self.node(value, depth + 1))
        return subject

    def _offset(self, node: dict[str, Any]) -> int:
        found = [
            at
            for predicate in self.labels
            for value in _values(node.get(predicate, ()))
            if isinstance(label := value.get("@value"), str)
            for written in {json.dumps(label, ensure_ascii=False), json.dumps(label)}
            if (at := self.text.find(written, self.searched)) >= 0
        ]
        if found:
            self.searched = min(found)
        return self.searched


def _values(values: Any) -> Iterator[dict[str, Any]]:
    """A property's value objects, a ``@list``'s members in their place."""
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, dict) and "@list" in value:
            yield from _values(value["@list"])
        elif isinstance(value, dict):
            yield value
