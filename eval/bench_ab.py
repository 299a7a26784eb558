"""Fresh `ask --no-llm` of one question, this tree against another commit, alternated.

``bench_fresh.py`` pits search against ask on one question that names a term; a change to
what a described question pays is better read on a described question, this tree against
the commit before (each on its own index: an index the tree rebuilt is not one the older
code reads). CPU time (user + system) moves less than wall time on the shared cores.

    python eval/bench_ab.py --rev 78c16ce --old-index /tmp/old/default --runs 16 \\
        "loss that squares each error so big mistakes get punished much more"
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_fresh import copy_package

ROOT = Path(__file__).resolve().parent.parent


def _env(package: Path, index: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(package),
        RAG_GLOSSARY_CORPUS=str(ROOT / "corpus"),
        RAG_GLOSSARY_INDEX=str(index),
    )
    return env


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    # run in the copy: ``python -m`` puts the working folder first on sys.path
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=env["PYTHONPATH"], capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace"))
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("question")
    parser.add_argument("--rev", required=True, help="the commit to compare against")
    parser.add_argument("--old-index", type=Path, required=True, help="an index it reads")
    parser.add_argument("--runs", type=int, default=16)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-ab-"))
    envs = {
        "new": _env(copy_package(tmp / "new"), ROOT / "indexes" / "default"),
        "old": _env(copy_package(tmp / "old", rev=args.rev), args.old_index),
    }
    command = [sys.executable, "-m", "rag_glossary", "ask", args.question, "--no-llm"]
    times: dict[str, list[tuple[float, float]]] = {"new": [], "old": []}
    for i in range(args.runs):
        for name in ("new", "old") if i % 2 == 0 else ("old", "new"):
            times[name].append(_run(command, envs[name]))
    for name, runs in times.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{name} wall_median_s={wall:.3f} cpu_median_s={cpu:.3f} runs={len(runs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
