"""Round 27, lane N: a description naming things no entry of the glossary mentions
(coverage/foreign_words.py, judgement.CoverageJudge._foreign).

A described question answered by the standout is refused when it holds two rare content
words (not everyday English, no function or question word) whose stem no entry's text
uses, its standout is under 1 above its bar and no sentence of its best entry is close
(best answer-unit cosine under 0.55): `the tone colour that makes a flute sound different
from a violin on the same note` was answered from Vibrato (music-031, a negative).
"""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.foreign_words import ForeignWords, foreign_refuses
from rag_glossary.judgement import FOREIGN_REASON


def test_rare_words_no_entry_uses_are_counted() -> None:
    words = ForeignWords.of(["Vibrato: a regular pulsating change of pitch on a violin note."])
    assert words.count("the tone colour that makes a flute sound different from a violin") == 1
    assert words.count("the pulsating change of pitch on a violin note") == 0
    # a question word is no content word, however rare its spelling
    assert words.count("whats that flute trick called") == 1


def test_the_veto_needs_two_words_a_weak_standout_and_no_close_sentence() -> None:
    assert foreign_refuses(2, 0.9, 0.54)
    assert not foreign_refuses(1, 0.9, 0.54)
    assert not foreign_refuses(2, 1.0, 0.54)
    assert not foreign_refuses(2, 0.9, 0.55)


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        (
            "music-glossary",
            "the tone colour that makes a flute sound different from a violin on the same note",
        ),
        (
            "dental-glossary",
            "sharp zing of pain in my teeth when i drink something icy, what is that called",
        ),
    ],
)
def test_a_description_of_something_the_glossary_never_mentions_is_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = Retriever.load(shared_index(corpus, tmp_path_factory)).retrieve(question, k=5)
    assert not result.covered
    assert result.reason == FOREIGN_REASON


def test_a_clear_standout_keeps_its_answer_whatever_words_the_user_adds(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = (
        "im doing an intro seismology module and the lecturer keeps showing these beach ball"
        " pictures and calling them the focal mechanism, what is a focal mechanism actually"
    )
    retriever = Retriever.load(shared_index("seismo-glossary", tmp_path_factory))
    assert retriever._judge._foreign_words.count(question) >= 2
    result = retriever.retrieve(question, k=5)
    assert result.covered
    assert result.hits[0].id == "seismo-glossary#focal-mechanism"
