"""Entries without text of their own: a stub the question names (say so, point onwards),
and an entry whose whole text points at another ("Refer to Bayes' theorem")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rag_glossary.answer.inline import whole_line
from rag_glossary.answer.names import core, names_acronym, names_term
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.side_entry import hit_for
from rag_glossary.answer.side_names import named_exactly
from rag_glossary.coverage.names import spelled_acronyms
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.loose_acronyms import loosely_spelled
from rag_glossary.models import Hit
from rag_glossary.pointer_words import opens_with_pointer, pointed_name
from rag_glossary.stored_units import stored_line
from rag_glossary.word_marks import whole_word


@lru_cache(maxsize=4096)
def _inline_body(body: str) -> str:
    """An entry's whole text as one cleaned line: read from the index when it stored it
    (stored_units.py), else cleaned here (the same hits recur from question to question,
    and a search with answer_first on composes: answer_first.py)."""
    stored = stored_line(body)
    return stored if stored is not None else whole_line(body)


def _named(q: Question, hits: Sequence[Hit]) -> list[Hit]:
    return [h for h in hits if h.signals.get("term", 0.0) >= 0.95 or core(h.title) == core(q.term)]


def title_redirect(q: Question, hits: Sequence[Hit]) -> tuple[Hit, Hit] | None:
    """The entry the question names says only another entry's name ("Control effort:
    Control signal."): that entry and the one it names, which answers."""
    for hit in _named(q, hits):
        said = _inline_body(hit.entry.body).strip(" .;:")
        if said and len(said.split()) <= _REDIRECT_WORDS and core(said) != core(hit.title):
            target = named_exactly(said, [h for h in hits if h.id != hit.id])
            if target is not None:
                return hit, target
    return None


_REDIRECT_WORDS = 6


def stub_answer(q: Question, hits: Sequence[Hit]) -> list[Statement] | None:
    """The entry the question names exists but has no text: say so, point onwards; an
    acronym's entry whose whole text spells it out answers with that ("LTO: Link-Time
    Optimization"), also for the question that names the expansion."""
    named = _named(q, hits)
    spelled = [h for h in hits if (e := _expansion(h)) is not None and core(e) == core(q.term)]
    if spelled and not any(entry_units(h.entry) and names_term(h, q.term) for h in hits):
        named = spelled  # "link time optimization": the entry LTO, whose text spells it
    if not named or any(entry_units(h.entry) for h in named):
        return None
    if any(entry_units(h.entry) and names_acronym(h, q.term) for h in hits):
        return None  # "MNIST": a stub, and a full entry under the long name
    stub = named[0]
    if (expansion := _expansion(stub)) is not None:
        return [Statement(f"{stub.title}: {expansion}.", (stub.id,))]
    text = f"The glossary has an entry for {stub.title}, but it has no definition."
    see = re.findall(r"(?im)^\s*see\s+(?:also\s*:?\s*)?(.+?)\s*$", stub.entry.body)
    see += [n for line in stub.entry.body.splitlines() if (n := pointed_name(line)) is not None]
    refers = list(dict.fromkeys([*see, *stub.entry.see_also]))
    pointers = refers or [h.title for h in hits if entry_units(h.entry) and h is not stub][:3]
    statements = [Statement(text, (stub.id,))]
    if pointers:
        label = "It refers to" if refers else "Nearest entries with text"
        statements.append(Statement(f"{label}: {', '.join(pointers[:4])}.", (), order=(1, 0)))
    return statements


def spells_own_title(hit: Hit) -> bool:
    """The entry's whole text spells its acronym title out ("DHCP - Dynamic Host
    Configuration Protocol" in an acronym list): a duplicate of the full entry, no pointer."""
    return _expansion(hit) is not None


def _expansion(stub: Hit) -> str | None:
    """The whole text of an acronym's entry when it only spells the acronym out ("LTO:
    Link-Time Optimization", too short to be a unit): that is its definition. So is a
    text that is one of the entry's own other names (an abbreviation list's "BID | Twice
    Daily" row, whose letters are Latin's)."""
    return _expanded(stub.title, tuple(stub.entry.aliases), stub.entry.body)


