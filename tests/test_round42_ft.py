"""Round 42 follow-up T: answer text and comparisons on the round's new sets.

POD code of stops only (``C<!>``) is shown in quotes, so the answer's clean-up does not
glue it to the word before ("append the! metaoperator"); a record field whose value the
entry's text already says is not added as a line of its own ("... e.g., 1450E-9 m ...
Example: 1450E-9 m."); a comparison side's entry is named by one of its names, however
many aliases it has (Underbilling, not the WIP entry naming both sides); a Dutch
comparison ("verschil tussen X en Y", "X of Y, wat is beter") has two sides.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.assistant import Assistant
from rag_glossary.answer.question import analyze
from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.pod_text import render

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


def test_pod_code_of_stops_is_quoted() -> None:
    iffy = _by_anchor("raku-glossary.pod")["iffy"]
    assert 'append the "!" metaoperator' in iffy.body
    assert render("C<$x> and C<!>, C<< ; >>").text == '$x and "!", ";"'


@pytest.fixture(scope="module")
def contractor(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("contractor-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def raku(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("raku-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def lidar(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("lidar-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def scouting(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("scouting-glossary", tmp_path_factory)


def test_the_pod_symbol_keeps_its_space(raku: Assistant) -> None:
    answer = raku.ask("which metaoperator can only go on iffy operators")  # raku-019
    assert '"!" metaoperator' in answer.text


def test_a_field_the_text_says_is_not_repeated(lidar: Assistant) -> None:
    # lidar-015: the definition says "e.g., 1450E-9 m"; the example field is not added
    answer = lidar.ask("what wavelength is given as the example for a near infrared laser")
    assert answer.text.count("1450E-9 m") == 1


def test_a_side_is_named_by_its_own_title(contractor: Assistant) -> None:
    # contractor-020: Underbilling's aliases do not hand its slot to Work in Progress (WIP)
    answer = contractor.ask("overbilling vs underbilling on the wip schedule")
    assert set(answer.citations) == {
        "contractor-glossary#overbilling",
        "contractor-glossary#underbilling",
    }


def test_dutch_comparisons_have_two_sides() -> None:
    verschil = analyze("wat is het verschil tussen de explogames en het wisselschild")
    assert (verschil.shape, verschil.sides) == ("compare", ("explogames", "wisselschild"))
    assert analyze("matje of luchtbed mee op kamp, wat is beter?").shape == "compare"


def test_dutch_comparisons_cite_both_sides(scouting: Assistant) -> None:
    for question, sides in (
        (
            "wat is het verschil tussen de explogames en het wisselschild",
            {"explogames", "wisselschild"},
        ),
        ("matje of luchtbed mee op kamp, wat is beter?", {"matje", "luchtbed"}),
    ):
        cited = set(scouting.ask(question).citations)
        assert {f"scouting-glossary#{s}" for s in sides} <= cited, question
