"""Dialect ``rst``: reStructuredText glossaries, parsed with docutils.

Entries are the terms of Sphinx ``.. glossary::`` directives (several term
lines may share one definition: the first is the title, the others aliases;
``A / B approach`` also gives each side as an alias, and so does a quoted name
the definition gives, ``referred to as the "target"``) and of plain definition
lists. Sphinx roles (``:term:`net <Neural Network>```, ``:ref:``...) become their
text; ``.. seealso::`` becomes a "See also" line; other Sphinx-only directives are
dropped; lists keep one item a line; math reads as plain text (latex.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rag_glossary.latex import readable_math
from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    quoted_aliases,
    slash_aliases,
)
from rag_glossary.parsing.clean import fix_mojibake

_ROLE_TEXT = re.compile(r"^(.*?)\s*<[^<>]*>$", re.DOTALL)
_SPHINX_ROLES = (
    "term", "ref", "doc", "numref", "eq", "abbr", "any", "download", "envvar", "option",
    "command", "program", "file", "samp", "kbd", "guilabel", "menuselection", "dfn",
    "class", "func", "meth", "mod", "attr", "obj", "data", "exc", "const",
    "py:class", "py:func", "py:meth", "py:mod", "py:attr", "py:obj", "py:data", "py:exc",
)  # fmt: skip
_LINK_ROLES = ("doc", "ref", "numref", "any")
# sphinxcontrib-bibtex's citation roles (:cite:p:`key`, :footcite:t:`key`): markers that
# render as nothing, as citation markers do in the other formats.
_CITE_FORMS = ("", "p", "ps", "t", "ts", "ct", "cts", "alp", "alps", "author", "authors",
               "authorpar", "authorpars", "year", "years", "yearpar", "yearpars", "label",
               "labels", "labelpar", "labelpars", "empty")  # fmt: skip
_CITE_ROLES = tuple(f"{base}:{form}" if form else base
                    for base in ("cite", "footcite") for form in _CITE_FORMS)  # fmt: skip
_CITED = "\ue000"  # where a citation role stood (docutils drops "\\x00" itself)
_CITED_SPACE = re.compile(r"\s*\ue000")
_SEE_CITED = re.compile(r"(?:(?<=[.!?])[ \t]+|^)See(?:\s+also)?\s*\ue000[^.!?\n]*[.!?]", re.M)
_DROPPED_DIRECTIVES = (
    "toctree", "index", "only", "versionadded", "versionchanged", "deprecated", "todo",
    "highlight", "autosummary", "automodule", "autoclass", "autofunction", "currentmodule",
    "tabularcolumns", "centered", "hlist", "literalinclude", "glossary-legacy",
)  # fmt: skip
_registered = False


def parse_rst(text: str, source: str, spec: object) -> Parsed:
    del spec
    from docutils import nodes

    _register()
    tree = _doctree(text, source)
    if tree is None:
        return Parsed([], problem="docutils could not read it")
    lines = text.split("\n")
    sections: list[Section] = []
    for item in tree.findall(nodes.definition_list_item):
        if _nested(item):
            continue  # a definition's own deflist (or a mis-indented line) is part of its body
        section = _item_section(item, lines)
        if section:
            sections.append(section)
    loose = _loose_items(tree, lines)
    if len(loose) < _LOOSE_ITEMS:
        # "**RAUW**", a blank line, its indented definition, among terms written "**Term**"
        # then the indented definition: the same bold term, with a blank line left under it
        bold_terms = any(_bold_term(t) for t in tree.findall(nodes.term))
        loose = [s for s in loose if s.bold] if bold_terms else []
    if loose:
        sections = sorted([*sections, *(s.section for s in loose)], key=lambda s: s.line)
    problem = None if sections else "no glossary directive and no definition list"
    return Parsed(sections, problem=problem)


_LOOSE_ITEMS = 3  # fewer "term, blank line, indented text" pairs are prose and quotes
_LOOSE_TERM_WORDS = 6


@dataclass(frozen=True)
class _Loose:
    section: Section
    bold: bool  # the term line is one bold span ("**RAUW**")


def _bold_term(node: Any) -> bool:
    """A term (or paragraph) that is one bold span: ``**Term**``."""
    from docutils import nodes

    kids = [k for k in node.children if not (isinstance(k, nodes.Text) and not k.strip())]
    return len(kids) == 1 and isinstance(kids[0], nodes.strong)


def _loose_items(tree: Any, lines: Sequence[str]) -> list[_Loose]:
    """``Term``, a blank line, then its indented definition: Sphinx's glossary layout
    written outside (or under an empty) ``.. glossary::``, which docutils reads as a
    one-line paragraph followed by a block quote."""
    from docutils import nodes

    found: list[_Loose] = []
    for quote in tree.findall(nodes.block_quote):
        parent = quote.parent
        at = parent.index(quote)
        term = parent[at - 1] if at > 0 else None
        if not isinstance(term, nodes.paragraph) or _nested(quote):
            continue
        title = " ".join(term.astext().split())
        one_line = "\n" not in term.astext().strip()
        if not one_line or len(title.split()) > _LOOSE_TERM_WORDS or title[-1:] in ".:;,!?":
            continue
        body = _definition_text(quote)
        section = Section(
            title=title,
            line=_line_of(title, term, lines),
            body=body,
            aliases=[*acronym_aliases(title), *slash_aliases(title)],
            slug_text=title,
        )
        found.append(_Loose(section, _bold_term(term)))
    return found


def _doctree(text: str, source: str) -> Any:
    from docutils.core import publish_doctree
    from docutils.utils import SystemMessage

    settings = {
        "report_level": 5,
        "halt_level": 5,
        "warning_stream": False,
        "file_insertion_enabled": False,
        "raw_enabled": False,
        "input_encoding": "unicode",
    }
    try:
        return publish_doctree(text, source_path=source, settings_overrides=settings)
    except (SystemMessage, RecursionError, ValueError, IndexError, AttributeError):
        return None


def _item_section(item: Any, lines: Sequence[str]) -> Section | None:
    from docutils import nodes

    children = item.children
    terms = [
        fix_mojibake(_drop_citations(" ".join(t.astext().split())))
        for t in children
        if isinstance(t, nodes.term)
    ]
    terms = [t for t in terms if t]
    if not terms:
        return None
    body = [_definition_text(d) for d in children if isinstance(d, nodes.definition)][:1]
    title = terms[0]
    text = "\n".join(b for b in body if b)
    return Section(
        title=title,
        line=_line_of(title, item, lines),
        body=text,
        aliases=[*terms[1:], *acronym_aliases(title), *slash_aliases(title), *quoted_aliases(text)],
        slug_text=title,
    )


def _nested(item: Any) -> bool:
    from docutils import nodes

    parent = item.parent
    while parent is not None:
        if isinstance(parent, nodes.definition_list_item):
            return True
        parent = parent.parent
    return False


def _definition_text(definition: Any) -> str:
    from docutils import nodes

    for junk in list(definition.findall(nodes.system_message)):
        junk.parent.remove(junk)
    for math in list(definition.findall(nodes.math)):
        math.parent.replace(math, nodes.Text(readable_math(math.astext())))
    # footnote and citation references ("pattern [1]_", "[Smith2020]_"), resolved or not,
    # go like citation roles: a bare "1" or "[1]_" in the text means nothing to a reader
    marks = (nodes.footnote_reference, nodes.citation_reference, nodes.problematic)
    for mark in [m for kind in marks for m in definition.findall(kind)]:
        if not isinstance(mark, nodes.problematic) or _REFERENCE_MARK.fullmatch(mark.astext()):
            mark.parent.replace(mark, nodes.Text(_CITED))
    blocks: list[str] = []
    for child in definition.children:
        text = _block_text(child)
        if not text:
            continue
        # A displayed formula continues the sentence that leads to it ("Defined as").
        if isinstance(child, nodes.math_block) and blocks and not _SENTENCE_END.search(blocks[-1]):
            blocks[-1] = f"{blocks[-1]} {text}"
        else:
            blocks.append(text)
    return fix_mojibake(_drop_citations("\n".join(blocks)))


_REFERENCE_MARK = re.compile(r"\[[^\[\]\s]+\]_")
_SENTENCE_END = re.compile(r"(?<!\bi\.e)(?<!\be\.g)[.!?:;)\]\"']$")


def _block_text(node: Any, depth: int = 0) -> str:
    """A body element as text: lists one item per line (``- item``, nested ones indented),
    formulas as readable text, code verbatim, any other element on one line."""
    from docutils import nodes

    if isinstance(node, nodes.literal_block):
        return str(node.astext()).strip()
    if isinstance(node, nodes.math_block):
        return readable_math(node.astext())
    if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
        items = [_item_text(item, depth) for item in node.children]
        return "\n".join(item for item in items if item)
    return " ".join(node.astext().split())


def _item_text(item: Any, depth: int) -> str:
    from docutils import nodes

    own: list[str] = []
    nested: list[str] = []
    for child in item.children:
        if isinstance(child, (nodes.bullet_list, nodes.enumerated_list)):
            nested.append(_block_text(child, depth + 1))
        elif text := _block_text(child, depth + 1):
            own.append(text)
    head = "  " * depth + "- " + " ".join(own) if own else ""
    return "\n".join(line for line in (head, *nested) if line)


def _line_of(term: str, item: Any, lines: Sequence[str]) -> int:
    """The 1-based line where the term is written, searched near docutils' line."""
    hint = item.get("term_line") or getattr(item, "line", None) or 1
    start = max(0, int(hint) - 3)
    window = range(start, min(len(lines), start + 40))
    for i in window:
        if lines[i].strip().startswith(term):
            return i + 1
    first_word = term.split()[0]
    for i in window:
        if first_word in lines[i]:
            return i + 1
    return max(1, min(int(hint), len(lines)))


