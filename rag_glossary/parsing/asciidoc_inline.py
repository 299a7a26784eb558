"""AsciiDoc inline markup to plain text: cross references, macros, quotes, attribute references."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# Asciidoctor's built-in character replacement attributes ({asterisk}, {nbsp}, ...).
BUILTIN_ATTRIBUTES = {
    "amp": "&",
    "apos": "'",
    "asterisk": "*",
    "backslash": "\\",
    "backtick": "`",
    "brvbar": "¦",
    "caret": "^",
    "cpp": "C++",
    "deg": "°",
    "empty": "",
    "endsb": "]",
    "gt": ">",
    "ldquo": "“",
    "lsquo": "‘",
    "lt": "<",
    "nbsp": " ",
    "plus": "+",
    "quot": '"',
    "rdquo": "”",
    "rsquo": "’",
    "sp": " ",
    "startsb": "[",
    "tilde": "~",
    "two-colons": "::",
    "two-semicolons": ";;",
    "vbar": "|",
    "wj": "",
    "zwsp": "",
}
_XREF = re.compile(r"<<([^<>,]+?)(?:,\s*([^<>]+?))?>>")
# ``name:target[text]``: xref:, link:, image:, kbd:, linkgit:, and URLs (https://...[text]).
_MACRO = re.compile(r"(?<![\w\\])([a-z][\w-]*):(?!\s)([^\s\[]*)\[([^\]]*)\]")
# ``https://...[text]``, also as the target of a ``link:`` macro (``link:https://...[text]``).
_BARE_URL_TEXT = re.compile(
    r"(?:(?<![\w\\])link:)?\b((?:https?|ftp|file|irc)://[^\s\[]+)\[([^\]]*)\]"
)
_ATTRIBUTE = re.compile(r"(?<!\\)\{([\w-]+)\}")
_CURLY = re.compile(r"([\"'])`(.+?)`\1")
_PASS = re.compile(r"`\+(.+?)\+`|(?<![\w\\])\+\+?([^+\s](?:[^+]*?[^+\s])?)\+\+?(?![\w+])")
_CODE = re.compile(r"(?<![\w\\`])`([^`\n]+?)`(?![\w`])")
_STRONG = re.compile(r"(?<![\w\\*])\*\*?(?=\S)([^*\n]+?)(?<=\S)\*\*?(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w\\_])__?(?=\S)([^_\n]+?)(?<=\S)__?(?![\w_])")
_MARK = re.compile(r"(?<![\w\\#])#(?=\S)([^#\n]+?)(?<=\S)#(?![\w#])")
_ROLE = re.compile(r"\[[.#][\w. -]+\](?=[#*_`])")
_ESCAPE = re.compile(r"\\([*_`#{<\[+])")
_HARD_BREAK = re.compile(r"\s\+$")
# Asciidoctor's replacement of ``--`` by an em dash: between two word characters
# (``environment--the``) or standing alone between spaces; an escaped ``\--`` stays.
_WORD_DASH = re.compile(r"(?<=\w)(?<!\\)--(?=\w)")
_SPACED_DASH = re.compile(r"(?:(?<=\s)|^)(?<!\\)--(?=\s|$)", re.MULTILINE)
_KEPT = re.compile(r"\x00(\d+)\x00")
_LINK_MACROS = {"link", "xref", "mailto", "anchor", "footnote", "footnoteref", "kbd", "btn"}
# Inline anchors, which Asciidoctor renders as nothing: ``[[id]]`` and ``[[id, reftext]]``
# (not a ``[[[bibref]]]``), ``anchor:id[]``, and ``[#id]`` unless it is the role of a
# quoted span (``[#id]#text#`` keeps its text through _ROLE and _MARK).
_ID = r"[A-Za-z_:][\w:.-]*"
_INLINE_ANCHOR = re.compile(
    rf"(?<!\[)\[\[(?P<id>{_ID})(?:,[^\]]*)?\]\](?!\])"
    rf"|(?<![\w\\])anchor:(?P<macro>{_ID})\[[^\]]*\]"
    rf"|\[#(?P<hash>{_ID})(?:[.%][^\]]*)?\](?![#*_`])"
)
# A letter index's link row (``xref:A[A] xref:B[B] ..``, ``<<A>> | <<B>>``) reads as nothing.
_LETTER_LINK = re.compile(r"xref:[^\s\[]*\[\s*[A-Za-z]\s*\]|<<\s*(?:[^<>,]+,\s*)?[A-Za-z]\s*>>")
_LETTER_ROW_SEPARATORS = re.compile(r"[\s|,·•–—-]*")
_MIN_LETTER_LINKS = 3


def split_anchors(text: str) -> tuple[str, list[str]]:
    """``[[J]][[jabber]]Jabber`` -> (``Jabber``, [``J``, ``jabber``])."""
    ids = [
        m.group("id") or m.group("macro") or m.group("hash") for m in _INLINE_ANCHOR.finditer(text)
    ]
    return _INLINE_ANCHOR.sub("", text), ids


def naming_anchor(ids: Sequence[str]) -> str | None:
    """The first id that names the entry: a one-letter id is a letter index's
    navigation target (``[[B]]Balance stop percent::``), never the term's own."""
    return next((i for i in ids if len(i) > 1), None)


