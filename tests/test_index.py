"""The persisted index with a fake encoder: incremental, atomic, locked, checked."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from helpers import FakeEncoder

from rag_glossary import index as index_mod
from rag_glossary.errors import (
    IndexCorruptError,
    IndexLockedError,
    IndexMissingError,
    UsageError,
)
from rag_glossary.index import (
    CURRENT,
    IndexSettings,
    build_index,
    index_status,
    load_index,
    store,
)
from rag_glossary.retrieval import Retriever

GLOSSARY = """# Gradient Descent

Gradient descent moves the weights against the gradient of the loss.

# Learning Rate

The learning rate scales each gradient step.

# Loss Function

A loss function measures how far predictions are from targets.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "mini.md").write_text(GLOSSARY, encoding="utf-8")
    return folder


def _build(corpus: Path, index: Path, encoder: FakeEncoder, **kw: object) -> index_mod.BuildReport:
    return build_index(corpus, index, encoder=encoder, **kw)  # type: ignore[arg-type]


def test_build_then_load_and_search(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    report = _build(corpus, tmp_path / "idx", fake_encoder)
    assert report.built and report.n_entries == 3 and report.embedded == report.n_chunks
    loaded = load_index(tmp_path / "idx")
    assert [e.title for e in loaded.entries] == [
        "Gradient Descent",
        "Learning Rate",
        "Loss Function",
    ]
    assert loaded.vectors.shape == (report.n_chunks, fake_encoder.dimension)
    retriever = Retriever.load(tmp_path / "idx", encoder=fake_encoder)
    assert retriever.search("what is the learning rate", k=1)[0].id == "mini#learning-rate"


def test_second_build_is_a_no_op(corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    encoded = fake_encoder.texts_encoded
    again = _build(corpus, tmp_path / "idx", fake_encoder)
    assert not again.built and fake_encoder.texts_encoded == encoded


def test_editing_one_entry_re_embeds_only_its_chunks(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    first = _build(corpus, tmp_path / "idx", fake_encoder)
    path = corpus / "mini.md"
    path.write_text(path.read_text().replace("scales each", "sets the size of each"))
    assert index_status(corpus, tmp_path / "idx").state == "stale"
    second = _build(corpus, tmp_path / "idx", fake_encoder)
    changed = [c for c in load_index(tmp_path / "idx").chunks if c.entry_id == "mini#learning-rate"]
    assert second.embedded == len(changed) == 1
    assert second.reused == first.n_chunks - 1
    assert index_status(corpus, tmp_path / "idx").state == "ok"


def test_an_index_built_by_an_older_parser_is_updated_without_re_embedding(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _build(corpus, tmp_path / "idx", fake_encoder)
    assert (
        load_index(tmp_path / "idx").manifest.parser_version == index_mod.freshness.PARSER_VERSION
    )
    monkeypatch.setattr(index_mod.freshness, "PARSER_VERSION", first_version := 10**6)
    status = index_status(corpus, tmp_path / "idx")
    assert status.state == "stale" and "older parser" in status.reason
    again = _build(corpus, tmp_path / "idx", fake_encoder)
    assert again.built and again.embedded == 0 and again.reused == first.n_chunks
    assert load_index(tmp_path / "idx").manifest.parser_version == first_version
    assert index_status(corpus, tmp_path / "idx").state == "ok"


def test_rebuild_re_embeds_everything(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    first = _build(corpus, tmp_path / "idx", fake_encoder)
    again = _build(corpus, tmp_path / "idx", fake_encoder, rebuild=True)
    assert again.built and again.embedded == first.n_chunks and again.reused == 0


def test_crash_mid_build_leaves_previous_index_loadable(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    before = (tmp_path / "idx" / CURRENT).read_text()
    (corpus / "mini.md").write_text(GLOSSARY + "\n# Epoch\n\nOne pass over the data.\n")

    def boom(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "write_parts", boom)
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, tmp_path / "idx", fake_encoder)
    assert (tmp_path / "idx" / CURRENT).read_text() == before
    assert len(load_index(tmp_path / "idx").entries) == 3
    assert not [p for p in (tmp_path / "idx").iterdir() if p.name.startswith(".tmp-")]


def test_old_generations_are_pruned(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    for n in range(4):
        (corpus / "mini.md").write_text(GLOSSARY + f"\n# Extra\n\nVersion {n}.\n")
        _build(corpus, tmp_path / "idx", fake_encoder)
    generations = [p for p in (tmp_path / "idx").iterdir() if p.name.startswith("g-")]
    assert len(generations) == 2  # the live one and the one before it


def test_missing_index_is_its_own_error(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="rag-glossary index"):
        load_index(tmp_path / "nothing")


def _live(index: Path) -> Path:
    return index / (index / CURRENT).read_text().strip()


def test_truncated_vectors_say_rebuild(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    vectors = _live(tmp_path / "idx") / "vectors.npy"
    vectors.write_bytes(vectors.read_bytes()[:100])
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        load_index(tmp_path / "idx")


@pytest.mark.parametrize("victim", ["entries.json", "chunks.json", "faiss.index", "manifest.json"])
def test_missing_or_damaged_parts_say_rebuild(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder, victim: str
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    part = _live(tmp_path / "idx") / victim
    part.write_bytes(part.read_bytes()[: len(part.read_bytes()) // 2])
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        load_index(tmp_path / "idx")
    part.unlink()
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        load_index(tmp_path / "idx")


def test_future_format_is_refused(corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    manifest = _live(tmp_path / "idx") / "manifest.json"
    data = json.loads(manifest.read_text())
    data["format_version"] = 99
    manifest.write_text(json.dumps(data))
    with pytest.raises(IndexCorruptError, match="format 99"):
        load_index(tmp_path / "idx")


def test_a_held_lock_makes_a_second_build_wait_then_fail(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    from filelock import FileLock

    (tmp_path / "idx").mkdir()
    with FileLock(str(tmp_path / "idx" / ".lock")), pytest.raises(IndexLockedError):
        _build(corpus, tmp_path / "idx", fake_encoder, lock_timeout=0.2)


def test_vectors_are_normalized_and_match_chunks(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    loaded = load_index(tmp_path / "idx")
    expected = fake_encoder.encode([c.text for c in loaded.chunks])
    assert np.allclose(loaded.vectors, expected, atol=1e-6)
    assert np.allclose(np.linalg.norm(loaded.vectors, axis=1), 1.0, atol=1e-5)


def test_ivf_on_a_small_corpus_records_the_flat_index_it_built(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    # IVF needs ~1,000 vectors to train: three entries get a flat index, and say so.
    settings = IndexSettings(index_type="ivf")
    report = _build(corpus, tmp_path / "idx", fake_encoder, settings=settings)
    assert report.index_type == "flat"
    assert any("--index-type ivf" in w and "flat" in w for w in report.warnings)
    loaded = load_index(tmp_path / "idx")  # used to fail: manifest said ivf, file held flat
    assert loaded.manifest.index_type == loaded.dense.index_type == "flat"
    assert loaded.manifest.index_type_requested == "ivf"
    again = _build(corpus, tmp_path / "idx", fake_encoder, settings=settings)
    assert not again.built


def test_an_unknown_index_type_is_refused_before_any_work() -> None:
    with pytest.raises(UsageError, match="unknown index type 'ivfx'"):
        IndexSettings(index_type="ivfx")
