"""How well a unit of the chosen entry answers the question: the idf-weighted share of
the question's own words it says, plus what marks it as the answer (the asked-for cue, a
heading the question points at, the asked word as its subject)."""

from __future__ import annotations

import re

from rag_glossary.answer.cleaning import LABELLED_VALUE
from rag_glossary.answer.cues import CUES, MEANS, NAMING, NEVER, NUMBER, asked_label, cue_for
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.question import NEGATION, Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.side_labels import label_of
from rag_glossary.answer.unit_roles import is_filler
from rag_glossary.coverage.wordclasses import FUNCTION_WORDS, QUANTIFIERS
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem

PROBLEMS_HEADING = 0.35  # as a reason's cue for a why question
NEGATED_LABEL = 1.5  # a negated question: a negatively labelled unit ranks above coverage alone
FILLER_PENALTY = 0.5  # contribution calls and "isn't the first" rarely answer a question
SUBJECT_BONUS = 0.2  # a sentence whose subject is the asked word is about it
COUNT_BONUS = 0.2  # as an asked cue: the unit numbers as many points as the question asks for


def unit_score(q: Question, focus: frozenset[str], unit: Unit, idf: Idf) -> float:
    """How well the unit answers: the share of the question's own words it says, and the
    cue, heading or subject that says it answers what was asked."""
    # inside the chosen entry, another form of a question word counts ("optimal": "optimum")
    score = coverage(focus, unit, idf, forms=True)
    if q.asks_name and NAMING.search(unit.text):
        score += 0.35
    if q.shape == "number" and NUMBER.search(unit.text):
        score += 0.3
    elif q.shape != "number" and CUES.get(q.shape, NEVER).search(unit.text):
        score += 0.35 if q.shape == "why" else 0.2
    elif q.shape == "list" and unit.kind == "item":
        score += 0.1
        if cue_for(q) is MEANS and MEANS.search(unit.lead):
            score += 0.2  # "how can i defend against it": the list of "Possible solutions"
    if (
        unit.kind == "item"
        and unit.lead
        and coverage(focus, Unit(unit.lead, "item", 0, 0), idf) >= 0.5
    ):
        score += 0.05  # the question names what the list is about ("TPOT automates the following")
    if labels_asked_part(q, unit):
        score += PROBLEMS_HEADING  # "what can go wrong": the "Common pitfalls" section
    if q.negated and NEGATION.search(f"{unit.lead} {label_of(unit.text)}"):
        score += NEGATED_LABEL  # "When not to use it: If your data is simple or small."
    if (count := asked_count(q.text)) and enumerated(unit.text) == count:
        score += COUNT_BONUS  # "the three parts": "(1) ..., (2) ..., and (3) ..."
    if is_filler(unit.text):
        score -= FILLER_PENALTY
    if _label_asked(focus, unit.text):
        score += SUBJECT_BONUS  # "what units is clearance in": "Units: L/h." is the answer
    if unit.kind == "sentence" and _opens_with(focus, unit.text, _asked_subject(q)):
        score += SUBJECT_BONUS  # "Durability means that ...", not "(..., Durability)"
    return score - 0.002 * unit.position  # earlier text wins a tie


def labels_asked_part(q: Question, unit: Unit) -> bool:
    """The unit's heading or label names the part of the entry the question asks for
    ("whats the catch": an item under "Challenges:"; "upside": "Advantage: ...")."""
    label = asked_label(q)
    labels = f"{unit.heading} {unit.lead} {label_of(unit.text)}"
    return label is not None and bool(label.search(labels))


ASKED_LABEL_WORDS = 3  # "Typical values:" labels a part; longer, it is a clause


def _label_asked(focus: frozenset[str], text: str) -> bool:
    """The unit is a label and its value ("Units: L/h.", "Range: 0-1.") and the label is
    made of the question's own words: the value is what the question asks. (A labelled
    sentence, "Dependencies: Makefiles list ...", is one point among others.)"""
    if LABELLED_VALUE.fullmatch(text) is None:
        return False
    said = re.findall(r"[a-z]+", label_of(text).lower())
    asked = {stem(w) for w in focus}
    return 0 < len(said) <= ASKED_LABEL_WORDS and all(stem(w) in asked for w in said)


_DEFINING_VERB = lazy_regex(
    r"(?i)^\s*(\w[\w-]*)\s+(?:is|are|means|refers|requires|ensures|guarantees|describes"
    r"|measures|denotes)\b"
)


# "does unicode have ...", "is the hazelcast rest api ...": a yes/no question and the
# first word of its subject
_YES_NO = lazy_regex(
    r"(?i)^(?:does|do|did|is|are|was|were|can|could|will|would|should|has|have)\s+"
    r"(?:(?:a|an|the)\s+)?([a-z][\w-]*)"
)
_OPENING_WORD = lazy_regex(r"(?i)^\s*(?:(?:a|an|the)\s+)?(\w[\w-]*)\s+[a-z]")


def _asked_subject(q: Question) -> str:
    """The subject of a yes/no question when it is one of the question's own words
    ("does unicode have ...": "unicode"); else ""."""
    found = _YES_NO.match(q.text)
    return found.group(1).lower() if found and found.group(1).lower() in q.focus else ""


def _opens_with(focus: frozenset[str], text: str, subject: str = "") -> bool:
    """The sentence says what one of the question's own content words is: that word is its
    subject ("what does durability guarantee in acid": "Durability means that once ...").
    A yes/no question asks whether its ``subject`` does something: the sentence whose
    subject that word is says what it does, whatever its verb ("does unicode have
    precomposed characters ...": "Unicode encodes letter+ijam combinations as ...")."""
    said = _DEFINING_VERB.match(text)
    content = {stem(w) for w in focus if w not in FUNCTION_WORDS | QUANTIFIERS}
    if said is not None and stem(said.group(1).lower()) in content:
        return True
    opening = _OPENING_WORD.match(text) if subject and subject in focus else None
    return opening is not None and stem(opening.group(1).lower()) == stem(subject)


_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# "the three parts", "3 main steps": a small count before a plural noun
_ASKED_COUNT = lazy_regex(
    rf"(?i)\b({'|'.join(_COUNT_WORDS)}|[2-9]|10)\s+(?:[a-z-]+\s+)?[a-z-]{{3,}}s\b"
)
_MARKER = lazy_regex(r"(?:^|\s)\(?(\d{1,2})\)")


def asked_count(text: str) -> int:
    """How many points the question asks for ("like the three parts": 3); 0 if none."""
    found = _ASKED_COUNT.search(text)
    if found is None:
        return 0
    word = found.group(1).lower()
    return int(word) if word.isdigit() else _COUNT_WORDS.index(word) + 2


def enumerated(text: str) -> int:
    """How many points a sentence numbers inline, "(1) ... (2) ... (3) ..." or "1) ... 2)
    ...", counting from 1 in order; 0 if it numbers none."""
    seen = 0
    for marker in _MARKER.finditer(text):
        if int(marker.group(1)) != seen + 1:
            break
        seen += 1
    return seen if seen >= 2 else 0
