"""Dialect ``roff``: a glossary written in troff / nroff (man pages, ms, mm, me documents).

roff writes a glossary in one of a few shapes; the file's own layout says which:

- tagged paragraphs: ``.TP`` over the term line, ``.IP "term" 4`` (man, ms, pod2man's
  output), me's ``.ip``, mm's ``.LI term`` in a ``.VL`` list; ``.TQ`` (or a second tag
  with no text between) gives another name of the same term. A bullet or a number as the
  tag is a list item of the text, not a term;
- a request that opens the definition paragraphs, ``.XX "TERM"`` or ``.XX TERM``: a
  document's own term macro (X/Open's ``.gT "abandoned action"``), or ``.B term`` / a
  line that is one bold phrase. It counts when it opens three paragraphs or more and at
  least half of all the unindented ones, its terms told apart (not an inline macro);
- a one-line paragraph over an indented block (``.PP`` / term / ``.RS 4`` ... ``.RE``, as
  DocBook's man pages write a glossary(7); a bold line over ``.IP``);
- with none of these, one entry per heading (``.SH``, ``.SS``, ``.H 2 "..."``) with text.

Whichever gives most terms is read. An entry's text runs to the next term of its level or
heading (and, for tagged or indented terms, to a new unindented paragraph); text before
the first term, headings and the lists after the last one are no entry's. Inline markup,
strings and special characters are rendered by roff_text.py; references to an anchor or
a term of the file (``See .cX actdattypdb .``) read as that term's title and are its
see-also, and so are the terms "See" / "see also" name in italic or bold (roff_see.py).

No Python library reads roff as text: doclifter lifts whole documents to DocBook and needs
their macro packages, and groff is a program, not a dependency a glossary tool should
need; the layer a glossary uses is small and regular (see roff_lines.py, roff_events.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    defined_acronym_aliases,
)
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.roff_events import PLAIN, Event, events, macro_roles, plain
from rag_glossary.parsing.roff_lines import RoffLine, read_roff
from rag_glossary.parsing.roff_see import see_names
from rag_glossary.parsing.roff_text import single_quotes

NO_TERMS = "no tagged paragraphs (.TP, .IP term), term requests, indented terms or sections"
_MIN_MARKS = 3
_DISTINCT = 0.9  # share of a term macro's texts that differ (an inline macro repeats)
_MAX_TERM_WORDS = 12


@dataclass(frozen=True)
class _Term:
    event: int  # index of the term's event
    body: tuple[int, int]  # [start, end) of its body's events
    title: str
    aliases: tuple[str, ...] = ()


def parse_roff(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source, spec
    roff = read_roff(text)
    found = events(roff, macro_roles(roff))
    shapes = (_tag_terms(found), _mark_terms(found), _indent_terms(found))
    terms = max(shapes, key=len)
    if not terms:
        terms = _section_terms(found)
    if not terms:
        return Parsed([], problem=NO_TERMS)
    names = _names(terms, found)
    sections = [_section(t, found, names, roff.lines) for t in terms]
    return Parsed(sections)


# --- the shapes of a glossary ---------------------------------------------------------


def _tag_terms(found: Sequence[Event]) -> list[_Term]:
    terms: list[_Term] = []
    for k, event in enumerate(found):
        if event.kind != "tag" or event.depth:
            continue
        if terms and not _has_text(found, terms[-1].body[0], k):
            last = terms[-1]  # a stacked tag (.TQ): another name of the same term
            terms[-1] = _Term(last.event, (k + 1, k + 1), last.title, (*last.aliases, event.text))
            continue
        terms.append(_Term(k, (k + 1, k + 1), event.text))
    return [_ended(t, found, _tag_end) for t in terms] if len(terms) >= 2 else []


def _tag_end(event: Event) -> bool:
    return event.kind == "heading" or (
        not event.depth and (event.kind == "tag" or event.kind == "para")
    )


def _mark_terms(found: Sequence[Event]) -> list[_Term]:
    openers = [(k, e) for k, e in enumerate(found) if e.kind == "text" and e.opener]
    counts = Counter(e.opener for _, e in openers if e.opener != PLAIN)
    if not counts:
        return []
    mark, opened = counts.most_common(1)[0]
    texts = [e.text.casefold() for _, e in openers if e.opener == mark]
    if opened < _MIN_MARKS or opened * 2 < len(openers) or len(set(texts)) < _DISTINCT * opened:
        return []
    terms = [_Term(k, (k + 1, k + 1), e.text) for k, e in openers if e.opener == mark]
    return [_ended(t, found, lambda e: _mark_end(e, mark)) for t in terms]


def _mark_end(event: Event, mark: str) -> bool:
    return event.kind == "heading" or (event.kind == "text" and event.opener == mark)


def _indent_terms(found: Sequence[Event]) -> list[_Term]:
    terms = []
    for k, event in enumerate(found):
        if event.kind != "text" or not event.opener or len(event.text.split()) > _MAX_TERM_WORDS:
            continue
        following = next((e for e in found[k + 1 :] if e.kind not in ("break", "anchor")), None)
        if following is not None and following.kind == "indent":
            terms.append(_Term(k, (k + 1, k + 1), event.text))
    if len(terms) < _MIN_MARKS:
        return []
    return [_ended(t, found, _indent_end) for t in terms]


def _indent_end(event: Event) -> bool:
    return event.kind == "heading" or (event.kind == "para" and not event.depth)


def _section_terms(found: Sequence[Event]) -> list[_Term]:
    heads = [k for k, e in enumerate(found) if e.kind == "heading"]
    terms = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(found)
        if _has_text(found, k + 1, end) and found[k].text.strip():
            terms.append(_Term(k, (k + 1, end), found[k].text))
    return terms if len(terms) >= 2 else []


def _ended(term: _Term, found: Sequence[Event], ends: Callable[[Event], bool]) -> _Term:
    start = term.body[0]
    end = next((j for j in range(start, len(found)) if ends(found[j])), len(found))
    return _Term(term.event, (start, end), term.title, term.aliases)


def _has_text(found: Sequence[Event], start: int, end: int) -> bool:
    return any(e.kind in ("text", "pre", "ref", "item") for e in found[start:end])


# --- entries ------------------------------------------------------------------------------


def _names(terms: Sequence[_Term], found: Sequence[Event]) -> dict[str, str]:
    """Anchors and titles -> the title of the entry they name."""
    names: dict[str, str] = {}
    for term in terms:
        title = _title(term.title)
        for name in (term.title, title, *term.aliases):
            names.setdefault(name.strip().casefold(), title)
        for event in found[term.event : term.body[1]]:
            if event.kind == "anchor" and event.text:
                names.setdefault(event.text.casefold(), title)
    return names


def _title(text: str) -> str:
    return " ".join(text.split()).rstrip(":").strip()


def _section(
    term: _Term, found: Sequence[Event], names: dict[str, str], lines: Sequence[RoffLine]
) -> Section:
    title = _title(term.title)
    inside = found[term.body[0] : term.body[1]]
    body, seen = _body(inside, names)
    seen.extend(see_names(inside, lines, names))
    own = {title.casefold(), *(a.casefold() for a in term.aliases)}
    stacked = [_title(a) for a in term.aliases if _title(a)]
    return Section(
        title=title,
        line=lines[found[term.event].index].number,
        body=body,
        aliases=[*stacked, *acronym_aliases(title), *defined_acronym_aliases(title, body)],
        see_also=[s for s in dict.fromkeys(seen) if s.casefold() not in own],
        slug_text=title,
    )


def _body(found: Sequence[Event], names: dict[str, str]) -> tuple[str, list[str]]:
    out: list[str] = []
    pieces: list[str] = []
    seen: list[str] = []
    marked = [False]  # the pieces are only a list item's mark, waiting for its text

    def flush(gap: bool = False) -> None:
        if marked[0]:
            return
        if pieces:
            out.append(_tidy(plain(pieces)))
            pieces.clear()
        if gap and out and out[-1]:
            out.append("")

    for event in found:
        if event.kind in ("text", "ref"):
            marked[0] = False
        if event.kind == "text":
            pieces.append(event.text)
        elif event.kind == "ref":
            text, target = _reference(event.text, names)
            pieces.append(text)
            seen.extend([target] if target else [])
        elif event.kind == "pre":
            marked[0] = False
            flush()
            out.append(event.text)
        elif event.kind in ("item", "tag"):
            flush()
            pieces.append(_label(event))
            marked[0] = True
        elif event.kind in ("para", "space", "indent", "heading", "break"):
            flush(gap=event.kind != "break")
    marked[0] = False
    flush()
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
    return text, seen


def _label(event: Event) -> str:
    if event.kind == "tag":
        return f"{event.text}:"
    label = event.text.strip()
    return f"{label}" if re.fullmatch(r"\(?\w{1,3}[.)]", label) else "-"


_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+")


def _reference(raw: str, names: dict[str, str]) -> tuple[str, str]:
    """``.cX actdattypdb .``: the title the anchor names (a CamelCase name the file does
    not define reads as its words, "Data Attribute Records"), then the punctuation after;
    a bare number argument is a flag of the macro, not text."""
    target, *rest = raw.split("\x00")
    title = names.get(target.casefold(), "")
    shown = title or (" ".join(_CAMEL.findall(target)) if len(_CAMEL.findall(target)) > 1 else "")
    tail = "".join(a if not a[:1].isalnum() else f" {a}" for a in rest if not a.isdigit())
    return (shown + tail).strip(), title


_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_BULLET_MARK = re.compile(r"^[•·◦▪∙]\s*")


def _tidy(text: str) -> str:
    """A filled line: spaces collapsed, brackets emptied by a reference to another file
    dropped, a bullet typed as a character written as a list item, `x' quotes typeset."""
    text = " ".join(_EMPTY_BRACKETS.sub("", text).split())
    return single_quotes(_BULLET_MARK.sub("- ", text))
