"""First builds with and without the per-user cache of ONNX exports, and the disk it saves.

Prints (no timed test) the wall time and peak RSS of the first build of a new small
corpus, each in a fresh process (``rag-glossary index``):

- cache off: ``RAG_GLOSSARY_ENCODER_CACHE=off``, how every first build went before the
  cache (load sentence-transformers, embed, export and check the ONNX model into the index);
- cold cache: the same, the export going into an empty cache and hard-linked from there;
- warm cache: the cached export embeds the documents; torch is never imported.

Then the disk of N indexes, each built and rebuilt once (two generations each, as a
build keeps the previous one), counting hard links once (as ``du`` does) against every
file counted at each of its links (what the indexes held when each had its own copy).

    python eval/bench_build.py                      # cooking-glossary, 3 runs, 10 indexes
    python eval/bench_build.py --runs 5 --indexes 20
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from bench import CLI, env_for, run_measured, summarize  # noqa: E402

from rag_glossary.embedding.cache import CACHE_OFF, ENV_ENCODER_CACHE  # noqa: E402

CORPORA = ROOT / "eval" / "corpora"
NEW_CORPUS = CORPORA / "cooking-glossary"


def first_build(work: Path, cache: str, runs: int, warm_up: bool) -> dict[str, Any]:
    """Median wall and peak RSS of ``runs`` first builds of NEW_CORPUS into fresh indexes."""
    if warm_up:
        _build(work / "warm-up", NEW_CORPUS, cache)
    walls, peaks = [], []
    for run in range(runs):
        if not warm_up and cache != CACHE_OFF:
            shutil.rmtree(cache, ignore_errors=True)  # cold: an empty cache every run
        wall, peak = _build(work / f"run-{run}", NEW_CORPUS, cache)
        walls.append(wall)
        peaks.append(peak)
    return summarize(walls, peaks, digits=2)


def _build(index: Path, corpus: Path, cache: str, *extra: str) -> tuple[float, int]:
    env = {**env_for(corpus, index), ENV_ENCODER_CACHE: cache}
    return run_measured([*CLI, "index", *extra], env)


def disk(work: Path, cache: str, n: int) -> dict[str, Any]:
    """Bytes of ``n`` indexes (two generations each) and of the cache."""
    names = sorted(p.name for p in CORPORA.iterdir() if p.is_dir())[:n]
    root = work / "indexes"
    for name in names:
        _build(root / name, CORPORA / name, cache)
        _build(root / name, CORPORA / name, cache, "--rebuild")
    linked, every_link = _sizes([root])
    with_cache, _ = _sizes([root, Path(cache)])
    return {
        "indexes": len(names),
        "generations": sum(1 for p in root.glob("*/g-*")),
        "mb_links_counted_once": round(linked / 2**20, 1),
        "mb_with_the_cache": round(with_cache / 2**20, 1),
        "mb_one_copy_per_generation": round(every_link / 2**20, 1),
    }


def _sizes(folders: Sequence[Path]) -> tuple[int, int]:
    """(allocated bytes counting each inode once, allocated bytes counting every link)."""
    seen: set[tuple[int, int]] = set()
    once = every = 0
    for folder in folders:
        for path in folder.rglob("*"):
            stat = path.lstat()
            size = stat.st_blocks * 512
            every += size
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                once += size
    return once, every


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--indexes", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        work = Path(tmp)
        cache = str(work / "encoder-cache")
        rows = {
            "cache off": first_build(work / "off", CACHE_OFF, args.runs, warm_up=False),
            "cold cache": first_build(work / "cold", cache, args.runs, warm_up=False),
            "warm cache": first_build(work / "warm", cache, args.runs, warm_up=True),
        }
        print(f"First build of {NEW_CORPUS.name} (fresh process each, {os.cpu_count()} cores)")
        print("| cache | median s | min s | peak RSS MB | runs |")
        print("|---|---|---|---|---|")
        for name, row in rows.items():
            print(
                f"| {name} | {row['median_s']} | {row['min_s']} | {row['peak_rss_mb']} "
                f"| {row['runs']} |"
            )
        used = disk(work / "disk", cache, args.indexes)
        print(
            f"\nDisk of {used['indexes']} indexes ({used['generations']} generations): "
            f"{used['mb_links_counted_once']} MB counting hard links once "
            f"({used['mb_with_the_cache']} MB with the cache), "
            f"{used['mb_one_copy_per_generation']} MB with one copy per generation"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
