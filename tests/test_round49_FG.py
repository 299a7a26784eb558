"""Round 49 lane FG: a Greek glossary asked in Greek typed without its accents.

boatyard-glossary (tests/fixtures/formats/boatyard-glossary.js, a Greek boatbuilding book's
865 terms) is asked "τι ειναι το καλαφατισμα" for καλαφάτισμα: Greek typed on the go drops
its tonos, a Greek name's plain form is no ASCII word, and the body writes the name with an
enclitic accent too ("το καλαφάτισμά του"). Its entry μπούρδος is an editor's doubt in
capitals ("ΔΕΝ ΞΕΡΩ ΤΟ ΜΠΟΥΡΔΑ ΝΟΜΙΖΩ ...") that was cited for unrelated questions.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.cleaning import shouted
from rag_glossary.answer.segment import split_units
from rag_glossary.marks import MarkedWords
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def boatyard(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    folder = tmp_path_factory.mktemp("boatyard-fg")
    shutil.copy(FORMATS / "boatyard-glossary.js", folder)
    return {e.anchor: e for e in load_corpus(folder).entries}


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        # the body's "καλαφάτισμά" (an enclitic's accent) is a second form: the name's wins
        ("τι ειναι το καλαφατισμα", "τι ειναι το καλαφάτισμα"),
        ("η κανα ποσους ποντους ειναι", "η κάνα ποσους ποντους ειναι"),
        # the body's "ΜΠΟΥΡΔΟΣ" is capitals, which drop the accent: no plain word written
        ("μπουρδος", "μπούρδος"),
    ],
)
def test_greek_typed_without_its_accents_is_the_names_word(
    boatyard: dict[str, Entry], typed: str, restored: str
) -> None:
    assert MarkedWords.of(boatyard.values()).restore(typed) == restored


def test_a_definition_in_capitals_says_nothing(boatyard: dict[str, Entry]) -> None:
    assert boatyard["μπούρδος"].body.startswith("ΔΕΝ ΞΕΡΩ ΤΟ ΜΠΟΥΡΔΑ")
    assert split_units(boatyard["μπούρδος"]) == []
    assert split_units(boatyard["καλαφάτισμα"])
    # forex-glossary's Chinese with a Latin "PSY", robo-glossary's Urdu with "ROS": no
    # capitals throughout; a short capitals name is no doubt either
    assert not shouted("PSY为上升期间的数量与总期间的数量的比率。它反映了购买力与沽售力的关系。")
    assert not shouted(
        "اردو تعریف: ROS 2 کے ذریعہ مواصلات کے لئے استعمال ہونے والا واسطہ پروٹوکول۔"
    )
    assert not shouted("AIR TRAFFIC CONTROL")


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("τι ειναι το καλαφατισμα", "boatyard-glossary#καλαφάτισμα"),
        ("τι ειναι το καρεναρισμα και πως το εκαναν παλια", "boatyard-glossary#καρενάρισμα"),
    ],
)
def test_the_greek_question_typed_plain_is_answered(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str
) -> None:
    answer = shared_assistant("boatyard-glossary", tmp_path_factory).ask(question)
    assert answer.covered and answer.citations[0] == cited
    assert "boatyard-glossary#μπούρδος" not in answer.citations
