"""Dialect ``perl-data``: a glossary kept in the data section of a Perl script or module.

Perl hands what follows a ``__DATA__`` (or ``__END__``) line to the code as the ``DATA``
file handle, and a module may keep its whole table there, one term a line: the key, a tab,
the text (O-Saft's ``OSaft/Doc/Glossary.pm``: ``AES<TAB>Advanced Encryption Standard``), or
columns aligned by two spaces or more (``AES   Advanced Encryption Standard``), or, in a list
of acronyms, one space after the key (``AES Advanced Encryption Standard``). Such a ``.pm``
or ``.pl`` file is listed (corpus_files.py) and sniffed (sniff.py) by that section when its
POD has no glossary part (the ``pod`` reader's); its code and POD are never read.

- ``#`` lines are comments, POD blocks (``=head1`` .. ``=cut``) in the section are no data,
  a line opening with white space carries on the text above it, and a line at the margin
  that parts no key from a text (a fifth of the lines at most) is skipped.
- A key written twice is one term: a Perl hash cannot hold one key twice, so such tables
  pad the repeats with spaces on the right (``CBC``, ``CBC<SPACE>``, ``CBC<SPACE><SPACE>``:
  Cyclic, Cipher, Ciplier Block Chaining) or a colon (``CSP:``). The entry is the key;
  its texts are its senses, one line each, in the file's order.
- A text without a letter or digit (``?``) is no definition: the term is a stub.
- Names: an acronym key's expansion (text_acronyms.py), and what ``aka`` names
  (``Rivest Cipher 4, stream cipher (aka Ron's Code)``: Ron's Code) unless that is another
  key, which is then a see-also.
- Pointers: ``see X``, ``see also X``, ``alias for X``, ``same as X``, ``synonym for X``
  naming another key anywhere in a text (``Alleged RC4 (see RC4)``, ``see BLAKE (224 bit)``)
  give see-also X; a text that is only ``alias for X`` / ``same as X`` makes the key another
  name of X too (``ARCFOUR<TAB>alias for ARC4``: ARC4 gets the alias ARCFOUR). A ``See X``
  text is read by redirects.alias_pointers as everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from rag_glossary.acronyms import looks_like_acronym
from rag_glossary.corpus_files import pod_glossary_shaped
from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.fields import FieldSpec

PERL_SUFFIXES = (".pm", ".pl")
NO_DATA = "no __DATA__ / __END__ section of KEY<TAB>TEXT lines"
_MARKER = re.compile(r"__(?:DATA|END)__[ \t]*(?:[#;].*)?")
_POD_START = re.compile(r"=[a-zA-Z]")
_MIN_TERMS = 5
_SHARE = 0.8  # of the section's lines that must be KEY TEXT lines
_MAX_KEY_CHARS = 60
_MAX_KEY_WORDS = 6
_TABLE_SHARE = 0.5  # lines with three fields or more: a data table, no glossary
_SPACED = re.compile(r"^(\S(?:.*?\S)?)[ \t]{2,}(\S.*)$")
_SINGLE = re.compile(r"^(\S+) (\S.*)$")
# "see X", "(alias for X)", "same as X", "see for X (160 bit)", "see X also"
_POINTER = re.compile(
    r"(?i:\b(?:see(?:\s+(?:also|for))?|alias\s+(?:for|of)|same\s+as|synonym\s+(?:for|of)"
    r"|(?P<aka>aka|a\.k\.a\.?|also\s+known\s+as)))\s+"
)
_WHOLE = re.compile(r"(?i:alias\s+(?:for|of)|same\s+as|synonym\s+(?:for|of))\s+")
_AKA_END = re.compile(r"\s*(?:[),;]|\baka\b|$)")
_MAX_AKA_WORDS = 5


@dataclass
class _Term:
    """A key and its texts, gathered line by line (a repeated key adds a text)."""

    key: str
    line: int
    texts: list[str] = field(default_factory=list)


def data_lines(text: str) -> list[tuple[int, str]]:
    """The lines of a Perl source's data section (1-based line numbers), without POD blocks,
    comments and blank lines; none when the file has no ``__DATA__`` / ``__END__`` line."""
    lines = text.split("\n")
    start = _section_start(lines)
    if start is None:
        return []
    return [
        (i + 1, line)
        for i, line in _outside_pod(lines, start)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _section_start(lines: Sequence[str]) -> int | None:
    """Index of the line after the first ``__DATA__`` / ``__END__`` line outside POD."""
    return next((i + 1 for i, line in _outside_pod(lines) if _MARKER.fullmatch(line)), None)


def _outside_pod(lines: Sequence[str], start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, line without its "\\r") of the lines from ``start`` outside POD blocks
    (from a ``=head1``-like line to its ``=cut``, both left out)."""
    in_pod = False
    for i in range(start, len(lines)):
        line = lines[i].rstrip("\r")
        if in_pod:
            in_pod = not line.startswith("=cut")
        elif _POD_START.match(line):
            in_pod = True
        else:
            yield i, line


