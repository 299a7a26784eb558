"""Bad arguments through the public API and numeric flags through the CLI (issue 15, item 2),
and the total deadline on Ollama's answer, streaming included."""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np
import pytest
from cli_helpers import Workspace, assert_ok, assert_one_line_error, observe, observe_text
from fake_ollama import FakeOllama
from helpers import FakeEncoder

from rag_glossary.answer import Assistant
from rag_glossary.answer.deadline import within
from rag_glossary.errors import GlossaryError, LLMTimeoutError, UsageError
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever

QUESTION = "what is a markov decision process"


@pytest.fixture
def retriever(small_entries: list[Entry], fake_encoder: FakeEncoder) -> Retriever:
    return Retriever.from_entries(small_entries, fake_encoder)


# ---------------------------------------------------------------- library


@pytest.mark.parametrize(
    ("query", "k", "needle"),
    [
        (None, 5, "the question must be a string, got None"),
        (42, 5, "the question must be a string, got int"),
        (QUESTION, "5", "k must be a whole number from 1 to 50, got '5'"),
        (QUESTION, 2.5, "k must be a whole number from 1 to 50, got 2.5"),
        (QUESTION, True, "k must be a whole number"),
        (QUESTION, None, "k must be a whole number"),
        (QUESTION, 0, "k must be from 1 to 50, got 0"),
        (QUESTION, 51, "k must be from 1 to 50, got 51"),
    ],
)
def test_search_with_bad_arguments_raises_a_glossary_error(
    retriever: Retriever, query: Any, k: Any, needle: str
) -> None:
    with pytest.raises(UsageError) as caught:
        retriever.search(query, k=k)
    assert needle in str(caught.value)
    if query is None:
        observe_text("Question: search(None) from Python", str(caught.value), "UsageError")
    if k == 2.5:
        observe_text("CLI: search(q, k=2.5) from Python", str(caught.value), "UsageError")


def test_numpy_ints_are_whole_numbers(retriever: Retriever) -> None:
    assert len(retriever.search(QUESTION, k=np.int64(3))) == 3


def test_unknown_retrieval_setting_is_named(retriever: Retriever) -> None:
    with pytest.raises(UsageError, match="unknown retrieval setting 'mmmr'"):
        retriever.search(QUESTION, mmmr=False)


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        ({"timeout": -1}, "timeout must be more than 0"),
        ({"timeout": math.nan}, "timeout must be more than 0"),
        ({"timeout": math.inf}, "timeout must be more than 0"),
        ({"timeout": "5"}, "timeout must be a number of seconds, got '5'"),
        ({"k": 0}, "k must be from 1 to 50"),
        ({"k": 100}, "k must be from 1 to 50"),
        ({"use_llm": "no"}, "use_llm must be True or False"),
    ],
)
def test_assistant_with_bad_arguments_raises_a_glossary_error(
    retriever: Retriever, options: dict[str, Any], needle: str
) -> None:
    with pytest.raises(UsageError, match=needle):
        Assistant(retriever, **options)


def test_asking_none_raises_a_glossary_error(retriever: Retriever) -> None:
    with pytest.raises(UsageError, match="must be a string, got None"):
        Assistant(retriever, use_llm=False).ask(None)  # type: ignore[arg-type]


def test_adapters_check_k(retriever: Retriever) -> None:
    with pytest.raises(GlossaryError, match="k must be from 1 to 50"):
        retriever.as_langchain(k=0)
    with pytest.raises(GlossaryError, match="k must be from 1 to 50"):
        retriever.as_llamaindex(k=500)


def test_evaluate_checks_k(retriever: Retriever) -> None:
    from rag_glossary.evaluation import evaluate

    with pytest.raises(UsageError, match="k must be from 10 to 50, got 0"):
        evaluate(retriever, [], k=0)


# ---------------------------------------------------------------- the deadline


def test_within_stops_a_slow_stream_at_the_deadline() -> None:
    closed: list[bool] = []

    def slow() -> Any:
        try:
            for n in range(100):
                time.sleep(0.1)
                yield str(n)
        finally:
            closed.append(True)

    got: list[str] = []
    with pytest.raises(LLMTimeoutError):
        for piece in within(slow(), 0.5, lambda: LLMTimeoutError("late")):
            got.append(piece)
    # stopped long before the stream's 100 pieces (pieces passing: the test below)
    assert len(got) < 10
    # the helper closes the abandoned stream once its pending sleep ends (polled: a
    # loaded machine may take longer than that 0.1 s)
    give_up = time.monotonic() + 3.0
    while not closed and time.monotonic() < give_up:
        time.sleep(0.05)
    assert closed == [True]


