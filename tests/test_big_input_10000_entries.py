"""Hostile corpora, big inputs: a glossary of 10,000 entries is indexed in bounded memory.

Moved from tests/test_hostile_corpus.py into a module of its own (the same test): under
``--dist loadfile`` a module runs whole on one worker, and the three big inputs together kept
one worker busy for minutes while the other ran out of work.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from big_inputs import probe, shipped_bodies
from cli_helpers import assert_ok, cli_env, observe_text, run_cli


@pytest.mark.slow
def test_a_glossary_of_10000_entries_is_indexed_in_bounded_memory(tmp_path: Path) -> None:
    words = [w for w in " ".join(e.body for e in shipped_bodies()).split() if w.isalpha()]
    rng = random.Random(3)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "".join(
        f"# Term {i} {rng.choice(words)}\n\n{' '.join(rng.choices(words, k=40))}.\n\n"
        for i in range(10_000)
    )
    (corpus / "many.md").write_text(text, encoding="utf-8")
    report = probe(corpus, tmp_path / "index")
    assert report["n_entries"] == 10_000 and not report["warnings"]
    used = report["peak_mb"] - report["baseline_mb"]
    assert used < 30 * len(text) / 2**20 + 50, report
    print(f"\n10,000 entries: {json.dumps(report)}")
    listed = run_cli(
        "entries", "--stats", "--json", env=cli_env(corpus, tmp_path / "x"), cwd=tmp_path
    )
    assert_ok(listed)
    assert listed.json() == {
        "sources": {"many": 10_000},
        "total": 10_000,
        "stubs": {"many": 0},
        "total_stubs": 0,
    }
    observe_text(
        "Corpus: a glossary of 10,000 entries",
        f"Indexed 10000 entries as {report['n_chunks']} chunks (library + fake encoder: "
        f"peak RSS {report['peak_mb']:.0f} MB, {report['seconds']:.0f} s)",
        0,
    )