def _register() -> None:
    global _registered
    if _registered:
        return
    from docutils.parsers.rst import directives, roles

    for name in _SPHINX_ROLES:
        roles.register_local_role(name, _text_role)
    for name in _CITE_ROLES:
        roles.register_local_role(name, _cite_role)
    directives.register_directive("glossary", _glossary_directive())
    directives.register_directive("seealso", _seealso_directive())
    for name in _DROPPED_DIRECTIVES:
        directives.register_directive(name, _dropped_directive())
    _registered = True


def _text_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: Any = None,
    content: Any = None,
) -> tuple[list[Any], list[Any]]:
    from docutils import nodes

    del rawtext, lineno, inliner, options, content
    match = _ROLE_TEXT.match(text)
    if match and match.group(1):
        return [nodes.Text(match.group(1))], []
    target = (match.group(0) if match else text).lstrip("~!")
    if name in _LINK_ROLES and match is None:
        # Sphinx shows the linked page's or section's title; its name, humanized, reads best.
        target = " ".join(target.rsplit("/", 1)[-1].replace("_", " ").replace("-", " ").split())
    return [nodes.Text(target)], []


def _cite_role(*_args: Any, **_kwargs: Any) -> tuple[list[Any], list[Any]]:
    from docutils import nodes

    return [nodes.Text(_CITED)], []


