"""An entry body as answer units: clean sentences and list items, in reading order.

Blocks first (blocks.py: paragraphs, list items with their continuation lines, code,
headings, link lists), then sentences inside paragraphs and items with pysbd, which knows
abbreviations (e.g., i.e., etc., vs.), decimals and initials. Code is never flattened
into prose; whether a sentence is fit to quote (rhetorical questions, fragments ending in
":", "See X" cross-references, URL-only lines, truncated titles, markup) is decided by
``cleaning.clean_unit``; label lines, label/text pairs and lead-ins by list_blocks.py;
rhetorical questions with their replies are handled here. A link's text whose pointer
was cut off ("See the" + "Wikipedia entry for X.") stays a unit that retrieval reads,
marked ``link_text``: the composer (pieces.aside) never prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rag_glossary.answer.blocks import body_blocks, lettered_words
from rag_glossary.answer.cleaning import SHORT_BODY_WORDS, formula_line, shouted
from rag_glossary.answer.cleaning import clean_unit as clean_unit  # re-exported
from rag_glossary.answer.code_leads import through_code
from rag_glossary.answer.inline import clean_inline, unlinked
from rag_glossary.answer.link_labels import link_labels_marked
from rag_glossary.answer.list_blocks import (
    in_lists,
    is_lead,
    item_text,
    labelled,
    lead_text,
    paired,
)
from rag_glossary.answer.paragraph_units import (
    Paragraph,
    introduced,
    paragraph_units,
    sentence_opener,
)
from rag_glossary.answer.sentences import sentences as _sentences
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Entry
from rag_glossary.pointer_words import opens_with_pointer
from rag_glossary.stored_units import stored_units

Kind = Literal["sentence", "item"]


@dataclass(frozen=True)
class Unit:
    """One sentence or list item of an entry, cleaned, with where it sits.

    ``block`` numbers the paragraphs and lists of the body; items of one list share
    it, and ``lead`` is the sentence that introduces their list ("Types are:").
    """

    text: str
    kind: Kind
    position: int
    block: int
    lead: str = ""
    item_start: bool = False  # the first sentence of a list item that has several
    section: int = 0  # how many headings come before it
    # the text of a link whose pointer was cut off before it ("See the" + "Wikipedia entry
    # for X."), or a trailing link to a section ("Project step 1"): a unit the retrieval
    # side still reads, but no statement of the answer
    link_text: bool = False
    # the in-entry heading it sits under ("Limitations:"): it labels the part of the
    # entry the unit belongs to, as a lead-in labels its list
    heading: str = ""


_LONG_ITEM_WORDS = 30


def units(body: str) -> list[Unit]:
    """The clean units of a body in reading order (memoized: bodies repeat across calls)."""
    # Four or more dots end a sentence ("dependencies..........POINT:8"); three mark a cut.
    # A backslash that ends a line is a Markdown hard line break ("you can either:\\").
    # A stop glued to a capitalised word after a lower-case one ("con el tiempo.SEDESOL",
    # "the government.TDS (Tax ...) and ...") ends the sentence: the space was lost.
    body = _DOT_RUN.sub(". ", body)
    if _GLUED_STOP.search(body):
        body = _GLUED_STOP.sub(_unglued_stop, body)
    return list(_units(_HARD_BREAK.sub("", body)))


def _unglued_stop(match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    if not before or before[-1].isspace():  # a name led by a dot (".NET", ".NETFramework")
        return match.group(0)
    word = before.rsplit(None, 1)[-1]
    lower = len(word) >= 2 and word.isalpha() and word.islower()
    return ". " if lower else match.group(0)


_DOT_RUN = lazy_regex(r"\.{4,}")
_GLUED_STOP = lazy_regex(r"\.\.?(?=[A-Z]{2,}\b)")  # the word before is checked apart: faster
_OPEN_TASK = lazy_regex(r"\[ \]\s")  # an unticked task-list item
_HARD_BREAK = lazy_regex(r"\\+$", re.MULTILINE)


@lru_cache(maxsize=512)
def _units(body: str) -> tuple[Unit, ...]:
    out: list[Unit] = []
    unsure: list[Unit] = []
    lead = ""
    section = 0
    heading = ""
    opener = ""  # a whole sentence ending in ":" that introduces the next paragraph
    pointing = False  # the last sentence was a dropped pointer that its link text completes
    blocks = list(labelled(paired(body_blocks(body))))
    short = len(body.split()) <= SHORT_BODY_WORDS
    listed = in_lists(blocks)
    cut_last, cut_first = through_code(blocks)
    seen_code = False
    for block, (kind, text) in enumerate(blocks):
        if kind != "para":
            opener = ""
            pointing = False
        if kind == "code":
            lead = ""
            seen_code = True
            continue
        if kind == "head":
            lead = text
            section += 1
            heading = lead_text(text)
            continue
        if kind == "para" and "\n" not in text.strip() and formula_line(text):
            # a formula line is the entry's definition, or a part of it: a unit as written
            unit = Unit(text.strip(), "sentence", len(out), block, section=section)
            out.append(replace(unit, heading=heading))
            opener, lead, pointing = "", "", False
            continue
        if kind == "para":
            sentences = [s for s in _sentences(text) if s]
            asked = lead.endswith("?")  # the paragraph before ended on a (dropped) question
            if opener and len(sentences) == 1 and (joined := introduced(opener, sentences[0])):
                sentences[0] = joined  # "... a rule which prevents aliasing: When sampling ..."
            opener = sentence_opener(sentences[-1]) if sentences else ""
            lead = sentences[-1] if sentences and is_lead(sentences[-1]) else ""
            cuts = (block in cut_last, block in cut_first)
            para = Paragraph(sentences, block, blocks, short, *cuts, seen_code, asked)
            read = paragraph_units(para, pointing, first=not out)
            for said, linked in read.said:
                unit = Unit(said, "sentence", len(out), block, section=section, heading=heading)
                out.append(replace(unit, link_text=True) if linked else unit)
            unsure.extend(Unit(doubted, "sentence", 0, block) for doubted in read.doubted)
            pointing = read.pointing
            lead = "" if read.charted else lead  # the table's intro is a statement: no lead-in
        elif kind in ("row", "chart"):
            if (row := clean_unit(text, item=True, led=True)) is not None:
                # a table's rows are a list under the sentence that introduces it
                led_by = lead_text(lead) if kind == "row" else ""
                unit = Unit(row, "item", len(out), block, led_by, section=section)
                out.append(replace(unit, heading=heading))
        elif text.rstrip().endswith(":"):
            lead = text  # "- Examples include:" introduces the items after it
        elif _OPEN_TASK.match(text):
            continue  # "- [ ] How to update ...": a note of work to do states nothing
        else:
            found = _item_units(text, block, lead, block in listed, len(out))
            out.extend(replace(unit, section=section, heading=heading) for unit in found)
    return tuple(out) if out or len(unsure) != 1 else tuple(unsure)


def _item_units(text: str, block: int, lead: str, listed: bool, start: int) -> list[Unit]:
    """A list item's units, numbered from ``start``: a paragraph in list clothing (several
    sentences, or a long one) is its sentences, the first standing for the item when its
    list is shown; any other item is one unit under its list's lead-in (``listed``: a list
    of such items, list_blocks.in_lists)."""
    sentences = _sentences(text)
    if len(sentences) > 1 or len(text.split()) > _LONG_ITEM_WORDS:
        found: list[Unit] = []
        for sentence in sentences:
            if (clean := clean_unit(sentence)) is not None:
                first = not found
                item_lead = lead_text(lead) if first else ""
                found.append(Unit(clean, "sentence", start + len(found), block, item_lead, first))
        return found
    item = clean_unit(item_text(text), item=True, led=bool(lead_text(lead)) or listed)
    return [] if item is None else [Unit(item, "item", start, block, lead_text(lead))]


def entry_units(entry: Entry) -> list[Unit]:
    """The units of what the entry itself says; a gloss when that is all it says; its
    roughly cleaned sentences when the cleaning rules leave nothing of a text that says
    something ("The tendency people have to imagine alternatives to reality (what
    if...)."). Read from the index when it stored them (stored_units.py), else split."""
    stored = stored_units(entry)
    return list(stored) if stored is not None else split_units(entry)


