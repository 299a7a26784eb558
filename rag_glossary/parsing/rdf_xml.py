"""RDF/XML (``.rdf``, ``.skos``) to triples, for skos.py: node elements (``rdf:Description``
or typed, ``skos:Concept``) with ``rdf:about`` / ``rdf:ID`` / ``rdf:nodeID``, property
elements holding text (``xml:lang`` inherited), an ``rdf:resource`` or nested nodes, and
property attributes. The XML is read with defusedxml (xml_glossary.xml_root); the entities
a DOCTYPE declares (``<!ENTITY skos "http://...">``, used as ``&skos;Concept``) are
expanded first, as an RDF/XML writer means them.
"""

from __future__ import annotations

import re
from itertools import count
from typing import Any

from rag_glossary.parsing.turtle import RDF, RDF_TYPE, Literal, Triple

_XML = "{http://www.w3.org/XML/1998/namespace}"
_ENTITY_DECLARATION = re.compile(r"<!ENTITY\s+(\w[\w.-]*)\s+(['\"])([^'\"<>&]*)\2\s*>")
_SYNTAX = {f"{{{RDF}}}{n}" for n in ("about", "ID", "nodeID", "resource", "parseType", "datatype")}


def rdf_xml_triples(text: str) -> list[Triple]:
    from rag_glossary.parsing.xml_glossary import xml_root

    entities = {m.group(1): m.group(3) for m in _ENTITY_DECLARATION.finditer(text[:20000])}
    for name, value in entities.items():
        text = text.replace(f"&{name};", value)
    root, problem = xml_root(text)
    if root is None:
        raise ValueError(problem or "not well-formed XML")
    reader = _Reader(text, root.get(_XML + "base", ""))
    nodes = list(root) if root.tag == f"{{{RDF}}}RDF" else [root]
    for node in nodes:
        reader.node(node, root.get(_XML + "lang", ""))
    return reader.triples


class _Reader:
    def __init__(self, text: str, base: str) -> None:
        self.text = text
        self.base = base
        self.triples: list[Triple] = []
        self.blank = count(1)
        self.searched = 0

    def _subject(self, element: Any) -> str:
        if (about := element.get(f"{{{RDF}}}about")) is not None:
            about = str(about)
            return about if ":" in about or not self.base else self.base + about
        if (name := element.get(f"{{{RDF}}}ID")) is not None:
            return f"{self.base}#{name}"
        if (label := element.get(f"{{{RDF}}}nodeID")) is not None:
            return f"_:{label}"
        return f"_:#{next(self.blank)}"

    def _offset(self, subject: str) -> int:
        """Where the node is written: its name's next use after the last node found."""
        name = subject.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or subject
        at = self.text.find(f'"{name}"', self.searched)
        if at < 0:
            at = self.text.find(name, self.searched)
        if at >= 0:
            self.searched = at
        return self.searched

    def node(self, element: Any, lang: str) -> str:
        subject = self._subject(element)
        offset = self._offset(subject)
        lang = element.get(_XML + "lang", lang)
        if element.tag != f"{{{RDF}}}Description":
            self._add(subject, RDF_TYPE, _iri(element.tag), offset)
        for key, value in element.attrib.items():
            if key not in _SYNTAX and not key.startswith(_XML):
                self._add(subject, _iri(key), Literal(value, lang.lower()), offset)
        for child in element:
            self._property(subject, child, lang, offset)
        return subject

    def _property(self, subject: str, element: Any, lang: str, offset: int) -> None:
        predicate = _iri(element.tag)
        lang = element.get(_XML + "lang", lang)
        if (resource := element.get(f"{{{RDF}}}resource")) is not None:
            self._add(subject, predicate, resource, offset)
        elif element.get(f"{{{RDF}}}parseType") == "Resource":
            blank = f"_:#{next(self.blank)}"
            self._add(subject, predicate, blank, offset)
            for child in element:
                self._property(blank, child, lang, offset)
        elif len(element) and element.get(f"{{{RDF}}}parseType") != "Literal":
            for child in element:
                self._add(subject, predicate, self.node(child, lang), offset)
        else:
            text = "".join(element.itertext())
            self._add(subject, predicate, Literal(text, lang.lower()), offset)

    def _add(self, subject: str, predicate: str, value: str | Literal, offset: int) -> None:
        self.triples.append(Triple(subject, predicate, value, offset))


def _iri(tag: str) -> str:
    """``{http://www.w3.org/2004/02/skos/core#}prefLabel`` -> the property's IRI."""
    return tag[1:].replace("}", "", 1) if tag.startswith("{") else tag