def data_shaped(text: str) -> bool:
    """The file has a data section that reads as a glossary of KEY TEXT lines."""
    return len(_terms(data_lines(text))) >= _MIN_TERMS


def is_perl_data_glossary(text: str, filename: str) -> bool:
    """A ``.pm`` / ``.pl`` file read by its data section: one there, and no glossary part in
    its POD (which the ``pod`` reader reads)."""
    if not filename.lower().endswith(PERL_SUFFIXES) or "__" not in text:
        return False
    text = text.replace("\r\n", "\n")
    return not pod_glossary_shaped(text.encode("utf-8", "replace")) and data_shaped(text)


def parse_perl_data(text: str, source: str, spec: FieldSpec) -> Parsed:
    """One entry per key of the data section (the module docstring's rules)."""
    del source, spec
    terms = _terms(data_lines(text))
    if len(terms) < _MIN_TERMS:
        return Parsed([], problem=NO_DATA)
    keys = {t.key: t.key for t in terms} | {t.key.casefold(): t.key for t in reversed(terms)}
    sections = [_section(t, keys) for t in terms]
    _alias_targets(terms, sections, keys)
    return Parsed(sections)


# --- lines to terms -----------------------------------------------------------------------------


def _terms(lines: Sequence[tuple[int, str]]) -> list[_Term]:
    """The section's terms in file order (a repeated key adds a text to its first line's
    term), or none when the lines do not read as KEY TEXT lines."""
    if not lines:
        return []
    split = _splitter([line for _, line in lines])
    if split is None:
        return []
    terms: dict[str, _Term] = {}
    last: _Term | None = None
    for number, line in lines:
        if line[:1] in (" ", "\t"):
            if last is not None:  # carries on the text above
                last.texts[-1] = f"{last.texts[-1]} {line.strip()}".strip()
            continue
        pair = split(line)
        if pair is None:  # a line that parts no key from a text: no term, no text of one
            continue
        key, value = pair
        last = terms.setdefault(key, _Term(key, number))
        last.texts.append(value)
    return list(terms.values())


def _splitter(lines: Sequence[str]) -> Callable[[str], tuple[str, str] | None] | None:
    """How the section parts a key from its text: tabs, two spaces or more, or one space
    after acronym keys; None when most lines are no KEY TEXT line that way."""
    heads = [line for line in lines if line[:1] not in (" ", "\t")]
    if len(heads) < _MIN_TERMS:
        return None
    for split in (_tab_pair, _spaced_pair, _acronym_pair):
        pairs = [p for p in map(split, heads) if p is not None]
        if len(pairs) >= _MIN_TERMS and len(pairs) >= _SHARE * len(heads):
            if split is _tab_pair and _table(heads):
                return None
            return split
    return None


