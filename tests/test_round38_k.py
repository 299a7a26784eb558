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
    moved = retriever.retrieve(question, 5, answer_first=True)
    assert moved.covered and moved.hits[0].id == answered
    assert sorted(h.id for h in moved.hits) == sorted(h.id for h in fused.hits)
    assert [h.id for h in moved.composed] == [h.id for h in fused.hits]
    on_config = replace(retriever.config, answer_first=True)
    answer = Assistant(retriever.with_config(on_config), use_llm=False).ask(question)
    assert answer.citations[0] == answered
    off = Assistant(retriever, use_llm=False).ask(question)
    assert (answer.text, answer.citations) == (off.text, off.citations)


def test_a_refused_question_keeps_the_fused_order(gpu: Retriever) -> None:
    question = "what is the weather in paris today"
    result = gpu.retrieve(question, 5, answer_first=True)
    assert not result.covered and result.composed == ()
    assert [h.id for h in result.hits] == [
        h.id for h in gpu.retrieve(question, 5, answer_first=False).hits
    ]


def test_composed_stays_out_of_the_payload(gpu: Retriever) -> None:
    result = gpu.retrieve(
        "fast on chip memory that all the threads of one block can use together", answer_first=True
    )
    payload = result.to_dict()
    assert "composed" not in payload
    assert payload["hits"][0]["id"] == "gpu-glossary#shared-memory"


def test_ask_reuses_the_answer_composed_for_the_ranking(
    volcano: Retriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``retrieve`` composes the answer to rank its entry first; ``ask`` on the same hits
    takes that composition instead of making it again (one compose per question)."""
    from rag_glossary.answer import extractive

    calls: list[str] = []
    real = extractive.extractive_text

    def counted(*args: object, **kwargs: object) -> str:
        calls.append("compose")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extractive, "extractive_text", counted)
    question = "hot spring that shoots water and steam up into the air every so often"
    on = volcano.with_config(replace(volcano.config, answer_first=True))
    answer = Assistant(on, use_llm=False).ask(question)
    assert answer.citations[0] == "volcano-glossary#geyser"
    assert calls == ["compose"]
    other = Assistant(on, use_llm=False).ask("what is a caldera")
    assert "volcano-glossary#caldera" in other.citations
    assert len(calls) == 2  # another question is composed afresh