def _drop_citations(text: str) -> str:
    """Citation markers dropped with the space before them; a sentence that only sends
    the reader to a reference ("See :footcite:t:`key` for details.") goes with them."""
    return _CITED_SPACE.sub("", _SEE_CITED.sub("", text)).strip()


def _glossary_directive() -> Any:
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives

    class Glossary(Directive):  # type: ignore[misc]  # docutils has no type hints
        """Sphinx's glossary: term lines, then an indented definition."""

        has_content = True
        option_spec: ClassVar[dict[str, Any]] = {"sorted": directives.flag}

        def run(self) -> list[Any]:
            dlist = nodes.definition_list()
            for terms, term_line, body, body_offset in _glossary_entries(self.content):
                item = nodes.definition_list_item()
                item["term_line"] = term_line
                for term in terms:
                    term_node = nodes.term()
                    text_nodes, _ = self.state.inline_text(term, term_line)
                    term_node += text_nodes
                    item += term_node
                definition = nodes.definition()
                if body:
                    self.state.nested_parse(body, body_offset, definition)
                item += definition
                dlist += item
            return [dlist]

    return Glossary


def _glossary_entries(content: Any) -> list[tuple[list[str], int, Any, int]]:
    """(terms, line of the first term, definition lines, their offset) per glossary entry."""
    entries: list[tuple[list[str], int, Any, int]] = []
    texts = list(content)
    indents = [len(t) - len(t.lstrip()) for t in texts if t.strip()]
    base = min(indents) if indents else 0
    i = 0
    while i < len(texts):
        line = texts[i]
        if not line.strip() or len(line) - len(line.lstrip()) > base:
            i += 1
            continue
        if line.strip().startswith(".. "):
            i = _past_comment(texts, i, base)
            continue
        terms, first = [], i
        while (
            i < len(texts) and texts[i].strip() and len(texts[i]) - len(texts[i].lstrip()) == base
        ):
            terms.append(texts[i].strip().split(" : ")[0])
            i += 1
        start = i
        while i < len(texts) and (
            not texts[i].strip() or len(texts[i]) - len(texts[i].lstrip()) > base
        ):
            i += 1
        body = content[start:i]
        if not any(b.strip() for b in body):
            body = body[:0]
        if len(body):
            cut = min(len(b) - len(b.lstrip()) for b in body if b.strip())
            body = body.__class__([b[cut:] for b in body], items=body.items)
        source_line = content.offset(first) + 1 if hasattr(content, "offset") else first + 1
        entries.append((terms, source_line, body, content.offset(start) if len(body) else 0))
    return entries


def _past_comment(texts: list[str], i: int, base: int) -> int:
    """Index after a ``.. comment`` and its indented lines (Sphinx allows them between terms)."""
    i += 1
    while i < len(texts) and (
        not texts[i].strip() or len(texts[i]) - len(texts[i].lstrip()) > base
    ):
        i += 1
    return i


def _seealso_directive() -> Any:
    from docutils import nodes
    from docutils.parsers.rst import Directive

    class SeeAlso(Directive):  # type: ignore[misc]  # docutils has no type hints
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True

        def run(self) -> list[Any]:
            text = " ".join([*self.arguments, *(line.strip() for line in self.content)]).strip()
            return [nodes.paragraph(text=f"See also: {text}")] if text else []

    return SeeAlso


def _dropped_directive() -> Any:
    from docutils.parsers.rst import Directive, directives

    class AnyOptions(dict[str, Any]):
        def __contains__(self, key: object) -> bool:
            return True

        def __getitem__(self, key: str) -> Any:
            return directives.unchanged

    class Dropped(Directive):  # type: ignore[misc]  # docutils has no type hints
        has_content = True
        optional_arguments = 10
        final_argument_whitespace = True
        option_spec = AnyOptions()

        def run(self) -> list[Any]:
            return []

    return Dropped
