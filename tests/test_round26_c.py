"""Round 26, lane C: the key term the question names, on the round's first blind batch.

- "the possible evaluation status values": a title said verbatim, padded only by words
  that name no kind (possible, exact, different ...; values, types, examples ...), is
  that title (seismo-018 had been refused as a missing "possible evaluation status
  values"); a modifier that names a kind still makes another thing.
- "what should i look for first every single turn": after what/which, a modal or "do"
  and a pronoun subject, the next word is the subject's verb, no name (chess-018 had
  been refused as a missing "look").
- "what is a depth phase like pP": a word that asks of a part ("phase", "stage") but is
  itself a one-word entry name here heads a compound naming a kind of that entry; it is
  no scaffolding that lets another named entry (Depth) anchor the term (seismo-039 had
  been answered).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.padding import unpadded
from rag_glossary.coverage.phrases import phrase_key

SEISMO = "seismo-glossary#"


def test_padding_words_drop_from_both_ends() -> None:
    key = phrase_key(["possible", "evaluation", "status", "values"])
    assert unpadded(key) == phrase_key(["evaluation", "status"])
    # a modifier that names a kind pads nothing
    key = phrase_key(["batch", "normalization"])
    assert unpadded(key) == key
    # one word is always kept
    assert unpadded(phrase_key(["values"])) == phrase_key(["values"])


def test_a_padded_title_is_found() -> None:
    seismo = outside_coverage("seismo-glossary")
    found = seismo.check("what are the possible evaluation status values for an earthquake")
    assert found.found and found.how == "title"
    assert found.entry_ids == (SEISMO + "evaluation-status",)
    # a kind word before the title is another thing: not found as that title
    other = seismo.check("what is a shadow evaluation status")
    assert other.how != "title"


def test_the_padded_title_question_is_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("seismo-glossary", tmp_path_factory).ask(
        "what are the possible evaluation status values for an earthquake solution"
    )
    assert answer.covered


@pytest.mark.parametrize(
    "question",
    [
        "what should i look for first every single turn, checks captures or threats",
        "what should we watch for in the opening",
        "what can i expect from a long position",
    ],
)
def test_the_verb_after_a_modal_and_a_pronoun_is_no_name(question: str) -> None:
    term = extract_key_terms(question)[0]
    assert not term.term_style and not term.clean


def test_a_name_after_the_pronoun_verb_in_a_how_question_is_kept() -> None:
    # "how do i pick k": _VERB_LED's object term still names k
    terms = extract_key_terms("how do i make a shell alias")
    assert any(t.text == "shell alias" and t.term_style for t in terms)


def test_the_look_question_is_answered_from_its_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("chess-glossary", tmp_path_factory).ask(
        "what should i look for first every single turn, checks captures or threats"
    )
    assert answer.covered


def test_a_part_word_that_is_an_entry_name_heads_a_compound() -> None:
    seismo = outside_coverage("seismo-glossary")
    ranked = [SEISMO + "phase", SEISMO + "used-phase-count", SEISMO + "depth"]
    missing = seismo.check("what is a depth phase like pP", ranked)
    assert missing.found is False and missing.key_term == "depth phase"


def test_the_depth_phase_question_is_refused(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("seismo-glossary", tmp_path_factory).ask(
        "what is a depth phase like pP"
    )
    assert not answer.covered


def test_a_hyphenated_name_said_with_spaces_is_one_compound() -> None:
    from rag_glossary.coverage.hyphens import hyphenated, spaced_names

    supply = outside_coverage("supplychain-glossary")
    assert ("just", "in", "time") in spaced_names(supply.entries)
    said = hyphenated("whats the downside of running just in time inventory", supply._spaced)
    assert said == "whats the downside of running just-in-time inventory"


def test_the_gerund_before_a_compound_takes_it_as_its_object() -> None:
    question = "whats the downside of running just-in-time inventory"
    assert extract_key_terms(question)[0].text == "just in time inventory"
    # a compound the grammar would not cut leaves the gerund's action whole
    adjusting = extract_key_terms("adjusting p-values when running lots of tests")[0]
    assert adjusting.text == "adjusting p values"


def test_the_just_in_time_question_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("supplychain-glossary", tmp_path_factory).ask(
        "whats the downside of running just in time inventory"
    )
    assert answer.covered and answer.citations[:1] == ("supplychain-glossary#just-in-time-jit",)
