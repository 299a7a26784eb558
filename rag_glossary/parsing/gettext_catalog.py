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

A mostly untranslated catalogue is read in its source text (``msgid``): the glossary's
language is its source's. A mostly translated one (a documentation glossary's translation)
is read in its translation, message by message, the source text standing in for a message
untranslated or fuzzy (its translation is of an older source). The entries are the source's
all the same: the source text decides what is a term and what a paragraph, each anchor is
the slug of the source term (a citation is the same in every translation), and the source
term is an alias of the translated one. A catalogue whose messages name no glossary term
element (an application's interface strings, ``#: src/main.c:120``) gives no entries.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from rag_glossary.parsing.base import (
    FALLBACK_ANCHOR,
    MAX_TITLE_CHARS,
    Parsed,
    Section,
    acronym_aliases,
    build_entries,
    defined_acronym_aliases,
    heading_names,
)
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.gettext_text import rst_message_text, xml_message_text
from rag_glossary.parsing.redirects import alias_pointers
from rag_glossary.parsing.slug import slugify

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
# A catalogue is read in its translation when more than this share of its messages is
# translated (fuzzy ones count as untranslated). Catalogues sit far from it: a glossary's
# translation 82-90% (Python's French and Turkish), a source catalogue with a few
# translations 7% (GIMP's Korean).
_TRANSLATED_SHARE = 0.5


class _Text(NamedTuple):
    """A message's text as read (its translation or its source text) and its source text."""

    shown: str
    source: str


@dataclass(frozen=True)
class _Term:
    term: _Text
    line: int


@dataclass(frozen=True)
class _Row:
    """One occurrence of a message in its source document."""

    path: str
    line: int
    kind: str
    text: str  # the text read: the translation, or the source text
    po_line: int  # where the message is in the catalogue (the entry's location)
    source: str  # the source text (msgid): it decides the document's structure


