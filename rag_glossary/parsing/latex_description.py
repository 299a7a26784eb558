"""LaTeX ``\\item[Term] definition`` lists: one entry per labelled item.

A book's glossary chapter is often a plain ``description`` environment
(``\\begin{description}`` / ``\\item[Absolute error] The difference ...`` /
``\\end{description}``) rather than ``glossaries`` macros; so are lists of a class's own
environment (``\\begin{glossinventory}`` / ``\\item [\\cs{badness}] ...``) and bare labelled
items. Read when a ``.tex`` file defines no glossary macros (latex_glossary.py).

A list is read when it is a ``description`` (``compactdesc``, ``description*`` ...) with a
labelled item, or any list whose items mostly carry a label (two at least); a labelled list
inside an item of one that is read stays in that item's text. An item runs to the list's next
item, the list's end or a sectioning command at its level. Comments go first, as TeX drops
them: a commented-out ``%\\item[Cross product] ...`` is no entry. Titles and texts are cleaned
of markup by the glossaries reader's ``latex_text`` (TeX quotes, dashes, ``~``, escaped
characters, math), after the macros pylatexenc would drop with their text (``\\texttt``,
``\\mbox``, ``\\lstinline{if}``, ``\\verb|x|``) give their text and references and index
marks go. The anchor is the slug of the cleaned title (``Partial DE (PDE)``:
``partial-de-pde``), an acronym in parentheses its alias, as for a Markdown heading.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rag_glossary.parsing.base import Section, acronym_aliases, defined_acronym_aliases

# A comment: an unescaped % to the end of its line (``\%`` is a per cent sign, ``\\%`` a
# line break then a comment).
_COMMENT = re.compile(r"^((?:[^%\\\n]|\\.)*)%.*$", re.MULTILINE)
_TOKEN = re.compile(
    r"\\begin\s*\{(?P<begin>[^{}\n]+)\}|\\end\s*\{(?P<end>[^{}\n]+)\}"
    r"|\\(?P<item>item)(?![A-Za-z@])\s*"
    r"|\\(?P<section>part|chapter|section|subsection|subsubsection|paragraph)\*?(?![A-Za-z@])"
)
_VERBATIM = ("verbatim", "lstlisting", "minted", "comment", "Verbatim", "code")
# Macros pylatexenc 2.11 drops with their argument, though they print it.
_SHOWN_ARGUMENT = re.compile(
    r"\\(?:texttt|mbox|hbox|makebox|fbox|framebox|lstinline|url|nolinkurl|path|code)"
    r"\*?\s*(?:\[[^\]\n]*\]\s*)?\{((?:[^{}]|\{[^{}]*\})*)\}"
)
# \verb|x|, \lstinline!x!: the text between two like delimiters.
_DELIMITED = re.compile(r"\\(?:verb|lstinline)\*?(?:\[[^\]\n]*\])?([^\w\s{])(.*?)\1")
# References, index and label marks print nothing a reader needs (or a page number).
_MARK = re.compile(
    r"~?\\(?:ref|pageref|eqref|autoref|cref|Cref|vref|index|label|glossary|hypertarget)"
    r"\*?\s*\{[^{}]*\}"
)
_LEAD = re.compile(r"^(?:\s|\\hfill|\\\\|\\newline|\\mbox\{\}|\\leavevmode|\\par\b)+")
_TRAILING_MARK = re.compile(r"[\s:;,.–—-]+$")
# A list's own numbering or bullet, no term: "(a)", "iv.", "2)", "3", "1.2", "--", "•".
_ENUMERATOR = re.compile(r"^(?:\(?(?:\d[\d.]*|[A-Za-z]|[ivxlcIVXLC]+)[.):]\)?|\d+|\W*)$")


@dataclass(frozen=True)
class _Item:
    list_id: int
    list_name: str  # the environment's ("" for items outside any)
    start: int  # offset of \item
    title: str  # the label as text; "" for none or an enumerator (``(a)``, ``--``)
    text_start: int  # just after the label


def description_sections(text: str) -> list[Section]:
    """One section per labelled item of the file's definition lists, in document order."""
    from rag_glossary.parsing.latex_glossary import latex_text

    source, lines = _uncommented(text)
    items, ends, ancestors = _items(source)
    read = _read_lists(items)
    out: list[Section] = []
    for item, end in zip(items, ends, strict=True):
        if not item.title or item.list_id not in read or ancestors[item.start] & read:
            continue
        title = item.title
        body = latex_text(_shown(_LEAD.sub("", source[item.text_start : end])), {})
        body = re.sub(r"^[-–—,;:]+\s*", "", body)
        line = lines[bisect.bisect_right(lines, item.start, key=_offset) - 1][1] if lines else 1
        names = [*acronym_aliases(title), *defined_acronym_aliases(title, body)]
        out.append(Section(title=title, line=line, body=body, aliases=names, slug_text=title))
    return out


