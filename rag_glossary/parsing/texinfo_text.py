"""Texinfo markup to plain text: the inline ``@command{...}`` layer of texinfo.py.

Every brace command shows its text (``@code{x}``, ``@dfn{x}``, a book's own macros such
as libavl's ``@gloss{x}``), except those whose output is not prose: ``@anchor``,
``@footnote`` (render_body gives its text a paragraph of its own), ``@image``, index
entries. Cross references show what they name
(``@xref{Node}`` reads "See Node"), links their text or address, ``@acronym{ABBR,
Expansion}`` both. Accent commands compose (``@"a`` is ``ä``), glyph commands give their
character, TeX quotes and dashes read as typeset. TexiWEB's ``|code|`` bars go.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

_ESCAPES = {"@@": "\x00", "@{": "\x01", "@}": "\x02"}
_RESTORE = {"\x00": "@", "\x01": "{", "\x02": "}", "\x06": "-", "\x07": "`", "\x08": "'"}
# Code and addresses print as typed: no TeX quotes or dashes (``@code{--armor}``).
_AS_TYPED = frozenset(
    ("code", "samp", "kbd", "command", "option", "env", "file", "t", "indicateurl", "verb")
)
_KEEP_TYPED = str.maketrans({"-": "\x06", "`": "\x07", "'": "\x08"})
_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ",": "\u0327",
    "ringaccent": "\u030a",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "dotaccent": "\u0307",
    "ogonek": "\u0328",
}
_GLYPHS = {
    "dots": "...",
    "enddots": "...",
    "bullet": "•",
    "copyright": "©",
    "registeredsymbol": "®",
    "result": "⇒",
    "expansion": "→",
    "arrow": "→",
    "print": "-|",
    "error": "error→",
    "equiv": "≡",
    "point": "∗",
    "minus": "-",
    "geq": "≥",
    "leq": "≤",
    "tie": " ",
    "comma": ",",
    "atchar": "@",
    "lbracechar": "{",
    "rbracechar": "}",
    "backslashchar": "\\",
    "hashchar": "#",
    "ampchar": "&",
    "TeX": "TeX",
    "LaTeX": "LaTeX",
    "ss": "ß",
    "AE": "Æ",
    "ae": "æ",
    "OE": "Œ",
    "oe": "œ",
    "AA": "Å",
    "aa": "å",
    "O": "Ø",
    "o": "ø",
    "L": "Ł",
    "l": "ł",
    "exclamdown": "¡",
    "questiondown": "¿",
    "euro": "€",
    "pounds": "£",
    "textdegree": "°",
    "quotedblleft": '"',
    "quotedblright": '"',
    "quoteleft": "'",
    "quoteright": "'",
    "guillemetleft": "«",
    "guillemetright": "»",
    "today": "",
    "thisfile": "",
}
_SILENT = frozenset(("anchor", "footnote", "image", "indexterm", "sortas", "seeentry", "seealso"))
_REFERENCES = {"xref": "See ", "pxref": "see ", "ref": "", "inforef": "See "}
_LINKS = frozenset(("url", "uref", "email"))
_ABBREVIATIONS = frozenset(("acronym", "abbr"))
_SYMBOL = re.compile(r"@([\"'`^~=,])(?:\{(\\?\w)\}|(\w))")
_WORD_ACCENT = re.compile(r"@(ringaccent|dotaccent|ogonek|[uvH])\{(\w)\}")
# The innermost brace command: its argument holds no braces.
_INNERMOST = re.compile(r"@([A-Za-z]+)\{([^{}]*)\}")
_LINE_BREAK = re.compile(r"@\*")
_NO_OUTPUT = re.compile(r"@[-/:&]|@(?=[.!?])")
_SPACE_COMMAND = re.compile(r"@(?:\s|tab\b)")
# TeX's control space after an abbreviation's stop, the author's TeX habit in Texinfo
# ("Solaris, et.\ al."): the space it keeps is the text, the backslash is none.
_TEX_SPACE = re.compile(r"(?<=\w\.)\\(?= )")
# TexiWEB: C code between bars on one line ("|malloc()|", "|-1|").
_CODE_BARS = re.compile(r"(?<![\w|])\|([^|\s](?:[^|\n]*[^|\s])?)\|(?![\w|])")
_SEE_SEE = re.compile(r"\b([Ss]ee(?: also)?) see\b")
_TEX_QUOTES = (("``", '"'), ("''", '"'), ("---", "—"), ("--", "–"), ("`", "'"))

Resolver = Callable[[str], str]
_TABLE_FONT = re.compile(r"^\s*@[fv]?table\s+@([a-z]+)")


def in_table_font(item: str, table: str) -> str:
    """An item's source as its table prints it: ``@item --armor`` of ``@table @code`` is
    code (the font's other effects are no text)."""
    font = _TABLE_FONT.match(table)
    return f"@{font.group(1)}{{{item}}}" if font and font.group(1) in _AS_TYPED else item


def texinfo_text(source: str, anchors: Mapping[str, str] | None = None) -> str:
    """Plain text of Texinfo source; ``anchors`` maps an anchor or node name to the title
    of the entry it marks, so that a reference shows the term it names."""
    text = source
    for escape, mark in _ESCAPES.items():
        text = text.replace(escape, mark)
    text = _WORD_ACCENT.sub(lambda m: _accented(m.group(2), m.group(1)), text)
    text = _SYMBOL.sub(lambda m: _accented(m.group(2) or m.group(3), m.group(1)), text)
    names = anchors or {}
    while True:
        replaced = _INNERMOST.sub(lambda m: _command(m.group(1), m.group(2), names), text)
        if replaced == text:
            break
        text = replaced
    text = _LINE_BREAK.sub(" ", text)
    text = _NO_OUTPUT.sub("", text)
    text = _SPACE_COMMAND.sub(" ", text)
    text = _TEX_SPACE.sub("", text)
    text = _CODE_BARS.sub(r"\1", text)
    for tex, shown in _TEX_QUOTES:
        text = text.replace(tex, shown)
    text = _SEE_SEE.sub(r"\1", text)  # "See also @pxref{X}" prints "See also see X"
    for mark, char in _RESTORE.items():
        text = text.replace(mark, char)
    return text


def _accented(letter: str, accent: str) -> str:
    mark = _ACCENTS.get(accent)
    if mark is None or letter.startswith("\\"):
        return letter.lstrip("\\")
    return unicodedata.normalize("NFC", letter + mark)


def _command(name: str, argument: str, anchors: Mapping[str, str]) -> str:
    if name in _GLYPHS and not argument.strip():
        return _GLYPHS[name]
    if name in _SILENT:
        return ""
    args = [a.strip() for a in argument.split(",")]
    if name in _REFERENCES:
        return _REFERENCES[name] + _reference_name(args, anchors)
    if name in _LINKS:
        shown = args[2] if len(args) > 2 and args[2] else args[1] if len(args) > 1 else ""
        return shown or args[0].translate(_KEEP_TYPED)
    if name in _ABBREVIATIONS and len(args) > 1 and args[1]:
        return f"{args[0]} ({', '.join(args[1:])})"
    if name == "verb" and len(argument) >= 2:
        return argument[1:-1].translate(_KEEP_TYPED)
    if name in _AS_TYPED:
        return argument.translate(_KEEP_TYPED)
    return argument


def _reference_name(args: list[str], anchors: Mapping[str, str]) -> str:
    """What a reference names: the entry its node or anchor marks, else its printed title
    (the third argument) or its label (the second), else the node name."""
    node = args[0]
    if node in anchors:  # a title, printed already
        return anchors[node].translate(_KEEP_TYPED)
    for k in (2, 1):
        if len(args) > k and args[k]:
            return args[k]
    return node


# --- bodies ---------------------------------------------------------------------------

BLOCK_START = re.compile(r"^\s*@([a-z]+)\b")
END = re.compile(r"^\s*@end\s+([a-z]+)")
ITEM = re.compile(r"^\s*@item(x?)\b[ \t]*(.*)$")
PREFORMATTED = frozenset(
    ("example", "smallexample", "lisp", "smalllisp", "display", "smalldisplay", "format",
     "smallformat", "verbatim")
)  # fmt: skip
LISTS = frozenset(("itemize", "enumerate", "table", "ftable", "vtable", "multitable"))


def render_body(lines: Sequence[str], anchors: dict[str, str]) -> str:
    """The body as text: paragraphs joined into lines, lists as one line per item,
    examples line for line; a footnote's text a paragraph after the one it notes (after
    the list or example it sits in), without its mark."""
    lines, notes = _footnotes(lines)
    out: list[str] = []
    paragraph: list[str] = []
    stack: list[str] = []
    counters: list[int] = []
    tables: list[str] = []  # each open block's line: a table's font
    pending: list[str] = []

    def noted(text: str) -> str:
        pending.extend(notes[int(n)] for n in _NOTE_MARK.findall(text))
        return _NOTE_MARK.sub("", text)

    def add_notes() -> None:
        if pending and not stack:
            out.extend(x for note in pending for x in ("", render_body(note.split("\n"), anchors)))
            out.append("")
            pending.clear()

    def flush() -> None:  # rendered whole: a brace command may span its lines
        if paragraph:
            text = " ".join(noted(texinfo_text(" ".join(paragraph), anchors)).split())
            out.append(re.sub(r"\x04$", "", text).replace("\x04", ":"))
            paragraph.clear()
            add_notes()

    for line in lines:
        block = BLOCK_START.match(line)
        end = END.match(line)
        if end:
            flush()
            if stack:
                stack.pop()
                counters.pop()
                tables.pop()
            out.append("")
            add_notes()
            continue
        if block and block.group(1) in (
            *LISTS,
            *PREFORMATTED,
            "quotation",
            "cartouche",
            "indentedblock",
            "smallindentedblock",
        ):
            flush()
            stack.append(block.group(1))
            counters.append(0)
            tables.append(line)
            continue
        item = ITEM.match(line)
        if item and item.group(1) and stack and _lone_term(paragraph):
            # "@item A" / "@itemx B" of a nested table: one line for both, "- A, B: ..."
            term = in_table_font(item.group(2).strip(), tables[-1])
            paragraph[0] = f"{paragraph[0][:-1]}, {term}\x04"
            continue
        if item and stack and stack[-1] in LISTS:
            flush()
            counters[-1] += 1
            text = item.group(2).strip()
            text = in_table_font(text, tables[-1]) if text else text
            if stack[-1] == "enumerate":
                paragraph.extend((f"{counters[-1]}.", text))
            elif stack[-1] in ("itemize", "multitable"):
                paragraph.extend(("-", text))
            else:
                paragraph.append(f"- {text}\x04" if text else "-")  # ":" when text follows
            continue
        if stack and stack[-1] in PREFORMATTED:
            out.append(noted(texinfo_text(line, anchors)).rstrip())
            continue
        if not line.strip():
            flush()
            out.append("")
            continue
        paragraph.append(line)
    flush()
    stack.clear()
    add_notes()
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text


def _lone_term(paragraph: Sequence[str]) -> bool:
    """The paragraph is a table item's term line, its definition yet to come."""
    return len(paragraph) == 1 and paragraph[0].startswith("- ") and paragraph[0].endswith("\x04")


_FOOTNOTE = re.compile(r"@footnote\{")
_NOTE_MARK = re.compile(r"\x05(\d+)\x05")


def _footnotes(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """The lines with each ``@footnote{...}`` (its braces matched, over lines) left as a
    mark, and the footnotes' source."""
    text = "\n".join(lines)
    if "@footnote{" not in text:
        return list(lines), []
    notes: list[str] = []
    parts: list[str] = []
    at = 0
    while match := _FOOTNOTE.search(text, at):
        end = _closing_brace(text, match.end())
        if end < 0:
            break
        parts += [text[at : match.start()], f"\x05{len(notes)}\x05"]
        notes.append(text[match.end() : end])
        at = end + 1
    parts.append(text[at:])
    return "".join(parts).split("\n"), notes


def _closing_brace(text: str, start: int) -> int:
    """Where the brace opened before ``start`` closes (``@{`` / ``@}`` / ``@@`` are
    characters), or -1."""
    depth = 1
    i = start
    while i < len(text):
        char = text[i]
        if char == "@":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return i
        i += 1
    return -1
