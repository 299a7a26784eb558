"""Dialect ``texinfo``: a Texinfo glossary (``.texi``, ``.texinfo``, ``.txi``; a TexiWEB ``.w``).

Texinfo writes a glossary in one of a few shapes, and a file may mix them:

- a two-column table, ``@table @asis`` (or ``@samp``, ``@dfn``...) whose top-level
  ``@item TERM`` lines open the entries; ``@itemx`` lines right under an ``@item`` are
  other names of it (aliases), and so are the names its head's index entries give
  (``@cindex Super VCD (SVCD)`` under ``@item SVCD``: texinfo_names.py); nested tables and
  lists stay in the body;
- definition blocks, ``@deffn Category NAME args`` ... ``@end deffn`` (``@defun``,
  ``@defvr``, ``@deftp``...), ``@deffnx`` lines giving aliases;
- paragraphs each opened by one brace command naming the term, the definition running on
  after the brace: a book's own macro (libavl's ``@glossdfn{AVL tree} A type of...``) or
  ``@b{accident}: A random event...``. The command counts as the term mark when it opens
  three paragraphs or more and at least half of all paragraphs; a paragraph it does not
  open continues the entry before;
- with none of these, one entry per ``@section`` / ``@subsection`` / ... with text.

Comments (``@c``, ``@comment``), ``@ignore``, macro definitions, TeX/HTML-only blocks,
menus and the licence block are no text; index entries (``@cindex``...), ``@node`` and
layout commands neither. Inline markup is rendered by texinfo_text.py (a footnote's text
a paragraph after the one it notes). A title's bracketed second name is an alias, as in
every reader, unless it is another entry's title. A reference to an
anchor or a term of the file reads as that term and is a see-also of its entry.

No Python library parses Texinfo (GNU's texi2any is Perl and needs every book macro
defined, which a glossary file taken from its book does not carry), so this reads the
paragraph and ``@``-command structure itself; the markup layer is small and regular.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.texinfo_names import (
    index_entry,
    index_names,
    key,
    not_other_titles,
    printed,
    term_title,
    title_names,
)
from rag_glossary.parsing.texinfo_text import (
    BLOCK_START,
    END,
    ITEM,
    LISTS,
    PREFORMATTED,
    in_table_font,
    render_body,
)

NO_TERMS = "no @table items, @deffn blocks, term-opening paragraphs or sections"
_DROPPED_BLOCKS = frozenset(
    (
        "ignore",
        "macro",
        "rmacro",
        "linemacro",
        "tex",
        "iftex",
        "ifdocbook",
        "iflatex",
        "ifxml",
        "html",
        "docbook",
        "latex",
        "xml",
        "menu",
        "detailmenu",
        "direntry",
        "titlepage",
        "copying",
        "documentdescription",
    )
)
_COMMENT_LINE = re.compile(r"^\s*@c(?:omment)?(?:\s|$)")
_TRAILING_COMMENT = re.compile(r"\s@c(?:omment)?(?:\s.*)?$")
_TABLE = re.compile(r"^\s*@[fv]?table\b")
_DEF = re.compile(r"^\s*@(def[a-z]*?)(x?)\s+(.*)$")
_SECTION = re.compile(
    r"^\s*@(?:top|chapter|section|subsection|subsubsection|unnumbered\w*|appendix\w*"
    r"|majorheading|chapheading|heading|subheading|subsubheading)\s+(.*)$"
)
# Whole lines that print nothing: index entries, node lines, layout and settings.
_SILENT_LINE = re.compile(
    r"^\s*@(?:\w*index|node|noindent|sp|page|need|vskip|refill|set|clear|include|"
    r"printindex|contents|shortcontents|summarycontents|setfilename|settitle|bye|group|"
    r"headings|finalout|setchapternewpage|paragraphindent|firstparagraphindent|exampleindent|"
    r"documentencoding|documentlanguage|dircategory|insertcopying|author|title|subtitle|"
    r"evenheading|oddheading|evenfooting|oddfooting|everyheading|everyfooting|"
    r"syncodeindex|synindex|defindex|defcodeindex|allowcodebreaks|frenchspacing|"
    r"kbdinputstyle|end\s+group)\b.*$|^\s*\\input\s+texinfo.*$"
)
_ANCHOR_ONLY = re.compile(r"^\s*(?:@anchor\{[^{}]*\}\s*)+$")
_ANCHOR = re.compile(r"@anchor\{([^{}]*)\}")
_OPENER = re.compile(r"^\s*@([A-Za-z]+)\{((?:[^{}]|\{[^{}]*\})*)\}[ \t]*:?[ \t]*")
_NOT_TERM_MARKS = frozenset(
    ("anchor", "xref", "pxref", "ref", "footnote", "image", "url", "uref", "email", "w")
)
_MIN_OPENED = 3
_REFERENCE = re.compile(r"@(?:x|px)?ref\{([^{},]*)")
_SEE_ONLY = re.compile(r"^see\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Term:
    line: int  # 0-based index into the cleaned lines
    title: str  # Texinfo source of the term
    lines: tuple[str, ...]  # the body's source lines
    aliases: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    index: tuple[str, ...] = ()  # the index entries at a table item's head


def parse_texinfo(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    lines, numbers, entries = clean_lines(text.split("\n"))
    terms = sorted(
        _table_terms(lines, entries) + _def_terms(lines) + _paragraph_terms(lines),
        key=lambda t: t.line,
    )
    if not terms:
        terms = _section_terms(lines)
    if not terms:
        return Parsed([], problem=NO_TERMS)
    anchors = _anchor_titles(terms)
    titles = {key(term_title(t.title)) for t in terms}
    sections = [_section(t, anchors, numbers[t.line], titles) for t in terms]
    return Parsed(_bare_pointers(sections))


def clean_lines(lines: Sequence[str]) -> tuple[list[str], list[int], dict[int, list[str]]]:
    """The lines with non-text blocks blanked and comment and index lines gone, the 1-based
    source line number of each, and the index entries' source by the line they stand
    before."""
    out: list[str] = []
    entries: dict[int, str] = {}
    dropping: list[str] = []
    for line in lines:
        if dropping:
            end = END.match(line)
            start = BLOCK_START.match(line)
            if end and end.group(1) == dropping[-1]:
                dropping.pop()
            elif start and start.group(1) == dropping[-1]:
                dropping.append(start.group(1))
            out.append("")
            continue
        start = BLOCK_START.match(line)
        if start and start.group(1) in _DROPPED_BLOCKS:
            dropping.append(start.group(1))
            out.append("")
            continue
        if entry := index_entry(line):
            entries[len(out)] = entry
            out.append("\x00")
            continue
        if _COMMENT_LINE.match(line) or _SILENT_LINE.match(line):
            out.append("\x00" if _COMMENT_LINE.match(line) else "")
            continue
        if (end := END.match(line)) and end.group(1).startswith("if"):
            out.append("")
            continue
        if start and start.group(1).startswith("if") and start.group(1) not in LISTS:
            out.append("")  # @ifinfo, @ifnottex, @ifset X: their text is read
            continue
        out.append(_TRAILING_COMMENT.sub("", line))
    # A comment or index line is no blank line: it neither ends nor starts a paragraph.
    kept = [i for i, line in enumerate(out) if line != "\x00"]
    before: dict[int, list[str]] = {}
    for i, entry in entries.items():
        before.setdefault(bisect_left(kept, i), []).append(entry)
    return [out[i] for i in kept], [i + 1 for i in kept], before


# --- the shapes of a glossary ---------------------------------------------------------


def _table_terms(lines: Sequence[str], index: dict[int, list[str]]) -> list[_Term]:
    """The items of the top-level tables; ``index``: the index entries' source by the line
    they stand before, those at an item's head (before its definition) kept on its term."""
    terms: list[_Term] = []
    depth = 0
    open_item: _Term | None = None
    table = ""  # the top-level table's line: its font (``@table @code``)
    for i, line in enumerate(lines):
        if depth == 1 and open_item and i in index and not _has_text(open_item.lines):
            open_item = replace(open_item, index=(*open_item.index, *index[i]))
        if _TABLE.match(line):
            depth += 1
            if depth == 1:
                table = line
                continue
        elif (end := END.match(line)) and end.group(1) in ("table", "ftable", "vtable"):
            depth -= 1
            if depth == 0:
                terms.extend([open_item] if open_item else [])
                open_item = None
                continue
        item = ITEM.match(line) if depth == 1 else None
        name = in_table_font(item.group(2), table) if item else ""
        if item and item.group(1) == "x" and open_item and not _has_text(open_item.lines):
            open_item = replace(open_item, aliases=(*open_item.aliases, name))
        elif item:
            terms.extend([open_item] if open_item else [])
            written = item.group(2).strip()  # a reference may name the item as written
            anchors = (*_ANCHOR.findall(name), *([written] if name != item.group(2) else []))
            open_item = _Term(i, name, (), anchors=anchors)
        elif depth and open_item is not None:
            open_item = replace(open_item, lines=(*open_item.lines, line))
    return terms


