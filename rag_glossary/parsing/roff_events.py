"""roff request and text lines to the events of a glossary's layout (roff.py reads them).

A request is read by what it does to the page, whatever macro package it comes from (man,
ms, mm, me): a heading, a paragraph break, a tagged paragraph (``.TP`` and the line under
it, ``.IP term``, ``.ip``, mm's ``.LI term`` in a ``.VL`` list), an indent (``.RS`` /
``.RE``, an untagged ``.IP``), a list item, a display (``.DS``, ``.nf``, ``.EX``: kept line
for line) or a block that prints no prose (tables of contents, footnotes, ``eqn``, ``pic``).
Font macros (``.B``, ``.RI``, ``.b``) print their arguments. A macro of the document's own
(``.gT``, ``.Fn``, ``.xR11``, ``.cX``, ``.IN``) is read by how the file uses it
(:class:`MacroRoles`): an anchor, a reference to an anchor, an index entry restating the
text before it, or else text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from rag_glossary.parsing.roff_lines import RoffLine, RoffSource, shown
from rag_glossary.parsing.roff_text import JOIN

HEADINGS = frozenset(("SH", "SS", "NH", "H", "HU", "sh", "uh", "TL"))
_BREAKS = frozenset(("PP", "LP", "P", "pp", "lp", "HP", "PD", "sp", "br", "bp", "ne", "KS", "KE"))
_NEW_PARAGRAPH = frozenset(("PP", "LP", "P", "pp", "lp", "HP"))
_LISTS = frozenset(("BL", "AL", "DL", "ML", "RL", "BVL", "VL", "Bl"))
_DISPLAYS = {"DS": "DE", "nf": "fi", "EX": "EE", "Vb": "Ve", "(b": ")b", "(l": ")l",
             "(z": ")z", "ID": "DE", "CD": "DE", "LD": "DE", "BD": "DE", "TS": "TE"}  # fmt: skip
_DROPPED = {"XS": "XE", "XA": "XE", "FS": "FE", "(f": ")f", "EQ": "EN", "PS": "PE",
            "G1": "G2", "(x": ")x", "(c": ")c", "(d": ")d", "[": "]"}  # fmt: skip
_FONTS = frozenset(("B", "I", "R", "SM", "SB", "CW", "UL", "BX", "b", "i", "r", "u", "q",
                    "bi", "Q", "QQ", "FI", "Sy", "Em", "Li", "Cm", "Ar", "Nm", "Pa"))  # fmt: skip
ALTERNATING_FONTS = frozenset(("BI", "BR", "IB", "IR", "RB", "RI"))
# Requests and macros known to print no prose (page layout, titles, index and settings).
_SILENT = frozenset(("TH", "TC", "IX", "UC", "AT", "DT", "ND", "DA", "RP", "AU", "AI", "MC",
                     "OH", "EH", "OF", "EF", "PH", "PF", "HM", "FM", "TA", "PM", "SA", "VM",
                     "AF", "AS", "AE", "AB", "MT", "OK", "PX", "TM", "KF", "1C", "2C", "UR",
                     "UE", "MR", "ME", "mc", "Dd", "Dt", "Os"))  # fmt: skip
# man's hyperlink macros (UR/UE a web link, MT/ME a mail address; mm's MT is no link)
_LINKS = frozenset(("UR", "UE", "MT", "ME"))
PLAIN = "-"  # the opener of a paragraph that opens with plain text
_IDENTIFIER = re.compile(r"[\w.:-]+")
_MIN_MACRO_USES = 3


@dataclass(frozen=True)
class Event:
    """One thing the layout does: ``kind`` is text, break (a line break), space (a blank
    line), para (a new unindented paragraph), heading, tag, indent, outdent, item, pre (a
    display line), anchor or ref."""

    kind: str
    index: int  # position of the source line in RoffSource.lines
    text: str = ""
    depth: int = 0  # .RS depth and list nesting where it happens
    opener: str = ""  # the macro whose text opens an unindented paragraph ("gT", "B")
    indented: bool = False  # text of an indented paragraph (.IP, .TP body)


@dataclass(frozen=True)
class MacroRoles:
    """What the document's own macros do, told from their uses."""

    anchors: frozenset[str]  # ``.xR11 NAME``: marks the entry it stands in as NAME
    refs: frozenset[str]  # ``.cX NAME``: prints the title of the entry NAME marks
    index: frozenset[str]  # ``.IN "Term"`` under the term: prints nothing
    silent: frozenset[str]  # defined in the file to print no text (pod2man's .IX)
    breaking: frozenset[str]  # defined in the file to break the line (pod2man's .Sp)


