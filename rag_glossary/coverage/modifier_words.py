"""Words a key term's lookup mistakes for scaffolding (round 37).

"for loop meaning": comparing keys drops "for" as a filler, so the term reads as the title
Loop; a preposition opening a term asked whole names a kind of that title ("while loop" is
refused, "for loop" should be too) unless some entry writes the two together.
"what does clicking the flag do": the gerund is the doing; its object is the term asked.
"who came up with the name posix": the lead-in noun is no word of the name (lead_in.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag_glossary.coverage.lead_in import lead_in_dropped
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.models import Entry
from rag_glossary.word_marks import whole_word

# fillers a name may open with as a modifier ("for loop"); articles and pronouns are not
_PREPOSITIONS = frozenset(str.split("of to in on for and or with by as at"))
_GERUND_OBJECT = re.compile(r"what (?:does|do|will|would) (\w+ing) (?:the|an?|your|my) (.+) do")
_NAMED = ("title", "fuzzy-title", "acronym")


def asked_terms(
    question: str, terms: list[KeyTerm], check: Callable[[KeyTerm], TermCoverage]
) -> list[KeyTerm]:
    """The key terms as looked up: a gerund's object (``object_of_gerund``), then each
    read without a lead-in noun ("the name posix": ``lead_in.lead_in_dropped``)."""
    return lead_in_dropped(question, object_of_gerund(question, terms, check), check)


def object_of_gerund(
    question: str, terms: list[KeyTerm], check: Callable[[KeyTerm], TermCoverage]
) -> list[KeyTerm]:
    """ "what does clicking the flag do": the doing asked is done to its object, the term
    asked about, when the gerund is no name of the glossary and the object is found."""
    said = _GERUND_OBJECT.fullmatch(" ".join(words(question)))
    if not said or len(terms) != 1 or terms[0].text != said.group(1):
        return terms
    if check(terms[0]).how in _NAMED:
        return terms  # "what does boosting the learners do": the name is asked
    object_term = KeyTerm(said.group(2), True)
    return [object_term] if check(object_term).found else terms


def preposition_unsaid(
    question: str, term: KeyTerm, result: TermCoverage, entries: Sequence[Entry]
) -> TermCoverage:
    """ "for loop meaning": a term asked whole that opens with a preposition right before a
    title ("for" + Loop) names a kind of that title when no entry writes the two together."""
    said = term.text.split()
    if result.how not in ("title", "named-entry") or len(said) < 2:
        return result
    if said[0] not in _PREPOSITIONS or len(phrase_key(said)) != len(said) - 1:
        return result  # "as a stakeholder": only the opening preposition may be a filler
    if strip_scaffolding(question) != term.text:
        return result
    pattern = re.compile(whole_word(term.text))
    if any(pattern.search(_written(e)) for e in entries):
        return result
    return TermCoverage(term.text, False, "", (), True, clean=term.clean)


def _written(entry: Entry) -> str:
    return " ".join(words(" ".join((entry.title, *entry.aliases, entry.body))))
