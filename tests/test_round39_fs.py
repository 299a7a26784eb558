"""Round 39 follow-up S: right answers refused on the round's new sets (real entries, real
model). A Spanish name said without its function words ("analisis de sitio" read as
"analisis sitio"), a swap that drops an accent ("mamposteira"), an unaccented question form
("que es exactamente ...") closing a long question; a five-letter slip of a doubled letter
("pulet"), "how deep does ..." read as a measure, "what does X even mean".
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.coverage.glossary_language import bare_names, unaccented
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.slips import replaced_pair


def test_a_name_without_its_function_words_stands_for_it() -> None:
    names = {("análisis", "de", "sitio"): (0,), ("caja", "de", "empalme"): (1,)}
    assert bare_names(names, "es") == {
        ("análisis", "sitio"): ("análisis", "de", "sitio"),
        ("caja", "empalme"): ("caja", "de", "empalme"),
    }
    assert bare_names(names, None) == {}


def test_a_swap_that_drops_an_accent_is_a_slip() -> None:
    assert not replaced_pair("mamposteira", "mampostería")
    assert replaced_pair("exposome", "exposure")
    assert unaccented("qué") == "que"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how deep does the chisel go when subsoiling", "chisel"),
        ("what does muxing even mean", "muxing"),
    ],
)
def test_the_asked_term_is_found(question: str, term: str) -> None:
    assert extract_key_terms(question)[0].text == term


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("obra-glossary", "mamposteira q es", "obra-glossary#mampostería"),
        (
            "obra-glossary",
            "que es el analisis de sitio y que cosas del terreno se toman en cuenta",
            "obra-glossary#análisis-de-sitio",
        ),
        (
            "obra-glossary",
            "que se guarda dentro de una caja de empalmes",
            "obra-glossary#cajas-de-empalmes",
        ),
        (
            "obra-glossary",
            "hola, compre un terreno en las afueras y el ingeniero dice que antes de construir"
            " hay que hacer el acotamiento del predio porque el vecino mete sus vacas a pastar"
            " ahi. que es exactamente el acotamiento??",
            "obra-glossary#acotamiento",
        ),
        ("farm-glossary", "whats a pulet", "farm-glossary#pullet"),
        (
            "farm-glossary",
            "how deep does the chisel go when subsoiling",
            "farm-glossary#subsoiling",
        ),
    ],
)
def test_refused_right_answers_are_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        ("obra-glossary", "que es el concreto premezclado"),
        ("obra-glossary", "fosa septica"),
        ("obra-glossary", "superficie de desplante q significa"),
    ],
)
def test_missing_names_stay_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert not shared_assistant(corpus, tmp_path_factory).ask(question).covered


def test_a_side_after_between_keeps_its_function_words() -> None:
    said = compared_in_language(
        "diferencia entre coeficiente de ocupación de suelo y coeficiente de utilización de suelo"
    )
    assert said == (
        "difference between coeficiente de ocupación de suelo"
        " and coeficiente de utilización de suelo"
    )
    said = compared_in_language(
        "différence entre chêne français et chêne américain pour l'élevage en fût"
    )
    assert said == "difference between chêne français and chêne américain"


def test_a_spanish_comparison_of_two_names_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("obra-glossary", tmp_path_factory)
    answer = assistant.ask(
        "diferencia entre coeficiente de ocupación de suelo y coeficiente de utilización de suelo"
    )
    assert set(answer.citations) == {
        "obra-glossary#coeficiente-de-ocupación-de-suelo",
        "obra-glossary#coeficiente-de-utilización-de-suelo",
    }
    typed = assistant.ask(
        "diferencia entre coeficiente de ocupacion del suelo y coeficiente de utilizacion del suelo"
    )
    assert typed.covered


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("en un lote determinado..SEDESOL.", "en un lote determinado.SEDESOL."),
        ("wait... what", "wait... what"),  # an ellipsis stays
        ("versions 1..10", "versions 1..10"),  # a range stays
    ],
)
def test_two_stops_after_a_word_are_one(text: str, clean: str) -> None:
    assert clean_inline(text) == clean
