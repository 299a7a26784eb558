"""Key-value resource files read as glossaries: .NET ``.resx``, Java ``.properties`` and Apple
``.strings``, each read as its own runtime reads it.

- ``.resx`` (XML, parsed with defusedxml): each ``<data name="KEY"><value>`` of text. The
  schema's stock comment (with its sample ``<data name="Name1">``), ``<resheader>``s and the
  ``xsd:schema`` are no entries; a ``<comment>`` is a note for translators the app never
  shows, so it is no text; a value of another type (``type="System.Resources.ResXFileRef"``,
  an icon, a ``mimetype`` base64 blob) is no text, nor is a Windows Forms designer key
  (``>>button1.Name``, ``$this.Icon``).
- ``.properties`` (``java.util.Properties.load``): ``#`` / ``!`` comment lines, the key ending
  at the first unescaped ``=``, ``:`` or white space, a line ending in an odd number of
  backslashes continuing on the next (its leading white space dropped), ``\\uXXXX``, ``\\t``,
  ``\\n`` and any other escaped character as itself.
- ``.strings`` (an old-style property list): ``"key" = "value";`` (or unquoted words), ``/* */``
  and ``//`` comments, ``\\n`` ``\\t`` ``\\"`` ``\\\\`` ``\\Uxxxx`` and octal escapes.

Which of the pairs are entries is resource_glossary.py's: values that define their keys,
never an application's labels and messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.record_lines import line_numbers
from rag_glossary.parsing.resource_glossary import Resource, resource_glossary

_DATA_START = re.compile(r"<data(?=[\s/>])")
# A Windows Forms designer's own keys: ">>control.Type", "$this.Icon".
_DESIGNER_KEY = re.compile(r"^(?:>>|\$this\.)")
_TEXT_TYPES = ("", "System.String", "xsd:string")


def parse_resx(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    from rag_glossary.parsing.xml_glossary import xml_root
    from rag_glossary.parsing.xml_text import local_name

    root, problem = xml_root(text)
    if root is None:
        return Parsed([], problem=problem)
    data = [el for el in root if local_name(el) == "data"]
    lines = line_numbers(text, list(_data_starts(text)))
    resources = []
    for n, element in enumerate(data):
        name = element.get("name") or ""
        value = next((c for c in element if local_name(c) == "value"), None)
        kind = (element.get("type") or "").split(",", 1)[0].strip()
        if not name or value is None or _DESIGNER_KEY.match(name):
            continue
        if element.get("mimetype") or kind not in _TEXT_TYPES:
            continue  # an image, icon, linked file or serialized object: no text
        line = lines[n] if n < len(lines) else 1
        resources.append(Resource(name, "".join(value.itertext()), line))
    return resource_glossary(resources)


def _data_starts(text: str) -> Iterator[int]:
    """Offsets of the ``<data`` start tags outside comments (the schema's sample is inside)."""
    at = 0
    while at < len(text):
        comment = text.find("<!--", at)
        end = len(text) if comment < 0 else comment
        yield from (m.start() for m in _DATA_START.finditer(text, at, end))
        close = text.find("-->", comment + 4) if comment >= 0 else -1
        at = len(text) if close < 0 else close + 3


_PROPERTY_COMMENT = re.compile(r"^[ \t\f]*[#!]")
_PROPERTY_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)
_PROPERTY_ESCAPED = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_KEY_END = re.compile(r"(?<!\\)(?:\\\\)*[=: \t\f]")


def parse_properties(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    return resource_glossary(list(_properties(text)))


def _properties(text: str) -> Iterator[Resource]:
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        start = n
        logical = lines[n].lstrip(" \t\f")
        n += 1
        if not logical or _PROPERTY_COMMENT.match(logical):
            continue
        while _continues(logical) and n < len(lines):
            logical = logical[:-1] + lines[n].lstrip(" \t\f")
            n += 1
        if _continues(logical):
            logical = logical[:-1]
        key, value = _split_property(logical)
        if key:
            yield Resource(key, value, start + 1)


def _continues(line: str) -> bool:
    """A line ending in an odd number of backslashes goes on on the next line."""
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _split_property(line: str) -> tuple[str, str]:
    """The key and value of a logical line: the key ends at the first unescaped ``=``, ``:``
    or white space; white space around it, and one ``=`` or ``:``, are the separator."""
    end = _KEY_END.search(line)
    if end is None:
        return _property_text(line), ""
    key, rest = line[: end.end() - 1], line[end.end() - 1 :].lstrip(" \t\f")
    if rest[:1] in ("=", ":"):
        rest = rest[1:].lstrip(" \t\f")
    return _property_text(key), _property_text(rest)


def _property_text(raw: str) -> str:
    return _PROPERTY_ESCAPE.sub(_property_char, raw)


def _property_char(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) == 5:
        return chr(int(code[1:], 16))
    return _PROPERTY_ESCAPED.get(code, code)


# One token of an old-style property list's strings file: a comment, a quoted string, an
# unquoted word, or "=" / ";".
_STRINGS_TOKEN = re.compile(
    r"""/\*.*?(?:\*/|\Z)|//[^\n]*|"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<word>[\w.$:/+-]+)|(?P<mark>[=;])""",
    re.S,
)
_STRINGS_ESCAPE = re.compile(r"\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|[0-7]{1,3}|.)", re.S)
_STRINGS_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "a": "", "b": "", "f": "", "v": ""}


def parse_strings(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    return resource_glossary(list(_strings(text)))


def _strings(text: str) -> Iterator[Resource]:
    """``key = value;`` statements; a key with no value (``"key";``) is its own value."""
    pending: list[tuple[str, int]] = []  # the statement's strings so far, with their offsets
    for match in _STRINGS_TOKEN.finditer(text):
        if match.group("quoted") is not None:
            pending.append((_strings_text(match.group("quoted")), match.start()))
        elif match.group("word") is not None:
            pending.append((match.group("word"), match.start()))
        elif match.group("mark") == ";":
            if pending:
                key, offset = pending[0]
                value = pending[-1][0]
                yield Resource(key, value, text.count("\n", 0, offset) + 1)
            pending = []


def _strings_text(raw: str) -> str:
    return _STRINGS_ESCAPE.sub(_strings_char, raw)


def _strings_char(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) == 5 and code[0] in "Uu":
        return chr(int(code[1:], 16))
    if code[0] in "01234567":
        return chr(int(code, 8))
    return _STRINGS_ESCAPED.get(code, code)
