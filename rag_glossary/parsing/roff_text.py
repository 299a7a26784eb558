"""roff escapes to plain text: the inline layer of roff.py.

Font and size changes (``\\fB``, ``\\f(CW``, ``\\s-2``), motions, colours, widths and
registers print nothing here; special characters read as the character a terminal shows
(``\\(em`` —, ``\\(bu`` •, ``\\(cq`` ’, ``\\[u00E9]`` é, ``\\('e`` é), ``\\-`` a hyphen,
``\\e`` a backslash, ``\\~`` and ``\\0`` a space, and TeX-style quotes (``` ``x'' ```) read
as typeset (“x”), and so do single ones in filled text (`` `x' ``: ‘x’, single_quotes).
``\\c`` joins the next line with no space: it becomes :data:`JOIN`.
Strings (``\\*(xx``) are expanded earlier, in roff_lines.py, from the file's own ``.ds``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

JOIN = "\x01"  # \c: the next output line continues this word

_SPECIAL = {
    "em": "—", "en": "–", "hy": "-", "mi": "−", "pl": "+", "mu": "×", "di": "÷",
    "+-": "±", "bu": "•", "ci": "○", "sq": "□", "de": "°", "fm": "′", "sd": "″",
    "lq": "“", "rq": "”", "oq": "‘", "cq": "’", "aq": "'", "dq": '"', "Fo": "«", "Fc": "»",
    "fo": "‹", "fc": "›", "co": "©", "rg": "®", "tm": "™", "sc": "§", "ps": "¶",
    "ct": "¢", "Po": "£", "Eu": "€", "eu": "€", "Ye": "¥", "->": "→", "<-": "←",
    "<>": "↔", "ua": "↑", "da": "↓", "rA": "⇒", "lA": "⇐", "hA": "⇔", ">=": "≥",
    "<=": "≤", "!=": "≠", "==": "≡", "~=": "≅", "~~": "≈", "ap": "∼", "if": "∞",
    "sr": "√", "pd": "∂", "gr": "∇", "is": "∫", "ca": "∩", "cu": "∪", "mo": "∈",
    "sb": "⊂", "sp": "⊃", "es": "∅", "fa": "∀", "te": "∃", "no": "¬", "AN": "∧",
    "OR": "∨", "dg": "†", "dd": "‡", "ti": "~", "ha": "^", "sl": "/", "rs": "\\",
    "ul": "_", "ru": "_", "br": "|", "ba": "|", "bv": "|", "or": "|", "lB": "[",
    "rB": "]", "lC": "{", "rC": "}", "la": "⟨", "ra": "⟩", "at": "@", "sh": "#",
    "Do": "$", "en-dash": "–", "ss": "ß", "AE": "Æ", "ae": "æ", "OE": "Œ", "oe": "œ",
    "/O": "Ø", "/o": "ø", "/L": "Ł", "/l": "ł", "r!": "¡", "r?": "¿", "14": "¼",
    "12": "½", "34": "¾", "S1": "¹", "S2": "²", "S3": "³", "md": "⋅", "pc": "·",
    "ff": "ff", "fi": "fi", "fl": "fl", "Fi": "ffi", "Fl": "ffl", "ga": "`", "aa": "´",
}  # fmt: skip
_GREEK = "abgdezyhiklmncoprstufxqw"
_GREEK_CHARS = "αβγδεζηθικλμνξοπρστυφχψω"
_ACCENTS = {"'": "\u0301", "`": "\u0300", ":": "\u0308", "^": "\u0302", "~": "\u0303",
            ",": "\u0327", "o": "\u030a", "v": "\u030c"}  # fmt: skip

# One escape: \(xx, \[name], \*-strings are gone by now; \f, \s, \n, \m, \M, \F, \g, \k,
# \V, \Y take a one-letter, (xx or [name] argument; \h, \v, \w, \l, \L, \D, \o, \X, \Z,
# \b, \x, \R, \H, \S, \N, \A, \B, \C take a delimited one.
_ESCAPE = re.compile(
    r"\\(?:"
    r"(?P<char>\((?P<two>..)|\[(?P<name>[^\]\n]*)\])"
    r"|(?P<sel>[fFsnmMgkVY*$])(?:\((?P<sel2>..)|\[[^\]\n]*\]|[+-]?\d+|.)"
    r"|(?P<delim>[hvwlLDoXZbxRHSNABC])(?P<q>.)(?P<darg>.*?)(?P=q)"
    r"|(?P<one>.)"
    r")",
    re.S,
)
_SIMPLE = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "_": "_",
           ".": ".", "'": "'", "`": "`", '"': "", "t": "\t", "E": "\\", "c": JOIN,
           "a": "", "p": "", "r": "", "u": "", "d": "", "z": "", "{": "", "}": "",
           "&": "", "|": "", "^": "", "%": "", ":": "", ")": "", "/": "", ",": "",
           "!": "", "?": "", "#": ""}  # fmt: skip
_UNICODE = re.compile(r"u([0-9A-Fa-f]{4,6})(?:_[0-9A-Fa-f_]+)?")
_CHAR_CODE = re.compile(r"char(\d{1,5})")
_MOTION = re.compile(r"\+?\d*\.?\d*[1-9]")
_TEX_QUOTES = re.compile(r"``(.*?)''", re.S)
# troff's single quotes: ` opens (‘), ' closes (’), as in "`teletype'", "`\-s'", "`\`'"
# (the quote is a backquote). The closing one is no apostrophe inside a word (users').
_SINGLE_QUOTES = re.compile(r"`(`|[^`\n]{1,80}?)'(?!\w)")


@lru_cache(maxsize=8192)
def render(raw: str) -> str:
    """A line's roff escapes as the text they print."""
    if "\\" in raw:
        raw = _ESCAPE.sub(_escape, raw)
    if "``" in raw:
        raw = _TEX_QUOTES.sub(r"“\1”", raw)
    return raw