@lru_cache(maxsize=4096)
def _expanded(title: str, aliases: tuple[str, ...], body: str) -> str | None:
    said = _inline_body(body).strip(" .;:")
    short = 0 < len(said.split()) <= _REDIRECT_WORDS
    named = said.casefold() in {a.casefold() for a in aliases}
    if not short:
        return None
    spelled = title.strip().lower() in spelled_acronyms(said)
    # "DWH: Data Warehouse": a word of the expansion gives more than its initial (the
    # parser's rule, outside parsing/: importing the parsers costs a fresh process ~0.13 s)
    return said if spelled or named or loosely_spelled(title.strip(), said) else None


# "Another term for road racing" is not here: it is the entry's definition (a synonym
# said as a sentence), which the answer quotes, not a cross-reference to restate. A
# bracketed subject label may open it ("(ToolTalk) See object specification (spec).")
_POINTER = lazy_regex(
    r"(?i)^\W*(?:\([^()]{1,40}\)\s*)?(?:refer\s+to|see(?:\s+also)?|same\s+as|synonym\s+(?:of|for)"
    r"|(?:is\s+)?interchangeable\s+with"
    r"|(?:is\s+)?equivalent\s+to|an\s+alias\s+(?:of|for))\s*:?\s+(.+?)[\W]*$"
)


def pointer_target(hit: Hit, hits: Sequence[Hit]) -> tuple[str, Hit | None] | None:
    """An entry whose whole text points at another ("(Refer to Bayes' theorem)"): the
    name it points at, and that entry when it is among ``hits``."""
    body = _inline_body(hit.entry.body)
    match = _POINTER.match(body)
    said = match.group(1) if match else pointed_name(body)
    if said is None or len(said.split()) > 8:
        return None
    name = said.strip(" .;:!\"'“”„«»‘’*_")
    others = [h for h in hits if h is not hit and h.id != hit.id]
    return name, hit_for(name, others)


def says_name(pointer: Hit, said: Sequence[Statement]) -> bool:
    """The quoted text of the entry pointed at names the pointing entry's title itself."""
    name = core(pointer.title)
    text = core(" ".join(s.text for s in said))
    return bool(name) and re.search(whole_word(name), text) is not None


def pointer_answer(stub: Hit, name: str) -> Statement:
    """The cross-reference said as a sentence, cited to the entry that makes it."""
    title = " ".join(stub.title.split())
    return Statement(f"The glossary's entry for {title} refers to {name}.", (stub.id,))


# "See rotation.", "(ToolTalk) See object specification (spec).": the reader is sent on;
# a synonym ("Interchangeable with service centre") says the two names mean one thing
_NAVIGATES = lazy_regex(r"(?i)^\W*(?:\([^()]{1,40}\)\s*)?(?:refer\s+to|see(?:\s+also)?)\b")


def only_navigates(pointer: Hit) -> bool:
    """The pointing entry's whole text sends the reader to another entry and states
    nothing itself: an answer quotes that entry alone and cites only it (glossaries label
    such a pointer near the answer, not an answer)."""
    body = _inline_body(pointer.entry.body)
    return _NAVIGATES.match(body) is not None or opens_with_pointer(body)


def bridges(q: Question, pointer: Hit, target: Hit) -> bool:
    """The question names the pointing entry, and that name shares no word with the
    title of the entry it points at ("jugyokenkyu" -> Lesson Study): without a sentence
    saying the glossary sends the one to the other, the answer reads as about another
    term. "right rotation" -> rotation, "Lerp (Linear Interpolation)" -> Interpolation
    show the link in the title the answer opens with."""
    if core(q.term) != core(pointer.title) and not names_term(pointer, q.term):
        return False
    return not set(_title_words(pointer.title)) & set(_title_words(target.title))


def _title_words(title: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]{2,}", title)]