def _has_text(body: Sequence[str]) -> bool:
    return any(line.strip() and not _ANCHOR_ONLY.match(line) for line in body)


def _def_terms(lines: Sequence[str]) -> list[_Term]:
    terms: list[_Term] = []
    i = 0
    while i < len(lines):
        match = _DEF.match(lines[i])
        if match is None or match.group(2) or match.group(1) in ("defindex", "defcodeindex"):
            i += 1
            continue
        kind = match.group(1)
        title, aliases = _def_name(kind, match.group(3)), []
        j = i + 1
        while j < len(lines) and (more := _DEF.match(lines[j])) and more.group(2):
            aliases.append(_def_name(kind, more.group(3)))
            j += 1
        end = next(
            (k for k in range(j, len(lines)) if (e := END.match(lines[k])) and e.group(1) == kind),
            len(lines),
        )
        terms.append(_Term(i, title, tuple(lines[j:end]), tuple(aliases)))
        i = end + 1
    return terms


def _def_name(kind: str, rest: str) -> str:
    """``@deffn Command forward-word count``: the name after the category (``@defun``,
    ``@defvar``, ``@defmac``... have no category)."""
    parts = re.findall(r"\{[^{}]*\}|\S+", rest)
    has_category = kind in ("deffn", "defvr", "deftp", "defop", "defcv", "deftypefn", "deftypevr")
    name = parts[1] if has_category and len(parts) > 1 else parts[0] if parts else ""
    return name.strip("{}")


