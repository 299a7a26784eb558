"""The chat mode (issue 15, item 3): follow-ups carry the previous key term, the
condense step with an LLM, the ``:`` commands, and ``ask -`` reading stdin."""

from __future__ import annotations

import subprocess
import time

import pytest
from cli_helpers import CliResult, Workspace, assert_ok, assert_one_line_error, cli_command
from fake_ollama import FakeOllama
from helpers import FakeEncoder

from rag_glossary.chat import Conversation, carry_term
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever

MDP = "g#markov-decision-process"


@pytest.fixture
def conversation(small_entries: list[Entry], fake_encoder: FakeEncoder) -> Conversation:
    return Conversation(Retriever.from_entries(small_entries, fake_encoder), use_llm=False)


def _ask(conversation: Conversation, question: str) -> str:
    stream = conversation.ask(question)
    "".join(stream)
    return conversation.turns[-1].asked


# ---------------------------------------------------------------- follow-ups


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("and how is it trained?", "how is Max Pooling trained?"),
        ("what about its loss?", "what about Max Pooling's loss?"),
        ("and the window size?", "Max Pooling: the window size?"),
        ("what about the stride", "Max Pooling: the stride"),
    ],
)
def test_carry_term_puts_the_term_where_the_question_points(question: str, expected: str) -> None:
    assert carry_term(question, "Max Pooling") == expected


def test_a_follow_up_is_asked_about_the_previous_term(conversation: Conversation) -> None:
    assert _ask(conversation, "what is MDP") == "what is MDP"
    assert conversation.turns[-1].term.startswith("Markov Decision Process")
    asked = _ask(conversation, "and what are its states?")
    assert asked.startswith("what are Markov Decision Process")
    answer = conversation.turns[-1].answer
    assert answer.question == asked
    assert {h.id for h in answer.hits[:2]} & {MDP, "h#markov-decision-process-mdp"}


def test_a_question_that_names_a_term_starts_afresh(conversation: Conversation) -> None:
    _ask(conversation, "what is MDP")
    assert _ask(conversation, "and what is max pooling?") == "what is max pooling?"
    assert conversation.turns[-1].term == "Max Pooling"
    assert _ask(conversation, "and what is it used for?") == "what is Max Pooling used for?"


def test_the_first_question_is_never_rewritten(conversation: Conversation) -> None:
    assert _ask(conversation, "and what is it?") == "and what is it?"


def test_with_an_llm_the_follow_up_is_condensed_over_the_history(
    conversation: Conversation, fake_ollama: FakeOllama
) -> None:
    _ask(conversation, "what is MDP")
    conversation.use_llm = True
    conversation.host = fake_ollama.host
    conversation.timeout = 5.0
    fake_ollama.reply("How is a Markov decision process solved?")
    assert _ask(conversation, "and how is it solved?") == "How is a Markov decision process solved?"
    condense, answer = fake_ollama.chat_requests[-2:]
    system, user = condense["messages"]
    assert "standalone question" in system["content"]
    assert "User: what is MDP" in user["content"]
    assert "Follow-up question: and how is it solved?" in user["content"]
    assert "How is a Markov decision process solved?" in answer["messages"][-1]["content"]


def test_without_a_reachable_llm_the_term_is_carried(
    conversation: Conversation, refused_ollama_host: str
) -> None:
    _ask(conversation, "what is MDP")
    conversation.use_llm = True
    conversation.host = refused_ollama_host
    asked = _ask(conversation, "and how is it solved?")
    assert asked.startswith("how is Markov Decision Process")


# ---------------------------------------------------------------- commands


def test_commands_before_any_answer_say_what_to_do(conversation: Conversation) -> None:
    for line in (":show 1", ":sources"):
        assert conversation.command(line).error == "no cited entries yet: ask a question first"


def test_show_sources_k_and_llm(conversation: Conversation) -> None:
    _ask(conversation, "what is MDP")
    answer = conversation.turns[-1].answer
    sources = conversation.command(":sources").lines
    assert len(sources) == len(answer.citations) >= 1
    assert sources[0].startswith("[1] ") and answer.citations[0] in sources[0]
    shown = conversation.command(":show 1").entry
    assert shown is not None and shown.id == answer.citations[0]
    assert "takes 1 to" in (conversation.command(":show 9").error or "")
    assert conversation.command(":show x").error == ":show N takes a whole number, got 'x'"
    assert conversation.command(":k 8").lines == ("answers now use the 8 best entries",)
    assert conversation.k == 8
    assert conversation.command(":k 0").error == ":k must be from 1 to 50, got 0"
    assert conversation.command(":llm on").lines[0].startswith("answers are now generated")
    assert conversation.use_llm
    assert conversation.command(":llm off").lines == ("answers are now extractive",)
    assert conversation.command(":nope").error == "unknown command :nope; type :help for the list"
    assert conversation.command(":quit").quit


# ---------------------------------------------------------------- through the CLI


def _run_with_stdin(ws: Workspace, stdin: str, *args: str) -> CliResult:
    started = time.perf_counter()
    proc = subprocess.run(
        cli_command(*args),
        input=stdin.encode(),
        env=ws.env,
        cwd=ws.root,
        capture_output=True,
        timeout=180,
        check=False,
    )
    return CliResult(
        tuple(args),
        proc.returncode,
        proc.stdout.decode(),
        proc.stderr.decode(),
        time.perf_counter() - started,
    )


TRANSCRIPT = """what is a markov chain
and how is it used?
:sources
:show 1
:k 3
:k 0
what is gradient clipping
"""


@pytest.mark.slow
def test_chat_through_the_cli_with_stdin_piped(ws: Workspace) -> None:
    result = _run_with_stdin(ws, TRANSCRIPT, "chat", "--no-llm")
    assert result.code == 0 and "Traceback" not in result.err
    out = result.out
    assert out.count("Sources:") == 3
    assert "(asked as: how is Markov Chain used?)" in out
    assert "[1] Markov Chain — mini#markov-chain — mini.md:" in out
    assert "Markov Chain  mini#markov-chain\nat: mini.md:" in out  # :show 1
    assert "answers now use the 3 best entries" in out
    assert "error: :k must be from 1 to 50, got 0" in result.err
    assert "Gradient Clipping — extra#gradient-clipping" in out
    assert "\x1b[" not in out  # plain when piped


@pytest.mark.slow
def test_ask_dash_reads_the_question_from_stdin(ws: Workspace) -> None:
    result = _run_with_stdin(ws, "what is a markov chain\n", "ask", "-", "--no-llm", "--json")
    assert_ok(result)
    data = result.json()
    assert data["question"] == "what is a markov chain"
    assert data["citations"][0] == "mini#markov-chain"
    empty = _run_with_stdin(ws, "\n", "ask", "-", "--no-llm")
    assert_one_line_error(empty, 2, "the question is empty")
