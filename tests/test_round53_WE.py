"""Round 53 second wave, lane WE: an English key term opened by a word no entry writes.

flora-glossary-037 ("bipinnate leaf definition") and theatre-glossary-037 ("how does a
counterweight fly system work") ask a kind of a thing the glossary has (Pinnate; the fly
system of Fly Crew) that no entry describes: the term's first word is written by no entry in
any form, nor is it one slip from a glossary word ("bipinnate" is Pinnate with letters put
before it, a word of its own), an everyday word or a superlative. Such a term in a short
question is a missing name whose sibling the glossary has, never covered
(unknown_modifier.py, StoryNames._kind_unknown).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex, missing_sibling
from rag_glossary.coverage.unknown_modifier import purpose_after, unknown_modifier
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _index(name: str) -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / name).entries)


@pytest.fixture(scope="module")
def flora() -> CoverageIndex:
    return _index("flora-glossary")


@pytest.fixture(scope="module")
def theatre() -> CoverageIndex:
    return _index("theatre-glossary")


def test_unknown_prefixed_kind_is_missing(flora: CoverageIndex) -> None:
    term = flora.check("bipinnate leaf definition", ["flora-glossary#pinnate"])
    assert term.key_term == "bipinnate leaf" and missing_sibling(term)


def test_unknown_modifier_of_a_written_phrase_is_missing(theatre: CoverageIndex) -> None:
    term = theatre.check("how does a counterweight fly system work", ["theatre-glossary#fly-crew"])
    assert term.key_term == "counterweight fly system" and missing_sibling(term)


def test_titles_and_their_slips_stay_found(flora: CoverageIndex, theatre: CoverageIndex) -> None:
    assert not flora._unwritten("pinnate") and flora._unwritten("bipinnate")
    assert theatre.check("whats a promt book").found  # a slip of Prompt Book's title


@pytest.mark.parametrize(
    ("term", "said"),
    [
        ("usual easing functions", ["usual", "easing", "functions"]),  # everyday word
        ("farthest out point", ["farthest", "out", "point", "of", "an", "orbit"]),
        ("pfl training", ["pfl", "training"]),  # an acronym said loosely
        ("horizontal learning", ["horizontal", "vs", "vertical", "learning"]),  # a pair
        ("zzqx model", ["zzqx", "model", "for", "a", "b", "c", "d"]),  # a long question
    ],
)
def test_descriptions_pairs_and_long_questions_are_no_kind(term: str, said: list[str]) -> None:
    assert unknown_modifier(term, said, lambda w: True, lambda w: True) is None


def test_purpose_after_the_term() -> None:
    said = ["python", "library", "for", "topic", "modelling"]
    assert purpose_after(said, "python library") == "topic modelling"
    assert purpose_after(["bipinnate", "leaf", "definition"], "bipinnate leaf") is None


def test_a_term_unfit_to_name_stays_unnamed() -> None:
    # aviation-glossary-037: refused before and after; the refusal names no "calculate ..."
    aviation = _index("aviation-glossary")
    term = aviation.check("how do i calculate ground speed")
    assert term.found is False and not term.clean
