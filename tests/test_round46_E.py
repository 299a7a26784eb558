"""Round 46 lane E: what an answer's first line and a refusal say, as the glossary and the
user wrote it (the expansion a definition opens with is not led twice; a refusal names
the term with the question's hyphens, letters and joining words, without the glossary
language's function words at its edges; a suspended hyphen before another language's
function word is kept)."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.names import short_lead
from rag_glossary.answer.phrases import phrases
from rag_glossary.answer.rendering import mend_hyphens
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.question_forms import named_as_written, without_frame_edges


@pytest.mark.parametrize(
    ("name", "text", "lead"),
    [
        # library-glossary's AsciiDoc titles and the definitions under them
        (
            "ISSN (International Standard Serial Number)",
            "International Standard Serial Number is a unique 8 digit number assigned by ...",
            "ISSN",
        ),
        (
            "OpenSRF (Open Scalable Request Framework)",
            "Acronym for Open Scalable Request Framework (pronounced 'open surf').",
            "OpenSRF",
        ),
        (
            "ILL (Inter-Library Loan)",
            "Inter-Library Loan is the process of one library borrowing materials ...",
            "ILL",
        ),
        # the text uses the short name or says something else first: the expansion leads
        (
            "Multi-Instance GPU (MIG)",
            "MIG can partition the GPU into as many as seven instances ...",
            "Multi-Instance GPU (MIG)",
        ),
        (
            "ILS (Integrated Library System)",
            "A software system that handles the cataloguing and circulation ...",
            "ILS (Integrated Library System)",
        ),
        ("Gauge (metric)", "A metric that reports the latest value ...", "Gauge (metric)"),
    ],
)
def test_a_lead_drops_the_expansion_its_text_opens_with(name: str, text: str, lead: str) -> None:
    assert short_lead(name, text) == lead


def test_a_suspended_hyphen_before_a_function_word_is_kept() -> None:
    # batteri-glossary (Norwegian) and scouting-glossary (Dutch) write "X- og Y", "X- en Y"
    kept = (
        "En periode der både vind- og solproduksjon er lav",
        "fra BESS til distribusjons- eller transmisjonsnettet.",
        "een vaak voorkomend middag- en ochtendgerecht",
    )
    for text in kept:
        assert mend_hyphens(text) == text
    # a line-end hyphen before an English word is still joined
    assert mend_hyphens("with acids (glass- formers) and") == "with acids (glass-formers) and"
    assert mend_hyphens("forms- opening other forms") == "forms-opening other forms"


@pytest.mark.parametrize(
    ("question", "term", "language", "named"),
    [
        (
            "how does multi-query attention work",
            "multi query attention",
            None,
            "multi-query attention",
        ),
        ("what is the tx-report-queue", "tx report queue", None, "tx-report-queue"),
        ("how does mask R-CNN work", "mask r cnn", None, "mask R-CNN"),
        ("was ist ein cortex-m0", "cortex m0", "de", "cortex-m0"),
        ("What's p(doom)", "p doom", None, "p(doom)"),  # safety-039: its bracket closed
        # the key term's letters restored from the glossary; the refusal says what was typed
        ("triangulo escaleno o que é", "triângulo escaleno", "pt", "triangulo escaleno"),
        # a function word of the glossary's language the key term dropped joins the name again
        (
            "que es una casa de interes social",
            "casa interes social",
            "es",
            "casa de interes social",
        ),
        ("droits d'accise sur le vin", "droits accise", "fr", "droits d'accise"),
        ("lei das tangentes, como se usa?", "lei tangentes", "pt", "lei das tangentes"),
        # a question form is no joining word; English keeps its own reading
        ("dois angulos que juntos fazem meia volta", "ângulos juntos", "pt", "angulos juntos"),
        ("casa de interes social", "casa interes social", None, "casa interes social"),
    ],
)
def test_a_refusal_names_the_term_as_typed(
    question: str, term: str, language: str | None, named: str
) -> None:
    assert named_as_written(question, term, language) == named


@pytest.mark.parametrize(
    ("term", "language", "left"),
    [
        ("state hva", "nb", "state"),  # batteri-033: "faststoffbatteri solid state hva er det"
        ("welche baud rate für den uart", "de", "baud rate für den uart"),  # stm-033
        ("lse oszillator 32 khz wofür", "de", "lse oszillator 32 khz"),  # stm-039
        ("hva", "nb", None),
        ("state of health", None, "state of health"),  # English glossary: as it is
    ],
)
def test_a_refusal_names_no_function_word_at_the_term_edges(
    term: str, language: str | None, left: str | None
) -> None:
    assert without_frame_edges(term, language) == left


def test_norwegian_questions_lose_their_frame_and_refusals_speak_norwegian() -> None:
    # batteri-003 "lcos betydning": "betydning" asks what LCOS means
    assert asked_words(("lcos", "betydning"), "nb") == ("lcos",)
    assert asked_words(("forskjellen", "på", "capex", "og", "opex"), "nb") == ("capex", "opex")
    assert phrases("nb").not_in == "{term} finnes ikke i ordlisten"
    assert phrases("ru").not_covered == "Глоссарий не отвечает на этот вопрос"


def test_a_german_refusal_keeps_the_hyphen(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("stm-glossary", tmp_path_factory).ask("was ist ein cortex-m0")
    assert not answer.covered
    assert answer.text.startswith("cortex-m0 steht nicht im Glossar")
