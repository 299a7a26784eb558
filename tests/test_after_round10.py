"""Fixes after round 10's blind measurement (eval/grades/round10/), on real entries.

- a refusal earns no key facts, even when its list of nearest entries names the term;
- question scaffolding around a term: "give examples of X", "the full form of X",
  "X abbreviation meaning?", "... explain like im 5";
- a refusal names the missing term only when it is much of what was asked;
- an entry whose whole text is another entry's name answers from that entry.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.answer import extractive_answer
from rag_glossary.answer_metrics import answer_row
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.question_forms import names_the_question
from rag_glossary.evaluation import Question
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing import load_corpus

CONTROLS = ROOT / "eval" / "corpora" / "controls-glossary"


def test_a_refusal_earns_no_key_facts() -> None:
    q = Question("b-015", "pairing each treated patient ...", ("glossary#matching",), "paraphrase",
                 ("Matching",))  # fmt: skip
    refusal = "The glossary does not cover this question; nearest entries:\n  - Matching (x)"
    assert answer_row(q, refusal, (), abstained=True)["key_fact_recall"] == 0.0
    assert answer_row(q, "Matching pairs units.[1]", ("x",))["key_fact_recall"] == 1.0


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("PID abbreviation meaning?", ["pid"]),
        ("give examples of graph databases", ["graph databases"]),
        ("what is the full form of RNN", ["rnn"]),
        ("eigenvectors vs eigenvalues explain like im 5", ["eigenvectors", "eigenvalues"]),
        ("explain dropout", ["dropout"]),
    ],
)
def test_scaffolding_around_the_term_is_not_the_term(question: str, terms: list[str]) -> None:
    assert [t.text for t in extract_key_terms(question)] == terms


@pytest.mark.parametrize(
    ("question", "term", "named"),
    [
        ("what is gelu activation", "gelu activation", True),
        ("how does dropout prevent overfitting", "dropout", True),
        ("GPTQ vs AWQ quantization", "gptq", True),
        ("the dumbest possible controller, motor fully on when you're under the target", "dumbest",
         False),
        ("besides hiding words, bert had a second pretraining task where it guesses whether two "
         "sentences follow each other", "besides hiding words", False),
    ],
)  # fmt: skip
def test_a_refusal_names_only_a_term_that_is_much_of_the_question(
    question: str, term: str, named: bool
) -> None:
    assert names_the_question(question, term) is named


def _hits(entries: dict[str, Entry], *ids: str) -> list[Hit]:
    return [
        Hit(e.id, e.title, e.source, e.url, e.body[:80], 1.0 - i * 0.02, e,
            {"term": 1.0} if i == 0 else {})
        for i, e in enumerate(entries[x] for x in ids)
    ]  # fmt: skip


def test_an_entry_whose_text_names_another_answers_from_it(tmp_path: Path) -> None:
    for f in CONTROLS.glob("*.rst"):
        shutil.copy(f, tmp_path / f.name)
    entries = {e.id: e for e in load_corpus(tmp_path).entries}
    assert entries["controls-glossary#control-effort"].body.strip(" .") == "Control signal"
    hits = _hits(entries, "controls-glossary#control-effort", "controls-glossary#control-signal",
                 "controls-glossary#control-law")  # fmt: skip
    text, cited = extractive_answer(hits, "what is control effort")
    assert "refers to control signal" in text
    assert "driving signal sent to a plant" in text
    assert set(cited) == {"controls-glossary#control-effort", "controls-glossary#control-signal"}
    assert "no definition" not in text