def macro_roles(source: RoffSource) -> MacroRoles:
    uses: dict[str, list[tuple[str, ...]]] = {}
    restates: dict[str, int] = {}
    previous = ""
    for line in source.lines:
        if line.is_text:
            previous = shown(line, line.text).casefold().strip()
            continue
        name = line.name or ""
        if _known(name) or name in source.macros:
            previous = shown(line, " ".join(line.args)).casefold().strip() or previous
            continue
        uses.setdefault(name, []).append(line.args)
        first = shown(line, line.args[0]).casefold().strip() if line.args else ""
        if first and previous.startswith(first):
            restates[name] = restates.get(name, 0) + 1
    anchors, refs = _anchor_pairs(uses)
    index = {n for n, k in restates.items() if k * 2 >= len(uses[n]) and k >= _MIN_MACRO_USES}
    silent = {n for n, prints in source.macros.items() if not prints}
    return MacroRoles(
        frozenset(anchors), frozenset(refs), frozenset(index), frozenset(silent), source.breaking
    )


def _known(name: str) -> bool:
    return (
        name in HEADINGS
        or name in _BREAKS
        or name in _LISTS
        or name in _DISPLAYS
        or name in _DISPLAYS.values()
        or name in _DROPPED
        or name in _DROPPED.values()
        or name in _FONTS
        or name in ALTERNATING_FONTS
        or name in _SILENT
        or name in ("TP", "TQ", "IP", "ip", "LI", "LE", "RS", "RE", "El", "It")
        or _primitive(name)
    )


def _primitive(name: str) -> bool:
    """A troff request (``.ds``, ``.in``, ``.ft``...) or a name of digits: lowercase, and
    not one of the me macros above."""
    return name.islower() or not any(ch.isalpha() for ch in name)


def _anchor_pairs(uses: Mapping[str, list[tuple[str, ...]]]) -> tuple[set[str], set[str]]:
    """A macro whose last argument is always a bare name that another macro's first
    argument names (``.xR11 actdattypdb`` ... ``See .cX actdattypdb .``) sets anchors; the
    other refers to them."""
    lasts = {
        name: {args[-1] for args in found}
        for name, found in uses.items()
        if all(args and _IDENTIFIER.fullmatch(args[-1]) for args in found)
    }
    firsts = {
        name: {args[0] for args in found if args}
        for name, found in uses.items()
        if all(args and _IDENTIFIER.fullmatch(args[0]) for args in found)
    }
    anchors: set[str] = set()
    refs: set[str] = set()
    for anchor, names in lasts.items():
        for ref, targets in firsts.items():
            if ref != anchor and names & targets:
                anchors.add(anchor)
                refs.add(ref)
    return anchors, refs


def events(source: RoffSource, roles: MacroRoles) -> list[Event]:
    return _Walk(source, roles).run()


