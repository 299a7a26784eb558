"""Texinfo markup to plain text: the inline ``@command{...}`` layer of texinfo.py.

Every brace command shows its text (``@code{x}``, ``@dfn{x}``, a book's own macros such
as libavl's ``@gloss{x}``), except those whose output is not prose: ``@anchor``,
``@footnote``, ``@image``, index entries. Cross references show what they name
(``@xref{Node}`` reads "See Node"), links their text or address, ``@acronym{ABBR,
Expansion}`` both. Accent commands compose (``@"a`` is ``ä``), glyph commands give their
character, TeX quotes and dashes read as typeset. TexiWEB's ``|code|`` bars go.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

_ESCAPES = {"@@": "\x00", "@{": "\x01", "@}": "\x02"}
_RESTORE = {"\x00": "@", "\x01": "{", "\x02": "}"}
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
# TexiWEB: C code between bars on one line ("|malloc()|", "|-1|").
_CODE_BARS = re.compile(r"(?<![\w|])\|([^|\s](?:[^|\n]*[^|\s])?)\|(?![\w|])")
_SEE_SEE = re.compile(r"\b([Ss]ee(?: also)?) see\b")
_TEX_QUOTES = (("``", '"'), ("''", '"'), ("---", "—"), ("--", "–"), ("`", "'"))

Resolver = Callable[[str], str]


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
        return shown or args[0]
    if name in _ABBREVIATIONS and len(args) > 1 and args[1]:
        return f"{args[0]} ({', '.join(args[1:])})"
    if name == "verb" and len(argument) >= 2:
        return argument[1:-1]
    return argument


def _reference_name(args: list[str], anchors: Mapping[str, str]) -> str:
    """What a reference names: the entry its node or anchor marks, else its printed title
    (the third argument) or its label (the second), else the node name."""
    node = args[0]
    if node in anchors:
        return anchors[node]
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
    examples line for line."""
    out: list[str] = []
    paragraph: list[str] = []
    stack: list[str] = []
    counters: list[int] = []

    def flush() -> None:  # rendered whole: a brace command may span its lines
        if paragraph:
            text = " ".join(texinfo_text(" ".join(paragraph), anchors).split())
            out.append(re.sub(r"\x04$", "", text).replace("\x04", ":"))
            paragraph.clear()

    for line in lines:
        block = BLOCK_START.match(line)
        end = END.match(line)
        if end:
            flush()
            if stack:
                stack.pop()
                counters.pop()
            out.append("")
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
            continue
        item = ITEM.match(line)
        if item and stack and stack[-1] in LISTS:
            flush()
            counters[-1] += 1
            text = item.group(2).strip()
            if stack[-1] == "enumerate":
                paragraph.extend((f"{counters[-1]}.", text))
            elif stack[-1] in ("itemize", "multitable"):
                paragraph.extend(("-", text))
            else:
                paragraph.append(f"- {text}\x04" if text else "-")  # ":" when text follows
            continue
        if stack and stack[-1] in PREFORMATTED:
            out.append(texinfo_text(line, anchors).rstrip())
            continue
        if not line.strip():
            flush()
            out.append("")
            continue
        paragraph.append(line)
    flush()
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text
