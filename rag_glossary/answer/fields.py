"""A record's fields in answers (Entry.fields: "category: Algorithms", a table's "Notes"
column): which are metadata, never printed as sentences unless asked for by name, and
which one a question asks for (:func:`asked_fields`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.segment import Unit, clean_unit
from rag_glossary.coverage.phrases import words
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem, tokenize
from rag_glossary.models import Hit

_METADATA_NAMES = (
    r"categor(?:y|ies)|groups?|tags?|keywords?|topics?|type|kind|domain|subject|level"
    r"|difficulty"
    # a code record's identifier (Rust's `Definition { key: "unrealised-pnl", ... }`): it
    # names the record for the program, and says nothing of the term
    r"|keys?|ids?|slug|uuid|uid|anchor"
    r"|related(?: terms?)?|see also|sources?|references?|citation|links?|url|points?"
)
# "category: Gates & Circuits", "Tags: #nlp": a record's field kept as a line of its text
FIELD_LINE = lazy_regex(
    rf"(?i)^({_METADATA_NAMES})"
    # a dot or colon inside a value is not a sentence's end: "14 CFR 91.3", "AC 43.13-1B"
    r"\s*:\s*((?:[^.!?;:]|[.:](?=\S)){1,60})\.?$"
)
_METADATA = lazy_regex(rf"(?i)(?:{_METADATA_NAMES})")
FIELD_VALUE_WORDS = 6  # a field's value is a label, not a sentence
FIELD_ANSWER_WORDS = 2  # one shared word is chance ("category: Algorithms")


def asked_fields(
    hit: Hit, asked: frozenset[str], found: Sequence[Unit], main: bool = True
) -> list[Unit]:
    """The record fields whose name the question's words ``asked`` name, each a unit
    after the entry's own text ("what category is X" -> "category: Algorithms"), and
    those, not metadata, whose value says what the question asks beyond the entry's name
    ("which joint is the weakest and usually needs nails" -> "Notes: Weakest (often
    reinforced with nails or screws)"; "Group: EU AI Act" only files the entry)."""
    wanted = {stem(w) for w in asked}
    beyond = wanted - {stem(w) for w in tokenize(hit.title)}
    block = max((u.block for u in found), default=-1) + 1
    only_named = main and named_only(hit, found)  # not another copy's: its own text says it
    out: list[Unit] = []
    for line in hit.entry.fields:
        key, _, value = line.partition(":")
        name = re.sub(r"[_\-.]+", " ", key)  # "counterpart_of" reads "counterpart of"
        shown = clean_unit(f"{name}:{value}", item=True, led=True)
        said = len({stem(w) for w in tokenize(value)} & beyond) >= FIELD_ANSWER_WORDS
        said = (said or only_named) and _METADATA.fullmatch(name.strip()) is None
        said = said and not names_entry(hit, value)
        if _told(value, found):
            continue
        if only_named and said:  # "Software Development Kit — אוסף כלי פיתוח": in place of
            # the text that only names the entry (make_group drops a unit a field quotes)
            shown = clean_unit(f"{found[0].text} — {value.strip()}", item=True, led=True)
        if ({stem(w) for w in tokenize(name)} & wanted or said) and (text := shown):
            out.append(Unit(text, "sentence", len(found) + len(out), block + len(out)))
    return out


def named_only(hit: Hit, found: Sequence[Unit]) -> bool:
    """The entry's own text only names it: an abbreviation table's row whose text is its
    expansion ("RBAC | Role-Based Access Control | שיטת בקרת גישה מבוססת תפקידים", round
    52 WH), so its other columns, fields, say what it is and are shown unasked."""
    return bool(found) and all(names_entry(hit, u.text) for u in found)


def names_entry(hit: Hit, value: str) -> bool:
    """The field's value is the entry's title or one of its aliases ("Tiếng Việt:
    Nguyên tắc Trách nhiệm Đơn" in Single Responsibility Principle, whose alias it is): a
    name in another language, no statement; shown only when the question names the
    field ("... tiếng Việt là gì")."""
    said = words(value)
    return bool(said) and any(words(n) == said for n in (hit.entry.title, *hit.entry.aliases))


def _told(value: str, found: Sequence[Unit]) -> bool:
    """The entry's text already says the field's value ("e.g., 1450E-9 m for a
    near-infrared laser" beside "example: 1450E-9 m"): the field would repeat it."""
    value = " ".join(value.split())
    if len(value) < _TOLD_CHARS:
        return False
    said = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.IGNORECASE)
    return any(said.search(u.text) for u in found)


_TOLD_CHARS = 4  # a shorter value ("units: m") is found in any text by chance


JUDGED_FIELD_WORDS = 8  # a field's value short enough to be one judgement ("Weakest (...)")
# "how strong is a box joint", "how safe is it": a degree asked of the term (not a number)
_ASKS_DEGREE = lazy_regex(
    r"(?i)\bhow\s+(?!many\b|much\b|long\b|often\b|old\b|far\b|big\b|do\b|does\b|did\b"
    r"|is\b|are\b|can\b|to\b|should\b|would\b|will\b)[a-z]+\s+(?:is|are|was|were)\b"
)


def asks_judgement(shape: str, text: str) -> bool:
    """The question asks why one would use the term, or how good it is at something."""
    return shape == "why" or _ASKS_DEGREE.search(text) is not None


def judged_field(hit: Hit, said: Sequence[str], position: int, block: int) -> Unit | None:
    """The record's first field, not metadata, whose short value is prose (a table's
    "Notes: Excellent strength (resists pulling apart)"), as a unit at ``position``, when
    no unit ``said`` already says it: a why or how-good question's answer when the entry's
    text gives no reason ("what is a dovetail joint and why do people use it for
    drawers"), though it shares none of the question's words."""
    for line in hit.entry.fields:
        key, _, value = line.partition(":")
        name = re.sub(r"[_\-.]+", " ", key).strip()
        words = tokenize(value)
        if _METADATA.fullmatch(name) or not 0 < len(words) <= JUDGED_FIELD_WORDS:
            continue
        if names_entry(hit, value):
            continue
        shown = clean_unit(f"{name}:{value}", item=True, led=True)
        if shown and not any(value.strip() in s for s in said):
            return Unit(shown, "sentence", position, block)
    return None
