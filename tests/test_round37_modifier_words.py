"""A named sub-kind answered from its parent entry, and a gerund's object as the key term
(coverage/modifier_words.py, judgement_terms.name_in_description; round 37 follow-up FN)."""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.judgement import NAMED_REASON
from rag_glossary.judgement_rephrase import REPHRASE_REASON

SCRATCH = "scratch-glossary"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(SCRATCH, tmp_path_factory))


def test_a_preposition_opening_a_title_names_a_kind_the_glossary_lacks(scratch: Retriever) -> None:
    # scratch-glossary-034: "for" is dropped as a filler when keys are compared, so "for
    # loop" read as the title Loop; "while loop" was refused already
    for question in ("for loop meaning", "what is a for loop", "what is a while loop"):
        result = scratch.retrieve(question)
        assert not result.covered, question
        assert result.key_term_found is False


def test_a_title_opening_with_its_preposition_is_still_found(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # carpentry-glossary-002: "On Center" is the entry's own name, written with "on"
    carpentry = Retriever.load(shared_index("carpentry-glossary", tmp_path_factory))
    result = carpentry.retrieve("on center")
    assert result.covered
    assert result.hits[0].id == "carpentry-glossary#on-center"


def test_the_object_of_a_gerund_is_the_term_asked(scratch: Retriever) -> None:
    # scratch-glossary-008: Green Flag says "the 'flag'"; "clicking" is the doing
    result = scratch.retrieve("what does clicking the flag do")
    assert result.covered
    assert result.key_term == "flag"
    assert result.hits[0].id == "scratch-glossary#green-flag"


def test_a_request_after_the_comma_is_no_gloss() -> None:
    # scratch-glossary-035: "explain it simply" asks about the term; it does not describe it
    [term] = extract_key_terms("binary search algorithm, explain it simply")
    assert term.text == "binary search algorithm"
    assert not term.continues


def test_a_kind_named_with_a_request_is_refused(scratch: Retriever) -> None:
    result = scratch.retrieve("binary search algorithm, explain it simply")
    assert not result.covered
    assert result.key_term == "binary search algorithm"


def test_a_name_asked_by_a_description_saying_the_entry_is_refused(scratch: Retriever) -> None:
    # scratch-glossary-026 (recursion): Function stood out; the function is what the
    # described thing is done by, not the name asked
    result = scratch.retrieve("what is it called when a function calls itself")
    assert not result.covered
    assert result.reason == NAMED_REASON


def test_a_definition_asked_of_the_same_entry_stays_answered(scratch: Retriever) -> None:
    result = scratch.retrieve("what is a function")
    assert result.covered
    assert result.hits[0].id == "scratch-glossary#function"


def test_a_name_said_as_the_setting_does_not_refuse(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # aviation-glossary-010: Ramp (first hit) is where the service is; Line Service answers
    aviation = Retriever.load(shared_index("aviation-glossary", tmp_path_factory))
    result = aviation.retrieve(
        "so we stopped at a small airfield on a trip last weekend and a guy came out, fueled "
        "the plane, showed us where to park it and helped tie it down. what do you call that "
        "kind of service on the ramp"
    )
    assert result.covered


def test_an_answer_on_a_word_some_text_says_is_rephrased(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # safety-glossary-025 (sycophancy): "instead" was the only word shared with its answer
    safety = Retriever.load(shared_index("safety-glossary", tmp_path_factory))
    result = safety.retrieve(
        "when an assistant just tells users what they want to hear instead of what's true"
    )
    assert not result.covered
    assert result.reason == REPHRASE_REASON
