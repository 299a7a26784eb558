"""Round 45, lane F: a missing "term" the extractor cut before a wh-clause is no name."""

from __future__ import annotations

from rag_glossary.coverage import TermCoverage
from rag_glossary.coverage.phrases import words
from rag_glossary.judgement_terms import clause_after, not_a_name

# energy-glossary's paraphrase of Capacity factor ("Actual generation output / nameplate
# maximum"): refused as the missing name "ratio of" under the strict bar (round 44)
_CAPACITY = (
    "ratio of what a plant actually generates compared to running flat out at its rated maximum"
)


def _missing(term: str) -> TermCoverage:
    return TermCoverage(term, False, "", (), True)


def test_a_preposition_before_a_wh_clause_ends_no_name() -> None:
    assert clause_after(["ratio", "of"], words(_CAPACITY))
    assert not_a_name(_missing("ratio of"), _CAPACITY)
    # forest-glossary's "the measure of how many square metres of leaves ..."
    assert clause_after(["measure", "of"], words("the measure of how many square metres of leaves"))


def test_a_preposition_before_a_noun_phrase_may_be_inside_a_name() -> None:
    # cycling-glossary's "king of the mountains jersey": the name goes on past "of"
    assert not clause_after(["king", "of"], words("king of the mountains jersey"))
    assert not not_a_name(_missing("king of"), "king of the mountains jersey")
    # "proof of work": a name; no wh-word follows
    assert not clause_after(["proof", "of"], words("what is proof of work"))


def test_another_language_keeps_its_term() -> None:
    # English prepositions and wh-words: a glossary in another language is not read so
    assert not not_a_name(_missing("ratio of"), _CAPACITY, "de")
