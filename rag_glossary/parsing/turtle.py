"""RDF Turtle (``.ttl``) to triples: the subset a vocabulary file is written in.

Prefixes (``@prefix`` and SPARQL's ``PREFIX``), ``@base``, IRIs, prefixed names (local
names with dots and colons inside: ``:analysis:windfield_reconstruction:VAD``), ``a``,
short and long strings with their escapes, language tags and datatypes, numbers and
booleans, blank node labels, ``[ ... ]`` property lists and ``( ... )`` collections (a
collection's members are read as the objects it stands for), ``;`` and ``,`` lists and
``#`` comments. Nothing is fetched or resolved against the web; an IRI stays the string it
is. A statement the reader cannot follow raises ``TurtleError`` with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"

# Possessive repeats (each ends at a character the next part cannot take, so nothing is lost),
# and a bare word takes the whole run a name's prefix would: a run that is no name is read once,
# not once per start position (a long "a.a.a..." line would cost the square of its length).
_TOKEN = re.compile(
    r"""(?P<space>(?:\s|\#[^\n]*+)++)
    |(?P<iri><[^<>"{}|^`\\\s]*>)
    |(?P<long>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*''')
    |(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<lang>@[A-Za-z]++(?:-[A-Za-z0-9]++)*+)
    |(?P<hats>\^\^)
    |(?P<blank>_:[\w-]++(?:\.++[\w-]++)*+)
    |(?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
    |(?P<name>(?>[^\W\d_][\w-]*+(?:\.++[\w-]++)*+)?:(?:[\w:%-]|\\.)*+(?:\.++(?:[\w:%-]|\\.)++)*+)
    |(?P<word>[A-Za-z][\w-]*+(?:\.++[\w-]++)*+)
    |(?P<punct>[;,.\[\]()])
    """,
    re.VERBOSE,
)
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)


class TurtleError(ValueError):
    """Text that is no Turtle this reader follows."""


@dataclass(frozen=True)
class Literal:
    text: str
    lang: str = ""  # lower case ("en", "de-ch"); "" when untagged


@dataclass(frozen=True)
class Triple:
    subject: str  # an IRI, or "_:label" for a blank node
    predicate: str
    object: str | Literal
    offset: int  # where the statement's subject starts in the text


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    offset: int


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    at = 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            line = text.count("\n", 0, at) + 1
            raise TurtleError(f"line {line}: cannot read {text[at : at + 20]!r}")
        kind = match.lastgroup or ""
        if kind != "space":
            found.append(_Token(kind, match.group(), at))
        at = match.end()
    return found


def _unescape(body: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        if code:
            return chr(int(code, 16))
        return _ESCAPES.get(match.group(3), match.group(3))

    return _ESCAPE.sub(one, body) if "\\" in body else body


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.at = 0
        self.prefixes: dict[str, str] = {}
        self.base = ""
        self.triples: list[Triple] = []
        self.blanks = 0
        self.start = 0

    def fail(self, why: str) -> TurtleError:
        offset = self.tokens[self.at].offset if self.at < len(self.tokens) else len(self.text)
        return TurtleError(f"line {self.text.count(chr(10), 0, offset) + 1}: {why}")

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.peek()
        if token is None:
            raise self.fail("the text ends inside a statement")
        self.at += 1
        return token

    def expect(self, text: str) -> None:
        if self.take().text != text:
            self.at -= 1
            raise self.fail(f"{text!r} expected")

    def read(self) -> list[Triple]:
        while (token := self.peek()) is not None:
            if token.text.lower() in ("@prefix", "prefix"):
                self._prefix(token.text.startswith("@"))
            elif token.text.lower() in ("@base", "base"):
                self.at += 1
                self.base = self.take().text[1:-1]
                if token.text.startswith("@"):
                    self.expect(".")
            else:
                self.start = token.offset
                subject = self._subject()
                if (after := self.peek()) is not None and after.text != ".":
                    self._predicates(subject)
                self.expect(".")
        return self.triples

    def _prefix(self, with_dot: bool) -> None:
        self.at += 1
        name = self.take()
        iri = self.take()
        if name.kind != "name" or iri.kind != "iri":
            raise self.fail("a prefix line needs a name and an IRI")
        self.prefixes[name.text[:-1]] = iri.text[1:-1]
        if with_dot:
            self.expect(".")

    def _subject(self) -> str:
        token = self.take()
        if token.text == "[":
            return self._blank_list()
        if token.text == "(":
            return self._collection()
        return self._node(token)

    def _node(self, token: _Token) -> str:
        if token.kind == "iri":
            iri = token.text[1:-1]
            return iri if ":" in iri or not self.base else self.base + iri
        if token.kind == "blank":
            return token.text
        if token.kind == "name":
            prefix, _, local = token.text.partition(":")
            if prefix not in self.prefixes:
                raise self.fail(f"unknown prefix {prefix!r}")
            return self.prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
        raise self.fail(f"{token.text!r} is no subject or predicate")

    def _predicates(self, subject: str) -> None:
        while True:
            token = self.take()
            predicate = RDF_TYPE if token.text == "a" else self._node(token)
            self._objects(subject, predicate)
            while (after := self.peek()) is not None and after.text == ";":
                self.at += 1
            after = self.peek()
            if after is None or after.text in (".", "]") or self.tokens[self.at - 1].text != ";":
                return

    def _objects(self, subject: str, predicate: str) -> None:
        while True:
            value = self._object()
            if value is not None:
                self.triples.append(Triple(subject, predicate, value, self.start))
            after = self.peek()
            if after is None or after.text != ",":
                return
            self.at += 1

    def _object(self) -> str | Literal | None:
        token = self.take()
        if token.kind in ("string", "long"):
            return self._literal(token)
        if token.kind in ("number", "word") and token.text != "a":
            return Literal(token.text)
        if token.text == "[":
            return self._blank_list()
        if token.text == "(":
            return self._collection()
        return self._node(token)

    def _literal(self, token: _Token) -> Literal:
        quote = 3 if token.kind == "long" else 1
        text = _unescape(token.text[quote:-quote])
        after = self.peek()
        if after is not None and after.kind == "lang":
            self.at += 1
            return Literal(text, after.text[1:].lower())
        if after is not None and after.kind == "hats":
            self.at += 2  # the datatype: the text is read as it is
        return Literal(text)

    def _blank_list(self) -> str:
        self.blanks += 1
        node = f"_:#{self.blanks}"  # "#" is in no label the file can write
        if (after := self.peek()) is not None and after.text != "]":
            self._predicates(node)
        self.expect("]")
        return node

    def _collection(self) -> str:
        self.blanks += 1
        node = f"_:#{self.blanks}"
        while (after := self.peek()) is not None and after.text != ")":
            value = self._object()
            if value is not None:
                self.triples.append(Triple(node, RDF + "li", value, self.start))
        self.expect(")")
        return node


def triples(text: str) -> Iterator[Triple]:
    """The triples of a Turtle document, in the order written."""
    yield from _Reader(text).read()
