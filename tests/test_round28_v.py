"""Round 28 lane V: the vocabularies the coverage rules look up are built with the index.

The foreign-word veto (coverage/foreign_words.py), the head noun in no entry
(coverage/head_noun.py) and the word match's rare-word weights (coverage/word_match.py) read
what words and 4-letter stems the glossary's entries use. They are derived from the corpus,
so per index (issue 11): the build stores them (``vocabulary.json``, coverage/vocabulary.py),
the manifest records their version, a query loads them, and an index built without them is
stale and rebuilt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, FakeEncoder
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.vocabulary import VOCABULARY_VERSION, Vocabulary
from rag_glossary.errors import IndexCorruptError
from rag_glossary.index import CURRENT, build_index, ensure_index, index_status, load_index
from rag_glossary.index.store import VOCABULARY
from rag_glossary.judgement import HEAD_REASON

GLOSSARY = """# Gradient Descent

Gradient descent moves the weights against the gradient of the loss.

# Learning Rate

The learning rate scales each gradient step.
"""
CLIMBING = "the machine at the climbing gym that takes in the rope by itself so you can climb "
CLIMBING += "with no partner"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "mini.md").write_text(GLOSSARY, encoding="utf-8")
    return folder


def _generation(index: Path) -> Path:
    return index / (index / CURRENT).read_text().strip()


def _build(corpus: Path, index: Path, encoder: FakeEncoder) -> None:
    build_index(corpus, index, encoder=encoder)  # type: ignore[arg-type]


def test_the_stored_vocabulary_is_a_fresh_derivation_of_a_shipped_corpus(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    loaded = load_index(shared_index("climbing-glossary", tmp_path_factory))
    assert loaded.manifest.vocabulary_version == VOCABULARY_VERSION
    assert (loaded.path / VOCABULARY).is_file()
    assert loaded.vocabulary == Vocabulary.of(loaded.entries)
    assert "rope" in loaded.vocabulary.words and loaded.vocabulary.stems["rope"] > 1


def test_a_query_reads_the_stored_vocabulary_and_derives_nothing(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = shared_index("climbing-glossary", tmp_path_factory)

    def derived(*_: object) -> Vocabulary:
        raise AssertionError("the vocabulary was derived on the query path")

    monkeypatch.setattr(Vocabulary, "of", classmethod(derived))
    result = Retriever.load(index).retrieve(CLIMBING, k=5)
    assert not result.covered and result.reason == HEAD_REASON  # the head rule read it


def test_an_index_built_before_it_was_stored_is_stale_rebuilt_and_still_answers(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    index = tmp_path / "idx"
    _build(corpus, index, fake_encoder)
    generation = _generation(index)
    (generation / VOCABULARY).unlink()
    manifest = json.loads((generation / "manifest.json").read_text())
    del manifest["vocabulary_version"]  # as an index written before round 28 has it
    (generation / "manifest.json").write_text(json.dumps(manifest))
    old = load_index(index)
    assert old.manifest.vocabulary_version == 0 and old.vocabulary is None
    # kept as built (a read-only folder): the rules derive it, with the same function
    assert Retriever.load(index, encoder=fake_encoder).retrieve("what is the learning rate").hits
    status = index_status(corpus, index)
    assert status.state == "stale" and "vocabularies" in status.reason
    build_index(corpus, index, encoder=fake_encoder)  # type: ignore[arg-type]
    rebuilt = load_index(index)
    assert rebuilt.path != old.path
    assert rebuilt.vocabulary == Vocabulary.of(rebuilt.entries)
    assert index_status(corpus, index).state == "ok"


def test_a_vocabulary_of_an_older_version_is_not_read(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    index = tmp_path / "idx"
    _build(corpus, index, fake_encoder)
    generation = _generation(index)
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["vocabulary_version"] = VOCABULARY_VERSION - 1
    (generation / "manifest.json").write_text(json.dumps(manifest))
    assert load_index(index).vocabulary is None
    assert index_status(corpus, index).state == "stale"


def test_a_corpus_edit_changes_the_stored_vocabulary(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    index = tmp_path / "idx"
    _build(corpus, index, fake_encoder)
    before = load_index(index).vocabulary
    assert before is not None and "xylophone" not in before.words
    with (corpus / "mini.md").open("a", encoding="utf-8") as fh:
        fh.write("\n# Glockenspiel\n\nA xylophone of metal bars struck with mallets.\n")
    assert index_status(corpus, index).state == "stale"
    _build(corpus, index, fake_encoder)
    after = load_index(index)
    assert after.vocabulary is not None and after.vocabulary != before
    assert "xylophone" in after.vocabulary.words and after.vocabulary.stems["xylo"] == 1
    assert after.vocabulary == Vocabulary.of(after.entries)


def test_a_damaged_vocabulary_file_is_reported(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    index = tmp_path / "idx"
    _build(corpus, index, fake_encoder)
    (_generation(index) / VOCABULARY).write_text('{"version": 1, "stems": [1]}')
    with pytest.raises(IndexCorruptError, match=r"vocabulary\.json is damaged"):
        load_index(index)


def test_ensure_index_rebuilds_an_index_without_it(
    corpus: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "idx"
    _build(corpus, index, fake_encoder)
    generation = _generation(index)
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["vocabulary_version"] = 0
    (generation / "manifest.json").write_text(json.dumps(manifest))
    built: list[Path] = []

    def fake_build(corpus_dir: Path, index_dir: Path, *_: object, **__: object) -> None:
        built.append(Path(index_dir))
        _build(Path(corpus_dir), Path(index_dir), fake_encoder)

    monkeypatch.setattr("rag_glossary.index.build.build_index", fake_build)
    ensure_index(corpus, index)
    assert built == [index]
    assert load_index(index).vocabulary is not None


def test_the_index_store_loads_it_without_the_parser() -> None:
    code = (
        "import sys, rag_glossary.index.store, rag_glossary.coverage.vocabulary; "
        "bad = [m for m in sys.modules if m.startswith(('rag_glossary.parsing', 'torch', "
        "'sentence_transformers'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
