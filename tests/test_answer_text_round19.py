"""Round 19, answer text lane: what the extractive answer prints of a record's metadata
field lines, of a link's text whose pointer was cut off, and of hard-wrapped lines that
stop inside their clause; real glossaries, real idf, no model."""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus

from rag_glossary.answer.blocks import body_blocks
from rag_glossary.answer.pieces import aside
from rag_glossary.answer.segment import Unit, units


def test_a_category_field_line_closes_no_answer() -> None:
    # quantum-glossary (JSON records): every body ends in "category: X", kept as text for
    # retrieval and coverage; it was printed as "Category: Gates & Circuits." sentences
    entries, _ = outside_corpus("quantum-glossary")
    assert entries["glossary_terms#hadamard-gate"].body.endswith("\ncategory: Gates & Circuits")
    text, cited = outside_answer(
        "quantum-glossary",
        "which basis does a hadamard gate rotate a qubit into",
        "glossary_terms#hadamard-gate",
    )
    assert "diagonal basis" in text and "Category" not in text
    assert cited == ("glossary_terms#hadamard-gate",)
    text, _ = outside_answer(
        "quantum-glossary", "what is the surfce code", "glossary_terms#surface-code"
    )
    assert text.endswith("fault-tolerant quantum computing.[1]")


def test_a_field_line_answers_when_the_question_asks_for_that_field() -> None:
    text, _ = outside_answer(
        "quantum-glossary",
        "what category does the hadamard gate belong to",
        "glossary_terms#hadamard-gate",
    )
    assert "Gates & Circuits" in text


def test_which_units_are_asides() -> None:
    def unit(text: str) -> Unit:
        return Unit(text, "sentence", 0, 0)

    assert aside(unit("Category: Error Correction."))
    assert aside(unit("Tags: #relational_database, #data_management"))
    assert not aside(unit("Category: Error Correction."), frozenset({"categories"}))
    assert aside(unit("Read more here."))
    # a label over a statement, and a field over a sentence, are text
    assert not aside(unit("Type 1 Error: False Positives."))
    assert not aside(unit("Source: the data come from six satellites that image the coast daily."))
    assert not aside(unit("Range: -1 to 1, higher = more similar."))
    assert not aside(unit("Read the original paper to see why the bound holds."))


def test_a_link_text_after_a_cut_pointer_is_not_an_answer_sentence() -> None:
    # rl-glossary "Bellman equation.md": "... applications to dynamic programming. See the"
    # then "<a href=...>" on its own line and "Wikipedia entry for Bellman equation</a>."
    entries, _ = outside_corpus("rl-glossary")
    body = entries["Bellman-equation#bellman-equation"].body
    last = units(body)[-1]
    assert last.text == "Wikipedia entry for Bellman equation." and last.link_text
    text, _ = outside_answer(
        "rl-glossary",
        "besides rl where else is the bellman equation applied",
        "Bellman-equation#bellman-equation",
    )
    assert "dynamic programming" in text and "Wikipedia" not in text


def test_a_pointer_that_lost_its_link_is_not_an_answer_sentence() -> None:
    # crypto-glossary: "Read more [here](https://...)." read as "Read more here."
    text, _ = outside_answer(
        "crypto-glossary",
        "whats the random oracle model",
        "crypto-glossary#rom",
    )
    assert "Read more" not in text and "Variants include the programmable ROM" in text


def test_a_line_that_stops_inside_its_clause_runs_on() -> None:
    # rl-glossary: links made the hard-wrapped lines short, and a capitalized line after
    # "... the optimal Q-function of a" started a paragraph: "Q-learning: Bellman equation."
    entries, _ = outside_corpus("rl-glossary")
    paragraphs = [t for k, t in body_blocks(entries["Q-learning#q-learning"].body) if k == "para"]
    assert paragraphs == [
        "In reinforcement learning, an algorithm that allows an agent to learn the optimal"
        " Q-function of a Markov decision process by applying the Bellman equation. The Markov"
        " decision process models an environment."
    ]
    tabular = [u.text for u in units(entries["tabular-Q-learning#tabular-q-learning"].body)]
    assert tabular == [
        "In reinforcement learning, implementing Q-learning by using a table to store the"
        " Q-functions for every combination of state and action."
    ]
    text, _ = outside_answer(
        "rl-glossary",
        "whats the diff between q-learning and tabular q-learning",
        "Q-learning#q-learning",
        "tabular-Q-learning#tabular-q-learning",
    )
    assert "Q-learning: Bellman equation." not in text and "implementing." not in text


def test_a_long_line_without_its_stop_still_ends_its_paragraph() -> None:
    # ds-glossary: "... into independent components" then "A popular example is ...": the
    # first line is a whole sentence whose period is missing, not an opening phrase
    body = (
        "Independent Component Analysis (ICA) is a statistical signal-processing technique that"
        " decomposes a multivariate dataset of mixed, non-gaussian distributed source signals"
        " into independent components\nA popular example is the separation of voice samples."
    )
    assert len([k for k, _ in body_blocks(body) if k == "para"]) == 2
    assert [k for k, _ in body_blocks("Model Parameters\nWeights and biases.")] == ["para", "para"]


def test_a_trailing_link_to_a_section_closes_no_answer() -> None:
    # bayes-glossary (Quarto HTML): "... between two random groups. <a ...>Project step 1</a>"
    entries, _ = outside_corpus("bayes-glossary")
    last = units(entries["bayes-glossary#median-odds-ratio-mor"].body)[-1]
    assert last.text == "Project step 1" and last.link_text
    text, _ = outside_answer(
        "bayes-glossary",
        "how do you compute the median odds ratio from tau",
        "bayes-glossary#median-odds-ratio-mor",
    )
    assert "0.954" in text and "Project step" not in text