def _table(lines: Sequence[str]) -> bool:
    """Most lines hold three tab-parted fields or more: a data table, not KEY TEXT."""
    wide = sum(1 for line in lines if len([c for c in line.split("\t") if c.strip()]) >= 3)
    return wide >= _TABLE_SHARE * len(lines)


def _tab_pair(line: str) -> tuple[str, str] | None:
    key, tab, rest = line.partition("\t")
    return _pair(key, rest) if tab else None


def _spaced_pair(line: str) -> tuple[str, str] | None:
    match = _SPACED.match(line)
    return _pair(match.group(1), match.group(2)) if match else None


def _acronym_pair(line: str) -> tuple[str, str] | None:
    match = _SINGLE.match(line)
    if match is None or not looks_like_acronym(match.group(1)):
        return None
    return _pair(match.group(1), match.group(2))


def _pair(key: str, text: str) -> tuple[str, str] | None:
    """A key (white space on its right dropped) and its text, when the key reads as a term."""
    key = " ".join(key.split()).removesuffix(":").rstrip()  # "CSP:": a label's colon
    text = " ".join(text.replace("\t", " ").split())
    if not key or len(key) > _MAX_KEY_CHARS or len(key.split()) > _MAX_KEY_WORDS:
        return None
    if not re.search(r"\w", key):
        return None
    return key, text if re.search(r"\w", text) else ""


# --- terms to sections --------------------------------------------------------------------------


def _section(term: _Term, keys: dict[str, str]) -> Section:
    texts = list(dict.fromkeys(t for t in term.texts if t))  # a line written twice: once
    aliases = [*acronym_aliases(term.key)]
    see_also: list[str] = []
    for text in texts:
        aliases += defined_acronym_aliases(term.key, text)
        names, pointed = _named(text, term.key, keys)
        aliases += names
        see_also += pointed
    return Section(
        title=term.key,
        line=term.line,
        body="\n".join(texts),
        aliases=list(dict.fromkeys(a for a in aliases if a != term.key)),
        see_also=list(dict.fromkeys(see_also)),
        slug_text=term.key,
    )


def _named(text: str, own: str, keys: dict[str, str]) -> tuple[list[str], list[str]]:
    """The other names a text gives (``aka X``) and the keys it points at."""
    names: list[str] = []
    pointed: list[str] = []
    for match in _POINTER.finditer(text):
        rest = text[match.end() :]
        key = _key_at(rest, keys)
        if key is not None and key != own:
            pointed.append(key)
        elif key is None and match.group("aka"):
            end = _AKA_END.search(rest)
            name = rest[: end.start() if end else len(rest)].strip(" .\"'")
            if name and len(name.split()) <= _MAX_AKA_WORDS and name != own:
                names.append(name)
    return names, pointed


def _key_at(text: str, keys: dict[str, str]) -> str | None:
    """The longest key ``text`` opens with, up to a word's end (``RC4)``: RC4)."""
    words = text.split(" ")
    for n in range(min(len(words), _MAX_KEY_WORDS), 0, -1):
        head = " ".join(words[:n])
        for cut in (head, head.rstrip(".,;:)?!'\"")):
            # "see it" names no key "IT": another case only for a name not all lower case
            found = keys.get(cut) or (keys.get(cut.casefold()) if cut != cut.lower() else None)
            if found is not None:
                return found
    return None


def _alias_targets(
    terms: Sequence[_Term], sections: Sequence[Section], keys: dict[str, str]
) -> None:
    """A term whose one text is ``alias for X`` / ``same as X`` is another name of X."""
    by_key = {s.title: s for s in sections}
    for term in terms:
        if len(term.texts) != 1 or not (match := _WHOLE.match(term.texts[0])):
            continue
        rest = term.texts[0][match.end() :]
        target = _key_at(rest, keys)
        # "alias for 3DES ?java only?": a remark may follow, no more text
        if target is None or target == term.key or len(rest.split()) > len(target.split()) + 3:
            continue
        aliases = by_key[target].aliases
        if term.key not in aliases:
            aliases.append(term.key)
