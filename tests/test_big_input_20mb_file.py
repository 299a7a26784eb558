"""Hostile corpora, big inputs: a 20 MB file is indexed in bounded memory.

Moved from tests/test_hostile_corpus.py into a module of its own (the same test): under
``--dist loadfile`` a module runs whole on one worker, and the three big inputs together kept
one worker busy for minutes while the other ran out of work.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from big_inputs import probe, write_big_glossary
from cli_helpers import observe_text


@pytest.mark.slow
def test_a_20_mb_file_is_indexed_in_bounded_memory(tmp_path: Path) -> None:
    size = 20_000_000
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    headings = write_big_glossary(corpus / "huge.md", size)
    report = probe(corpus, tmp_path / "index")
    assert report["n_entries"] >= headings and not report["warnings"]
    assert report["chunk_body_chars"] >= 0.9 * size  # the text made it into the index
    used = report["peak_mb"] - report["baseline_mb"]
    assert used < 30 * size / 2**20, report  # measured (VmHWM, round 45): ~25x the file size
    print(f"\n20 MB file: {json.dumps(report)}")
    observe_text(
        "Corpus: a 20 MB file",
        f"Indexed {report['n_entries']} entries as {report['n_chunks']} chunks "
        f"(library + fake encoder: peak RSS {report['peak_mb']:.0f} MB, "
        f"{report['seconds']:.0f} s; the real model embeds ~50-150 chunks/s)",
        0,
    )
