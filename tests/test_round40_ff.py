"""Round 40 follow-up F: French questions refused with the right entry first (fret-glossary;
``coverage/language_lookup.py``, ``coverage/language_parts.py``, data/question_forms.json; real
entries, real model).

"combien" was read as content: "la carte conducteur elle est valable combien de temps ?"
was echoed whole as a missing kind of Carte conducteur, and "l'adr classe les matieres
dangereuses en combien de classes" was one word too long to be read by the name it says;
"aetr ou reglement 561/2006 : lequel s'applique où ?" put its sides before the word asking
which of two, and was echoed whole.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.phrases import words

_FRET = "fret-glossary"


def test_how_much_and_which_of_two_are_data() -> None:
    forms = question_forms()["fr"]
    assert "combien" in forms.asks
    assert "lequel" in forms.contrast
    assert asked_words(words("la carte conducteur elle est valable combien de temps"), "fr") == (
        "carte",
        "conducteur",
        "valable",
        "temps",
    )


def test_sides_before_which_of_two_are_compared() -> None:
    said = compared_in_language("aetr ou reglement 561/2006 : lequel s'applique où ?")
    assert said == "difference between aetr and reglement 561 2006"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        (
            "la carte conducteur elle est valable combien de temps ?",
            {"fret-glossary#carte-conducteur"},
        ),
        ("l'adr classe les matieres dangereuses en combien de classes", {"fret-glossary#adr"}),
        (
            "aetr ou reglement 561/2006 : lequel s'applique où ?",
            {"fret-glossary#aetr", "fret-glossary#règlement-ce-5612006"},
        ),
    ],
)
def test_french_questions_naming_an_entry_are_answered(
    question: str, cited: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_FRET, tmp_path_factory).ask(question)
    assert answer.covered
    assert set(answer.citations) == cited


@pytest.mark.parametrize(
    "question",
    [
        "le client a trouvé des cartons abîmés à la livraison, il a combien de jours pour le"
        " signaler au transporteur",
        "un semi-remorque a le droit de peser combien au maximum sur la route en france",
    ],
)
def test_questions_the_glossary_lacks_stay_refused(
    question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert not shared_assistant(_FRET, tmp_path_factory).ask(question).covered


def test_an_asked_alias_is_linked_in_the_glossarys_language(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    french = shared_assistant(_FRET, tmp_path_factory).ask("proof of delivery c'est quoi")
    assert french.text.startswith("Émargement électronique (aussi Proof of delivery):")
    english = "Many-to-Many Relationships: Occurs when multiple records in one table are associated"
    assert phrases(text_language(english)).also == "also"


def test_an_ellipsis_closing_a_parenthesised_list_is_the_authors() -> None:
    aetr = "AETR: Régit les temps de conduite et de repos hors UE (Suisse, Norvège, Russie...).[1]"
    assert dirty_reasons(aetr) == []
    assert "truncated text" in dirty_reasons("As of today, a lot of things in ML are…[1]")
