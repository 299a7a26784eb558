"""Round 28, lane Y: the right entry cited, the asked fact left out (real entries of the
eval corpora; eval/keyfact_gaps.py classifies the gaps).

- a hyphenated compound in a unit is also read closed: "are rust string slices
  guaranteed to be valid utf8" finds "Strings slices are always valid UTF-8.";
- "how hot", "how far", "how high" ... opening a question or a clause ask a quantity (a
  number question), as "how many" does; named inside a clause ("... depend on how old
  people were") they ask none;
- a number question is not answered by a lower hit that states no number when a hit
  above it states one: "how hot should the water be for tea" is answered by Water
  Temperature's "60-100°C", not by Steeping's "hot water".
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer
from shared_index import shared_assistant

from rag_glossary.answer.overlap import closed_compounds, coverage
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import Unit


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Strings slices are always valid UTF-8.", {"utf8"}),
        ("a co-training run by e-mail", {"cotraining", "email"}),
        ("x - y and a--b", set()),
    ],
)
def test_closed_compounds(text: str, closed: set[str]) -> None:
    assert closed_compounds(text) == closed


def test_a_closed_question_word_finds_the_hyphenated_form() -> None:
    unit = Unit("Strings slices are always valid UTF-8.", "sentence", 3, 1)
    assert coverage(frozenset({"valid", "utf8"}), unit, lambda _t: 1.0) == 1.0


@pytest.mark.parametrize(
    "question",
    [
        "how hot should the water be for tea",
        "where does the solar system end, how far out is the boundary",
        "how high up is the tropopause usually",
    ],
)
def test_a_measure_adjective_asks_a_number(question: str) -> None:
    assert analyze(question).shape == "number"


def test_a_measure_named_inside_a_clause_asks_none() -> None:
    q = analyze(
        "what is years of potential life lost and why does it depend on how old people"
        " were when they died"
    )
    assert q.shape != "number"


def test_the_string_slice_answer_says_it_is_valid_utf8() -> None:
    text, cited = outside_answer(
        "rust-glossary",
        "are rust string slices guaranteed to be valid utf8",
        "rust-glossary#string-slice",
    )
    assert cited == ("rust-glossary#string-slice",)
    assert "always valid UTF-8" in text


def test_a_number_question_keeps_the_hit_that_states_one() -> None:
    text, cited = outside_answer(
        "tea-glossary",
        "how hot should the water be for tea",
        "tea-glossary#water-temperature",
        "tea-glossary#steeping",
    )
    assert cited == ("tea-glossary#water-temperature",)
    assert "60-100°C" in text


@pytest.mark.slow
def test_rust_and_tea_answer_the_asked_fact(tmp_path_factory: pytest.TempPathFactory) -> None:
    rust = shared_assistant("rust-glossary", tmp_path_factory)
    utf8 = rust.ask("are rust string slices guaranteed to be valid utf8")
    assert "always valid UTF-8" in utf8.text
    tea = shared_assistant("tea-glossary", tmp_path_factory)
    hot = tea.ask("how hot should the water be for tea")
    assert hot.citations == ("tea-glossary#water-temperature",)
    assert "60-100°C" in hot.text
