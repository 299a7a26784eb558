"""Which hits may take the answer: the filters the entry choice narrows its candidates with
(closeness in meaning, hubness, a members question's list, a measure question's number, a
question about what it names first) and the name tests they share (answer/entry_choice.py)."""

from __future__ import annotations

from functools import lru_cache

from rag_glossary.acronyms import spells_out
from rag_glossary.answer.names import core, qualifier, said_words
from rag_glossary.answer.overlap import stem
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.side_names import inflects
from rag_glossary.answer.subject import asks_about_subject
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

DENSE_SHARE = 0.65  # a lower hit must be at least this share as close in meaning as the first
HUB_LEAD = 1.5  # a lower hit this much more of a hub than the first does not take the answer


# a quantity as a text states it: digits or a small number word ("three hulls")
STATES_NUMBER = lazy_regex(
    r"(?i)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred"
    r"|thousand|million|billion|dozen|half|twice|double)\b"
)


def numbered_first_stays(q: Question, hits: list[Hit]) -> list[Hit]:
    """A measure question ("how hot should the water be for tea") asks a magnitude, which
    only a text that states a number can give: a lower hit whose text states none does
    not take the answer on shared words from the first that states one (Steeping's "hot
    water" under Water Temperature's "60-100°C"). Not for "how much" or "how many": they
    ask amounts that a text also gives as a relation or a name ("how much does the time
    go down ... is there a name for it": Strong scaling, which states no number)."""
    if not q.asks_measure:
        return hits
    numbered = [bool(STATES_NUMBER.search(h.entry.definition)) for h in hits]
    if True not in numbered:
        return hits
    first = numbered.index(True)
    return [h for i, h in enumerate(hits) if i <= first or numbered[i]]


def inflected(words: frozenset[str], hit: Hit) -> list[str]:
    """The question's words that inflect the entry's one-word title or alias ("planing":
    Plane): the question names the entry by them."""
    names = [core(n) for n in (hit.title, *hit.entry.aliases)]
    return [w for w in words if any(inflects(w, n) for n in names)]


MIN_SPELLED = 3  # "fdic"; a shorter word ("do", "it") spells many names by chance


def spelled(words: frozenset[str], hit: Hit) -> list[str]:
    """The question's words that spell the initials of the entry's title or alias
    ("fdic": The Federal Deposit Insurance Corp): the question names the entry by its
    acronym, which its own text need not write."""
    names = (hit.title, *hit.entry.aliases)
    return [
        w
        for w in words
        if len(w) >= MIN_SPELLED and w.isalpha() and any(_spells(w, n) for n in names)
    ]


@lru_cache(maxsize=4096)
def _spells(word: str, name: str) -> bool:
    return spells_out(word.upper(), name)


def says_term(hit: Hit, term: str) -> bool:
    """The entry's title or text has every word of the term."""
    words = {stem(t) for t in tokenize(term)}
    return bool(words) and words <= said_words(hit)


def named_first_stays(q: Question, hits: list[Hit]) -> list[Hit]:
    """The first hit and the lower hits the question also names, when the question asks
    about what it names first: a lower entry whose text merely mentions the first's
    name ("queue: The part of the node in which customers wait") does not take "what
    two parts does a node consist of" from Node on the words it shares with the
    question. A description ("colored outlines around high contrast edges", "which
    test checks whether units manipulated the running variable", "... what is that
    called") names things only to describe something else: every hit stays."""
    if not hits or not asks_about_subject(q.text) or not says_name(q.text, hits[0]):
        return hits
    # a lower entry whose own name holds the first's ("The convolution theorem") is about
    # the same subject and still competes
    return [h for h in hits if h is hits[0] or says_name(q.text, h) or says_name(h.title, hits[0])]


# a question asking for the members of a kind: "what 3 kinds of metrics", "which parts of"
_ASKS_MEMBERS = lazy_regex(
    r"\b(?:what|which)\s+(?:(?:\d+|two|three|four|five|six|main|different|several)\s+)?"
    r"(?:types|kinds|sorts|parts|components|categories|classes|varieties|stages|steps|phases)"
    r"\s+of\b"
)
# "Counter, Distribution, and Gauge": three or more items in a series
_SERIES = lazy_regex(r"[^,.;:]+,[^,.;:]+,?\s+(?:and|or)\s+\w")


def holds_the_list(q: Question, hits: list[Hit]) -> list[Hit]:
    """For "what 3 kinds of metrics does beam have", the hits whose text enumerates
    (a list, or a series "Counter, Distribution, and Gauge"), when the first does not:
    one kind's entry ("Distribution (metric)") answers one member, not the kinds."""
    if not hits or not _ASKS_MEMBERS.search(q.text.lower()) or enumerates(hits[0]):
        return hits
    return [h for h in hits if enumerates(h)] or hits


def enumerates(hit: Hit) -> bool:
    """The entry's text lists things: a list, or a sentence with a series of three."""
    return any(u.kind == "item" or _SERIES.search(u.text) for u in entry_units(hit.entry))


def says_name(text: str, hit: Hit) -> bool:
    """``text`` says the entry's title, an alias or its title's qualifier as whole words."""
    said = f" {core(text)} "
    names = {core(n) for n in (hit.title, *hit.entry.aliases)} | {core(qualifier(hit.title))}
    return any(n and f" {n} " in said for n in names)


def close_in_meaning(hits: list[Hit]) -> list[Hit]:
    """The hits whose dense similarity is at least ``DENSE_SHARE`` of the first's: a hit
    much less close in meaning does not take the answer on shared words ("the value that
    shows up most often": Mode, not Test statistic's "value ... data"; "a function that
    scores how wrong the predictions are": Loss function, not Bias's "... predictions")."""
    first = hits[0].signals.get("dense")
    if first is None or first <= 0:
        return hits
    return [h for h in hits if h.signals.get("dense", first) >= DENSE_SHARE * first]


def not_broader(q: Question, hits: list[Hit]) -> list[Hit]:
    """The first hit and the lower hits that are not much more of a hub than it: a broad
    entry near everything in its glossary ("Federated Learning", "Test set") shares words
    with any question on its topic, so its coverage must not take the answer from the
    specific entry ranked above it (hubness.py; in standard deviations of the glossary's).
    A lower hit the question names stays: it is asked about, not met on shared words
    ("what happens to a work schedule after the cycle length is reached": Work schedule,
    a hub beside the very specific Cycle length)."""
    first = hits[0].signals.get("hub") if hits else None
    if first is None:
        return hits
    return [
        h
        for h in hits
        if h is hits[0] or h.signals.get("hub", first) <= first + HUB_LEAD or says_name(q.text, h)
    ]
