"""Round 36 lane A: answerable questions refused with the right entry first."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.parsing import load_corpus

FLYCAST = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "flycast-glossary"


@pytest.fixture(scope="module")
def flycast() -> CoverageIndex:
    return CoverageIndex(list(load_corpus(FLYCAST).entries))


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("how do you work out kinetic energy", "kinetic energy"),
        ("how to set up a registry mirror", "registry mirror"),
        ("how do i get back everything inside a radius", "everything inside a radius"),
        ("how do you calculate kinetic energy", "kinetic energy"),
    ],
)
def test_a_verbs_particle_goes_with_the_verb(question: str, rest: str) -> None:
    assert strip_scaffolding(question) == rest


def test_a_particle_alone_is_kept() -> None:
    assert strip_scaffolding("how to scale out") == "out"


def test_working_out_a_title_finds_it(flycast: CoverageIndex) -> None:
    # flycast-glossary-016: the term was "out kinetic energy", a missing name whose
    # sibling (Energy) the glossary has, so the question was refused
    ranked = ["flycast-glossary#energy", "flycast-glossary#work", "flycast-glossary#power"]
    term = flycast.check("how do you work out kinetic energy", ranked)
    assert term.found
    assert term.key_term == "kinetic energy"
    assert term.entry_ids == ("flycast-glossary#energy",)
