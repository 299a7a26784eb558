"""The index folder around a build: its lock, the writability probe, pruning old generations."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from rag_glossary.errors import IndexLockedError, IndexReadOnlyError
from rag_glossary.index import store
from rag_glossary.index.plan import BuildProgress


def take_lock(index_dir: Path, timeout: float, progress: BuildProgress) -> Any:
    from filelock import FileLock, Timeout

    lock = FileLock(str(index_dir / ".lock"))
    try:
        lock.acquire(blocking=False)
        return lock
    except Timeout:
        progress.message(
            f"Waiting for another build of {index_dir} to finish (up to {timeout:.0f} s) ..."
        )
    try:
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise IndexLockedError(
            f"another build of {index_dir} has held its lock for {timeout:.0f} s: "
            "wait for it to finish, or remove the stale .lock file if no build runs"
        ) from exc
    return lock


def prepare_dir(index_dir: Path) -> None:
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        probe = index_dir / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise IndexReadOnlyError(
            f"cannot write the index folder {index_dir} ({exc.strerror}): "
            "choose a writable one with --index DIR"
        ) from exc


def prune(index_dir: Path, keep: set[str]) -> None:
    """Remove generations other than the live and previous ones, and dead temp folders."""
    for path in index_dir.iterdir():
        if path.name in keep or not path.is_dir():
            continue
        if path.name.startswith(store.GENERATION_PREFIX) or (
            path.name.startswith(store.TMP_PREFIX + store.GENERATION_PREFIX)
            and not _owner_alive(path.name)
        ):
            shutil.rmtree(path, ignore_errors=True)


def _owner_alive(tmp_name: str) -> bool:
    try:
        pid = int(tmp_name.rsplit("-", 1)[1])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
