"""Dialect ``pod``: a glossary written in Perl's POD (Plain Old Documentation).

POD is paragraphs: commands (``=head2 Term``, ``=item Term``, ``=over`` / ``=back``),
verbatim ones (indented: code) and ordinary text. A POD glossary names its terms one of
two ways, and the file says which, whichever gives more terms:

- headings: the level most headings have (``=head2`` under ``=head1 A`` .. ``Z`` letter
  groups, perl6's Synopsis 99); shallower headings (letters, ``NAME``, ``VERSION``,
  ``AUTHORS``) are no entries, a term heading with no text over deeper ones is a group
  whose deeper headings are the terms, and a deeper heading under a term with text is a
  part of that term;
- items of the outermost ``=over`` lists (``=item Term`` then its paragraphs, as
  perlglossary and Parrot's glossary write it; ``=item * B<term> -- text`` gives the bold
  lead as term). A bullet or number without a lead term is a list item, not a term.

Where a heading calls a part of the file its glossary (``=head1 GLOSSARY``, ``Glossary
of terms``, ``Terminology``), only that part is read. POD inside Perl code (a ``.pm`` or
``.pl`` module) is read only there: a module's other POD documents its functions, and its
code is never read. ``=begin``/``=end`` blocks, ``=for`` paragraphs and everything after
``=cut`` until the next command are not shown. A heading with no text is a stub entry, a
"See L</x>." body a pointer (redirects.alias_pointers). Formatting codes: pod_text.py.

No well-kept Python library reads POD (Pod::Simple is Perl; shelling out to perldoc or
pod2text would make perl a dependency), and the paragraph layer a glossary uses is small
and regular.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.corpus_files import POD_GLOSSARY_HEADING
from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    defined_acronym_aliases,
)
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.pod_text import Rendered, bold_letter_names, render

NO_TERMS = "no POD term headings or =item terms (in Perl code: none under a Glossary heading)"
_COMMAND = re.compile(r"^=([a-zA-Z]\w*)[ \t]*(.*)", re.S)
_HIDDEN = frozenset(("pod", "cut", "encoding", "for"))
_BULLET = re.compile(r"^(?:[*\-+o•·]|\d+[.)]?)(?:\s+|$)")
_LEAD = re.compile(r"^([BICF]<.+?>)\s*(?:--|[-–—:])\s*(.*)", re.S)
_BARE_LINK = re.compile(r"(?<![A-Za-z<])</([^<>|/\n]{1,80})>")  # "</x>": an L<> without its L


@dataclass(frozen=True)
class _Para:
    kind: str  # "command", "verbatim" or "text"
    name: str  # the command's name ("head2", "item", "over", "back"), else ""
    text: str
    line: int
    depth: int  # the =over lists open around it (a =back: with the one it closes)


@dataclass(frozen=True)
class _Term:
    at: int  # index of the term's paragraph
    end: int  # end of its body's paragraphs
    title: str  # the raw title (codes not yet rendered)
    lead: str = ""  # text on the item's own line after its bold term ("-- text")


def parse_pod(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    paras, code = _paragraphs(text)
    scope = _scope(paras, code)
    if scope is None:
        return Parsed([], problem=NO_TERMS)
    shapes = (_heading_terms(paras, *scope), _item_terms(paras, *scope))
    terms = max(shapes, key=len)
    if not terms:
        return Parsed([], problem=NO_TERMS)
    titles = [_plain(t.title) for t in terms]
    known = {t.casefold(): t for t in reversed(titles)} | {t: t for t in titles}
    return Parsed([_section(t, paras, known) for t in terms])


# --- paragraphs ------------------------------------------------------------------------------


def _paragraphs(text: str) -> tuple[list[_Para], bool]:
    """The shown POD paragraphs, and whether the file holds code outside its POD."""
    paras: list[_Para] = []
    code = False
    in_pod = False
    hidden: list[str] = []  # =begin blocks open
    depth = 0
    for line, lines in _blocks(text.replace("\r\n", "\n").split("\n")):
        command = _COMMAND.match("\n".join(lines))
        if not in_pod:
            if not command:
                code = code or any(not s.lstrip().startswith("#") for s in lines)
                continue
            in_pod = True
        if command is None:
            if not hidden:
                kind = "verbatim" if lines[0][:1] in (" ", "\t") else "text"
                paras.append(_Para(kind, "", "\n".join(lines), line, depth))
            continue
        name, rest = command.group(1), command.group(2).strip()
        if name == "cut":
            in_pod = False
        elif name == "begin":
            hidden.append(rest.split()[0] if rest else "")
        elif name == "end":
            hidden = hidden[:-1]
        elif hidden or name in _HIDDEN:
            continue
        else:
            paras.append(_Para("command", name, rest, line, depth))  # =back: the list's own
            depth = max(0, depth + (name == "over") - (name == "back"))
    return paras, code


def _blocks(lines: Sequence[str]) -> list[tuple[int, list[str]]]:
    """Runs of lines between blank (or whitespace-only) lines, with their 1-based line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for n, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                start = n
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _level(para: _Para) -> int:
    match = re.fullmatch(r"head([1-6])", para.name) if para.kind == "command" else None
    return int(match.group(1)) if match else 0


# --- where the terms are ---------------------------------------------------------------------


def _scope(paras: Sequence[_Para], code: bool) -> tuple[int, int, int] | None:
    """[start, end) of the glossary part and the level of its heading (0: the whole file);
    None for code whose POD has no glossary heading."""
    for k, para in enumerate(paras):
        level = _level(para)
        if level and POD_GLOSSARY_HEADING.fullmatch(render(para.text).text.strip()):
            end = next(
                (j for j in range(k + 1, len(paras)) if 0 < _level(paras[j]) <= level),
                len(paras),
            )
            if any(_level(p) > level or p.name == "item" for p in paras[k + 1 : end]):
                return k + 1, end, level
    return None if code else (0, len(paras), 0)


