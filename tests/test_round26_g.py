"""Round 26, lane G: the named-term gate on questions that are not "what is X".

- "X and do i need one", "X and should i use it": a yes/no question after the term is a
  second question about it (as "X and how ..." is), not a list or a description; the
  missing X is refused by name (k8s-034 had been answered from Service).
- "how long should a reverse diet last": after a measure adverb, a modal and its subject,
  the term runs on into the subject's verb; it is named in no refusal (fitness-034 had
  said "reverse diet last is not in the glossary"); coverage is decided as before.
- "resource quota for a namespace", "setting a resource quota on a namespace": a
  missing compound whose best entry the question's other words name (Namespace) is not
  rescued by that entry standing out; the gerund's object is the name asked about
  (k8s-040 had been answered from Namespace). "which tax form do banks use ...": the
  kind a which-question picks out is asked of the entry and stays answered.
- "raod diet": one short word a single slip (a swap included) from a title's word, the
  title's other words matching, finds that title (transit-003 had been refused).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms


@pytest.mark.parametrize(
    "question",
    [
        "whats a service mesh and do i need one",
        "service mesh and should we use it",
        "what is a service mesh and is it worth it",
    ],
)
def test_a_yes_no_question_after_the_term_leaves_it_named(question: str) -> None:
    term = extract_key_terms(question)[0]
    assert term.text == "service mesh"
    assert term.term_style and term.clean and not term.coordinated


def test_a_list_after_and_is_still_a_list() -> None:
    term = extract_key_terms("what are rnn and cnn")[0]
    assert not term.term_style and term.coordinated == "rnn and cnn"


def test_the_missing_term_asked_in_a_yes_no_question_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("k8s-glossary", tmp_path_factory).ask(
        "whats a service mesh and do i need one"
    )
    assert not answer.covered
    assert answer.text.startswith("service mesh is not in the glossary")


def test_the_verb_after_a_modal_is_no_word_of_the_refused_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = "how long should a reverse diet last after a cut"
    assert not extract_key_terms(question)[0].clean
    # a pronoun subject leaves the verb outside the term: nothing changes there
    assert extract_key_terms("how long should i reverse diet")[0].clean
    answer = shared_assistant("fitness-glossary", tmp_path_factory).ask(question)
    assert not answer.covered
    assert "reverse diet last" not in answer.text


def test_a_swapped_pair_of_letters_in_a_title_word_finds_the_title() -> None:
    coverage = outside_coverage("transit-glossary")
    found = coverage.check("raod diet meaning")
    assert found.found and found.entry_ids == ("transit-glossary#road-diet-rechannelization",)
    # an English word is meant as written, not read as a slip of a title's word
    assert not coverage.check("what is a road riot").found


def test_the_misspelt_title_is_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("transit-glossary", tmp_path_factory).ask("raod diet meaning")
    assert answer.covered
    assert answer.citations[0] == "transit-glossary#road-diet-rechannelization"


def test_the_object_of_an_opening_gerund_is_a_name() -> None:
    terms = extract_key_terms("setting a resource quota on a namespace")
    assert [t.text for t in terms] == ["resource quota", "setting a resource quota"]
    assert terms[0].term_style and not terms[1].term_style


@pytest.mark.parametrize(
    "question",
    [
        "setting a resource quota on a namespace",
        "resource quota for a namespace",
        "do i need a resource quota for each namespace",
    ],
)
def test_a_missing_compound_is_not_rescued_by_the_entry_its_setting_names(
    question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("k8s-glossary", tmp_path_factory).ask(question)
    assert not answer.covered
    assert answer.text.startswith("resource quota is not in the glossary")


def test_the_kind_a_which_question_picks_out_is_asked_of_the_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("banking-glossary", tmp_path_factory).ask(
        "which tax form do banks use to report interest income"
    )
    assert answer.covered
    assert answer.citations[0] == "banking-glossary#interest-income"
