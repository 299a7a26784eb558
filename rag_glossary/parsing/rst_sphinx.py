"""Sphinx's roles and directives for docutils, which knows none of them (rst.py reads
the doctree): roles become their text (``:term:`net <Neural Network>``` -> "net", a
``:doc:`` link its target's name humanized), citation roles a marker that is dropped
with the space before it, ``.. glossary::`` a definition list (several term lines per
definition, comments between terms), ``.. seealso::`` a "See also: ..." paragraph, and
Sphinx-only directives (``toctree``, ``index``, ``versionadded``...) nothing.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

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
CITED = "\ue000"  # where a citation role stood (docutils drops "\\x00" itself)
_CITED_SPACE = re.compile(r"\s*\ue000")
_SEE_CITED = re.compile(r"(?:(?<=[.!?])[ \t]+|^)See(?:\s+also)?\s*\ue000[^.!?\n]*[.!?]", re.M)
_DROPPED_DIRECTIVES = (
    "toctree", "index", "only", "versionadded", "versionchanged", "deprecated", "todo",
    "highlight", "autosummary", "automodule", "autoclass", "autofunction", "currentmodule",
    "tabularcolumns", "centered", "hlist", "literalinclude", "glossary-legacy",
)  # fmt: skip
_registered = False


def register_sphinx() -> None:
    """Register the roles and directives with docutils (once)."""
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

    return [nodes.Text(CITED)], []


def drop_citations(text: str) -> str:
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