def parse_po(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    import polib

    try:
        catalogue = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as exc:
        return Parsed([], problem=f"not a readable gettext catalogue ({exc})")
    messages = [e for e in catalogue if _is_text(e)]
    translated = sum(e.translated() for e in messages) > _TRANSLATED_SHARE * len(messages)
    rows = sorted(_rows(messages, translated), key=lambda r: (r.path, r.line))
    if any(r.kind in _TERMS for r in rows):  # the catalogue of a glossary, not of an interface
        read = _element_document
    elif rows and all(not r.kind and r.path.lower().endswith(_PROSE) for r in rows):
        read = _prose_document  # Sphinx: messages of .rst pages, no element named
    else:
        return Parsed([], problem=_NO_TERMS)
    sections, title = _document(rows, read)
    if translated:
        _add_source_names(sections, _document([replace(r, text=r.source) for r in rows], read)[0])
    return Parsed(sections, title=title, problem=None if sections else _NO_TERMS)


def _document(rows: list[_Row], read: _Reader) -> tuple[list[Section], str | None]:
    sections: list[Section] = []
    title: str | None = None
    for path in dict.fromkeys(r.path for r in rows):
        found, doc_title = read([r for r in rows if r.path == path])
        sections.extend(found)
        title = title or doc_title
    return sections, title


def _add_source_names(sections: list[Section], source_sections: list[Section]) -> None:
    """The names the source reading gives each entry (its body's "(GIL)", a "See X." pointer's
    term) are names of the translated entry too."""
    source_entries = alias_pointers(build_entries(source_sections, "po", file="po", url_base=None))
    for section, entry in zip(sections, source_entries, strict=True):
        names = [*section.aliases, *entry.aliases]
        section.aliases = [
            a for a in dict.fromkeys(names) if a.casefold() != section.title.casefold()
        ]


def _is_text(entry: Any) -> bool:
    """A message of the document: not the header, credits, an image or an obsolete one."""
    return bool(
        not entry.obsolete
        and entry.msgid
        and entry.msgid not in _CREDITS
        and not entry.msgid.startswith(_IMAGE)
    )


_Reader = Callable[[list[_Row]], tuple[list[Section], str | None]]


def _rows(messages: Iterable[Any], translated: bool) -> Iterator[_Row]:
    for entry in messages:
        kinds = _comment_kinds(entry.comment or "")
        text = entry.msgstr if translated and entry.translated() else entry.msgid
        for n, (file, line) in enumerate(entry.occurrences):
            ref = _REFERENCE.match(f"{file}:{line}" if line else file)
            if ref is None:
                continue
            kind = ref.group("kind") or (kinds[min(n, len(kinds) - 1)] if kinds else "")
            path, number = ref.group("path"), int(ref.group("line"))
            yield _Row(path, number, kind.lower(), text, entry.linenum, entry.msgid)


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
    current: _Term | None = None
    paragraphs: list[_Text] = []
    label = _Text("", "")
    for row in rows:
        text = _Text(xml_message_text(row.text), xml_message_text(row.source))
        if row.kind in _NEVER_TEXT or not text.source:
            continue
        if _opens_entry(row.kind, current, paragraphs):
            _close(current, paragraphs, sections)
            current, paragraphs, label = _Term(text, row.po_line), [], _Text("", "")
        elif current is None:
            title = title or (text.shown if row.kind in _TITLES else None)
        elif row.kind in _LABELS:
            label = text
        elif row.kind in _PARAGRAPHS or row.kind not in _TITLES | _WRAPPED_TERMS:
            item = row.kind not in _PARAGRAPHS
            paragraphs.append(_Text(*(_line(label, text, item, n) for n in (0, 1))))
            label = _Text("", "")
    _close(current, paragraphs, sections)
    return sections, title


def _line(label: _Text, text: _Text, item: bool, side: int) -> str:
    line = f"- {text[side]}" if item else text[side]
    return f"{label[side]}: {line}" if label[side] else line


def _prose_document(rows: list[_Row]) -> tuple[list[Section], str | None]:
    """A page read as paragraphs (Sphinx): a name right over a paragraph is a term.

    The page's first message is its title. A short message that reads as a name (a few
    words, no closing punctuation) followed by one that does not opens an entry; a name
    followed by another name is a list item of the entry above (a "See also" list of
    references). A page of sections reads one entry per section title.
    """
    texts = [_Text(rst_message_text(r.text), rst_message_text(r.source)) for r in rows]
    names = [_name_like(t.source) for t in texts] + [False]
    sections: list[Section] = []
    paragraphs: list[_Text] = []
    current: _Term | None = None
    for n in range(1, len(rows)):
        if not texts[n].source:
            continue
        if names[n] and n + 1 < len(rows) and not names[n + 1]:
            _close(current, paragraphs, sections)
            current, paragraphs = _Term(texts[n], rows[n].po_line), []
        elif current is not None:
            paragraphs.append(_Text(*(f"- {t}" if names[n] else t for t in texts[n])))
    _close(current, paragraphs, sections)
    return sections, (texts[0].shown or None) if rows else None


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


def _opens_entry(kind: str, current: _Term | None, paragraphs: list[_Text]) -> bool:
    """A term element opens an entry; a wrapped term only where no term waits for its text."""
    if kind in _TERMS:
        return True
    return kind in _WRAPPED_TERMS and (current is None or bool(paragraphs))


def _close(current: _Term | None, paragraphs: list[_Text], sections: list[Section]) -> None:
    if current is None:
        return
    kept = [p for p in paragraphs if not _empty_pointer(p.source)]
    title, source = current.term
    body = _joined([p.shown for p in kept])
    names = [*acronym_aliases(title), *defined_acronym_aliases(title, body), source]
    section = Section(title=title, line=current.line, body=body)
    section.aliases = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
    section.anchor = _source_anchor(source) if source != title else None
    sections.append(section)


def _joined(paragraphs: list[str]) -> str:
    body = paragraphs[0] if paragraphs else ""
    for before, paragraph in itertools.pairwise(paragraphs):
        listed = before.startswith("- ") and paragraph.startswith("- ")
        body += ("\n" if listed else "\n\n") + paragraph  # list items stay one list
    return body


def _source_anchor(term: str) -> str:
    """The anchor the source term gets as a title (as base.finalize slugs a title)."""
    title, _ = heading_names(term)
    return slugify(title[:MAX_TITLE_CHARS]) or FALLBACK_ANCHOR


# "See also <xref linkend="x"/>." once the cross-reference (which has no text) is gone.
_EMPTY_POINTER = re.compile(r"^(?:see(?: also)?|for more information,? see)\W*$", re.I)


def _empty_pointer(paragraph: str) -> bool:
    return bool(_EMPTY_POINTER.match(paragraph))
