"""BM25 scores read with numpy equal bm25s's own, and the index round-trips."""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np
import pytest
from helpers import CORPUS

from rag_glossary.errors import IndexCorruptError
from rag_glossary.lexical import STEM_WEIGHT, LexicalIndex, entry_document, index_tokens
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

QUERIES = [
    "what is masked self-attention",
    "markov decision process MDP",
    "mean absolute error loss",
    "attention attention heads",
    "zzzz unknown words only",
    "",
]


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return list(load_corpus(CORPUS).entries)


@pytest.mark.parametrize("query", QUERIES)
def test_numpy_scores_equal_bm25s(entries: list[Entry], query: str, tmp_path: Path) -> None:
    reference = bm25s.BM25(method="lucene")
    reference.index([entry_document(e) for e in entries], show_progress=False)
    ours = LexicalIndex.build(entries)
    ours.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25", len(entries))
    tokens = index_tokens(query)  # each word, then its marked stem
    expected = sum(
        (
            weight * reference.get_scores([t])
            for t, weight in zip(tokens, [1.0, STEM_WEIGHT] * len(tokens), strict=False)
            if t in reference.vocab_dict
        ),
        start=np.zeros(len(entries)),
    )
    assert np.allclose(loaded.scores(query), expected, atol=1e-5)


def test_title_words_outweigh_body_words(entries: list[Entry]) -> None:
    index = LexicalIndex.build(entries)
    scores = index.scores("masked self attention")
    best = entries[int(np.argmax(scores))]
    assert best.title.lower().startswith("masked self")


def test_damaged_files_are_index_corruption(entries: list[Entry], tmp_path: Path) -> None:
    LexicalIndex.build(entries[:20]).save(tmp_path / "bm25")
    (tmp_path / "bm25" / "indptr.npy").write_bytes(b"\x93NUMPY garbage")
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        LexicalIndex.load(tmp_path / "bm25", 20)
    (tmp_path / "bm25" / "indptr.npy").unlink()
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        LexicalIndex.load(tmp_path / "bm25", 20)