class _Walk:
    def __init__(self, source: RoffSource, roles: MacroRoles) -> None:
        self.lines = source.lines
        self.roles = roles
        self.package = macro_package(source.lines)
        self.out: list[Event] = []
        self.depth = 0
        self.lists: list[str] = []
        self.block: tuple[str, bool] | None = None  # (closing macro, kept)
        self.table_format = False  # a tbl table's options and format lines, up to a "."
        self.heading_open = False  # ms/man .SH with no argument: its text follows
        self.tag_open = False  # .TP: the next text line is the tag
        self.at_start = True
        self.indented = False
        self.link: tuple[str, int] | None = None  # man's .UR/.MT: (address, events before)

    def run(self) -> list[Event]:
        for i, line in enumerate(self.lines):
            if self.block is not None:
                self._in_block(i, line)
            elif line.is_text:
                self._text(i, line, line.text, "")
            else:
                self._request(i, line)
        return self.out

    def _in_block(self, i: int, line: RoffLine) -> None:
        closing, kept = self.block or ("", False)
        if line.name == closing:
            self.block = None
            self._break(i)
        elif self.table_format and line.is_text:
            self.table_format = not line.text.rstrip().endswith(".")
        elif kept and line.is_text:
            text = " ".join(shown(line, line.text).split("\t")).rstrip()
            self.out.append(Event("pre", i, text, self.depth))
        elif kept and line.name in _FONTS | ALTERNATING_FONTS:
            self.out.append(Event("pre", i, shown(line, _font_raw(line, self.package)), self.depth))

    def _emit(self, kind: str, i: int, text: str = "", opener: str = "") -> None:
        self.out.append(Event(kind, i, text, self.depth, opener, self.indented))

    def _break(
        self, i: int, *, new: bool = False, space: bool = False, indented: bool | None = None
    ) -> None:
        if indented is not None:
            self.indented = indented
        self._emit("para" if new else "space" if space else "break", i)
        self.at_start = True

    def _text(self, i: int, line: RoffLine, raw: str, macro: str) -> None:
        text = shown(line, raw)
        if not raw.strip():
            if line.is_text:  # a blank line is a paragraph break (.sp)
                self._break(i, space=True)
            return
        if self.heading_open:
            self._emit("heading", i, text)
            return
        if self.tag_open:
            self.tag_open = False
            self._emit("tag", i, text)
            self._break(i, indented=True)
            return
        mark = macro or ("B" if _whole_bold(raw) else PLAIN)
        opener = mark if self.at_start and not self.indented and not self.depth else ""
        self._emit("text", i, text, opener)
        self.at_start = text.endswith(JOIN) and self.at_start

    def _request(self, i: int, line: RoffLine) -> None:
        name = line.name or ""
        if name in HEADINGS:
            self._heading(i, line)
        elif name in _DISPLAYS or name in _DROPPED:
            self._break(i)
            self.block = (_DISPLAYS.get(name) or _DROPPED[name], name in _DISPLAYS)
            self.table_format = name == "TS"
        elif name in _BREAKS:
            new = name in _NEW_PARAGRAPH
            self.heading_open = False
            self._break(i, new=new, space=name == "sp", indented=False if new else None)
        elif name in ("TP", "TQ", "IP", "ip", "LI", "It", "RS", "RE") or name in _LISTS:
            self._layout(i, line, name)
        elif name in ("LE", "El"):
            self.lists = self.lists[:-1]
            self.depth = max(self.depth - 1, 0)
            self._break(i, indented=False if not self.depth else None)
        elif name in _FONTS or name in ALTERNATING_FONTS:
            self._text(i, line, _font_raw(line, self.package), name if line.args else "")
        elif self.package == "man" and name in _LINKS:
            self._link(i, line, name)
        elif name in self.roles.anchors:
            self._emit("anchor", i, line.args[-1] if line.args else "")
        elif name in self.roles.refs:
            self._emit("ref", i, "\x00".join(line.args))
            self.at_start = False
        elif name in self.roles.breaking:
            self._break(i, space=True)
        elif line.args and not (_known(name) or name in self.roles.index | self.roles.silent):
            self._text(i, line, attached(line.args), name)

    def _link(self, i: int, line: RoffLine, name: str) -> None:
        """man's ``.UR url`` / ``.MT address`` ... ``.UE trailer`` / ``.ME trailer``: the
        link's text prints, or the address when it has none ("available online at .UR
        http://... .UE ."), and the trailer ends the text with no space before it."""
        if name in ("UR", "MT"):
            self.link = (line.args[0], len(self.out)) if line.args else None
            return
        address, before = self.link or ("", len(self.out))
        self.link = None
        if address and not any(e.kind == "text" for e in self.out[before:]):
            self._text(i, line, address, "")
        if line.args and self.out and self.out[-1].kind == "text":
            last = self.out[-1]
            self.out[-1] = replace(last, text=last.text + JOIN)
            self._text(i, line, attached(line.args), "")

    def _heading(self, i: int, line: RoffLine) -> None:
        args = line.args[1:] if line.name in ("H", "NH", "sh") and line.args else line.args
        self.depth, self.lists, self.tag_open, self.indented = 0, [], False, False
        if args:
            self._emit("heading", i, shown(line, " ".join(args)))
            self.heading_open = False
        else:
            self.heading_open = True
        self.at_start = True

    def _layout(self, i: int, line: RoffLine, name: str) -> None:
        if name == "RS":
            self.depth += 1
            self._emit("indent", i)
        elif name == "RE":
            self.depth = max(self.depth - 1, 0)
            self.indented = self.indented and self.depth > 0
            self._emit("outdent", i)
        elif name in _LISTS:
            self.lists.append(name)
            self.depth += 1
            self._break(i)
        elif name in ("TP", "TQ"):
            self.tag_open = True
            self.indented = False
            self.at_start = True
        else:  # IP, ip, LI, It
            self._item(i, line, name)
        self.heading_open = False

    def _item(self, i: int, line: RoffLine, name: str) -> None:
        label = shown(line, line.args[0]).strip() if line.args else ""
        in_list = name in ("LI", "It")
        tagging = (not in_list) or (self.lists and self.lists[-1] in ("VL", "BVL", "Bl"))
        if in_list and self.lists:
            self.depth -= 1  # an item of a list stands at the list's own level
        if label and tagging and not _bullet(label):
            self._emit("tag", i, label)
        elif label or in_list:
            self._emit("item", i, label)
        elif name in ("IP", "ip"):
            self._emit("indent", i)
        if in_list and self.lists:
            self.depth += 1
        self._break(i, indented=True)


