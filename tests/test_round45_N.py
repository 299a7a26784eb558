"""Round 45 lane N: a bare name the glossary lacks is not answered by a neighbour's unit.

A question that is only a missing name of two or more words (after the language's function
words, before at most a short setting: "maximum measurement range of a wind lidar") was
refused by the strict standout, then answered because one unit of the best entry resembled
it: that unit is a neighbour's (another union, Measurement Principles). The unit rescue
no longer applies to it unless the best entry's own name is part of the name asked
("usual easing functions": Easing) (judgement_terms.bare_missing_name / unit_rescuable).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary.judgement_terms import bare_missing_name, unit_rescuable
from rag_glossary.retrieval import Retriever


def _judged(corpus: str, question: str, factory: pytest.TempPathFactory) -> tuple[bool, bool]:
    """(bare_missing_name, unit_rescuable) of the question's key term and hits."""
    retriever = Retriever.load(shared_index(corpus, factory))
    hits = tuple(retriever.search(question, k=5))
    term = retriever.coverage.check(question, [h.id for h in hits])
    language = retriever.coverage.language
    return (
        bare_missing_name(question, term, hits, language),
        unit_rescuable(question, term, hits, language),
    )


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        ("cabinet-glossary", "transport and general workers union"),
        ("lidar-glossary", "maximum measurement range of a wind lidar"),
        ("grafy-glossary", "sciezka krytyczna w grafie"),
    ],
)
def test_bare_missing_names_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert _judged(corpus, question, tmp_path_factory) == (True, False)
    assert not shared_assistant(corpus, tmp_path_factory).ask(question).covered


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        # the best entry's name (Easing) is inside the name asked: the unit may answer
        ("gamedev-glossary", "what are the usual easing functions", "gamedev-glossary#easing"),
        # more than a name is asked after it ("and is it time domain ..."): no bare name
        (
            "audio-glossary",
            "what is a frequency spectrum display and is it time domain or frequency domain",
            "audio-basics#frequency-spectrum",
        ),
    ],
)
def test_answerables_rescued_still(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert _judged(corpus, question, tmp_path_factory)[0] is False
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert cited in answer.citations
