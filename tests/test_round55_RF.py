"""Round 55 lane RF: refused questions whose entry is the first hit, in non-English sets.

opendata-glossary-021 ("api vs web api, prin ce diferă") was refused as "web api differă is
not in the glossary" with Web API first: the cue-word mender (coverage/cue_words.py) took the
ASCII letters "difer" of the Romanian verb "diferă" for a misspelled "differ" and wrote
"differă", which the key-term grammar then read as part of the second name. A cue word is
mended only as a whole word; a word with a letter beyond ASCII is no English cue word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_retriever

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
QUESTION = "api vs web api, prin ce diferă"


@pytest.mark.parametrize(
    "typed",
    [QUESTION, "comparação de x e y", "ce este înțelesul", "diferența dintre x și y"],
)
def test_a_word_with_marked_letters_is_no_misspelled_cue_word(typed: str) -> None:
    assert mend_cue_words(typed, "ro") == typed


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("diffrence between a and b", "difference between a and b"),
        ("x_diffrence", "x_difference"),  # a word's edge is still a letter's edge only
        ("diffrence2 of a", "difference2 of a"),
    ],
)
def test_misspelled_cue_words_are_still_mended(typed: str, mended: str) -> None:
    assert mend_cue_words(typed) == mended


def test_the_romanian_comparison_names_both_sides() -> None:
    opendata = CoverageIndex(load_corpus(CORPORA / "opendata-glossary").entries)
    term = opendata.check(mend_cue_words(QUESTION, "ro"))
    assert term.found
    assert term.key_term == "web api"


def test_the_romanian_comparison_is_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    retriever = shared_retriever(CORPORA / "opendata-glossary", tmp_path_factory)
    result = retriever.retrieve(QUESTION, k=5)
    assert result.covered
    assert result.hits[0].id == "opendata-glossary#web-api"
