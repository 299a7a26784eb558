"""Round 43 follow-up R2: a described question's first hit keeps the answer from a
runner-up closer in meaning when its best unit says clearly more of the question's
words (``covers_more`` guards ``closer_second``)."""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.entry_choice import COVER_LEAD, covers_more, unit_cover
from rag_glossary.answer.overlap import Idf
from rag_glossary.answer.question import analyze
from rag_glossary.models import Hit
from rag_glossary.parsing import load_corpus

_TAX = (
    "multinationals shifting profits from high tax countries to low tax ones so they have"
    " less taxable income where the tax is high"
)


def _hit(corpus: str, anchor: str) -> Hit:
    entry = next(e for e in load_corpus(CORPORA / corpus).entries if e.anchor == anchor)
    return Hit(entry.id, entry.title, entry.source, entry.url, "", 1.0, entry)


def _flat(_word: str) -> float:
    return 1.0


def test_first_hit_covering_clearly_more_keeps_the_answer() -> None:
    q = analyze(_TAX)
    erosion = _hit("tax-glossary", "base-erosion")
    double = _hit("tax-glossary", "double-taxation")
    idf: Idf = _flat
    assert unit_cover(q, erosion, idf) > unit_cover(q, double, idf) + COVER_LEAD
    assert covers_more(q, erosion, double, idf)
    assert not covers_more(q, double, erosion, idf)


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("tax-glossary", _TAX, "tax-glossary#base-erosion"),
        # the runner-up closer in meaning still answers when the first covers about as much
        (
            "nlp-glossary",
            "cutting words down to a crude root even if the result isnt a real word",
            "0_Keywords#stemming",
        ),
    ],
)
def test_described_question_entry(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(CORPORA / corpus, tmp_path_factory)
    assert assistant.ask(question).citations[0] == cited
