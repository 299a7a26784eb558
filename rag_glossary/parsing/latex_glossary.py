"""Dialect ``latex``: a LaTeX ``glossaries`` file, one entry per definition macro.

``\\newglossaryentry{key}{name=..., description=...}`` (and ``\\provideglossaryentry``,
``\\longnewglossaryentry{key}{name=...}{description}``) give an entry titled by its name;
``\\newacronym[description=...]{key}{SHORT}{Long form}`` (and glossaries-extra's
``\\newabbreviation``) one titled by SHORT, the long form an alias and, without a
description, the text. ``see=`` and ``parent=`` keys name related entries; cross-references
(``\\gls{key}``, ``\\glsentrytext{key}``, ``\\acrfull{key}``) read as the entry they name.

pylatexenc finds the macros (comments, nested groups, optional arguments) and renders values
as text (accents, TeX quotes and dashes, font commands, math); the key=value lists are split
here. Anchors are the slug of the name as written, commands deleted (``Qualm\\"e``: ``qualme``),
as the slug rule deletes every other character that is not a letter. A ``.tex`` file with none
of these macros (a thesis chapter) gives no entries and says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rag_glossary.latex import readable_math
from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.latex_description import description_sections
from rag_glossary.parsing.latex_keyval import braced_list, keyvals

_ENTRY_MACROS = {"newglossaryentry": "{{", "provideglossaryentry": "{{"}
_LONG_MACROS = {"longnewglossaryentry": "{{{", "longprovideglossaryentry": "{{{"}
_ACRONYM_MACROS = {"newacronym": "[{{{", "newabbreviation": "[{{{"}
NO_MACROS = (
    "no \\newglossaryentry, \\newacronym or \\newabbreviation definitions"
    " and no \\item[Term] definition list"
)
# \gls{key}, \Glspl{key}, \glsentrytext{key}, \acrshort{key}, \acrfull{key}, \glsdisp{key}{text}
_REFERENCE = re.compile(
    r"\\(?P<cmd>[Gg][Ll][Ss][A-Za-z]*|[Aa]cr[A-Za-z]*|[Aa]c[slf]?p?)\*?\+?"
    r"(?:\[[^\]]*\])?\{(?P<key>[^{}]*)\}(?:\{(?P<text>[^{}]*)\})?"
)
_COMMAND = re.compile(r"\\(?:[A-Za-z]+\*?|.)")
# \href{url}{text} shows its text (pylatexenc 2.11 fails on it); \cite{key} and kin print a
# reference list's label, not glossary text; \enquote{x} prints "x" in quotes, as does \qt{x}
# (the "quoted text" macro of the glossaries manuals' class, nlctdoc).
_HREF = re.compile(r"\\href\s*\{[^{}]*\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
_CITATION = re.compile(
    r"[ \t]*\\(?:[A-Za-z]*cite[A-Za-z]*|citeauthor|citeyear)\*?(?:\s*\[[^\]]*\]){0,2}\s*\{[^{}]*\}"
)
_TEX_LOGO = re.compile(r"\\((?:La|Xe|XeLa|Lua|LuaLa|pdf|pdfLa|Bib|Con)?TeX)(?![A-Za-z])")
_ENQUOTE = re.compile(r"\\(?:enquote\*?|qt)\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
_ENSUREMATH = re.compile(r"\\ensuremath\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Definition:
    key: str
    line: int
    name: str  # LaTeX source of the displayed name (SHORT for an acronym)
    description: str
    long: str = ""  # an acronym's long form
    plural: str = ""
    fields: tuple[tuple[str, str], ...] = ()


def parse_latex_glossary(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    found = _definitions(text)
    if not found:  # a book's glossary chapter: \item[Term] definition lists
        sections = description_sections(text)
        return Parsed(sections) if sections else Parsed([], problem=NO_MACROS)
    names = {d.key: d for d in found}
    return Parsed([definition_section(d, names) for d in found])


def _definitions(text: str) -> list[Definition]:
    from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db
    from pylatexenc.macrospec import MacroSpec

    db = get_default_latex_context_db()
    specs = {**_ENTRY_MACROS, **_LONG_MACROS, **_ACRONYM_MACROS}
    db.add_context_category(
        "glossaries", macros=[MacroSpec(n, a) for n, a in specs.items()], prepend=True
    )
    walker = LatexWalker(text, latex_context=db, tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes(pos=0)
    out: list[Definition] = []
    for node in _macro_nodes(nodes):
        args = [_arg_source(a) for a in node.nodeargd.argnlist]
        line = text.count("\n", 0, node.pos) + 1
        if definition := _definition(node.macroname, args, line):
            out.append(definition)
    return out


def _macro_nodes(nodes: Any) -> Any:
    """Every glossary definition macro, in document order, inside groups and environments."""
    for node in nodes or ():
        name = getattr(node, "macroname", None)
        if name in _ENTRY_MACROS or name in _LONG_MACROS or name in _ACRONYM_MACROS:
            if node.nodeargd is not None:
                yield node
            continue
        yield from _macro_nodes(getattr(node, "nodelist", None))
        if (argd := getattr(node, "nodeargd", None)) is not None:  # \AtBeginDocument{...}
            yield from _macro_nodes(argd.argnlist)


def _arg_source(arg: Any) -> str:
    if arg is None:
        return ""
    verbatim = str(arg.latex_verbatim())
    if verbatim[:1] in "{[" and verbatim[-1:] in "}]":
        return verbatim[1:-1]
    return verbatim


def _definition(macro: str, args: list[str], line: int) -> Definition | None:
    if macro in _ACRONYM_MACROS:
        options, key, short, long = args
        values = keyvals(options)
        description = values.pop("description", "")
        plural = values.get("shortplural", "") or f"{short}s"
        return Definition(key.strip(), line, short, description, long, plural, _items(values))
    key, options = args[0], args[1]
    values = keyvals(options)
    description = args[2] if macro in _LONG_MACROS else values.pop("description", "")
    values.pop("description", None)
    name = values.pop("name", "") or values.get("text", "") or key
    if not name.strip():
        return None
    plural = values.get("plural", "") or f"{name}s"
    return Definition(key.strip(), line, name, description, "", plural, _items(values))


def _items(values: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(values.items())


def definition_section(
    d: Definition, names: dict[str, Definition], *, visible_anchor: bool = False
) -> Section:
    """One entry of a definition; ``visible_anchor``: the anchor is the slug of the name as
    shown (``\\href{url}{PRISMA}``: ``prisma``), not of its source with commands deleted."""
    title = latex_text(d.name, names)
    long = latex_text(d.long, names)
    body = latex_text(d.description, names) or long
    # "-- the person running the game", ", to establish the centre": a description that
    # goes on from the name; its lead mark goes
    body = re.sub(r"^[-–—,;:]+\s*", "", body)
    fields = dict(d.fields)
    aliases = [long] if long else []
    if (text := latex_text(fields.get("text", ""), names)) and text.casefold() != title.casefold():
        aliases.append(text)
    # parent=, alias= (the entry \gls links to instead), see= and seealso= name other entries
    related = ("parent", "alias", "see", "seealso")
    see = [_title_of(k, names) for f in related for k in braced_list(fields.get(f, ""))]
    extra = [f"Symbol: {s}" for s in [latex_text(fields.get("symbol", ""), names)] if s]
    return Section(
        title=title,
        line=d.line,
        body=body,
        aliases=aliases,
        see_also=list(dict.fromkeys(s for s in see if s and s.casefold() != title.casefold())),
        slug_text=title if visible_anchor else _COMMAND.sub("", d.name),
        fields=extra,
    )


def _title_of(key: str, names: dict[str, Definition]) -> str:
    target = names.get(key.strip())
    return latex_text(target.name, names) if target else key.strip()


def latex_text(latex: str, names: dict[str, Definition]) -> str:
    """Plain text of a LaTeX value: references resolved, then rendered by pylatexenc."""
    from pylatexenc.latex2text import LatexNodes2Text

    if not latex.strip():
        return ""
    resolved = _ENSUREMATH.sub(r"$\1$", _REFERENCE.sub(lambda m: _reference(m, names), latex))
    resolved = _CITATION.sub("", _HREF.sub(r"\1", resolved)).replace("()", "")
    resolved = _TEX_LOGO.sub(r"\1", _ENQUOTE.sub(r"“\1”", resolved))
    plain = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True).latex_to_text(resolved)
    plain = _MATH.sub(lambda m: readable_math(next(g for g in m.groups() if g)), plain)
    plain = plain.replace("`", "'").replace("\xa0", " ")  # `natural 2': TeX's single quotes
    return "\n\n".join(" ".join(p.split()) for p in _BLANK_LINE.split(plain.strip()))


def _reference(match: re.Match[str], names: dict[str, Definition]) -> str:
    """What a cross-reference prints: the entry's name, long form or both (``\\acrfull``)."""
    cmd, key = match.group("cmd"), match.group("key").strip()
    if match.group("text") is not None and cmd.lower() in ("glsdisp", "glslink"):
        return match.group("text")
    target = names.get(key)
    if target is None:
        return key
    lower = cmd.lower()
    if target.long and ("full" in lower or lower in ("ac", "acf", "acfp")):
        shown = f"{target.long} ({target.name})"
    elif target.long and ("long" in lower or lower in ("acl", "aclp")):
        shown = target.long
    elif "desc" in lower:
        shown = target.description
    elif "pl" in lower:
        shown = target.plural
    else:
        shown = target.name
    if cmd[:1].isupper() and not cmd.isupper():
        return shown[:1].upper() + shown[1:]
    return shown.upper() if cmd.isupper() else shown
