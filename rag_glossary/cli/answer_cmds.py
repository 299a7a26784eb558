"""``ask`` and ``chat``: cited answers, one question or a conversation."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from rag_glossary.cli.common import (
    AnswerKOpt,
    CorpusOpt,
    EmbedModelOpt,
    IndexOpt,
    JsonOpt,
    LlmModelOpt,
    NoLlmOpt,
    _check_query,
    _errors,
    _open_retriever,
    _print_json,
    app,
    err,
    out,
)


@app.command()
def ask(
    question: Annotated[
        str, typer.Argument(help="A question about a machine-learning term; - reads stdin.")
    ],
    k: AnswerKOpt = 5,
    llm_model: LlmModelOpt = None,
    no_llm: NoLlmOpt = False,
    timeout: Annotated[
        float, typer.Option(help="Total seconds for Ollama's answer, streaming included.")
    ] = 60.0,
    embed_model: EmbedModelOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Answer a question with citations (Ollama if it runs, else from the entries)."""
    from rag_glossary.answer import Assistant
    from rag_glossary.retrieval import clean_query
    from rag_glossary.validation import check_k, check_seconds

    with _errors():
        if question == "-":
            question = sys.stdin.read()
        clean_query(question)
        check_k(k, "-k")
        check_seconds(timeout, "--timeout")
        retriever = _open_retriever(corpus, index, embed_model)
        _check_query(question, retriever)
        assistant = Assistant(
            retriever, llm_model=llm_model, timeout=timeout, k=k, use_llm=not no_llm
        )
        stream = assistant.stream(question)
        if as_json:
            _print_json(stream.answer.to_dict())
            return
        from rag_glossary.render import print_pieces, print_tail  # text output only

        print_pieces(out, stream)
        print_tail(out, stream.answer)


@app.command()
def chat(
    k: AnswerKOpt = 5,
    llm_model: LlmModelOpt = None,
    no_llm: NoLlmOpt = False,
    timeout: Annotated[
        float, typer.Option(help="Total seconds for each Ollama answer, streaming included.")
    ] = 60.0,
    embed_model: EmbedModelOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Ask questions one after another; follow-ups keep the term (:help lists commands)."""
    from rag_glossary import repl
    from rag_glossary.chat import Conversation

    with _errors():
        conversation = Conversation(
            _open_retriever(corpus, index, embed_model),
            k=k,
            use_llm=not no_llm,
            llm_model=llm_model,
            timeout=timeout,
        )
        repl.run(conversation, out, err, sys.stdin)
