"""Second names of a Texinfo glossary term, besides its ``@itemx`` lines (texinfo.py).

- The index entries at the head of a table item, between its ``@item`` line and its
  definition, list the term under the names a reader looks it up by (libcdio's
  ``@item SVCD`` / ``@cindex Super VCD (SVCD)``). A name an entry gives that the title
  does not is a second name: the other side of ``Super VCD (SVCD)`` or ``TOC (CD Table of
  Contents)`` when one side is the term, both sides of a bracketed pair the term is
  neither of (``Video CD (VCD)`` under ``VCD Player``); ``ASPI`` under ``Win32 ASPI`` whole;
  of ``Nero NRG, CD-Image format`` (the index's "topic, aspect" form) the topic when the
  title holds its words (``files, deleting`` under ``rm`` names no term).
- A title's bracketed second name and an acronym title's expansion the definition opens
  with, as in every reader (``Blu-ray Disc (BD)``: ``BD``; ``FSF``: Free Software Foundation).

A name that is another entry's own title (``ECMA-167 (UDF)`` beside an entry ``UDF``)
stays that entry's: the one it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rag_glossary.parsing.base import acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.body_names import MAX_ALIAS_SOURCE
from rag_glossary.parsing.texinfo_text import texinfo_text

# "@cindex X", "@findex X", a book's own "@fooindex X"; not the commands that set indexes up.
INDEX_ENTRY = re.compile(
    r"^\s*@(?!(?:print|def|defcode|syn|syncode)index\b)([a-z]*)index\s+(\S.*)$"
)
_CODE_INDEXES = frozenset(("f", "v", "k", "p", "t"))  # functions, variables, keys...
_BRACKETED = re.compile(r"^(?P<head>[^()]*\S)\s*\((?P<inner>[^()]+)\)$")
_COMMA = re.compile(r",\s+")
_MAX_NAME_WORDS = 8


def index_entry(line: str) -> str | None:
    """The source of an index entry line's name (a code index's in ``@code``), or None."""
    match = INDEX_ENTRY.match(line)
    if match is None:
        return None
    text = match.group(2)
    return f"@code{{{text}}}" if match.group(1) in _CODE_INDEXES else text


def term_title(source: str) -> str:
    """The term as printed, without a colon or a sentence's stop after it (``@item SCSI
    Pass Through Interface.``; not ``cf.``, ``Ph.D.``, ``Smith et al.``)."""
    title = printed(source)
    return title[:-1] if _STOPPED_TITLE.search(title) else title


def printed(source: str) -> str:
    return " ".join(texinfo_text(source).split()).rstrip(":").strip()


_STOPPED_TITLE = re.compile(r"^[^.]*\s[^\W\d_]{4,}\.$")


def key(name: str) -> str:
    """A name compared by its words: ``ISO-9660`` is ``ISO 9660``."""
    return " ".join(re.findall(r"\w+", name.casefold()))


def own_keys(title: str, aliases: Iterable[str] = ()) -> set[str]:
    """The keys a term is named by already: its title with and without a bracketed
    part, and its ``@itemx`` names."""
    names = [title, *aliases]
    bare = [m.group("head") for n in names if (m := _BRACKETED.match(n))]
    return {key(n) for n in (*names, *bare)} - {""}


def index_names(entries: Sequence[str], title: str, aliases: Sequence[str] = ()) -> list[str]:
    """The second names the index entries at an item's head give (their Texinfo source)."""
    own = own_keys(title, aliases)
    found: list[str] = []
    for source in entries:
        text = " ".join(texinfo_text(source).split())
        if not text or len(text) > MAX_ALIAS_SOURCE:
            continue
        found += [n for n in _entry_names(text, title) if key(n) not in own]
    return [n for n in found if 0 < len(n.split()) <= _MAX_NAME_WORDS]


def _entry_names(text: str, title: str) -> list[str]:
    own = own_keys(title)
    pair = _BRACKETED.match(text)
    if pair:
        head, inner = pair.group("head").strip(), pair.group("inner").strip()
        if key(head) in own:
            return [inner]
        if key(inner) in own:
            return [head]
        if "," not in head:
            return [head, *acronym_aliases(text)]
    parts = _COMMA.split(text)
    if len(parts) > 1:
        topic = parts[0].strip()
        return [topic] if _holds_words(title, topic) else []
    return [text]


def _holds_words(title: str, name: str) -> bool:
    have = set(key(title).split())
    want = key(name).split()
    return bool(want) and all(w in have for w in want)


def title_names(title: str, body: str) -> list[str]:
    """The names a title's brackets give (``Blu-ray Disc (BD)``: ``BD``), and the
    expansion of an acronym title the definition opens with (``FSF``: ``Free Software
    Foundation, ...``), as every reader gives them."""
    return [*acronym_aliases(title), *defined_acronym_aliases(title, body)]


def not_other_titles(names: Iterable[str], title: str, titles: set[str]) -> list[str]:
    """``names`` without those that are another entry's title (keys in ``titles``)."""
    mine = key(title)
    return [n for n in names if key(n) == mine or key(n) not in titles]