def split_units(entry: Entry) -> list[Unit]:
    """``entry_units`` split from the entry's text (what the index build stores). A text
    all in capitals says nothing: an editor's doubt left in the glossary ("ΔΕΝ ΞΕΡΩ ΤΟ
    ΜΠΟΥΡΔΑ ΝΟΜΙΖΩ ΟΤΙ ΕΙΝΑΙ ΤΟ ΙΔΙΟ ΠΡΑΓΜΑ"), not a definition."""
    if shouted(entry.definition):
        return []
    found = list(_linked_units(entry.definition, entry.see_also))
    if found:
        return _own_name_dropped(found, entry)
    if (gloss := _gloss(entry.definition, entry.title)) is None:
        return list(_rough_units(entry.definition))
    if gloss.rstrip(".").casefold() in {s.casefold() for s in entry.see_also}:
        return found  # "Mnist: [Datasets](#datasets)": the words are a link, a tag
    return [Unit(gloss, "sentence", 0, 0)]


def _own_name_dropped(units: list[Unit], entry: Entry) -> list[Unit]:
    """The units without a one-word opening gloss that is the entry's own name ("K8s::
    Kubernetes. An open source system ...": the answer names it already)."""
    names = {n.casefold() for n in (entry.title, *entry.aliases)}
    first = units[0].text.rstrip(".")
    if len(units) < 2 or len(first.split()) != 1 or first.casefold() not in names:
        return units
    return [replace(u, position=i) for i, u in enumerate(units[1:])]


