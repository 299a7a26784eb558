"""Round 48 lane R: a described question's rare words typed without their letters' marks.

A described question's rare words its best entry lacks raise its standout bar
(coverage.judge, "best entry lacks the question's specific words"); words are compared on
their first four letters. A keyboard without the language's letters types "sdilenej" for
iot-glossary's "sdílený" and "isinlarinin" for trmalzeme-glossary's "ışınlarının": the
entry says the word, in its own letters. Both sides are now compared without marks too
(judgement_described.unsupported); a word the entry does not say still counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.everyday import unsupported_rare
from rag_glossary.judgement_described import unsupported
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _entry(corpus: str, title: str) -> list[Entry]:
    entries = load_corpus(CORPORA / corpus).entries
    return [next(e for e in entries if e.title == title)]


@pytest.mark.parametrize(
    ("corpus", "title", "language", "question", "marked", "unmarked"),
    [
        # isinlarinin, duzlemlerinden, aciklayan: said with their marks; sacilmasini and
        # kural are not
        (
            "trmalzeme-glossary",
            "Bragg Yasası",
            "tr",
            "x isinlarinin kristal duzlemlerinden sacilmasini aciklayan kural hangisi",
            5,
            2,
        ),
        # sdileny, pristupovy: said; jakym, postaveny: not
        (
            "iot-glossary",
            "Sdílený přístupový podpis",
            "cs",
            "na jakym hashi je postaveny sdileny pristupovy podpis",
            4,
            2,
        ),
    ],
)
def test_a_word_typed_without_its_marks_is_said(
    corpus: str, title: str, language: str, question: str, marked: int, unmarked: int
) -> None:
    entries = _entry(corpus, title)
    frame = frame_words(language)
    text = " ".join((entries[0].title, *entries[0].aliases, entries[0].body))
    assert unsupported_rare(question, text, frame) == marked
    assert unsupported(question, entries, {0: 1.0}, 0, frozenset(), frame) == unmarked


def test_a_word_with_its_marks_is_said_as_before() -> None:
    entries = _entry("trmalzeme-glossary", "Bragg Yasası")
    question = "x ışınlarının kristal düzlemlerinden saçılmasını açıklayan kural hangisi"
    assert unsupported(question, entries, {0: 1.0}, 0, frozenset(), frame_words("tr")) == 2


def test_the_question_typed_plain_is_answered_with_the_real_model(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("iot-glossary", tmp_path_factory).ask(
        "na jakym hashi je postavenej sdilenej pristupovy podpis"
    )
    assert answer.covered
    assert answer.citations[0] == "iot-glossary#sdílený-přístupový-podpis"
