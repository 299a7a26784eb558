"""What real Ollama users hit, against the wire-format test server: reasoning models'
<think> blocks, a proxy in the environment, a model that is not pulled."""

from __future__ import annotations

import pytest
from fake_ollama import FakeOllama
from helpers import make_entry

from rag_glossary.answer import Assistant
from rag_glossary.answer.think import ThinkFilter, strip_think
from rag_glossary.models import Answer, Hit, RetrievalResult

MASKED = "ai-glossary-m#masked-self-attention"
QUESTION = "what is masked self-attention"
THOUGHT = "<think>The user asks about [x#y] and [2]; I should cite [1].</think>"


def masked_hit() -> Hit:
    body = "Attention can only be done to words to the left of the current word."
    entry = make_entry("ai-glossary-m", "masked-self-attention", "Masked Self-Attention", body)
    return Hit(MASKED, entry.title, entry.source, None, body, 0.9, entry)


class OneHit:
    def retrieve(self, query: str, k: int = 5) -> RetrievalResult:
        return RetrievalResult(query, (masked_hit(),), 0.9, True)


def ask(host: str, *, stream: bool, model: str | None = None) -> tuple[str, Answer]:
    assistant = Assistant(OneHit(), host=host, timeout=5, llm_model=model)
    if stream:
        answer_stream = assistant.stream(QUESTION)
        return "".join(answer_stream), answer_stream.answer
    answer = assistant.ask(QUESTION)
    return answer.text, answer


# ---------------------------------------------------------------- <think>


@pytest.mark.parametrize("stream", [True, False])
def test_think_block_is_dropped_before_citations_are_checked(
    fake_ollama: FakeOllama, stream: bool
) -> None:
    # The tags arrive split across pieces, as a streaming model sends them.
    pieces = [
        "<thi",
        "nk>The user asks about [x#y] ",
        "and [2].</th",
        "ink>\n\n",
        "It hides ",
        "later words [1].",
    ]
    fake_ollama.reply(*pieces)
    text, answer = ask(fake_ollama.host, stream=stream)
    assert text == "It hides later words [1]."
    assert answer.backend == "ollama"
    assert answer.notices == ()  # x#y and [2] were only thought


def test_reply_that_only_thinks_falls_back_to_the_extract(fake_ollama: FakeOllama) -> None:
    fake_ollama.reply(THOUGHT, "  ")
    text, answer = ask(fake_ollama.host, stream=False)
    assert answer.backend == "extractive"
    assert "empty answer" in answer.notices[0]
    assert "left of the current word" in text


def test_think_filter_keeps_text_around_blocks_and_drops_an_unclosed_one() -> None:
    assert strip_think("A <THINK>hidden</Think>B") == "A B"
    thinking = ThinkFilter()
    out = thinking.feed("Visible <") + thinking.feed("think>never closed")
    assert out + thinking.flush() == "Visible "
    assert strip_think("no tags < here > at all") == "no tags < here > at all"


# ---------------------------------------------------------------- proxies


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "HTTPS_PROXY"])
def test_local_ollama_is_reached_directly_despite_a_proxy(
    fake_ollama: FakeOllama, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    # A proxy that does not exist: going through it would fail.
    monkeypatch.setenv(variable, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    fake_ollama.reply("It hides later words [1].")
    for host in (fake_ollama.host, f"http://localhost:{fake_ollama.port}"):
        text, answer = ask(host, stream=False)
        assert answer.backend == "ollama", answer.notices
        assert text == "It hides later words [1]."


# ---------------------------------------------------------------- model not pulled


@pytest.mark.parametrize("model", ["qwen3:8b", "deepseek-r1"])
def test_model_not_pulled_is_one_line_naming_the_pull(fake_ollama: FakeOllama, model: str) -> None:
    text, answer = ask(fake_ollama.host, stream=True, model=model)
    (notice,) = answer.notices
    assert "\n" not in notice
    assert f"`ollama pull {model}`" in notice
    assert answer.backend == "extractive"
    assert "left of the current word" in text
