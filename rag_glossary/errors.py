"""The one exception hierarchy of rag-glossary.

Every message is written for the person at the terminal: it says what went
wrong and what to do. The CLI prints ``str(error)`` on one line and exits with
``error.exit_code`` (1: runtime failure, 2: usage or input error).
"""

from __future__ import annotations


class GlossaryError(Exception):
    """Base of every error rag-glossary raises on purpose."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(GlossaryError):
    """The arguments of a call are wrong (empty query, bad flag value...)."""

    exit_code = 2


class CorpusError(GlossaryError):
    """The corpus folder is missing, empty or unreadable."""

    exit_code = 2


class GlossaryIndexError(GlossaryError):
    """Base of index problems."""

    exit_code = 2


class IndexMissingError(GlossaryIndexError):
    """No index where one was expected."""


class IndexCorruptError(GlossaryIndexError):
    """Index files are truncated, missing or of an unknown format."""


class ModelMismatchError(GlossaryIndexError):
    """The index was built with another embedding model than the one asked for."""


class CorpusMismatchError(GlossaryIndexError):
    """The index was built from another corpus than the one it is used with."""


class IndexReadOnlyError(GlossaryIndexError):
    """The index folder cannot be written (read-only mount, permissions)."""

    exit_code = 1


class IndexLockedError(GlossaryIndexError):
    """Another process is building this index right now."""

    exit_code = 1


class ModelLoadError(GlossaryError):
    """The embedding model could not be loaded."""

    exit_code = 1


class LLMError(GlossaryError):
    """Talking to the local LLM (Ollama) failed."""

    exit_code = 1


class LLMUnavailableError(LLMError):
    """No Ollama server answered (refused, timeout, unreachable host)."""


class LLMTimeoutError(LLMUnavailableError):
    """Ollama did not finish the answer within the total time allowed (``--timeout``)."""


class LLMModelNotFoundError(LLMError):
    """Ollama answered but does not have the model pulled."""


class LLMResponseError(LLMError):
    """Ollama answered with an error status or a malformed stream."""


class EvaluationError(GlossaryError):
    """The question set is malformed or names unknown configurations."""

    exit_code = 2


# The fix for every damaged or outdated index, quoted by each error that needs it.
REBUILD_HINT = "run `rag-glossary index --rebuild`"
