"""Round 7: a described question's dense scores are corrected for hubness.

Unit tests of the scores (no model) and, with the real model on two outside
glossaries of eval/corpora, the ranking they change: a broad entry that is
near every description of its topic no longer beats the specific entry the
description explains; named questions are untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import hubness
from rag_glossary.errors import IndexCorruptError, UsageError
from rag_glossary.hubness import hub_scores
from rag_glossary.index import load_index
from rag_glossary.index.store import HUBNESS
from rag_glossary.retrieval import Retriever, RetrieverConfig

CORPORA = ROOT / "eval" / "corpora"


def _unit(rows: list[list[float]]) -> np.ndarray:
    v = np.asarray(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_the_entry_near_all_others_is_the_hub() -> None:
    # "hub" sits between three specific entries; each of them is far from the others.
    v = _unit([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])
    scores = hub_scores(v, neighbours=2)
    assert int(np.argmax(scores)) == 3
    assert abs(float(scores.mean())) < 1e-6
    assert scores.dtype == np.float32


def test_tiny_glossaries_and_sampled_references(monkeypatch: pytest.MonkeyPatch) -> None:
    assert hub_scores(np.zeros((1, 3), dtype=np.float32)).tolist() == [0.0]
    rng = np.random.default_rng(0)
    v = _unit(rng.normal(size=(50, 8)).tolist())
    exact = hub_scores(v)
    monkeypatch.setattr(hubness, "MAX_REFERENCE", 10)  # every 5th entry is a reference
    sampled = hub_scores(v)
    assert sampled.shape == exact.shape == (50,)
    # An entry never counts itself: a reference entry's own cosine (1.0) would make it a hub.
    assert float(sampled[::5].mean()) < 0.5


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    names = ("ts-glossary", "llm-glossary", "nlp-glossary")
    return {name: shared_index(CORPORA / name, tmp_path_factory) for name in names}


def _first(retriever: Retriever, question: str, **overrides: float) -> str:
    # the fused order the correction acts on, before answer_first.py shows the answer's entry
    return retriever.search(question, k=5, answer_first=False, **overrides)[0].title


@pytest.mark.slow
@pytest.mark.parametrize(
    ("corpus", "question", "specific", "broad"),
    [
        (
            "ts-glossary",
            "readings taken at evenly spaced times, e.g. once an hour",
            "Regular timestamps",
            "Timestamps",
        ),
        (
            "ts-glossary",
            "readings that arrive whenever an event happens instead of on a fixed schedule",
            "Irregular timestamps",
            "Time series",
        ),
        ("ts-glossary", "grouping together series that behave alike", "Clustering", None),
        # (llm-glossary "cutting long documents into smaller pieces ...": Chunking has come
        # first without the correction too since round 10 stopped reading six empty group
        # headings as entries, so it no longer shows what the correction does.)
        (
            "nlp-glossary",
            "figuring out which meaning of bank is meant in a sentence",
            "Word Sense Disambiguation (WSD)",
            None,
        ),
    ],
)
def test_described_question_finds_the_specific_entry_first(
    indexes: dict[str, Path], corpus: str, question: str, specific: str, broad: str | None
) -> None:
    retriever = Retriever.load(indexes[corpus])
    assert _first(retriever, question) == specific
    without = _first(retriever, question, described_hub=0.0)
    assert without != specific  # the correction is what puts it first
    if broad is not None:
        assert without == broad
        pos = {e.title: i for i, e in enumerate(retriever.entries)}
        assert retriever.hubness[pos[broad]] > retriever.hubness[pos[specific]]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    ["what is chunking", "greedy search", "explain what temperature does in sampling"],
)
def test_named_questions_are_untouched(indexes: dict[str, Path], question: str) -> None:
    retriever = Retriever.load(indexes["llm-glossary"])
    with_hub = [(h.id, h.score) for h in retriever.search(question, k=10)]
    without = [(h.id, h.score) for h in retriever.search(question, k=10, described_hub=0.0)]
    assert with_hub == without


@pytest.mark.slow
def test_hubness_is_stored_and_an_older_index_computes_it(
    indexes: dict[str, Path], tmp_path: Path
) -> None:
    loaded = load_index(indexes["ts-glossary"])
    assert loaded.hubness is not None and loaded.hubness.shape == (len(loaded.entries),)
    stored = Retriever.from_loaded(loaded)
    old = tmp_path / "old"
    shutil.copytree(indexes["ts-glossary"], old)
    generation = old / (old / "CURRENT").read_text().strip()
    (generation / HUBNESS).unlink()
    older = Retriever.load(old)
    assert load_index(old).hubness is None
    np.testing.assert_allclose(older.hubness, stored.hubness, atol=1e-5)
    question = "subtracting each value from the next one to get rid of the trend"
    assert [h.id for h in older.search(question)] == [h.id for h in stored.search(question)]
    (generation / HUBNESS).write_bytes(b"not numpy")
    with pytest.raises(IndexCorruptError, match=r"hubness\.npy"):
        load_index(old)


def test_described_hub_is_validated() -> None:
    with pytest.raises(UsageError, match="described_hub"):
        RetrieverConfig(described_hub="0.5")  # type: ignore[arg-type]