def single_quotes(text: str) -> str:
    """Filled text's `x' quotes as typeset (‘x’); displays keep their backquotes."""
    return _SINGLE_QUOTES.sub(r"‘\1’", text) if "`" in text else text


def _escape(match: re.Match[str]) -> str:
    if match.group("char"):
        return special_char(match.group("two") or match.group("name") or "")
    if match.group("delim"):
        return _delimited(match.group("delim"), match.group("darg"))
    if match.group("sel"):
        return ""
    one = match.group("one")
    return _SIMPLE.get(one, one)


def _delimited(escape: str, argument: str) -> str:
    """\\o'..' overstrikes its characters (a terminal shows the first); \\h'3n' moves right,
    a space between words; every other delimited escape prints nothing here."""
    if escape == "o":
        return render(argument)[:1]
    if escape == "h" and _MOTION.match(argument):
        return " "
    return ""


def special_char(name: str) -> str:
    """``\\(em``, ``\\[u00E9]``, ``\\[char233]``, ``\\(*p`` (Greek), ``\\('e`` (accents)."""
    if name in _SPECIAL:
        return _SPECIAL[name]
    if len(name) == 2 and name[0] == "*" and name[1].lower() in _GREEK:
        letter = _GREEK_CHARS[_GREEK.index(name[1].lower())]
        return letter.upper() if name[1].isupper() else letter
    if len(name) == 2 and name[0] in _ACCENTS and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + _ACCENTS[name[0]])
    unicode = _UNICODE.fullmatch(name)
    if unicode:
        return chr(int(unicode.group(1), 16))
    code = _CHAR_CODE.fullmatch(name)
    return chr(int(code.group(1))) if code else ""


_ARG = re.compile(r'"((?:[^"]|"")*)(?:"|$)|(\S+)')


def split_args(rest: str) -> tuple[str, ...]:
    """A request's arguments: space-separated, a double-quoted one may hold spaces (``""``
    inside quotes is a quote character); an escaped space (``\\ ``) does not split."""
    rest = rest.replace("\\ ", "\x02")
    found = []
    for match in _ARG.finditer(rest):
        value = match.group(1).replace('""', '"') if match.group(1) is not None else match[2]
        found.append(value.replace("\x02", "\\ "))
    return tuple(found)