def test_within_passes_errors_and_the_end_through() -> None:
    def broken() -> Any:
        yield "a"
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        list(within(broken(), 5, lambda: LLMTimeoutError("late")))
    assert list(within(iter(["a", "b"]), 5, lambda: LLMTimeoutError("late"))) == ["a", "b"]


def test_a_steady_slow_stream_ends_at_the_total_timeout(
    retriever: Retriever, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply(*[f"word{n} " for n in range(100)], piece_delay=0.1)
    assistant = Assistant(retriever, host=fake_ollama.host, timeout=1.0)
    answer = assistant.ask(QUESTION)
    assert fake_ollama.pieces_sent < 100  # it answered before the stream (10 s) ended
    assert answer.backend == "extractive"
    (notice,) = answer.notices
    assert "did not answer within 1 s (the total time allowed)" in notice
    assert answer.citations  # the extractive answer cites its entries


# ---------------------------------------------------------------- CLI


@pytest.mark.slow
def test_ask_timeout_is_a_total_deadline_with_streaming(
    ws: Workspace, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply(*[f"word{n} " for n in range(120)], piece_delay=0.5)  # 60 s
    result = ws.run("ask", "what is a markov chain", "--timeout", "2", OLLAMA_HOST=fake_ollama.host)
    assert_ok(result)
    assert result.out.startswith("word0 ")
    notes = [line for line in result.out.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "broke off" in notes[0]
    assert "did not answer within 2 s" in notes[0]
    assert "Sources:" in result.out and "mini#markov-chain" in result.out
    assert result.seconds < 30
    observe("Ollama: streams slower than --timeout in total", result, notes[0])


BAD_FLAGS = [
    ("CLI: ask --timeout -5", ("ask", "x", "--timeout", "-5"), "--timeout must be more than 0"),
    ("CLI: ask --timeout nan", ("ask", "x", "--timeout", "nan"), "--timeout must be more than 0"),
    ("CLI: search -k 100000", ("search", "x", "-k", "100000"), "-k must be from 1 to 50"),
    ("CLI: ask -k 51", ("ask", "x", "-k", "51"), "-k must be from 1 to 50, got 51"),
    ("CLI: eval --k 0", ("eval", "--k", "0"), "-k must be from 10 to 50, got 0"),
    ("CLI: search -k 2.5", ("search", "x", "-k", "2.5"), "valid integer"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "args", "needle"), BAD_FLAGS, ids=[c for c, _, _ in BAD_FLAGS])
def test_numeric_flags_are_validated_in_one_line(
    ws: Workspace, case: str, args: tuple[str, ...], needle: str
) -> None:
    result = ws.run(*args)
    assert_one_line_error(result, 2, needle)
    assert result.out == ""
    observe(case, result)


@pytest.mark.slow
def test_mode_is_case_insensitive(ws: Workspace) -> None:
    result = ws.run("search", "markov chain", "--mode", "DENSE", "--json")
    assert_ok(result)
    assert result.json()["hits"][0]["id"] == "mini#markov-chain"


PUBLIC_CALLS = {
    "load_corpus(None)": ("load_corpus", (None,), "corpus_dir must be a path"),
    "parse_text(None, 's')": ("parse_text", (None, "s"), "the glossary text must be a string"),
    "parse_file(None)": ("parse_file", (None,), "path must be a path"),
    "load_index(None)": ("load_index", (None,), "index_dir must be a path"),
    "build_index(None, None)": ("build_index", (None, None), "corpus_dir must be a path"),
    "ensure_index('corpus', 5)": ("ensure_index", ("corpus", 5), "index_dir must be a path"),
    "load_questions(None)": ("load_questions", (None,), "path must be a path"),
}


@pytest.mark.parametrize("call", list(PUBLIC_CALLS), ids=list(PUBLIC_CALLS))
def test_public_functions_refuse_non_paths_with_a_glossary_error(call: str) -> None:
    import rag_glossary

    name, args, needle = PUBLIC_CALLS[call]
    with pytest.raises(UsageError, match=needle):
        getattr(rag_glossary, name)(*args)


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        ({"fetch_k": "3"}, "fetch_k must be a whole number"),
        ({"lambda_mult": None}, "lambda_mult must be a number"),
        ({"term_weight": "1.5"}, "term_weight must be a number"),
    ],
)
def test_retriever_config_checks_types(options: dict[str, Any], needle: str) -> None:
    from rag_glossary.retrieval import RetrieverConfig

    with pytest.raises(UsageError, match=needle):
        RetrieverConfig(**options)