def _heading_terms(paras: Sequence[_Para], start: int, end: int, top: int) -> list[_Term]:
    heads = [k for k in range(start, end) if _level(paras[k]) > top]
    if not heads:
        return []
    counts = Counter(_level(paras[k]) for k in heads)
    level = max(counts, key=lambda n: (counts[n], n))
    terms: list[_Term] = []
    group = False  # the last term heading had no text over its deeper headings
    for k in heads:
        own = _level(paras[k])
        if own < level or (own > level and not group):
            group = False if own < level else group
            continue
        if own == level:
            group = k + 1 < end and _level(paras[k + 1]) > level
            if group:
                continue
        stop = next((j for j in range(k + 1, end) if 0 < _level(paras[j]) <= own), end)
        terms.append(_Term(k, stop, paras[k].text))
    return terms


def _item_terms(paras: Sequence[_Para], start: int, end: int, top: int) -> list[_Term]:
    del top
    items = [k for k in range(start, end) if paras[k].name == "item"]
    if not items:
        return []
    depth = min(paras[k].depth for k in items)
    terms = []
    for k in items:
        if paras[k].depth != depth:
            continue
        title, lead = _item_title(paras[k].text)
        if not title:
            continue
        stop = next((j for j in range(k + 1, end) if _item_end(paras[j], depth)), end)
        terms.append(_Term(k, stop, title, lead))
    return terms


def _item_end(para: _Para, depth: int) -> bool:
    if _level(para):
        return True
    return para.kind == "command" and para.depth <= depth and para.name in ("item", "back")


def _item_title(text: str) -> tuple[str, str]:
    """``=item Term`` is the term; ``=item * B<term> -- text`` the bold lead (and its
    text); a bare bullet or number, or a bullet over words, no term."""
    bullet = _BULLET.match(text)
    if not bullet:
        return text.strip().rstrip(":").strip(), ""
    lead = _LEAD.match(text[bullet.end() :])
    return (lead.group(1), lead.group(2).strip()) if lead else ("", "")


# --- entries ---------------------------------------------------------------------------------


def _plain(raw: str) -> str:
    return " ".join(render(raw).text.split())


def _section(term: _Term, paras: Sequence[_Para], known: dict[str, str]) -> Section:
    """``known``: the file's term titles by themselves and casefolded (the first wins)."""
    title = _plain(term.title)
    raw = [term.lead] if term.lead else []
    pieces: list[tuple[str, Rendered]] = []
    for para in paras[term.at + 1 : term.end]:
        piece = _piece(para, known)
        if piece is not None:
            pieces.append(piece)
            raw.append(para.text)
    if term.lead:
        pieces.insert(0, ("text", render(_linked(term.lead, known))))
    body = _join(pieces)
    return Section(
        title=title,
        line=paras[term.at].line,
        body=body,
        aliases=[
            *acronym_aliases(title),
            *defined_acronym_aliases(title, body),
            *(n for r in raw for n in bold_letter_names(r, title)),
        ],
        see_also=_see_also(pieces, known, title),
        slug_text=title,
    )


def _piece(para: _Para, known: dict[str, str]) -> tuple[str, Rendered] | None:
    if para.kind == "verbatim":
        return "verbatim", Rendered(textwrap.dedent(para.text.expandtabs(8)).rstrip())
    if para.kind == "text":
        return "text", render(_linked(para.text, known))
    if para.name == "item":
        bullet = _BULLET.match(para.text)
        mark = bullet.group(0).strip() if bullet else ""
        shown = render(_linked(para.text[bullet.end() :] if bullet else para.text, known))
        prefix = f"{mark.rstrip('.)')}." if mark[:1].isdigit() else "-"
        if not shown.text.strip():  # "=item 1" over its paragraph: the mark opens it
            return "mark", Rendered(prefix)
        return "item", Rendered(f"{prefix} {shown.text}", shown.links, shown.bold)
    if _level(para):
        return "text", render(para.text)
    return None


def _linked(raw: str, known: dict[str, str]) -> str:
    """A link that lost its ``L`` (``</precomposed codepoint>``) to a term of the file."""
    return _BARE_LINK.sub(
        lambda m: f"L</{m.group(1)}>" if m.group(1).casefold() in known else m.group(0), raw
    )


def _join(pieces: Sequence[tuple[str, Rendered]]) -> str:
    out: list[str] = []
    last = mark = ""
    for kind, rendered in pieces:
        text = rendered.text if kind == "verbatim" else " ".join(rendered.text.split())
        if kind == "mark":
            mark = f"{mark}{text} "
            continue
        if not text:
            continue
        if out:
            out.append("\n" if kind == last == "item" or (mark and last == "item") else "\n\n")
        out.append(mark + text)
        last, mark = ("item" if mark else kind), ""
    return "".join(out)


def _see_also(pieces: Sequence[tuple[str, Rendered]], known: dict[str, str], own: str) -> list[str]:
    """The terms of the file the body links (``L</x>``) or sets in bold (perlglossary's
    "words in bold are defined elsewhere"), a plural by its singular."""
    found: list[str] = []
    for _, rendered in pieces:
        for name in (*rendered.links, *rendered.bold):
            name = " ".join(name.split())
            singular = [name[: -len(end)].casefold() for end in ("s", "es") if name.endswith(end)]
            hit = next((known[n] for n in (name, name.casefold(), *singular) if n in known), None)
            if hit and hit.casefold() != own.casefold():
                found.append(hit)
    return list(dict.fromkeys(found))
