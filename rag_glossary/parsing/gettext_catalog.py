"""GNU gettext catalogues (``.po``, ``.pot``) of a documentation glossary, read with polib.

Tools that extract a DocBook or Mallard document for translation (xml2po, itstool, po4a,
KDE's xml2pot) write one message per element, and say which element: xml2po in the
reference (``#: glossary.xml:13(glossterm)``), itstool and po4a in an extracted comment
(``#. (itstool) path: glossentry/glossterm``, ``#. type: Content of: <glossentry><glossterm>``),
KDE as ``#. Tag: glossterm``. gettext merges messages with the same text, so one message can
stand for several elements far apart; each reference says where one of them is. The
document is rebuilt from the references (each message once per reference, in line order)
and read as a glossary: a term element opens an entry and the text elements up to the next
term are its body. Index terms, image placeholders and the document title are no text.

The source text (``msgid``) is read, never the translation: a catalogue is mostly
untranslated and the glossary's language is its source's. A catalogue whose messages name
no glossary term element (an application's interface strings, ``#: src/main.c:120``) gives
no entries.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.gettext_text import rst_message_text, xml_message_text

_REFERENCE = re.compile(r"^(?P<path>.*?):(?P<line>\d+)(?:\((?P<kind>[\w.:-]+)\))?$")
_ITSTOOL_PATH = re.compile(r"^\(itstool\) path: (\S+)")
_PO4A_PATH = re.compile(r"^type: Content of: ((?:<[^>]+>)+)")
_KDE_TAG = re.compile(r"^Tag: ([\w.:-]+)")

# A glossary entry's term. ``phrase`` is DocBook's generic inline wrapper: xml2po names it
# for a term written <glossterm><phrase>Alpha</phrase></glossterm>, and also for an image's
# text (<textobject><phrase>); it opens an entry only where a term can stand (_opens_entry).
_TERMS = frozenset(("glossterm",))
_WRAPPED_TERMS = frozenset(("phrase",))
_TITLES = frozenset(("title", "subtitle", "titleabbrev"))
_LABELS = frozenset(("term",))  # a variable list's term: the label of the paragraph after it
_PARAGRAPHS = frozenset(("para", "simpara", "p", "glossdef", "formalpara", "literallayout"))
_NEVER_TEXT = frozenset(
    ("primary", "secondary", "tertiary", "see", "seealso", "indexterm", "remark", "none")
)
_IMAGE = "@@image:"  # xml2po's placeholder message for an <imagedata>
_CREDITS = frozenset(("translator-credits", "translator_credits"))
_PROSE = (".rst", ".rest", ".txt", ".md")
_NO_TERMS = "no glossary entries (no message is a glossary term of a documentation page)"


@dataclass(frozen=True)
class _Row:
    """One occurrence of a message in its source document."""

    path: str
    line: int
    kind: str
    text: str
    po_line: int  # where the message is in the catalogue (the entry's location)


def parse_po(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    import polib

    try:
        catalogue = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as exc:
        return Parsed([], problem=f"not a readable gettext catalogue ({exc})")
    rows = sorted(_rows(catalogue), key=lambda r: (r.path, r.line))
    if any(r.kind in _TERMS for r in rows):  # the catalogue of a glossary, not of an interface
        read = _element_document
    elif rows and all(not r.kind and r.path.lower().endswith(_PROSE) for r in rows):
        read = _prose_document  # Sphinx: messages of .rst pages, no element named
    else:
        return Parsed([], problem=_NO_TERMS)
    sections: list[Section] = []
    title: str | None = None
    for path in dict.fromkeys(r.path for r in rows):
        found, doc_title = read([r for r in rows if r.path == path])
        sections.extend(found)
        title = title or doc_title
    return Parsed(sections, title=title, problem=None if sections else _NO_TERMS)


def _rows(catalogue: Iterable[Any]) -> Iterator[_Row]:
    for entry in catalogue:
        if entry.obsolete or not entry.msgid or entry.msgid in _CREDITS:
            continue
        if entry.msgid.startswith(_IMAGE):
            continue
        kinds = _comment_kinds(entry.comment or "")
        text = entry.msgid
        for n, (file, line) in enumerate(entry.occurrences):
            ref = _REFERENCE.match(f"{file}:{line}" if line else file)
            if ref is None:
                continue
            kind = ref.group("kind") or (kinds[min(n, len(kinds) - 1)] if kinds else "")
            yield _Row(ref.group("path"), int(ref.group("line")), kind.lower(), text, entry.linenum)


def _comment_kinds(comment: str) -> list[str]:
    """The element of each occurrence named by itstool, po4a or KDE in an extracted comment."""
    kinds = []
    for line in comment.splitlines():
        if match := _ITSTOOL_PATH.match(line):
            kinds.append(match.group(1).rsplit("/", 1)[-1].split("@", 1)[0].split("[", 1)[0])
        elif match := _PO4A_PATH.match(line):
            kinds.append(match.group(1).rsplit("<", 1)[-1].rstrip(">").split()[0])
        elif match := _KDE_TAG.match(line):
            kinds.append(match.group(1))
    return kinds


def _element_document(rows: list[_Row]) -> tuple[list[Section], str | None]:
    """A document whose messages name their elements: a term element opens an entry."""
    sections: list[Section] = []
    title: str | None = None
    current: Section | None = None
    paragraphs: list[str] = []
    label = ""
    for raw in rows:
        row = _Row(raw.path, raw.line, raw.kind, xml_message_text(raw.text), raw.po_line)
        if row.kind in _NEVER_TEXT or not row.text:
            continue
        if _opens_entry(row, current, paragraphs):
            _close(current, paragraphs, sections)
            current, paragraphs, label = Section(title=row.text, line=row.po_line), [], ""
        elif current is None:
            title = title or (row.text if row.kind in _TITLES else None)
        elif row.kind in _LABELS:
            label = row.text
        elif row.kind in _PARAGRAPHS or row.kind not in _TITLES | _WRAPPED_TERMS:
            line = row.text if row.kind in _PARAGRAPHS else f"- {row.text}"
            paragraphs.append(f"{label}: {line}" if label else line)
            label = ""
    _close(current, paragraphs, sections)
    return sections, title


def _prose_document(rows: list[_Row]) -> tuple[list[Section], str | None]:
    """A page read as paragraphs (Sphinx): a name right over a paragraph is a term.

    The page's first message is its title. A short message that reads as a name (a few
    words, no closing punctuation) followed by one that does not opens an entry; a name
    followed by another name is a list item of the entry above (a "See also" list of
    references). A page of sections reads one entry per section title.
    """
    texts = [rst_message_text(r.text) for r in rows]
    names = [_name_like(t) for t in texts] + [False]
    sections: list[Section] = []
    paragraphs: list[str] = []
    current: Section | None = None
    for n in range(1, len(rows)):
        if not texts[n]:
            continue
        if names[n] and n + 1 < len(rows) and not names[n + 1]:
            _close(current, paragraphs, sections)
            current, paragraphs = Section(title=texts[n], line=rows[n].po_line), []
        elif current is not None:
            paragraphs.append(f"- {texts[n]}" if names[n] else texts[n])
    _close(current, paragraphs, sections)
    return sections, (texts[0] or None) if rows else None


# A name: a few words, no sentence punctuation closing it or inside it.
_NAME_WORDS = 6


def _name_like(text: str) -> bool:
    if text and len(text) <= 10 and not any(c.isalnum() for c in text):
        return True  # a symbol: ">>>", "..."
    return (
        bool(text)
        and len(text) <= 80
        and len(text.split()) <= _NAME_WORDS
        and not text.endswith((".", ":", ";", ",", "!", "?", "…"))
        and ". " not in text
    )


def _opens_entry(row: _Row, current: Section | None, paragraphs: list[str]) -> bool:
    """A term element opens an entry; a wrapped term only where no term waits for its text."""
    if row.kind in _TERMS:
        return True
    return row.kind in _WRAPPED_TERMS and (current is None or bool(paragraphs))


def _close(current: Section | None, paragraphs: list[str], sections: list[Section]) -> None:
    if current is None:
        return
    kept = [p for p in paragraphs if not _empty_pointer(p)]
    body = kept[0] if kept else ""
    for before, paragraph in itertools.pairwise(kept):
        listed = before.startswith("- ") and paragraph.startswith("- ")
        body += ("\n" if listed else "\n\n") + paragraph  # list items stay one list
    title = current.title
    names = [*acronym_aliases(title), *defined_acronym_aliases(title, body)]
    current.body = body
    current.aliases = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
    sections.append(current)


# "See also <xref linkend="x"/>." once the cross-reference (which has no text) is gone.
_EMPTY_POINTER = re.compile(r"^(?:see(?: also)?|for more information,? see)\W*$", re.I)


def _empty_pointer(paragraph: str) -> bool:
    return bool(_EMPTY_POINTER.match(paragraph))
