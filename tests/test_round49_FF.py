"""Round 49 FF: a Finnish glossary's questions. Finnish question frames (data/
question_forms.json "fi": mikä on, merkitys, mitä tarkottaa, mikä ero) are dropped, and a
title said in a case form ("estimoinnilla", Estimointi) is read by its words' stems,
consonant gradation folded (word_forms.finnish_graded)."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.stem_names import stem_key

CORPUS = "liikenne-glossary"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("estimoinnilla", "estimointi"),  # nt: nn
        ("ennustamisella", "ennustaminen"),  # -nen: -se-
        ("pohjakysynnästä", "pohjakysyntä"),
        ("agenttimallissa", "agenttimalli"),  # tt: t
        ("u-linjalla", "u-linja"),  # a hyphenated title's last part inflected
    ],
)
def test_finnish_case_form_stems_as_its_title(said: str, title: str) -> None:
    assert stem_key([said], "fi") == stem_key([title], "fi")


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # a Finnish meaning frame after the title: was "viivytysfunktio merkitys" missing
        ("viivytysfunktio merkitys", ("viivytysfunktio",)),
        # a contrast of two titles in a case form, typed without ä
        ("mika ero on estimoinnilla ja ennustamisella", ("estimointi", "ennustaminen")),
    ],
)
def test_finnish_question_answered(
    question: str, cited: tuple[str, ...], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(CORPUS, tmp_path_factory).ask(question)
    assert answer.covered
    assert set(answer.citations) == {f"{CORPUS}#{c}" for c in cited}


def test_finnish_frame_around_an_unknown_name_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "mixed logit": no entry (Logit-malli was cited); the frame "mitä tarkottaa" is dropped
    answer = shared_assistant(CORPUS, tmp_path_factory).ask("mixed logit mitä tarkottaa")
    assert not answer.covered
    # in Finnish since round 58 LG (data/answer_phrases.json "fi")
    assert answer.text.startswith("mixed logit ei ole sanastossa")
