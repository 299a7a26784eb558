"""An acronym the chosen entry never writes but spells out ("LIME" under Model
interpretability's "Local Interpretable Model-agnostic Explanations"): the unit that
spells it is what the question asks for, whatever the entry's opening says."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.pieces import Group, Statement
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.names import spelled_acronyms
from rag_glossary.word_marks import whole_word


def spelled_out(q: Question, main: Group, said: Sequence[Statement]) -> Statement | None:
    """The first unit of the main entry that spells the question's acronym out, when the
    entry does not write the acronym itself and the answer does not already say it."""
    acronym = q.acronym or _acronym_in_context(q)
    if acronym is None or q.shape not in ("define", "expand") or not acronym.isalpha():
        return None
    hit = main.hits[0]
    writes = re.compile(whole_word(acronym), re.IGNORECASE)
    if writes.search(" ".join((hit.title, *hit.entry.aliases, hit.entry.body))):
        return None  # the entry's own text says what it stands for
    for unit in entry_units(hit.entry):
        if acronym.lower() in spelled_acronyms(unit.text):
            if any(unit.text in s.text or unit.text in s.items for s in said):
                return None
            return Statement(f"{acronym.upper()}: {unit.text}", (hit.id,), order=(0, -1))
    return None


def _acronym_in_context(q: Question) -> str | None:
    """ "LIME in model interpretability": the term opens with an acronym in capitals,
    then its context."""
    said = re.search(r"\b([A-Z]{2,6})\s+(?:meaning\s+)?(?:in|for|of|within|during|on)\b", q.text)
    if said is None or q.term.split()[:1] != [said.group(1).lower()]:
        return None
    return said.group(1)
