"""Round 9's rules for the units of the chosen entry (issue 10, key-fact recall), each on a
REAL entry: one-word items of a list are items; a whole sentence ending in ":" joins the
one sentence it introduces; an asked definition grows as a definition does; a bullet alone
on its line and a label glued onto a list's last item are read as a reader sees them."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id
from answer_helpers import outside_answer as outside

from rag_glossary.answer.segment import units
from rag_glossary.models import Entry


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def _units(entries: dict[str, Entry], entry_id: str) -> list[tuple[str, str, str]]:
    return [(u.kind, u.text, u.lead) for u in units(entries[entry_id].body)]


def test_one_word_items_of_a_list_are_items(entries: dict[str, Entry]) -> None:
    # " * unsupervised," and " * reinforcement." have no lead-in, but sit in a list of five
    text, _ = answer(entries, "types of machine learning", "ai-glossary-m#machine-learning-type")
    assert "- Unsupervised\n" in text and "- Reinforcement" in text
    assert "Unsupervised," not in text  # the comma joined it to the next item


def test_a_sentence_ending_in_a_colon_joins_the_rule_it_introduces() -> None:
    # "... provides a rule for sampling which prevents aliasing:" then the rule, in italics
    text, _ = outside(
        "cv-glossary",
        "nyquist shannon sampling theorem",
        "glossary#nyquist-shannon-sampling-theorem",
    )
    assert "which prevents aliasing: When sampling a signal" in text
    assert "2 * f_max" in text


def test_the_colon_join_needs_one_whole_statement_after_it(entries: dict[str, Entry]) -> None:
    # a paragraph of several sentences is a new paragraph (a Polish note before an English
    # one); a sentence that refers to what was dropped ("For example, that's how it
    # compares to Keras.") is not the statement the colon introduces
    texts = [t for _, t, _ in _units(entries, "ml-annotations#2020-10-7")]
    assert not any(t.startswith("Teraz") for t in texts)
    texts = [t for _, t, _ in _units(entries, "ml-annotations#2020-07-1")]
    assert not any("faster: For example" in t for t in texts)


def test_an_asked_definition_still_grows_to_its_next_sentence() -> None:
    # the definition covers the question's words; counted once, the sentence after it
    # ("Decay patterns can be exponential ..., linear ..., or step ...") fits
    text, _ = outside(
        "causal-glossary",
        "what shapes can effect decay take after an intervention ends",
        "glossary#effect-decay",
    )
    assert all(word in text for word in ("exponential", "linear", "step"))
    assert len(text.split()) <= 70


def test_a_bullet_alone_on_its_line_marks_the_next_line_as_its_item(
    entries: dict[str, Entry],
) -> None:
    found = _units(entries, "ai-glossary-m-site#model-free-reinforcement-learning")
    policy = next(u for u in found if u[1].startswith("Policy: The policy determines"))
    assert "two primary components" in policy[2]  # its list's lead-in
    risk = _units(entries, "ai-glossary-m-site#model-risk-management-mrm")
    # since round 13 the short label joins its lines: one unit "Data: ...", never a bare "Data"
    data = [u for u in risk if u[1].startswith("Data: A model's input data might be erroneous")]
    assert data and data[0][2] == "Model risk can stem from various causes"
    assert not any(text == "Data" for _, text, _ in risk)


def test_a_label_glued_onto_the_last_item_leads_the_next_list(entries: dict[str, Entry]) -> None:
    found = _units(entries, "ai-glossary-m-site#membership-inference-attack")
    assert ("item", "Differential privacy", "Possible solutions") in found
    assert not any("Possible solutions" in text for _, text, _ in found)
