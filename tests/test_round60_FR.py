"""Round 60, lane FR: a missing term holding a preposition is no compound, so no sibling.

webdev-glossary-016 ("what are the four guarantees behind acid") was refused although ACID
ranked first and stood out past the strict bar (z 10.3 over 7.9): the key term "guarantees
behind acid" was read as a compound sharing its last word with the title ACID, a sibling
the glossary lacks, never covered. A compound is a kind of its last word only when no
preposition stands inside it; ranked_entries knew "of in on for with from to by at about"
and now knows the rest of the closed class that never closes a noun made of a verb.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex, missing_sibling
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def webdev() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "webdev-glossary").entries)


def test_a_term_with_behind_is_no_sibling_of_its_object(webdev: CoverageIndex) -> None:
    term = webdev.check("what are the four guarantees behind acid", ["webdev-glossary#acid"])
    assert term.key_term == "guarantees behind acid" and term.found is False
    assert not term.sibling and not missing_sibling(term)


def test_a_compound_without_preposition_stays_a_sibling(webdev: CoverageIndex) -> None:
    """ "partial index" beside Missing Index: a kind of index the glossary lacks."""
    term = webdev.check("what is partial index", ["webdev-glossary#missing-index"])
    assert term.key_term == "partial index" and term.found is False
    assert missing_sibling(term)


def test_a_described_question_with_between_is_judged_as_before() -> None:
    """ihr-glossary-029, a negative: the kept words "between catching an infection" are a
    description (judged by the lenient bar, refused by its standout before and after);
    "between" only stops reading them as a sibling of Infection, which a description never
    was (missing_sibling needs a term-style name)."""
    ihr = CoverageIndex(load_corpus(CORPORA / "ihr-glossary").entries)
    question = "how long between catching an infection and showing the first signs of illness"
    ranked = ["ihr-glossary#infection", "ihr-glossary#early-warning-system"]
    term = ihr.check(question, ranked)
    assert term.found is False and not term.term_style
    assert not term.sibling and not missing_sibling(term)
