"""Round 47 lane FI: Indonesian (and Malay, as the stop-words package's lists name such a
glossary) question forms; a name then more words and the acronym of them all is a longer
name the glossary lacks (name_rest.spelled_longer); a word no entry writes just before a
name is judged though the question goes on in another clause (adopsi-glossary's entries)."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.name_rest import spelled_longer

ADOPSI = "adopsi-glossary"


@pytest.mark.parametrize("code", ["id", "ms"])
def test_indonesian_forms(code: str) -> None:
    forms = question_forms()[code]
    assert {"artinya", "maksudnya", "pengertian"} <= forms.meaning
    assert {"gmn", "knp", "yg"} <= forms.question
    assert "bedanya" in forms.contrast and "brp" in forms.asks
    assert {"dan", "dgn", "sama"} <= forms.joins


@pytest.mark.parametrize(
    ("said", "name", "longer"),
    [
        (
            "technology readiness level trl itu apa ada brp tingkat",
            "technology readiness",
            "technology readiness level",
        ),
        # an acronym of the name alone, or none at all: no longer name
        ("tam technology acceptance model itu apa", "technology acceptance model", None),
        ("technology acceptance model tam itu apa", "technology acceptance model", None),
        ("early adopter itu brp persen menurut rogers", "early adopter", None),
    ],
)
def test_spelled_longer(said: str, name: str, longer: str | None) -> None:
    assert spelled_longer(said.split(), name.split()) == longer


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("digital divide artinya apa", {"adopsi-glossary#digital-divide-kesenjangan-digital"}),
        (
            "average variance extracted tuh apaan",
            {"adopsi-glossary#ave-average-variance-extracted"},
        ),
        (
            "PEOU itu singkatan apa dan maksudnya gmn",
            {"adopsi-glossary#perceived-ease-of-use-peou"},
        ),
        (
            "pls-sem minimal sampelnya brp",
            {"adopsi-glossary#pls-sem-partial-least-squares---structural-equation-modeling"},
        ),
        (
            "bedanya difusi sama adopsi apa",
            {"adopsi-glossary#diffusion-difusi", "adopsi-glossary#adoption-adopsi"},
        ),
        # a longer name than the entry's, or a kind of it no entry writes: refused
        ("technology readiness level (TRL) itu apa, ada brp tingkat", set()),
        ("formative construct itu apaan, beda ga sm reflektif", set()),
    ],
)
def test_indonesian_questions(
    question: str, cited: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(ADOPSI, tmp_path_factory).ask(question)
    if cited == set():
        assert not answer.covered
        return
    assert answer.covered
    assert set(answer.citations) == cited
