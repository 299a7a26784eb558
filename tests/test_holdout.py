"""The held-out question set ``eval/holdout.jsonl`` is well formed and cites real entries."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from rag_glossary.evaluation import KINDS, Question, load_questions
from rag_glossary.parsing import Corpus, load_corpus

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "eval" / "holdout.jsonl"
CORPUS = ROOT / "corpus"

NEGATIVE_SHARE = (0.12, 0.22)
# Question shapes added for answer quality (issue 10), on top of the retrieval kinds.
EXTRA_KINDS = {"comparison", "two-part"}
# Lines that point elsewhere instead of saying something ("More at:", "See ...", links).
_POINTER_LINE = re.compile(r"^\s*([-*]\s*)?(more at\b|see\b|pdf:|video:)|https?://", re.I)


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return load_questions(HOLDOUT)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(CORPUS)


def _words_said(body: str) -> int:
    kept = [line for line in body.splitlines() if not _POINTER_LINE.search(line)]
    return len(re.findall(r"[A-Za-z]{2,}", " ".join(kept)))


def test_ids_are_unique_and_numbered_in_order(questions: list[Question]) -> None:
    ids = [q.id for q in questions]
    assert ids == [f"h{n:03d}" for n in range(1, len(ids) + 1)]


def test_every_kind_is_known_and_present(questions: list[Question]) -> None:
    kinds = Counter(q.kind for q in questions)
    assert set(KINDS) <= set(kinds) <= set(KINDS) | EXTRA_KINDS, kinds


def test_negative_share_is_in_range(questions: list[Question]) -> None:
    share = sum(q.negative for q in questions) / len(questions)
    low, high = NEGATIVE_SHARE
    assert low <= share <= high, share


def test_only_negatives_have_no_relevant_entry(questions: list[Question]) -> None:
    wrong = [q.id for q in questions if (q.kind == "negative") != (not q.relevant)]
    assert not wrong


def test_relevant_lists_have_no_duplicates(questions: list[Question]) -> None:
    wrong = [q.id for q in questions if len(set(q.relevant)) != len(q.relevant)]
    assert not wrong


def test_question_texts_are_distinct(questions: list[Question]) -> None:
    counts = Counter(q.question.casefold() for q in questions)
    assert [text for text, n in counts.items() if n > 1] == []


def test_every_relevant_id_is_an_entry_of_the_corpus(
    questions: list[Question], corpus: Corpus
) -> None:
    missing = [(q.id, r) for q in questions for r in q.relevant if corpus.get(r) is None]
    assert not missing


def test_relevant_entries_say_something(questions: list[Question], corpus: Corpus) -> None:
    """An entry with an empty body or only a pointer cannot answer a question."""
    empty = [
        (q.id, r)
        for q in questions
        for r in q.relevant
        if (entry := corpus.get(r)) is not None and _words_said(entry.body) < 3
    ]
    assert not empty
