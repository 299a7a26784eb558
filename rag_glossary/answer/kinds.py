"""Kinds of an entry: a lower hit whose definition opens with the chosen entry's name as
its own genus ("UNIQUE: A constraint that makes sure all values in a column are
different" under "Constraint: A rule for table columns ...") is a kind of it. A question
that says what sets one kind apart ("the rule on a column that no two rows may have the
same value") asks for that kind, not for the genus it shares its topic words with."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.names import core, said_words
from rag_glossary.answer.overlap import Idf, stem
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import entry_units
from rag_glossary.lazy_re import cached_regex
from rag_glossary.models import Hit

# what follows the genus in a definition of one of its kinds: "A constraint THAT ...",
# "A function SUCH that ...", "A layer IN which ..."
_SETS_APART = r"(?:that|which|such|where|whose|who|in which|used|with|for|of|to)\b"


def kind_of(q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf) -> list[Hit]:
    """The lower ``hits`` that are kinds of ``chosen`` and say a word of the question
    that the chosen entry does not say; [] when none does (a question describing the
    genus itself stays with it)."""
    genus = core(chosen.title)
    if not genus:
        return []
    pattern = rf"^(?:a|an|the|any)\s+{re.escape(genus)}\s+{_SETS_APART}"
    said = _said(chosen)
    # "how many", "how often": the word after "how" asks for the answer, it names no kind
    asking = {m.group(1) for m in _HOW_WORD.finditer(q.text.lower())}
    focus = [t for t in q.focus or q.words if t not in asking]
    kinds = []
    for hit in hits:
        if hit is chosen or not (first := _first_sentence(hit)):
            continue
        opening = core(first)
        # the genus said at all first: a pattern per title compiled for every chosen entry
        # was a tenth of answer_first's cost on entries not seen before (round 40)
        if genus not in opening or not cached_regex(pattern).match(opening):
            continue
        beyond = {stem(t) for t in focus} & _said(hit) - said
        if sum(idf(t) for t in focus if stem(t) in beyond) > 0:
            kinds.append(hit)
    return kinds


_HOW_WORD = re.compile(r"\bhow (\w+)")


def _first_sentence(hit: Hit) -> str:
    return next((u.text for u in entry_units(hit.entry) if u.kind == "sentence"), "")


def _said(hit: Hit) -> frozenset[str]:
    return said_words(hit)