def _font_raw(line: RoffLine, package: str = "man") -> str:
    """man's ``.B a b`` prints "a b"; the alternating ``.BR a b`` and mm's ``.B a b`` run
    their arguments together, ms's ``.I text post pre`` prints pre, text and post so
    ("``.I Pathname s``" is "Pathnames")."""
    args = line.args
    if line.name in ALTERNATING_FONTS or (package == "mm" and len(args) > 1):
        return "".join(args)
    if package == "ms" and len(args) > 1:
        return "".join((args[2], args[0], args[1]) if len(args) == 3 else args)
    return " ".join(args)


_MM_MACROS = frozenset(("H", "HU", "P", "BL", "AL", "DL", "VL", "LI", "LE"))


def macro_package(lines: Sequence[RoffLine]) -> str:
    """``man`` (a ``.TH`` or mdoc's ``.Dd``), ``mm`` (its headings, paragraphs and lists)
    or ``ms``: the font macros read their arguments the package's way."""
    names = {line.name for line in lines}
    if names & {"TH", "Dd"}:
        return "man"
    return "mm" if names & _MM_MACROS else "ms"


def attached(args: Sequence[str]) -> str:
    """A macro's arguments as text, punctuation arguments attached (``.PN Expose .``)."""
    out = ""
    for arg in args:
        out += arg if (not out or not any(ch.isalnum() for ch in arg)) else f" {arg}"
    return out


_BULLET = re.compile(r"(?:[•·◦▪∙*+o-]|—|–|\d{1,3}[.)]?|[a-zA-Z][.)]|\(?[ivx]{1,4}[.)]|\(\w\))")


def _bullet(label: str) -> bool:
    return _BULLET.fullmatch(label.strip()) is not None


_WHOLE_BOLD = re.compile(r"^\s*(?:\\&)?\\f(?:B|3|\(BI|\[B\])(?P<inner>.*?)\\f(?:P|R|1|\[\])\s*$")


def _whole_bold(raw: str) -> bool:
    """A text line that is one bold phrase (``\\fBAccess control list\\fP``)."""
    match = _WHOLE_BOLD.match(raw)
    return match is not None and "\\f" not in match.group("inner")


def plain(texts: Sequence[str]) -> str:
    """Rendered pieces joined as a formatter fills a line: spaces between, none after a
    ``\\c``."""
    out = ""
    for piece in texts:
        if out and not out.endswith(JOIN):
            out += " "
        out = out.rstrip(JOIN) + piece if out.endswith(JOIN) else out + piece
    return out.replace(JOIN, "")