def _paragraphs(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of text lines outside blocks, headings and tables."""
    found: list[tuple[int, int]] = []
    start = None
    depth = 0
    for i, line in enumerate([*lines, ""]):
        block = BLOCK_START.match(line)
        if block and block.group(1) in (*LISTS, *PREFORMATTED, "quotation", "cartouche"):
            depth += 1
        elif END.match(line) and depth:
            depth -= 1
        plain = line.strip() and not depth and not _SECTION.match(line)
        if plain and start is None:
            start = i
        elif not line.strip() or _SECTION.match(line):
            if start is not None:
                found.append((start, i))
            start = None
    return found


def _paragraph_terms(lines: Sequence[str]) -> list[_Term]:
    paragraphs = _paragraphs(lines)
    openers = [_OPENER.match(lines[s]) for s, _ in paragraphs]
    counts = Counter(m.group(1) for m in openers if m and m.group(1) not in _NOT_TERM_MARKS)
    if not counts:
        return []
    mark, opened = counts.most_common(1)[0]
    if opened < _MIN_OPENED or opened * 2 < len(paragraphs):
        return []
    terms: list[_Term] = []
    for (start, end), opener in zip(paragraphs, openers, strict=True):
        if opener is not None and opener.group(1) == mark:
            rest = lines[start][opener.end() :]
            terms.append(_Term(start, opener.group(2), (rest, *lines[start + 1 : end])))
        elif terms:
            last = terms[-1]
            more = ("", *lines[start:end])
            terms[-1] = _Term(last.line, last.title, (*last.lines, *more))
    return terms


def _section_terms(lines: Sequence[str]) -> list[_Term]:
    heads = [i for i, line in enumerate(lines) if _SECTION.match(line)]
    terms = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        body = tuple(lines[i + 1 : end])
        if _has_text(body):
            terms.append(_Term(i, _SECTION.match(lines[i]).group(1), body))  # type: ignore[union-attr]
    return terms if len(terms) >= 2 else []


# --- entries ------------------------------------------------------------------------------


def _anchor_titles(terms: Sequence[_Term]) -> dict[str, str]:
    """Anchor, node and term names -> the title of the entry they mark. An anchor line
    closing one entry's body marks the next entry (``@anchor{X}`` above ``@item X``)."""
    names: dict[str, str] = {}
    for k, term in enumerate(terms):
        title = term_title(term.title)
        names.setdefault(term.title.strip(), title)
        names.setdefault(title, title)
        for anchor in term.anchors:
            names[anchor] = title
        tail = _trailing_anchor_lines(term.lines)
        for line in term.lines[: len(term.lines) - tail]:
            for anchor in _ANCHOR.findall(line):
                names.setdefault(anchor, title)
        if tail and k + 1 < len(terms):
            following = term_title(terms[k + 1].title)
            for line in term.lines[len(term.lines) - tail :]:
                for anchor in _ANCHOR.findall(line):
                    names[anchor] = following
    return names


def _trailing_anchor_lines(lines: Sequence[str]) -> int:
    n = 0
    for line in reversed(lines):
        if not line.strip():
            continue
        if not _ANCHOR_ONLY.match(line):
            break
        n += 1
    if n == 0:
        return 0
    # count the lines (blank ones too) from the first trailing anchor line to the end
    seen = 0
    for k in range(len(lines) - 1, -1, -1):
        if _ANCHOR_ONLY.match(lines[k]):
            seen += 1
            if seen == n:
                return len(lines) - k
    return 0


def _section(term: _Term, anchors: dict[str, str], line: int, titles: set[str]) -> Section:
    """``titles``: every entry's title (its key), whose names are no second names here."""
    title = term_title(term.title)
    body = render_body(term.lines, anchors)
    own = {title.casefold()}
    see = [
        anchors[name]
        for line in term.lines
        for name in _REFERENCE.findall(line)
        if name in anchors and anchors[name].casefold() not in own
    ]
    aliases = [a for a in (term_title(s) for s in term.aliases) if a and a.casefold() not in own]
    named = [*index_names(term.index, title, aliases), *title_names(title, body)]
    aliases += not_other_titles(named, title, titles)
    return Section(
        title=title,
        line=line,
        body=body,
        aliases=list(dict.fromkeys(aliases)),
        see_also=list(dict.fromkeys(see)),
        slug_text=printed(term.title),
    )


def _bare_pointers(sections: list[Section]) -> list[Section]:
    """A body that is only another entry's name (libavl: "symmetric traversal" is
    ``@gloss{inorder traversal}.``) points there, as "See X." does: its title becomes an
    alias of that entry and the entry its see-also."""
    titles = {s.title.casefold(): s for s in sections}
    for section in sections:
        target = titles.get(section.body.strip().rstrip(".").strip().casefold())
        if target is None or target is section:
            continue
        if section.title.casefold() not in {a.casefold() for a in target.aliases}:
            target.aliases.append(section.title)
        section.see_also = list(dict.fromkeys([target.title, *section.see_also]))
    return sections
