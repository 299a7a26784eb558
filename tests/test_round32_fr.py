"""Round 32 follow-up R: key terms that run over a contact clause or open on an adverb.

- "the weight unit jewellers use for stones" (gem-glossary-011): a relative clause with no
  "that" (a plural noun or a pronoun, then a verb whose object is the noun before) ends
  the key term before its subject; the term is "weight unit", a description as with
  "that", not the missing name "weight unit jewellers";
- "halfway through the print the top part moved sideways ..." (print3d-glossary-013): a
  one-word term that is an adverb by its shape ("-way(s)", "-ward(s)" made from a part
  word or particle, "-ly" made from an everyday adjective) with words after it names
  nothing, so it is not judged as a missing name.
"""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Assistant, Retriever
from rag_glossary.coverage import extract_key_terms
from rag_glossary.coverage.clause_cues import adverb_shaped


def _term(question: str) -> tuple[str, bool, bool]:
    term = extract_key_terms(question)[0]
    return term.text, term.term_style, term.relative


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("the weight unit jewellers use for stones", "weight unit"),
        ("the number scale brewers use to say how pale or dark a beer's colour is", "number scale"),
        ("the bamboo whisk you use to froth up powdered green tea in the bowl", "bamboo whisk"),
        ("word for a contact you arranged in advance for a set date and time", "contact"),
    ],
)
def test_a_contact_clause_ends_the_term_before_its_subject(question: str, term: str) -> None:
    assert _term(question) == (term, False, True)


def test_a_contact_clause_reads_as_one_with_that() -> None:
    bare = _term("the weight unit jewellers use for stones")
    assert bare == _term("the weight unit that jewellers use for stones")


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # do makes the verb the question's own; its subject is the term
        ("what do data scientists use for cleaning", "data scientists"),
        # the verb has its object: no gap, no clause
        ("vision models use attention", "vision models"),
        # a quantifier before the plural is no noun the clause could follow
        (
            "when both alleles show up fully side by side in the phenotype, like ab blood "
            "type, neither one dominant or recessive",
            "both alleles",
        ),
        # a gerund before the plural modifies it: "mixing engineers" is one subject
        (
            "on the dbfs volume scale whats the usual maximum short term loudness mixing "
            "engineers go to",
            "usual maximum short term loudness mixing engineers",
        ),
    ],
)
def test_no_contact_clause_without_a_gap_or_a_noun_before(question: str, term: str) -> None:
    assert _term(question)[0] == term


@pytest.mark.parametrize(
    "word", ["halfway", "midway", "sideways", "backwards", "afterwards", "upward", "roughly"]
)
def test_adverbs_by_shape(word: str) -> None:
    assert adverb_shaped(word)


@pytest.mark.parametrize(
    "word", ["highway", "railway", "gateways", "reward", "award", "steward", "anomaly", "way"]
)
def test_nouns_of_the_same_endings_are_no_adverbs(word: str) -> None:
    assert not adverb_shaped(word)


@pytest.mark.parametrize(
    "question",
    [
        "halfway through the print the top part moved sideways and everything above is offset",
        "on unrooted trees what is usually done with a basal bifurcation",
    ],
)
def test_an_adverb_opening_a_clause_is_no_named_term(question: str) -> None:
    assert not extract_key_terms(question)[0].term_style


def test_a_bare_adverb_word_or_an_adverb_in_a_name_is_unchanged() -> None:
    assert _term("what is a forward")[:2] == ("forward", True)
    assert _term("backwards pass in a network")[:2] == ("backwards pass", True)


@pytest.fixture(scope="module")
def gems(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("gem-glossary", tmp_path_factory))


def test_the_weight_unit_jewellers_use_is_answered_by_carat(gems: Retriever) -> None:
    answer = Assistant(gems, use_llm=False).ask("the weight unit jewellers use for stones")
    assert answer.covered
    assert answer.citations == ("gem-glossary#carat",)
    assert "0.2 grams" in answer.text


def test_a_glossary_lacking_the_grading_scale_still_refuses(gems: Retriever) -> None:
    answer = Assistant(gems, use_llm=False).ask(
        "how do jewellers grade how clean a diamond is inside, like vs1 or si2"
    )
    assert not answer.covered
