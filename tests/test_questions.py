"""The retrieval evaluation set eval/questions.jsonl: format, balance, and ids that exist."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "eval" / "questions.jsonl"
CORPUS = ROOT / "corpus"

KEYS = {"id", "question", "relevant", "kind"}
OPTIONAL_KEYS = {"must_include"}
MIN_PER_KIND = {"term": 45, "alias": 20, "paraphrase": 35, "content": 40, "negative": 8}
# Question shapes added for answer quality (issue 10); no minimum for retrieval.
EXTRA_KINDS = {"comparison", "two-part"}
MIN_TOTAL = 150
NEGATIVE_SHARE = (0.08, 0.15)
# Content questions must also reach into the two sources that are not glossaries.
MIN_CONTENT_FROM_SOURCE = {"music-ml-chapter": 8, "ml-annotations": 10}


@pytest.fixture(scope="module")
def questions() -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"blank line {number} in {QUESTIONS.name}"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number} is not a JSON object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return {entry.id: entry for entry in load_corpus(CORPUS).entries}


def test_every_row_has_the_four_fields_with_the_right_types(
    questions: list[dict[str, Any]],
) -> None:
    for row in questions:
        assert KEYS <= set(row) <= KEYS | OPTIONAL_KEYS, row
        assert isinstance(row["question"], str) and row["question"].strip(), row
        assert isinstance(row["relevant"], list), row
        assert all(isinstance(rel, str) for rel in row["relevant"]), row
        assert row["kind"] in MIN_PER_KIND.keys() | EXTRA_KINDS, row


def test_must_include_is_one_to_three_facts_on_answerable_questions_only(
    questions: list[dict[str, Any]],
) -> None:
    for row in questions:
        if "must_include" not in row:
            continue
        facts = row["must_include"]
        assert row["relevant"] and isinstance(facts, list) and 1 <= len(facts) <= 3, row
        for fact in facts:
            alternatives = fact if isinstance(fact, list) else [fact]
            assert alternatives and all(isinstance(a, str) and a.strip() for a in alternatives), row


def test_ids_are_q001_onwards_in_order_without_gaps(questions: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in questions]
    assert all(re.fullmatch(r"q\d{3,}", qid) for qid in ids), ids
    assert ids == [f"q{n:03d}" for n in range(1, len(ids) + 1)]


def test_no_question_is_asked_twice(questions: list[dict[str, Any]]) -> None:
    normalised = Counter(" ".join(row["question"].lower().split()) for row in questions)
    assert [text for text, count in normalised.items() if count > 1] == []


def test_size_and_mix_of_kinds(questions: list[dict[str, Any]]) -> None:
    kinds = Counter(row["kind"] for row in questions)
    assert len(questions) >= MIN_TOTAL
    for kind, minimum in MIN_PER_KIND.items():
        assert kinds[kind] >= minimum, (kind, kinds[kind])
    low, high = NEGATIVE_SHARE
    assert low <= kinds["negative"] / len(questions) <= high, kinds


def test_negatives_have_no_relevant_entries_and_positives_have_some(
    questions: list[dict[str, Any]],
) -> None:
    for row in questions:
        if row["kind"] == "negative":
            assert row["relevant"] == [], row
        else:
            assert row["relevant"], row


def test_relevant_lists_have_no_duplicates(questions: list[dict[str, Any]]) -> None:
    for row in questions:
        assert len(set(row["relevant"])) == len(row["relevant"]), row


def test_every_relevant_id_exists_in_the_parsed_corpus(
    questions: list[dict[str, Any]], entries: dict[str, Entry]
) -> None:
    missing = sorted({rel for row in questions for rel in row["relevant"] if rel not in entries})
    assert missing == []


def test_relevant_entries_have_text_beyond_a_title(
    questions: list[dict[str, Any]], entries: dict[str, Entry]
) -> None:
    # An empty entry cannot answer anything, so it must never be listed as relevant.
    empty = sorted(
        {
            rel
            for row in questions
            for rel in row["relevant"]
            if rel in entries and not entries[rel].body.strip()
        }
    )
    assert empty == []


def test_content_questions_cover_the_chapter_and_the_annotations(
    questions: list[dict[str, Any]],
) -> None:
    per_source = Counter(
        source
        for row in questions
        if row["kind"] == "content"
        for source in {rel.split("#", 1)[0] for rel in row["relevant"]}
    )
    for source, minimum in MIN_CONTENT_FROM_SOURCE.items():
        assert per_source[source] >= minimum, (source, per_source[source])
