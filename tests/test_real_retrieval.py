"""Retrieval with the real model on the shipped corpus (slow: builds the index once)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CORPUS, ROOT

from rag_glossary.evaluation import CONFIGS, evaluate, load_questions
from rag_glossary.index import build_index, load_index
from rag_glossary.retrieval import Retriever

pytestmark = pytest.mark.slow

# Floors a little under what the default configuration reaches (README table):
# a retrieval change that loses more than this fails the suite.
HIT5_FLOOR = 0.97
MRR10_FLOOR = 0.92
HOLDOUT_HIT5_FLOOR = 0.95
HOLDOUT_MRR10_FLOOR = 0.88


@pytest.fixture(scope="module")
def retriever(real_index: Path) -> Retriever:
    return Retriever.load(real_index)


def test_masked_self_attention_entries_rank_first(retriever: Retriever) -> None:
    ids = [h.id for h in retriever.search("what is masked self-attention", k=5)]
    assert set(ids[:2]) == {
        "ai-glossary-m#masked-self-attention",
        "ai-glossary-m-site#masked-self-attention",
    }


def test_acronym_finds_markov_decision_process(retriever: Retriever) -> None:
    ids = [h.id for h in retriever.search("what is MDP", k=5)]
    assert "ai-glossary-m#markov-decision-process" in ids[:3]
    assert "ai-glossary-m-site#markov-decision-process-mdp" in ids[:3]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("markov chian", "markov-chain"),
        ("mean absolut eror", "mean-absolute-error"),
        ("max pooling layr", "max-pooling"),
    ],
)
def test_misspelled_terms_find_their_entry(retriever: Retriever, query: str, expected: str) -> None:
    top = [h.entry.anchor for h in retriever.search(query, 3)]
    assert any(anchor.startswith(expected) for anchor in top), top


def test_mmr_returns_k_distinct_entries(retriever: Retriever) -> None:
    hits = retriever.search("attention in transformers", k=8)
    assert len(hits) == 8 and len({h.id for h in hits}) == 8


def test_not_covered_question_has_low_confidence(retriever: Retriever) -> None:
    result = retriever.retrieve("what is the bellman equation", k=5)
    assert not result.covered
    assert retriever.retrieve("what is masked self-attention", k=5).covered


@pytest.mark.parametrize(
    ("questions", "hit5", "mrr10"),
    [
        ("questions.jsonl", HIT5_FLOOR, MRR10_FLOOR),
        ("holdout.jsonl", HOLDOUT_HIT5_FLOOR, HOLDOUT_MRR10_FLOOR),
    ],
)
def test_default_configuration_holds_its_floors(
    retriever: Retriever, questions: str, hit5: float, mrr10: float
) -> None:
    qs = load_questions(ROOT / "eval" / questions)
    report = evaluate(retriever, qs, ["bm25", "dense", "dense+mmr", "default"])
    overall = {name: r.overall() for name, r in report.results.items()}
    assert overall["default"]["hit@5"] >= hit5, overall["default"]
    assert overall["default"]["mrr@10"] >= mrr10, overall["default"]
    for single in ("bm25", "dense", "dense+mmr"):
        assert overall["default"]["mrr@10"] > overall[single]["mrr@10"], single
    assert "default" in CONFIGS


def test_editing_one_entry_re_embeds_only_its_chunks(real_index: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = tmp_path / "index"
    shutil.copytree(real_index, index)
    path = corpus / "ai-glossary-m.md"
    text = path.read_text(encoding="utf-8")
    old = "Attention can only be done to words to the left of the current word."
    assert old in text
    path.write_text(text.replace(old, old + " (Edited in a test.)"), encoding="utf-8")
    report = build_index(corpus, index)
    changed = [
        c for c in load_index(index).chunks if c.entry_id == "ai-glossary-m#masked-self-attention"
    ]
    assert report.built and report.embedded == len(changed) >= 1
    assert report.reused == report.n_chunks - len(changed)


_PROBE = """
import json, sys
from rag_glossary.cli import app
try:
    app(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
HEAVY = {
    "torch", "sentence_transformers", "transformers", "fastapi", "starlette", "uvicorn", "mcp",
    "langchain_core", "llama_index", "docutils", "bs4", "yaml",
}
heavy = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
# the parsers (every dialect, markdown-it, ftfy): an up-to-date index needs none of them
heavy += sorted(m for m in sys.modules if m.startswith(("rag_glossary.parsing", "markdown_it")))
print(json.dumps({"code": code, "heavy": heavy}))
"""


@pytest.mark.parametrize(
    "args",
    [
        ["search", "what is masked self-attention", "--json"],
        ["ask", "what is masked self-attention", "--no-llm", "--json"],
    ],
)
def test_query_path_never_imports_torch_or_the_frameworks(
    real_index: Path, args: list[str]
) -> None:
    env = {**os.environ, "RAG_GLOSSARY_INDEX": str(real_index), "RAG_GLOSSARY_CORPUS": str(CORPUS)}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, timeout=120
    )
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["code"] in (0, None), proc.stderr
    assert report["heavy"] == []
    assert "masked-self-attention" in proc.stdout
