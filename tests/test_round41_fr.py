"""Round 41 follow-up R: Italian and Portuguese answers (ecom-glossary, trig-glossary).

A two-part question in the glossary's language whose second part is a short clause ("e come
si evita") and a long question whose naming clause comes before its last one are read by
the name they say; an interval's brackets and a lower-case "name: ..." after a stop stay in
the answer's text; a label leading into a formula is no field of the entry.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.sentences import sentences

_ECOM = "ecom-glossary"
_TRIG = "trig-glossary"
_ARCSIN = "Função que devolve o ângulo cujo seno é um dado valor. arcsin: [−1, 1] → [−π/2, π/2]."


def test_an_interval_keeps_its_brackets() -> None:
    assert clean_inline(_ARCSIN) == _ARCSIN
    assert clean_inline("scores in [0, 1], see [3]") == "scores in [0, 1], see"
    assert clean_inline("a [link](https://x.org) and [words, here]") == "a link and words, here"


def test_a_lower_case_label_after_a_stop_starts_a_sentence() -> None:
    assert sentences(_ARCSIN) == [
        "Função que devolve o ângulo cujo seno é um dado valor.",
        "arcsin: [−1, 1] → [−π/2, π/2].",
    ]
    assert sentences("It is a machine. learning model of words.") == [
        "It is a machine learning model of words."
    ]


def test_a_label_leading_into_a_formula_is_no_field(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = (
        "o que diz a lei dos cossenos e porque é que dizem que é uma generalização de pitagoras?"
    )
    answer = shared_assistant(_TRIG, tmp_path_factory).ask(question)
    assert answer.text.startswith("Lei dos cossenos: Generaliza Pitágoras: c² = a² + b²")


@pytest.mark.parametrize(
    "question",
    [
        "cos'è l'overselling e come si evita?",
        "ciao a tutti, vendo cover per telefoni su amazon, su ebay e sul mio sito shopify. la"
        " settimana scorsa ho venduto lo stesso pezzo due volte perche lo stock non era"
        " aggiornato e amazon mi ha cancellato un ordine... un amico dice che si chiama"
        " overselling. ma cos'è di preciso e come si evita?",
    ],
)
def test_an_italian_question_is_read_by_the_name_it_says(
    question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_ECOM, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations == ("ecom-glossary#overselling",)


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        (  # "ean" is in five entries' texts, but it is EAN's title, in capitals
            "ecom-glossary",
            "dove si compra un codice ean per i miei prodotti",
            ("ecom-glossary#ean",),
        ),
        (  # "étape", "sépare": everyday French, no specific thing Éraflage lacks
            "wine-glossary",
            "l'étape où on sépare les grains de raisin de la tige, ça s'appelle comment",
            ("wine-glossary#éraflage",),
        ),
    ],
)
def test_a_question_in_the_glossary_language_is_answered(
    corpus: str, question: str, cited: tuple[str, ...], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations == cited


def test_everyday_words_of_another_language_are_data() -> None:
    from rag_glossary.everyday import everyday_in

    assert {"étape", "sépare"} <= everyday_in("fr")
    assert everyday_in(None) == everyday_in("en") == frozenset()
