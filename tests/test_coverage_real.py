"""Coverage with the real model: the failure cases of issue 11, on the shipped corpus
and on an outside glossary used for design (eval/corpora/dl-glossary)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fake_ollama import FakeOllama
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.answer import Assistant
from rag_glossary.retrieval import Retriever

pytestmark = pytest.mark.slow

DL_GLOSSARY = ROOT / "eval" / "corpora" / "dl-glossary"


@pytest.fixture(scope="module")
def shipped(real_index: Path) -> Retriever:
    return Retriever.load(real_index)


@pytest.fixture(scope="module")
def dl_glossary(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(DL_GLOSSARY, tmp_path_factory))


@pytest.mark.parametrize(
    ("question", "key_term", "shares_a_word_with"),
    [
        ("what is batch normalization", "batch normalization", "Mini-Batch"),
        ("what is RLHF", "rlhf", None),
        ("how does beam search decoding work", "beam search decoding", None),
    ],
)
def test_off_glossary_term_is_not_covered_on_the_shipped_corpus(
    shipped: Retriever, question: str, key_term: str, shares_a_word_with: str | None
) -> None:
    result = shipped.retrieve(question, k=5)
    assert not result.covered and result.confidence < 0.5
    assert result.key_term == key_term and result.key_term_found is False
    assert result.nearest  # related entries exist, and are named
    if shares_a_word_with:
        titles = [e.title for e in shipped.entries]
        assert shares_a_word_with in titles


@pytest.mark.parametrize(
    ("question", "expected_anchor"),
    [
        ("what is masked self-attention", "masked-self-attention"),
        (
            "downsampling a feature map by keeping only the biggest value in each 2x2 window",
            "max-pooling",
        ),
        (
            "memoryless random process where what happens next depends only on the present state",
            "markov-chain",
        ),
    ],
)
def test_named_and_described_questions_are_covered(
    shipped: Retriever, question: str, expected_anchor: str
) -> None:
    result = shipped.retrieve(question, k=5)
    assert result.covered, result
    assert any(h.entry.anchor.startswith(expected_anchor) for h in result.hits[:3])


def test_ask_names_the_missing_term_and_never_calls_the_llm(
    shipped: Retriever, fake_ollama: FakeOllama
) -> None:
    assistant = Assistant(shipped, host=fake_ollama.host)
    answer = assistant.ask("what is batch normalization")
    assert answer.text.startswith("batch normalization is not in the glossary; nearest entries:")
    assert answer.backend == "none" and not answer.covered and not answer.citations
    assert not fake_ollama.chat_requests


def test_calibration_is_stored_per_index(real_index: Path, dl_glossary: Retriever) -> None:
    shipped = Retriever.load(real_index).calibration
    outside = dl_glossary.calibration
    assert shipped.source == outside.source == "corpus"
    assert shipped.lenient != outside.lenient  # each corpus gets its own bars


def test_index_built_before_calibration_loads_with_the_default(
    real_index: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old-index"
    shutil.copytree(real_index, old)
    generation = old / (old / "CURRENT").read_text().strip()
    manifest = json.loads((generation / "manifest.json").read_text())
    del manifest["calibration"]
    (generation / "manifest.json").write_text(json.dumps(manifest))
    retriever = Retriever.load(old)
    assert retriever.calibration.source == "default"
    assert not retriever.retrieve("what is batch normalization").covered
    assert retriever.retrieve("what is a markov chain").covered


@pytest.mark.parametrize(
    "question",
    [
        "what is layer normalization",
        "what is multi-head attention",
        "what is RLHF",
        "what is weight decay",  # not "what is weight <verb>": Weights is an entry
    ],
)
def test_off_glossary_terms_on_an_outside_glossary(dl_glossary: Retriever, question: str) -> None:
    result = dl_glossary.retrieve(question, k=5)
    assert not result.covered and result.key_term_found is False, result.reason


@pytest.mark.parametrize(
    ("question", "expected_title"),
    [
        (
            "randomly switching off some neurons during training so the net doesn't overfit",
            "Dropout",
        ),
        (
            "a network that learns to reproduce its own input through a narrow bottleneck",
            "Autoencoder",
        ),
    ],
)
def test_paraphrase_on_an_outside_glossary_is_covered_when_its_entry_stands_out(
    dl_glossary: Retriever, question: str, expected_title: str
) -> None:
    result = dl_glossary.retrieve(question, k=5)
    assert result.covered, result.reason
    assert expected_title in [h.title for h in result.hits[:2]]


@pytest.mark.parametrize(
    ("question", "expected_title"),
    [("why use batch normalization", "Batch normalization"), ("when to use dropout", "Dropout")],
)
def test_verb_led_questions_keep_their_term(
    dl_glossary: Retriever, question: str, expected_title: str
) -> None:
    result = dl_glossary.retrieve(question, k=5)
    assert result.covered and result.key_term_found, result.reason
    assert result.hits[0].title == expected_title


@pytest.mark.parametrize(
    ("question", "key_term"),
    [
        # the object ("parameters") is everywhere; the subject is what is asked about
        ("how many parameters does gpt-4 have", "gpt 4"),
        ("should i use smote to oversample the minority class", "smote"),
    ],
)
def test_the_term_asked_about_decides_on_the_shipped_corpus(
    shipped: Retriever, question: str, key_term: str
) -> None:
    result = shipped.retrieve(question, k=5)
    assert not result.covered and result.key_term == key_term, result.reason