def is_letter_row(text: str) -> bool:
    """A line of nothing but one-letter index links."""
    links = _LETTER_LINK.findall(text)
    rest = _LETTER_LINK.sub(" ", text)
    return len(links) >= _MIN_LETTER_LINKS and _LETTER_ROW_SEPARATORS.fullmatch(rest) is not None


def inline_text(text: str, attributes: Mapping[str, str]) -> str:
    """``a <<def_x,commit>> of `git` *now*`` -> ``a commit of git now``."""
    text = _HARD_BREAK.sub("", text)
    text = _INLINE_ANCHOR.sub("", text)
    text = _ATTRIBUTE.sub(lambda m: _attribute(m, attributes), text)
    text = _XREF.sub(lambda m: (m.group(2) or _id_words(m.group(1))).strip(), text)
    text = _BARE_URL_TEXT.sub(lambda m: m.group(2).strip() or m.group(1), text)
    text = _MACRO.sub(_macro, text)
    text = _ROLE.sub("", text)
    # Literal spans are set aside so that a ``**`` inside one is not read as bold.
    literals: list[str] = []

    def keep(value: str) -> str:
        literals.append(value)
        return f"\x00{len(literals) - 1}\x00"

    text = _CURLY.sub(lambda m: f"{m.group(1)}{keep(m.group(2))}{m.group(1)}", text)
    text = _PASS.sub(lambda m: keep(m.group(1) or m.group(2)), text)
    text = _CODE.sub(lambda m: keep(m.group(1)), text)
    for pattern in (_STRONG, _EMPHASIS, _MARK):
        text = pattern.sub(r"\1", text)
    text = _SPACED_DASH.sub("—", _WORD_DASH.sub("—", text))
    text = _ESCAPE.sub(r"\1", text)
    return _KEPT.sub(lambda m: literals[int(m.group(1))], text)


def _attribute(match: re.Match[str], attributes: Mapping[str, str]) -> str:
    name = match.group(1)
    value = attributes.get(name, BUILTIN_ATTRIBUTES.get(name))
    if value is not None:
        return value
    words = _attribute_words(name)
    before = match.string[: match.start()].split()[-1:]
    if before and words.lower().startswith(before[0].lower() + " "):
        return words.split(" ", 1)[1]  # "Hazelcast {hazelcast-cloud}": "Hazelcast Cloud"
    return words


def _attribute_words(name: str) -> str:
    """A reference to an attribute the file does not define (a docs site sets it:
    ``Hazelcast {enterprise-product-name}``) reads as the words of its name, title-cased,
    without a trailing "name" ("Hazelcast Enterprise Product"), never as braces."""
    words = [w for w in re.split(r"[_\-]+", name) if w]
    if len(words) > 1 and words[-1].lower() == "name":
        words.pop()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _id_words(anchor: str) -> str:
    """``<<_memory_types>>`` (no text) reads as the words of its id."""
    return " ".join(re.split(r"[_\-]+", anchor.split("#")[-1])).strip()


def _macro(match: re.Match[str]) -> str:
    name, target, text = match.group(1), match.group(2), match.group(3).strip()
    text = text.split(",", 1)[0].strip('"') if name in ("image", "xref") else text
    if name in _LINK_MACROS or name == "image":
        if name == "anchor":
            return ""
        return text or _id_words(target.rsplit("/", 1)[-1].split(".adoc")[0])
    # A man-page style macro (``linkgit:gitattributes[5]``) keeps both parts.
    if target and text:
        return f"{target}({text})"
    return target or text
