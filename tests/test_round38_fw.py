"""Round 38 follow-up W: a French glossary asked in French (``coverage/glossary_language.py``,
``coverage/lookup.py``, data/question_forms.json; real entries, real model).

French had no question forms: "c'est quoi l'ouillage" was read by English rules and the
elided article "l'" matched the unit entry L; "debourbage signification" and "epamprrage
vigne" were echoed whole as missing; a French comparison was refused; a name with a
modifier the glossary never writes ("macération carbonique", "chêne hongrois") was answered
from the generic entry.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.names import core
from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.phrases import words

_WINE = "wine-glossary"


def test_romance_question_forms_are_data() -> None:
    forms = question_forms()
    assert {"fr", "es", "it"} <= set(forms)
    assert "différence" in forms["fr"].contrast
    assert "vs" in forms["fr"].joins
    assert phrases("fr").not_in == "{term} n'est pas dans le glossaire"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("c'est quoi l'ouillage", ("ouillage",)),  # "quoi" marks French: "l'" is dropped
        ("debourbage signification", ("debourbage",)),
    ],
)
def test_a_question_form_marks_the_language(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(words(question), "fr") == asked


def test_a_french_comparison_with_vs_has_two_sides() -> None:
    said = compared_in_language("so2 libre vs so2 total, c'est quoi la difference")
    assert said == "difference between so2 libre and so2 total"
    assert core("SO₂ libre") == core("so2 libre")


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("c'est quoi l'ouillage", {"wine-glossary#ouillage"}),
        ("debourbage signification", {"wine-glossary#débourbage"}),
        ("epamprrage vigne", {"wine-glossary#épamprage"}),
        (  # a long question's last clause asks the name
            "je fais mes premieres vendanges chez un vigneron en bourgogne et il m'a dit qu'on"
            " ferait un délestage demain sur la cuve de pinot, j'ai hoché la tête mais j'ai"
            " rien compris... c'est quoi exactement un délestage ?",
            {"wine-glossary#délestage"},
        ),
        (
            "so2 libre vs so2 total, c'est quoi la difference",
            {"wine-glossary#so-libre", "wine-glossary#so-total"},
        ),
        (
            "différence entre chêne français et chêne américain pour l'élevage en fût",
            {"wine-glossary#chêne-français", "wine-glossary#chêne-américain"},
        ),
    ],
)
def test_french_questions_are_answered_from_their_entries(
    question: str, cited: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_WINE, tmp_path_factory).ask(question)
    assert answer.covered
    assert set(answer.citations) == cited


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("macération carbonique", "macération carbonique"),  # a modifier no entry writes
        ("taille en cordon de royat", "taille en cordon de royat"),
        ("chêne hongrois en barrique, ça donne quoi", "chêne hongrois"),  # Chêne's family
    ],
)
def test_a_kind_the_glossary_lacks_is_refused_in_french(
    question: str, missing: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_WINE, tmp_path_factory).ask(question)
    assert not answer.covered
    assert answer.text.startswith(f"{missing} n'est pas dans le glossaire")


def test_a_described_act_naming_a_container_is_still_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = "remuer les lies dans la barrique avec un bâton pendant l'élevage, ça porte quel nom"
    assert not shared_assistant(_WINE, tmp_path_factory).ask(question).covered


def test_a_german_name_before_its_predicate_is_still_found(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("stm-glossary", tmp_path_factory).ask(
        "für welche pins ist CRH zuständig"
    )
    assert answer.covered
    assert answer.citations[0] == "stm-glossary#crh"