def _uncommented(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without comments, a line wholly commented out gone with its newline (TeX
    joins around it), and (offset, line number) where each kept line starts."""
    kept: list[str] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        match = _COMMENT.match(line)
        if match and not match.group(1).strip():
            continue
        line = match.group(1) if match else line
        starts.append((offset, number))
        kept.append(line)
        offset += len(line) + 1
    return "\n".join(kept), starts


def _items(source: str) -> tuple[list[_Item], list[int], dict[int, frozenset[int]]]:
    """Every ``\\item``, where its text ends, and the lists enclosing each one's list."""
    walk = _Walk(source)
    pos = 0
    while match := _TOKEN.search(source, pos):
        pos = match.end()
        if (name := match.group("begin")) is not None:
            pos = walk.begin(name.strip(), pos)
        elif (name := match.group("end")) is not None:
            walk.end(name.strip(), match.start())
        elif match.group("item"):
            walk.item(match.start(), match.end())
        else:  # a sectioning command ends the items at its level
            walk.close(walk.list_id(), match.start())
    ends = [len(source) if e is None else e for e in walk.ends]
    return walk.items, ends, walk.ancestors


class _Walk:
    """The environments open at a point of the file and the items still running."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.stack: list[tuple[str, int]] = []  # (environment, list id)
        self.items: list[_Item] = []
        self.ends: list[int | None] = []
        self.ancestors: dict[int, frozenset[int]] = {}
        self.running: dict[int, int] = {}  # list id -> index of its item still running
        self.count = 0

    def list_id(self) -> int:
        return self.stack[-1][1] if self.stack else 0

    def begin(self, name: str, pos: int) -> int:
        if name in _VERBATIM:
            end = self.source.find(f"\\end{{{name}}}", pos)
            return len(self.source) if end < 0 else end
        self.count += 1
        self.stack.append((name, self.count))
        return pos

    def end(self, name: str, at: int) -> None:
        while any(n == name for n, _ in self.stack):
            closed_name, closed = self.stack.pop()
            self.close(closed, at)
            if closed_name == name:
                break

    def item(self, at: int, after: int) -> None:
        list_id = self.list_id()
        label, text_start = _label(self.source, after)
        self.close(list_id, at)
        self.running[list_id] = len(self.items)
        self.ancestors[at] = frozenset(i for _, i in self.stack[:-1])
        name = self.stack[-1][0] if self.stack else ""
        self.items.append(_Item(list_id, name, at, _title(label), text_start))
        self.ends.append(None)

    def close(self, list_id: int, at: int) -> None:
        if (index := self.running.pop(list_id, None)) is not None:
            self.ends[index] = at


def _label(source: str, pos: int) -> tuple[str | None, int]:
    """The ``[...]`` right after ``\\item`` (brackets inside braces or escaped do not close
    it; none runs past a blank line)."""
    if not source.startswith("[", pos):
        return None, pos
    depth = 0
    index = pos + 1
    limit = source.find("\n\n", pos)
    limit = len(source) if limit < 0 else limit
    while index < limit:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "]" and depth <= 0:
            return source[pos + 1 : index], index + 1
        index += 1
    return None, pos


def _read_lists(items: list[_Item]) -> set[int]:
    """The lists read as definitions: see the module's docstring."""
    labelled: dict[int, int] = {}
    total: dict[int, int] = {}
    for item in items:
        total[item.list_id] = total.get(item.list_id, 0) + 1
        labelled[item.list_id] = labelled.get(item.list_id, 0) + bool(item.title)
    described = {i.list_id for i in items if i.title and "desc" in i.list_name}
    return described | {i for i, n in labelled.items() if n >= 2 and 2 * n >= total[i]}


def _title(label: str | None) -> str:
    from rag_glossary.parsing.latex_glossary import latex_text

    if label is None:
        return ""
    text = latex_text(_shown(label), {})
    title = _TRAILING_MARK.sub("", text) or text
    return "" if _ENUMERATOR.match(title) else title


def _shown(latex: str) -> str:
    """LaTeX with the macros pylatexenc mishandles replaced by what they print."""
    latex = _DELIMITED.sub(lambda m: _escaped(m.group(2)), latex)
    latex = _MARK.sub("", latex)
    for _ in range(3):  # \texttt{\mbox{x}}
        latex, count = _SHOWN_ARGUMENT.subn(lambda m: m.group(1), latex)
        if not count:
            break
    return latex


_VERBATIM_CHAR = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\^{}"}


def _escaped(verbatim: str) -> str:
    """Verbatim text as LaTeX that prints it."""
    return "".join(_VERBATIM_CHAR.get(c, f"\\{c}" if c in "#$%&_{}" else c) for c in verbatim)


def _offset(start: tuple[int, int]) -> int:
    return start[0]
