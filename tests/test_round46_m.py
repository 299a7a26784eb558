"""Round 46 (lane M): the build's JSON files written in bounded memory, same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from helpers import CORPUS

from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.stored import _to_state, load_coverage
from rag_glossary.hubness import hub_scores
from rag_glossary.index.json_files import Streamed, entry_dicts, write_coverage, write_json
from rag_glossary.parsing import load_corpus


def test_the_streamed_coverage_file_is_the_one_save_coverage_writes(tmp_path: Path) -> None:
    entries = load_corpus(CORPUS).entries
    write_coverage(entries, tmp_path / "coverage.json")
    expected = json.dumps(_to_state(CoverageIndex(entries)), ensure_ascii=False)
    assert (tmp_path / "coverage.json").read_text(encoding="utf-8") == expected
    loaded = load_coverage(entries, tmp_path)  # read back, not rebuilt
    assert loaded._joined_sorted == CoverageIndex(entries)._joined_sorted


def test_streamed_json_has_the_bytes_of_json_dumps(tmp_path: Path) -> None:
    entries = load_corpus(CORPUS).entries
    values = [
        [],
        {},
        {"a": [], "b": list(range(5000)), "ü": {"x": [1.5, None, "é"]}, "n": 3},
        {1: "int keys", "s": 2},
        list(range(4096)),
        [[i, f"ß{i}", {"k": i / 7}] for i in range(6000)],
        "text",
        7.25,
    ]
    for n, value in enumerate(values):
        write_json(tmp_path / f"{n}.json", value)
        assert (tmp_path / f"{n}.json").read_text(encoding="utf-8") == json.dumps(
            value, ensure_ascii=False
        )
    write_json(tmp_path / "e.json", entry_dicts(entries))
    assert (tmp_path / "e.json").read_text(encoding="utf-8") == json.dumps(
        [e.to_dict() for e in entries], ensure_ascii=False
    )
    write_json(tmp_path / "s.json", {"s": Streamed(iter(())), "t": Streamed(range(3000))})
    assert json.loads((tmp_path / "s.json").read_text()) == {"s": [], "t": list(range(3000))}


def _hub_scores_before(vectors: np.ndarray, neighbours: int = 10) -> np.ndarray:
    """Round 45's hub_scores: blocks of 1024 rows, partitioned on a negated copy."""
    n = len(vectors)
    reference = np.arange(0, n, max(1, -(-n // 4096)))
    k = min(neighbours, len(reference) - 1)
    out = np.empty(n, dtype=np.float32)
    for start in range(0, n, 1024):
        rows = np.arange(start, min(n, start + 1024))
        sims = vectors[rows] @ vectors[reference].T
        sims[rows[:, None] == reference[None, :]] = -np.inf
        out[rows] = (-np.partition(-sims, k - 1, axis=1)[:, :k]).mean(axis=1)
    return (out - out.mean()).astype(np.float32)


def test_hub_scores_in_smaller_blocks_in_place_are_the_same() -> None:
    rng = np.random.default_rng(46)
    for n in (3, 700, 5000, 9001):
        vectors = rng.standard_normal((n, 32)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        assert np.array_equal(hub_scores(vectors), _hub_scores_before(vectors))
