"""Round 22 post-fix, lane G (the blind ux- and writing-glossary reviews; these sets are now
design sets): the key term taken from the wrong words.

- a bare question that opens with a gerund and its object ("designing the small phone
  layout first ...") describes a doing: the gerund is no name, neither to refuse with nor,
  when only some entry's text has it, to decide coverage (ux-030 is judged as described;
  quantum-025, "rebuilding the full state of a qubit ...", is now refused). A gerund that
  is a title ("bagging the predictions ...", "training the model ...") still names its
  entry, and one before a preposition ("sampling in surveys") still reads as a name;
- a base-form verb after one singular word, in a question with no do, modal or "to", is a
  noun of the name ("private use area characters": writing-038's refusal named "private");
  after a plural, a pronoun or with do-support it is still the verb that ends the term.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.question_forms import opening_gerund, opens_with_action

UX_030 = "designing the small phone layout first and only then scaling it up for desktop"
QUANTUM_025 = (
    "rebuilding the full state of a qubit by measuring lots of identical copies of it in "
    "different bases"
)
WRITING_038 = "private use area characters"


def _first(question: str) -> tuple[str, bool, bool]:
    term = extract_key_terms(question)[0]
    return term.text, term.term_style, term.clean


def test_a_gerund_with_its_object_opens_an_action() -> None:
    assert opens_with_action(UX_030)
    assert opens_with_action("scaling it up for desktop")
    assert opening_gerund("looking for a small example picture") == "looking"
    # said alone, before a preposition, inside a name or after a question's lead: no action
    for question in ("boosting", "pruning in decision trees", "data labeling", "what is boosting"):
        assert not opens_with_action(question), question
    assert opening_gerund("what is boosting") is None
    assert opening_gerund("string the beads") is None  # not a gerund: "string", "king"


def test_the_gerund_of_an_action_is_never_named() -> None:
    # "training" was term-style (three content words follow): "training is not in the glossary"
    assert _first("training the model on less data") == ("training", False, False)
    assert _first(UX_030)[1:] == (False, False)
    assert _first("what is boosting") == ("boosting", True, True)
    assert _first("pruning in decision trees")[:2] == ("pruning", True)


def test_a_gerund_found_only_in_text_leaves_the_question_described() -> None:
    ux = outside_coverage("ux-glossary")
    found = ux.check(UX_030)
    assert found.how == "text" and found.generic and found.described
    quantum = outside_coverage("quantum-glossary")
    assert quantum.check(QUANTUM_025).generic
    # a gerund the glossary has as a title names its entry, object or not
    bagging = outside_coverage("ds-glossary").check(
        "bagging the predictions of many trees trained on bootstrap samples"
    )
    assert bagging.how == "title" and not bagging.generic
    training = outside_coverage("dl-glossary").check("training the model on less data")
    assert training.how == "title" and not training.generic
    sampling = outside_coverage("stats-glossary").check("sampling in surveys")
    assert sampling.how == "title" and not sampling.generic and sampling.term_style


def test_a_base_verb_after_one_singular_word_is_a_noun_of_the_name() -> None:
    assert _first(WRITING_038) == (WRITING_038, True, True)
    assert _first("what is private use area") == ("private use area", True, True)
    assert _first("root cause analysis")[0] == "root cause analysis"
    # after a plural, with do or a modal, or a wh-word whose "does" was dropped: a verb
    assert _first("how transformers use attention")[0] == "transformers"
    assert _first("why would a model use dropout")[0] == "model"
    assert _first("how batchnorm help training")[0] == "batchnorm"
    assert _first("when to use dropout")[0] != "use dropout"


@pytest.mark.slow
def test_the_refusals_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    writing = shared_assistant("writing-glossary", tmp_path_factory).ask(WRITING_038)
    assert not writing.covered
    assert writing.text.startswith("private use area characters is not in the glossary")
    quantum = shared_assistant("quantum-glossary", tmp_path_factory).ask(QUANTUM_025)
    assert not quantum.covered and "rebuilding" not in quantum.text.split(";")[0]