@lru_cache(maxsize=512)
def _rough_units(body: str) -> tuple[Unit, ...]:
    """The sentences of the body's paragraphs and items that ``clean_unit``'s rough mode
    keeps (one object per unit across calls, as ``_linked_units``)."""
    out: list[Unit] = []
    for block, (kind, text) in enumerate(body_blocks(body)):
        if kind not in ("para", "item"):
            continue
        for sentence in _sentences(text):
            if sentence and (clean := clean_unit(sentence, rough=True)) is not None:
                out.append(Unit(clean, "sentence", len(out), block))
    return tuple(out)


@lru_cache(maxsize=512)
def _linked_units(body: str, links: tuple[str, ...]) -> tuple[Unit, ...]:
    """The body's units, a cross-reference's copy of the word before it taken out, a link's
    whole text after the first unit marked (link_labels.py; one object per unit across
    calls: answers compare units by identity)."""
    found = [
        replace(u, text=t) if (t := unlinked(u.text, links)) != u.text else u for u in units(body)
    ]
    return link_labels_marked(found, links)


# A definition of one or two words is the whole entry in a glossary of glosses ("Legato:
# Smoothly", "Fortissimo (ff): Very loud"): too short for a sentence, yet all it says. Not
# a pointer ("See Gamma.", "More at: URL") or a placeholder ("TBD"), and not an
# abbreviation's expansion ("GC: Garbage Collection", "Lerp (Linear Interpolation): Linear
# Interpolation"): a name, which the stub rules (stubs.py) follow to the entry defining it.
_GLOSS_WORDS = 2
_NOT_GLOSS = lazy_regex(r"(?i)^(?:see|refer|cf|more|tbd|tba|todo|n/?a|none|wip)\b|[:/<>=|@]")
# "PK", "2D", "ISel": a short title with two capitals or digits ("Lento", "Forte" are words)
_ABBREVIATION = lazy_regex(r"(?=(?:[a-z]*[0-9A-Z]){2})[0-9A-Za-z]{2,5}")


def _gloss(body: str, title: str) -> str | None:
    text = clean_inline(body).strip()
    words = lettered_words(text)
    if not 1 <= len(words) <= _GLOSS_WORDS or _NOT_GLOSS.search(text) or opens_with_pointer(text):
        return None
    named = len(words) > 1 and all(w[:1].isupper() for w in words)
    title_words = {w.casefold() for w in lettered_words(title)}
    if named or _ABBREVIATION.fullmatch(title) or {w.casefold() for w in words} <= title_words:
        return None
    return text if text.endswith(_FULL_STOPS) else text.rstrip(",;:") + "."


# a stop, and those of Chinese and Japanese, Devanagari (danda; Bengali's look-alike ৷),
# Urdu, Armenian, Ethiopic: no English stop after them ("强制性执行平仓交易。." was forex's gloss)
_FULL_STOPS: tuple[str, ...] = (".", "!", "\u3002", "\uff01", "\u0964", "\u0965", "\u09f7")
_FULL_STOPS += ("\u06d4", "\u0589", "\u1362")
