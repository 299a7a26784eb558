"""Build-time answer-unit vectors (round 12): stored with a generation, loaded memory-mapped,
looked up per question without a new encoding; an index without them still answers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from answer_helpers import corpus_by_id, corpus_idf, ranked_hits
from helpers import FakeEncoder, make_entry

from rag_glossary.answer import Assistant, extractive_answer
from rag_glossary.answer.segment import units
from rag_glossary.errors import IndexCorruptError
from rag_glossary.index import CURRENT, build_index, index_status, load_index, store
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever
from rag_glossary.unit_vectors import (
    UNIT_TABLE,
    UNIT_VECTORS,
    UnitSimilarity,
    UnitVectors,
    unit_key,
)

GLOSSARY = """# Gradient Descent

Gradient descent moves the weights against the gradient of the loss. It stops when the
loss no longer falls. Momentum keeps a running average of past steps.

# Learning Rate

The learning rate scales each gradient step.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "mini.md").write_text(GLOSSARY, encoding="utf-8")
    return folder


def _build(corpus: Path, index: Path, encoder: FakeEncoder, **kw: bool) -> None:
    build_index(corpus, index, encoder=encoder, **kw)  # type: ignore[arg-type]


def _generation(index: Path) -> Path:
    return index / (index / CURRENT).read_text().strip()


