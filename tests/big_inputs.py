"""Helpers of the big-input tests (tests/test_big_input_*.py): each big input is indexed
by tests/memory_probe.py in a subprocess that reports its peak RSS.

The three big inputs were tests of tests/test_hostile_corpus.py; each has its own module so
``--dist loadfile`` can run them on different workers (tests/conftest.py schedules them
first: together they are minutes of one worker's time).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from helpers import CORPUS

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

TESTS = Path(__file__).resolve().parent
GOOD = "# Bias\n\nBias is the error that comes from wrong assumptions in a model.\n"


def corpus_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def probe(corpus: Path, index: Path, *flags: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(TESTS / "memory_probe.py"), str(corpus), str(index), *flags],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=TESTS,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def shipped_bodies() -> list[Entry]:
    return [e for e in load_corpus(CORPUS).entries if len(e.body) > 200]


def write_big_glossary(path: Path, size: int) -> int:
    """Long entries (8 shipped bodies each) until ``size`` bytes; returns the headings."""
    entries = shipped_bodies()
    written = n = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size:
            body = "\n\n".join(entries[(3 * n + j) % len(entries)].body for j in range(8))
            text = f"# Term {n}: {entries[n % len(entries)].title}\n\n{body}\n\n"
            fh.write(text)
            written += len(text.encode("utf-8"))
            n += 1
    return n
