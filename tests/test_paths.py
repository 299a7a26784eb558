"""Every public function that takes a path takes a plain string too (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FakeEncoder

from rag_glossary.corpus_files import corpus_fingerprint, glossary_files
from rag_glossary.evaluation import load_questions
from rag_glossary.index import (
    build_index,
    ensure_index,
    index_status,
    load_index,
    read_manifest,
)
from rag_glossary.parsing import load_corpus, parse_file
from rag_glossary.retrieval import Retriever

GLOSSARY = "# Gradient Descent\n\nMoves the weights against the gradient.\n"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[str, str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mini.md").write_text(GLOSSARY, encoding="utf-8")
    return str(corpus), str(tmp_path / "index")


def test_index_functions_take_strings(folders: tuple[str, str], fake_encoder: FakeEncoder) -> None:
    corpus, index = folders
    report = build_index(corpus, index, encoder=fake_encoder)
    assert report.built and report.index_dir == Path(index)
    assert load_index(index).manifest == read_manifest(index)
    assert index_status(corpus, index).state == "ok"
    assert ensure_index(corpus, index) is None  # up to date: nothing to build


def test_retriever_load_takes_a_string(folders: tuple[str, str], fake_encoder: FakeEncoder) -> None:
    corpus, index = folders
    build_index(corpus, index, encoder=fake_encoder)
    hits = Retriever.load(index, encoder=fake_encoder).search("gradient descent", k=1)
    assert hits[0].title == "Gradient Descent"


def test_corpus_loaders_take_strings(folders: tuple[str, str]) -> None:
    corpus, _ = folders
    assert [e.title for e in load_corpus(corpus).entries] == ["Gradient Descent"]
    assert [e.title for e in parse_file(str(Path(corpus) / "mini.md"))] == ["Gradient Descent"]
    assert [p.name for p in glossary_files(corpus)] == ["mini.md"]
    assert list(corpus_fingerprint(corpus)) == ["mini.md"]


def test_load_questions_takes_a_string(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    line = '{"id": "q1", "question": "what is sgd", "relevant": ["a#b"], "kind": "term"}'
    path.write_text(line + "\n", encoding="utf-8")
    assert [q.id for q in load_questions(str(path))] == ["q1"]