def test_units_are_stored_and_loaded_memory_mapped(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    loaded = load_index(tmp_path / "idx")
    stored = loaded.units
    assert stored is not None and isinstance(stored.vectors, np.memmap)
    assert stored.vectors.dtype == np.float16
    expected = [(i, unit_key(u.text)) for i, e in enumerate(loaded.entries) for u in units(e.body)]
    assert list(zip(stored.entry.tolist(), stored.keys, strict=True)) == expected
    text = units(loaded.entries[0].body)[1].text  # "It stops when the loss no longer falls."
    row = stored.row(0, unit_key(text))
    assert row is not None
    want = fake_encoder.encode_documents([text])[0]
    assert np.allclose(stored.vectors[row].astype(np.float32), want, atol=2e-3)
    assert loaded.manifest.units_version >= 1


def test_similarity_is_the_cosine_to_the_query_vector(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    retriever = Retriever.load(tmp_path / "idx", encoder=fake_encoder)
    question = "when does gradient descent stop"
    similarity = retriever.retrieve(question).unit_similarity
    assert similarity is not None
    entry = retriever.entries[0]
    q = fake_encoder.encode_queries([question])[0]
    for unit in units(entry.body):
        got = similarity(entry.id, unit)
        want = float(fake_encoder.encode_documents([unit.text])[0] @ q)
        assert got is not None and abs(got - want) < 2e-3
    best = similarity.best(entry.id)
    scores = [similarity(entry.id, u) or -1.0 for u in units(entry.body)]
    assert best == pytest.approx(max(scores), abs=1e-5)
    assert similarity(entry.id, "A sentence this entry does not have.") is None
    assert similarity("mini#no-such-entry", units(entry.body)[0]) is None


def test_incremental_build_reuses_unit_vectors(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    (corpus / "mini.md").write_text(GLOSSARY + "\n# Epoch\n\nOne pass over the data.\n")
    before = fake_encoder.texts_encoded
    _build(corpus, tmp_path / "idx", fake_encoder)
    # the new chunk, the new unit and the calibration's texts: no old unit again
    stored = load_index(tmp_path / "idx").units
    assert stored is not None and stored.count == 5
    again = FakeEncoder()
    _build(corpus, tmp_path / "idx2", again)
    assert fake_encoder.texts_encoded - before < again.texts_encoded


def test_old_index_without_units_still_answers_and_is_stale(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    generation = _generation(tmp_path / "idx")
    (generation / UNIT_VECTORS).unlink()
    (generation / UNIT_TABLE).unlink()
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["units_version"] = 0
    (generation / "manifest.json").write_text(json.dumps(manifest))
    retriever = Retriever.load(tmp_path / "idx", encoder=fake_encoder)
    assert retriever.units is None
    result = retriever.retrieve("what is the learning rate")
    assert result.unit_similarity is None
    answer = Assistant(retriever, use_llm=False).ask("what is the learning rate")
    assert "scales each gradient step" in answer.text
    assert index_status(corpus, tmp_path / "idx").state == "stale"
    _build(corpus, tmp_path / "idx", fake_encoder)  # the update adds them
    assert load_index(tmp_path / "idx").units is not None


def test_damaged_units_file_is_reported(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    (_generation(tmp_path / "idx") / UNIT_VECTORS).write_bytes(b"\x93NUMPY garbage")
    with pytest.raises(IndexCorruptError, match="unit vectors"):
        load_index(tmp_path / "idx")


def test_crash_while_embedding_units_keeps_the_previous_index(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(corpus, tmp_path / "idx", fake_encoder)
    before = (tmp_path / "idx" / CURRENT).read_text()
    (corpus / "mini.md").write_text(GLOSSARY + "\n# Epoch\n\nOne pass over the data.\n")

    def boom(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(UnitVectors, "save", boom)
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, tmp_path / "idx", fake_encoder)
    assert (tmp_path / "idx" / CURRENT).read_text() == before
    assert load_index(tmp_path / "idx").units is not None
    assert not [p for p in (tmp_path / "idx").iterdir() if p.name.startswith(store.TMP_PREFIX)]


def test_from_entries_computes_unit_vectors(
    small_entries: list[Entry], fake_encoder: FakeEncoder
) -> None:
    retriever = Retriever.from_entries(small_entries, fake_encoder)
    result = retriever.retrieve("the largest value of each window")
    assert result.unit_similarity is not None
    pooling = next(e for e in small_entries if e.title == "Max Pooling")
    assert result.unit_similarity(pooling.id, units(pooling.body)[0]) is not None


def test_entry_without_units_has_no_best(fake_encoder: FakeEncoder) -> None:
    entries = [
        make_entry("g", "a", "A", "Alpha is the first letter of the alphabet."),
        make_entry("g", "b", "B", ""),
    ]
    retriever = Retriever.from_entries(entries, fake_encoder)
    similarity = retriever.retrieve("first letter").unit_similarity
    assert similarity is not None
    assert similarity.best(entries[1].id) is None and similarity.best(entries[0].id) is not None


# ---------------------------------------------------------------- passage choice, real model


@pytest.fixture(scope="module")
def real_encoder() -> object:
    from rag_glossary.embedding import DocumentEncoder, resolve_model

    return DocumentEncoder(resolve_model(None))


def _meaning(entry: Entry, question: str, encoder: object) -> UnitSimilarity:
    stored = UnitVectors.embed([entry], encoder)  # type: ignore[arg-type]
    query = encoder.encode_queries([question])[0]  # type: ignore[attr-defined]
    return UnitSimilarity(query, stored, {entry.id: 0}.get)


@pytest.mark.slow
def test_the_passage_closest_in_meaning_answers_a_described_question(
    real_encoder: object,
) -> None:
    """No sentence of "Model Deployment" shares the question's words; the one that says it
    in other words ("Embed the model into an application ...") is chosen by meaning."""
    entry = corpus_by_id()["data-archive-m#model-deployment"]
    question = "can i just build the model into my own program so it predicts on the fly"
    hits = ranked_hits(corpus_by_id(), entry.id)
    without, _ = extractive_answer(hits, question, corpus_idf())
    similarity = _meaning(entry, question, real_encoder)
    text, cited = extractive_answer(hits, question, corpus_idf(), similarity)
    assert "Embed the model into an application" not in without
    assert "Embed the model into an application" in text
    assert cited == (entry.id,) and text.startswith(without.split("[1]")[0].rstrip("."))


@pytest.mark.slow
def test_a_definition_question_keeps_the_opening(real_encoder: object) -> None:
    entry = corpus_by_id()["data-archive-m#model-deployment"]
    question = "what is model deployment"
    hits = ranked_hits(corpus_by_id(), entry.id)
    similarity = _meaning(entry, question, real_encoder)
    with_meaning = extractive_answer(hits, question, corpus_idf(), similarity)
    assert with_meaning == extractive_answer(hits, question, corpus_idf())
