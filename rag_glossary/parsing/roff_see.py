"""roff pointers: the terms a glossary entry sends the reader to (roff.py's see-also).

A roff glossary names another of its terms in a font of its own, on a font-change line
or with an inline escape, after "See" or "see also":

    .IP "shell script"          .IP standard                 ... the command
    See                         ...  See                     .I pwd ;
    .I script                   .I input                     see also
    (3.3, 3.10).                and                          .I dirs .
                                .I output
                                (1.3, 3.8).

(4.4BSD's C shell glossary, ms), or ``See \\fIscript\\fP.`` on one line. Each name set in
italic or bold after the pointer word, the list going on over commas, "and" and "or"
(``See path, noclobber, and ignoreeof``), is a see-also when it names an entry of the
file (its title or alias, or the singular of a plural: "See metacharacters" names
metacharacter). A name no entry has (a command, a manual page) is text only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag_glossary.parsing.roff_events import ALTERNATING_FONTS, Event, macro_package
from rag_glossary.parsing.roff_lines import RoffLine, shown
from rag_glossary.parsing.roff_text import JOIN

_OPEN, _CLOSE = "\x03", "\x04"
# Font macros that set their text apart (italic, bold, underlined, mdoc's emphasis).
_MARKING = frozenset(("I", "B", "BI", "IB", "UL", "i", "b", "bi", "u", "Em", "Sy"))
# Inline font changes: to italic / bold (\fI, \fB, \f2, \f3, \f(BI, \f[I]) and back.
_INLINE_ON = re.compile(r"\\f(?:[IB23]|\((?:BI|IB)|\[(?:I|B|BI|IB)\])")
_INLINE_OFF = re.compile(r"\\f(?:[RP1]|\(\w\w|\[\w*\]|.)")
# A name, then perhaps its manual section or the sections that say more: "tree (5)", "(1.6)".
_NAME = rf"{_OPEN}[^{_OPEN}{_CLOSE}]{{1,80}}{_CLOSE}(?:\s*\((?:\w{{1,4}}|[\d.,;\s–-]+)\))?"
_POINTER = re.compile(
    r"(?<![\w])[Ss]ee(?:\s+also)?"
    r"(?:\s+(?:the\s+)?(?:definitions?|entry|entries)\s+(?:of|for))?\s*:?\s*"
    rf"(?P<list>{_NAME}(?:\s*(?:,\s*(?:(?:and|or)\b\s*)?|(?:and|or)\b\s*){_NAME})*)"
)
_MARKED = re.compile(rf"{_OPEN}([^{_OPEN}{_CLOSE}]*){_CLOSE}")
_EDGE = "\"'“”‘’`´.,;:!?()[] "


def see_names(
    found: Sequence[Event], lines: Sequence[RoffLine], names: Mapping[str, str]
) -> list[str]:
    """The titles of the entries an entry's body points to with "See" / "see also" and a
    name in a font of its own (``names``: every title and alias, casefolded, -> title)."""
    text = _marked(found, lines)
    if "ee" not in text:
        return []
    out: list[str] = []
    for match in _POINTER.finditer(text):
        for name in _MARKED.findall(match.group("list")):
            title = named(name, names)
            if title:
                out.append(title)
    return list(dict.fromkeys(out))


def named(name: str, names: Mapping[str, str]) -> str:
    """The title a set-apart name gives: itself, or its singular ("metacharacters")."""
    key = " ".join(name.strip(_EDGE).split()).casefold()
    if not key:
        return ""
    for form in (key, key[:-1] if key.endswith("s") else "", _es(key)):
        if form and form in names:
            return names[form]
    return ""


def _es(key: str) -> str:
    return key[:-2] if re.search(r"(?:ch|sh|x|ss|z)es$", key) else ""


def _marked(found: Sequence[Event], lines: Sequence[RoffLine]) -> str:
    """The events' text as filled, each italic or bold stretch between _OPEN and _CLOSE;
    a paragraph, display or heading ends a pointer's list."""
    package = macro_package(lines)
    out = ""
    for event in found:
        if event.kind != "text":
            if event.kind in ("para", "space", "pre", "heading", "tag", "item"):
                out += "\n"
            continue
        piece = _piece(lines[event.index], event.text, package)
        if out and not out.endswith((JOIN, "\n")):
            out += " "
        out = out.rstrip(JOIN) + piece
    return out.replace(JOIN, "")


def _piece(line: RoffLine, text: str, package: str) -> str:
    if line.is_text:
        raw = _INLINE_ON.sub(_OPEN, line.text) if "\\f" in line.text else line.text
        if _OPEN not in raw:
            return text
        raw = _INLINE_OFF.sub(_CLOSE, raw)
        return _balanced(shown(line, raw))
    name, args = line.name or "", line.args
    if name in ALTERNATING_FONTS:
        fonts = name * len(args)
        return "".join(
            _mark(shown(line, a)) if fonts[k] in "BI" else shown(line, a)
            for k, a in enumerate(args)
        )
    if name not in _MARKING or not args:
        return text
    if package == "ms" and len(args) > 1:
        pre = shown(line, args[2]) if len(args) > 2 else ""
        return pre + _mark(shown(line, args[0])) + shown(line, args[1])
    if package == "mm" and len(args) > 1:
        return "".join(
            _mark(shown(line, a)) if k % 2 == 0 else shown(line, a) for k, a in enumerate(args)
        )
    return _mark(shown(line, " ".join(args)))


def _mark(text: str) -> str:
    return f"{_OPEN}{text}{_CLOSE}" if text.strip() else text


def _balanced(text: str) -> str:
    """Inline marks as pairs: a close with no open goes, an open left open closes at the
    line's end."""
    out, depth = "", False
    for ch in text:
        if ch == _OPEN:
            if not depth:
                out += ch
            depth = True
        elif ch == _CLOSE:
            if depth:
                out += ch
            depth = False
        else:
            out += ch
    return out + _CLOSE if depth else out
