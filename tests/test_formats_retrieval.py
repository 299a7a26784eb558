"""The format questions through the real model over one index of the eval/formats glossaries."""

from __future__ import annotations

import shutil

import pytest
from shared_index import run_folder, shared_index
from test_formats import FORMATS, GLOSSARY_FILES

from rag_glossary.evaluation import load_questions, question_metrics
from rag_glossary.retrieval import Retriever

pytestmark = pytest.mark.slow

HIT5_FLOOR = 0.95
MRR10_FLOOR = 0.85


def test_format_questions_find_their_entries(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Built by shared_index: the same build_index call, the run's one ONNX export reused.
    corpus = run_folder(tmp_path_factory) / "formats" / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name in GLOSSARY_FILES:
        shutil.copy(FORMATS / name, corpus / name)
    retriever = Retriever.load(shared_index(corpus, tmp_path_factory))
    questions = [
        q for path in sorted(FORMATS.glob("*.questions.jsonl")) for q in load_questions(path)
    ]
    assert len(questions) >= 6 * len(GLOSSARY_FILES)
    rows = []
    for q in questions:
        ranked = [h.id for h in retriever.retrieve(q.question, k=10).hits]
        rows.append((q, question_metrics(ranked, q.relevant, True)))
    hit5 = sum(m["hit@5"] for _, m in rows) / len(rows)
    mrr10 = sum(m["mrr@10"] for _, m in rows) / len(rows)
    misses = [(q.id, q.question) for q, m in rows if not m["hit@5"]]
    print(f"\nformat questions: n={len(rows)} hit@5={hit5:.3f} mrr@10={mrr10:.3f} misses={misses}")
    assert hit5 >= HIT5_FLOOR, misses
    assert mrr10 >= MRR10_FLOOR
