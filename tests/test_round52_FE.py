"""Round 52 lane FE: English questions refused though their entry is found.

pokemon-glossary (a Swift dictionary of battle statuses: "Throat Chopped", "Perishing",
"Minimized") was asked "what is the throat chopped status", "perishing status meaning":
the key term kept "status", no title or text says "throat chopped status", and the name
was refused as missing (padding.state_dropped: "status" after a title says the title is a
state). "when am i allowed to set up aurora veil" had the term "am i" (the asker's leave
or ability to do a thing is the question's frame; scaffolding._LEAD).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex, extract_key_terms
from rag_glossary.coverage.padding import state_dropped
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def pokemon() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "pokemon-glossary").entries)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is the throat chopped status", "pokemon-glossary#throat-chopped"),
        ("perishing status meaning", "pokemon-glossary#perishing"),
        ("what is the minimized status and why can it backfire", "pokemon-glossary#minimized"),
        ("when am i allowed to set up aurora veil", "pokemon-glossary#aurora-veil"),
    ],
)
def test_a_status_asked_by_its_name_is_found(
    pokemon: CoverageIndex, question: str, entry: str
) -> None:
    found = pokemon.check(question)
    assert found.found and found.how == "title"
    assert found.entry_ids == (entry,)


def test_a_name_that_is_no_title_stays_missing_with_status(pokemon: CoverageIndex) -> None:
    # "dynamax" is no status the glossary has: "status" after it finds nothing
    assert not pokemon.check("dynamax status what does it do").found


def test_state_dropped_only_drops_a_last_status() -> None:
    assert state_dropped(("throat", "chopped", "status")) == ("throat", "chopped")
    assert state_dropped(("status",)) == ("status",)
    assert state_dropped(("status", "code")) == ("status", "code")


def test_a_title_ending_in_status_is_still_its_own_name() -> None:
    # seismo-glossary-018: Evaluation Status, padded by "possible ... values"
    seismo = CoverageIndex(load_corpus(CORPORA / "seismo-glossary").entries)
    found = seismo.check("what are the possible evaluation status values for an earthquake")
    assert found.found and found.entry_ids == ("seismo-glossary#evaluation-status",)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # "am i supposed to" stays: what is expected of the asker is no leave asked
        ("in the opening when am i supposed to bring out my queen", "am i"),
        ("when am i allowed to set up aurora veil", "aurora veil"),
        ("am i able to use trick room in doubles", "trick room"),
    ],
)
def test_the_frame_around_a_term_is_no_term(question: str, term: str) -> None:
    assert extract_key_terms(question)[0].text == term
