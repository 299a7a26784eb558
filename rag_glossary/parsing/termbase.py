"""Termbase exports: TBX (v2 ``<martif>`` / ``<termEntry>``, v3 ``<tbx>`` / ``<conceptEntry>``,
TBX-Basic and TBX-Core) and SDL MultiTerm XML (``<mtf>`` / ``<conceptGrp>``).

One entry per concept, read in the file's main language (corpus.toml's ``language``, else
the TBX root's ``xml:lang``, else the language a concept most often opens with): its first
term there is the title; its other terms, then every other language's terms, are aliases
(a question in either language finds the concept). The body is the concept's definitions
(``descrip type="definition"``; a MultiTerm field is named by the termbase's author, so any
type opening with "defin" / "défin": Definition, Definizione, Définition), at concept level
and in the main language, then its contexts and notes, each a paragraph with no field label
(see ``_texts``). Another language's text is read only when the main language has none.
Sources, status, grammar, register, subject field and transaction history are bookkeeping,
no text. A concept with terms and no text at all is still an entry: a termbase lists terms
its author did not define, and the answer then says the glossary has the term but no
definition.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from rag_glossary.parsing.base import Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.xml_text import block_text, inline_text, local_name

CONCEPTS = frozenset(("termentry", "conceptentry", "conceptgrp"))
_LANGUAGE_GROUPS = frozenset(("langset", "langsec", "languagegrp"))
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DEFINITION = re.compile(r"d[eéè]fini", re.I)
_CONTEXT = re.compile(r"conte[xs]t|kontext|example|exemple|esempio|beispiel", re.I)
_NOTE = re.compile(r"\bnot[ea]s?\b|explanation|comment|usage", re.I)
# "Definition source", "Fonte definizione", "Quelle": provenance of a field, no text.
_SOURCE = re.compile(r"source|fonte|quelle|fuente|bron", re.I)
_URL = re.compile(r"\S+://\S+|www\.\S+")
# A note's sentence about the term as a word (its register, spelling, grammar, collocations,
# being an acronym) is bookkeeping like the Register and Grammar fields, not the concept.
_USAGE = re.compile(
    r"\b(?:acronym|initialism|abbreviation|register|spelling|spelt|collocat\w*|attested"
    r"|premodified|postmodified|grammatical|termbase|acronimo|sigla|registro|grafia"
    r"|attestat[aoie]|collocazion[ei]|acronyme|registre|orthographe)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“(]?[A-Z])")
# An editor's cut in a quotation: "[...]" / "[…]"; at a sentence's edge it cuts nothing the
# reader needs ("[...] Antibodies [are] ...", "the lungs [...].").
_CUT_AT_START = re.compile(r"(^|(?<=[.!?:;]) |(?<=[.!?][\"”]) )\s*\[(?:\.\.\.|…)\]\s*")
_CUT_AT_END = re.compile(r"\s*\[(?:\.\.\.|…)\]\s*(?=[.!?;:,)]|$)")
_CUT_INSIDE = re.compile(r"\s*\[(?:\.\.\.|…)\]\s*")
# An editor's insertion ("[An]", "[are]", "[for COVID-19]") is read as part of its sentence.
_INSERTION = re.compile(r"\[([^\[\]\d:/][^\[\]:/]{0,60})\]")
_NO_TERMS = "no termbase concept has a term"


def main_language(root: Any, concepts: list[Any], wanted: str | None) -> str:
    """corpus.toml's language, else the TBX root's, else the one concepts most often open with."""
    if wanted:
        return _primary(wanted)
    if root_language := _primary(str(root.get(_XML_LANG) or "")):
        return root_language
    first = Counter(
        lang for c in concepts if (groups := _groups(c)) if (lang := _group_language(groups[0]))
    )
    return first.most_common(1)[0][0] if first else "en"


def concept_section(concept: Any, line: int, language: str) -> Section | None:
    """The entry of one concept, or None when it has no term."""
    groups = _groups(concept)
    main = [g for g in groups if _group_language(g) == language]
    if not groups:  # no language sections (a DITA termentry): the concept is one group
        main = [concept]
    terms = [t for g in main for t in _terms(g)]
    others = [t for g in groups if g not in main for t in _terms(g)]
    if not terms:
        terms, others = others, []
    if not terms:
        return None
    shared = list(_walk(concept))
    texts = _texts([*shared, *(e for g in main for e in g.iter())])
    if not texts:
        texts = _texts([*shared, *(e for g in groups if g not in main for e in g.iter())])
    body = "\n\n".join(texts)
    title = terms[0]
    names = [*terms[1:], *others, *acronym_aliases(title), *defined_acronym_aliases(title, body)]
    aliases = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
    return Section(title=title, line=line, body=body, aliases=list(dict.fromkeys(aliases)))


def no_terms() -> str:
    return _NO_TERMS


def _groups(concept: Any) -> list[Any]:
    return [g for g in concept.iter() if local_name(g) in _LANGUAGE_GROUPS]


def _walk(element: Any) -> Iterator[Any]:
    """Elements below ``element`` outside its language groups (the concept's own fields)."""
    for child in element:
        if local_name(child) in _LANGUAGE_GROUPS:
            continue
        yield child
        yield from _walk(child)


def _group_language(group: Any) -> str:
    """``xml:lang`` of a TBX language section; ``<language lang="EN">`` of a MultiTerm one."""
    code = group.get(_XML_LANG) or group.get("lang") or ""
    if not code:
        label = next((c for c in group if local_name(c) == "language"), None)
        code = (label.get("lang") or label.get("type") or "") if label is not None else ""
    return _primary(str(code))


def _primary(code: str) -> str:
    """``en_US`` / ``EN-GB`` / ``English`` as ``en`` / ``en`` / ``english``."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def _terms(group: Any) -> list[str]:
    found = [t for e in group.iter() if local_name(e) == "term" if (t := inline_text(e))]
    return list(dict.fromkeys(" ".join(t.split()) for t in found))


def _texts(elements: list[Any]) -> list[str]:
    """Definitions first (else contexts), then notes, each once, in document order.

    No field label is glued to the text. A context is a sentence quoted from use to attest
    the term, with its own source: it says what the concept is only when nothing defines
    it, so it is the entry's text then and is dropped after a definition (where it led the
    answer away from the definition and into an unrelated story). A note keeps its
    sentences about the concept and loses those about the term as a word.
    """
    kinds: dict[str, list[str]] = {"definition": [], "context": [], "note": []}
    for element in dict.fromkeys(elements):
        kind = _kind(element)
        text = block_text(element) if kind is not None else ""
        if kind == "note":
            text = _concept_sentences(text)
        # "G-Source: http://...": a link with a label is no text
        if kind is not None and len(_URL.sub(" ", text).split()) >= 2:
            kinds[kind].append(edited_text(text))
    texts = list(dict.fromkeys(kinds["definition"]))
    if not texts:
        texts = list(dict.fromkeys(kinds["context"]))
    texts.extend(dict.fromkeys(kinds["note"]))
    return texts


def edited_text(text: str) -> str:
    """A quotation's editorial brackets read as prose: a cut at a sentence's edge goes, one
    inside a sentence is an ellipsis, an insertion loses its brackets."""
    opened = _CUT_AT_START.match(text)
    rest = text[opened.end() :] if opened else ""
    if rest[:1].islower() and rest.split(" ", 1)[0].islower():  # not "[...] mRNA is ..."
        text = rest[:1].upper() + rest[1:]  # "[...] patients who were ..."
    text = _CUT_AT_START.sub(lambda m: m.group(1), text)
    text = _CUT_AT_END.sub("", text)
    text = _CUT_INSIDE.sub(" … ", text)
    return " ".join(_INSERTION.sub(r"\1", text).split())


def _concept_sentences(text: str) -> str:
    return " ".join(s for s in _SENTENCE.split(" ".join(text.split())) if not _USAGE.search(s))


def _kind(element: Any) -> str | None:
    name = local_name(element)
    if name == "note":  # TBX's free note
        return "note"
    if name not in ("descrip", "definition"):
        return None
    if name == "definition":  # a DITA termentry's definition element
        return "definition"
    label = " ".join(str(element.get("type") or "").split())
    if not label or _SOURCE.search(label):
        return None
    if _DEFINITION.match(label):
        return "definition"
    if _CONTEXT.search(label):
        return "context"
    return "note" if _NOTE.search(label) else None
