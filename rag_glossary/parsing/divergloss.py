"""Divergloss concept files (``<glossary lang="sr">`` or an included ``<concepts>`` part):
one entry per ``<concept>``, read in the glossary's own language.

A concept names itself in several languages and environments: ``<term lang="en">cache</term>``,
``<term env="kde">кеш</term>``, or an ``<eterm>`` whose ``<nom>`` is the term (its ``<decl>``
forms, ``<origin>`` and ``<comment>`` are the term's grammar and its editors' remarks, no
text). A term with no ``lang`` is in the glossary's language (the root's ``lang``, else
corpus.toml's ``language``; a term labelled with that language is too). The first such term
is the title; the others, then every other language's terms, are aliases (a question in either
language finds the concept); a concept with no term in the glossary's language is titled by
its first term. The body is the concept's ``<desc>`` (then ``<ldesc>``) in the glossary's
language, else in any language. A link to another concept (``<ref c="id">``) is its text;
``<details>`` (an external page), ``<media>`` and ``<comment>`` are no text. A concept's
``related`` ids are see-also names (the titles of the concepts they identify).

Inline environment variants, ``~веб страницама|moz:веб странама~``, read as the glossary's
own wording: the alternative with no ``env:`` label, else the one labelled with the root's
``env``, else the first (``~копија~`` reads "копија", ``~|fed:мрежна~`` nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.xml_text import block_text, inline_text, local_name

CONCEPT = "concept"
_TERMS = frozenset(("term", "eterm"))
_TEXTS = ("desc", "ldesc")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# "~A|kde:B~": no white space just inside a tilde, so "~/a and ~/b" is no variant
_VARIANTS = re.compile(r"~(?=[^\s~])([^~\n]{0,300}?)(?<=[^\s~])~|~\|([^~\n]{0,300}?)(?<=\S)~")
_ENV_LABEL = re.compile(r"([a-z][a-z0-9 _-]*):(.*)", re.S)  # "fed gnm uk:списак"
_NO_TERMS = "no Divergloss concept has a term"


def is_divergloss(root: Any) -> bool:
    """A ``<concept>`` with a ``<term>`` or ``<eterm>`` child."""
    return any(
        local_name(c) == CONCEPT and any(local_name(k) in _TERMS for k in c) for c in root.iter()
    )


def parse_concepts(root: Any, lines: list[int], language: str | None) -> Parsed:
    """One entry per concept with a term; ``lines`` are the concepts' start lines."""
    main = _primary(root.get("lang") or root.get(_XML_LANG) or language or "")
    env = str(root.get("env") or "").split()
    concepts = [c for c in root.iter() if local_name(c) == CONCEPT]
    titles: dict[str, str] = {}
    found: list[tuple[Any, Section]] = []
    for n, concept in enumerate(concepts):
        line = lines[n] if n < len(lines) else (lines[-1] if lines else 1)
        section = _concept_section(concept, line, main, lambda t: variant_text(t, env))
        if section is None:
            continue
        titles.setdefault(str(concept.get("id") or ""), section.title)
        found.append((concept, section))
    for concept, section in found:
        related = str(concept.get("related") or "").split()
        section.see_also = [titles[r] for r in related if r in titles and r != concept.get("id")]
    sections = [s for _, s in found]
    title = next((inline_text(t) for t in root.iter() if local_name(t) == "title"), None)
    return Parsed(sections, title=title or None, problem=None if sections else _NO_TERMS)


def variant_text(text: str, env: list[str] | None = None) -> str:
    """Text with each ``~A|env:B~`` variant read as the glossary's own wording."""
    return _VARIANTS.sub(lambda m: _chosen(m, env or []), text)


def _chosen(match: re.Match[str], env: list[str]) -> str:
    if match.group(2) is not None:  # "~|fed:мрежна~": the unlabelled wording is nothing
        return ""
    labelled: list[tuple[list[str], str]] = []
    for part in match.group(1).split("|"):
        label = _ENV_LABEL.fullmatch(part)
        if label is None:
            return part
        labelled.append((label.group(1).split(), label.group(2)))
    own = next((words for envs, words in labelled if set(envs) & set(env)), None)
    return own if own is not None else labelled[0][1]


def _concept_section(
    concept: Any, line: int, main: str, clean: Callable[[str], str]
) -> Section | None:
    terms = [
        (_languages(t), name) for t in concept if local_name(t) in _TERMS if (name := _name(t))
    ]
    if not terms:
        return None
    own = [name for langs, name in terms if _in_language(langs, main)]
    others = [name for langs, name in terms if not _in_language(langs, main)]
    if not own:
        own, others = [name for _, name in terms], []
    texts = [c for c in concept if local_name(c) in _TEXTS]
    chosen = [c for c in texts if _in_language(_languages(c), main)] or texts
    chosen.sort(key=lambda c: _TEXTS.index(local_name(c)))
    paragraphs = [clean(p) for c in chosen for p in block_text(c).split("\n\n")]
    body = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    title = own[0]
    aliases = [a for a in dict.fromkeys([*own[1:], *others]) if a.casefold() != title.casefold()]
    return Section(title=title, line=line, body=body, aliases=aliases)


def _name(term: Any) -> str:
    """A ``<term>``'s text; an ``<eterm>``'s ``<nom>``."""
    if local_name(term) == "eterm":
        nom = next((c for c in term if local_name(c) == "nom"), None)
        return inline_text(nom) if nom is not None else ""
    return inline_text(term)


def _languages(element: Any) -> list[str]:
    return [_primary(code) for code in str(element.get("lang") or "").split()]


def _in_language(languages: list[str], main: str) -> bool:
    """No label is the glossary's language."""
    return not languages or main in languages


def _primary(code: str) -> str:
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
