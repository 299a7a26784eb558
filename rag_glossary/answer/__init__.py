"""Cited answers: a local LLM through Ollama, or an extractive answer without one.

Flow of :meth:`Assistant.ask` / :meth:`Assistant.stream` (``assistant``):

1. retrieve; when the retriever says the glossary does not cover the question,
   answer so (backend ``"none"``) and list the nearest entries, no LLM call;
2. otherwise send :func:`build_messages` (``prompt``) to Ollama (``ollama``: chat
   API, streamed) and rewrite the citations of the reply as it streams
   (``citations``): ids or block numbers of the context become numbered markers
   ``[1]``, anything else is removed;
3. when Ollama is off, lacks the model or breaks, or with ``use_llm=False``,
   compose an extractive answer from the best entries' own text (``extractive``).

``ollama`` (and ``httpx``) are imported only when an LLM call is made, and so are this
package's LLM modules (``ollama``, ``prompt``, ``think``, ``deadline``): their names below
load on first use, so a fresh ``ask --no-llm`` does not import them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rag_glossary.answer.assistant import AnswerStream, Assistant, SupportsRetrieve
from rag_glossary.answer.extractive import compose, extractive_answer
from rag_glossary.answer.formatting import format_answer, format_tail, source_lines
from rag_glossary.answer.growth import MAX_ANSWER_WORDS

if TYPE_CHECKING:
    from rag_glossary.answer.ollama import check_ollama, ollama_chat
    from rag_glossary.answer.prompt import MAX_BLOCK_CHARS, MAX_QUESTION_CHARS, build_messages

__all__ = [
    "MAX_ANSWER_WORDS",
    "MAX_BLOCK_CHARS",
    "MAX_QUESTION_CHARS",
    "AnswerStream",
    "Assistant",
    "SupportsRetrieve",
    "build_messages",
    "check_ollama",
    "compose",
    "extractive_answer",
    "format_answer",
    "format_tail",
    "ollama_chat",
    "source_lines",
]

_LAZY = {
    "check_ollama": "rag_glossary.answer.ollama",
    "ollama_chat": "rag_glossary.answer.ollama",
    "MAX_BLOCK_CHARS": "rag_glossary.answer.prompt",
    "MAX_QUESTION_CHARS": "rag_glossary.answer.prompt",
    "build_messages": "rag_glossary.answer.prompt",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rag_glossary.answer' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
