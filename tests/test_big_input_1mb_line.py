"""Hostile corpora, big inputs: a 1 MB single line is cut into full-sized chunks.

Moved from tests/test_hostile_corpus.py into a module of its own (the same test): under
``--dist loadfile`` a module runs whole on one worker, and the three big inputs together kept
one worker busy for minutes while the other ran out of work.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from big_inputs import GOOD, corpus_folder, probe, shipped_bodies
from cli_helpers import CliResult, assert_ok, cli_env, observe_text, run_cli


def _entries(tmp_path: Path, *args: str) -> CliResult:
    env = cli_env(tmp_path / "corpus", tmp_path / "indexes" / "default")
    return run_cli("entries", "--json", *args, env=env, cwd=tmp_path)


@pytest.mark.slow
def test_a_1_mb_single_line_is_cut_into_full_sized_chunks(tmp_path: Path) -> None:
    from rag_glossary.embedding import TokenCounter, resolve_model

    words = [w for w in " ".join(e.body for e in shipped_bodies()).split() if w.isalpha()]
    line = " ".join(random.Random(5).choices(words, k=200_000))[:1_000_000]
    corpus = corpus_folder(tmp_path, {"oneline.md": f"# One Line\n\n{line}\n", "good.md": GOOD})
    listed = _entries(tmp_path)
    assert_ok(listed)
    report = probe(corpus, tmp_path / "index", "--real-token-count")
    tokens = TokenCounter.for_model(resolve_model(None)).count(line)
    assert report["longest_chunk_tokens"] <= 256
    assert report["chunk_body_chars"] >= len(line)  # overlap only adds
    # Chunks are filled: on average more than half the model's window of text each.
    assert report["n_chunks"] - 1 <= tokens / 128, (report, tokens)
    print(f"\n1 MB line ({tokens} tokens): {json.dumps(report)}")
    observe_text(
        "Corpus: a 1 MB single line",
        f"(no message) one entry cut into {report['n_chunks'] - 1} chunks of <= 256 tokens",
        0,
    )
