"""Round 53 FD: Request Tracker's POD glossary (helpdesk-glossary) lists right names'
prefixes as entries ("=item Admin": "Create, modify, and delete"). A prefix or suffix word
after a name ("the Admin prefix") asks for that name's entry, as a form word does ("a COG
file"), when the name is an entry's title; a word that only some entry's text has is not
made a name by it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.parsing import load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "helpdesk-glossary"


@pytest.fixture(scope="module")
def coverage() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPUS).entries)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is the See prefix for", "see"),
        ("the modify prefix in a right name", "modify"),
        ("what does the Admin suffix do", "admin"),
    ],
)
def test_a_prefix_named_by_a_title_is_that_entry(
    coverage: CoverageIndex, question: str, entry: str
) -> None:
    found = coverage.check(question)
    assert found.found and found.how == "title"
    assert f"helpdesk-glossary#{entry}" in found.entry_ids


def test_a_prefix_named_by_a_word_of_some_text_is_missing(coverage: CoverageIndex) -> None:
    # "interface" is only a word of Self Service's text: no prefix of that name is listed
    found = coverage.check("what does the interface prefix mean")
    assert not (found.found and found.how == "title")
