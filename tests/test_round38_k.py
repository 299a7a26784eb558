"""Round 38 lane K: a covered question's first place is the entry the answer quotes.

"fast on chip memory that all the threads of one block can use together"
(gpu-glossary): fusion ranks Block first on its chunk, while the composer answers from
Shared memory (its sentence means the description, meaning_choice.closer_second); "hot
spring that shoots water and steam up into the air every so often" (volcano-glossary):
Hot Spring first, the answer Geyser's. The ranking now shows the answer's entry first,
and the answer, chosen on the fused order kept in ``composed``, is unchanged.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from shared_index import shared_index

from rag_glossary import Assistant, Retriever


@pytest.fixture(scope="module")
def gpu(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("gpu-glossary", tmp_path_factory))


@pytest.fixture(scope="module")
def volcano(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("volcano-glossary", tmp_path_factory))


@pytest.mark.parametrize(
    ("name", "question", "answered", "fused_first"),
    [
        (
            "gpu",
            "fast on chip memory that all the threads of one block can use together",
            "gpu-glossary#shared-memory",
            "gpu-glossary#block",
        ),
        (
            "volcano",
            "hot spring that shoots water and steam up into the air every so often",
            "volcano-glossary#geyser",
            "volcano-glossary#hot-spring-thermal-spring",
        ),
    ],
)
def test_the_answers_entry_ranks_first(
    request: pytest.FixtureRequest, name: str, question: str, answered: str, fused_first: str
) -> None:
    retriever: Retriever = request.getfixturevalue(name)
    fused = retriever.retrieve(question, 5, answer_first=False)
    assert fused.hits[0].id == fused_first
    moved = retriever.retrieve(question, 5)
    assert moved.covered and moved.hits[0].id == answered
    assert sorted(h.id for h in moved.hits) == sorted(h.id for h in fused.hits)
    assert [h.id for h in moved.composed] == [h.id for h in fused.hits]
    answer = Assistant(retriever, use_llm=False).ask(question)
    assert answer.citations[0] == answered
    off_config = replace(retriever.config, answer_first=False)
    off = Assistant(retriever.with_config(off_config), use_llm=False).ask(question)
    assert (answer.text, answer.citations) == (off.text, off.citations)


def test_a_refused_question_keeps_the_fused_order(gpu: Retriever) -> None:
    question = "what is the weather in paris today"
    result = gpu.retrieve(question, 5)
    assert not result.covered and result.composed == ()
    assert [h.id for h in result.hits] == [
        h.id for h in gpu.retrieve(question, 5, answer_first=False).hits
    ]


def test_composed_stays_out_of_the_payload(gpu: Retriever) -> None:
    result = gpu.retrieve("fast on chip memory that all the threads of one block can use together")
    payload = result.to_dict()
    assert "composed" not in payload
    assert payload["hits"][0]["id"] == "gpu-glossary#shared-memory"
