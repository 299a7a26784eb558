"""One flag name per meaning across commands (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from rag_glossary.cli import app

EMBEDDING_COMMANDS = ("index", "search", "eval", "ask")


def _options(command: str) -> dict[str, Any]:
    group: Any = typer.main.get_command(app)
    params = group.commands[command].params
    return {opt: p for p in params for opt in p.opts if opt.startswith("--")}


@pytest.mark.parametrize("command", EMBEDDING_COMMANDS)
def test_embedding_model_is_embed_model_everywhere(command: str) -> None:
    options = _options(command)
    assert options["--embed-model"].envvar == "RAG_GLOSSARY_MODEL"


@pytest.mark.parametrize("command", ("index", "search", "eval"))
def test_model_flag_does_not_mean_the_embedding_model(command: str) -> None:
    assert "--model" not in _options(command)


def test_ask_model_is_the_llm() -> None:
    assert _options("ask")["--model"].envvar == "RAG_GLOSSARY_LLM_MODEL"
