"""Round 54, lane AN: answered negatives that share a word or a topic with an entry.

helpdesk-glossary-024 ("how do agents log the hours they spent working on a ticket") was
answered with Owner ("The user responsible for working a ticket.") by the owned rescue
(judgement_owned.py): Owner alone says "working" and "working ticket", two owned keys that
rest on one word, the pair adding only "ticket", which 25 of the 33 entries say. Such keys
rescue only when the entry says another of the question's words besides them: a paraphrase's
entry shares more (audio-glossary-014's Sine Tone says "sound" beside "single frequency").

farm-glossary-039 ("marbling score in beef grading") was answered with Grade, which says
only the setting's word: no entry writes "marbling" nor "score" in any form. A short English
question's key term whose words are all unwritten is a kind the glossary lacks, as round 53's
unknown modifier before written words ("bipinnate leaf") is (unknown_modifier.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_retriever

from rag_glossary.calibration import title_groups
from rag_glossary.coverage import CoverageIndex, missing_sibling
from rag_glossary.coverage.ownership import Ownership, one_word
from rag_glossary.coverage.unknown_modifier import unknown_modifier
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _ownership(name: str) -> Ownership:
    entries = load_corpus(CORPORA / name).entries
    return Ownership.of(entries, title_groups(entries).tolist())


def _at(ownership: Ownership, title: str) -> int:
    return next(i for i, e in enumerate(ownership.entries) if e.title == title)


@pytest.fixture(scope="module")
def helpdesk() -> Ownership:
    return _ownership("helpdesk-glossary")


def test_owned_keys_resting_on_one_word(helpdesk: Ownership) -> None:
    query = "how do agents log the hours they spent working on a ticket"
    at = _at(helpdesk, "Owner")
    owned = helpdesk.owned(query, at)
    assert owned == ("working", ("working", "ticket"))
    assert one_word(owned)
    assert helpdesk.said_besides(query, at, owned) == ()  # Owner says nothing else of it


def test_a_paraphrase_s_entry_says_more() -> None:
    audio = _ownership("audio-glossary")
    query = "the simplest possible test sound, just one single frequency and nothing else"
    at = _at(audio, "Sine Tone")
    owned = audio.owned(query, at)
    assert one_word(owned)
    assert audio.said_besides(query, at, owned) == ("sound",)


@pytest.mark.parametrize(
    "owned",
    [
        ("loss", "accuracy", ("loss", "accuracy")),  # two owned words
        (("existing", "taxe"), ("money", "earmarked")),  # two pairs, no owned word
        ("earmarked", "money"),
    ],
)
def test_two_owned_words_are_not_one(owned: tuple[str | tuple[str, str], ...]) -> None:
    assert not one_word(owned)


def test_a_term_of_unwritten_words_is_missing() -> None:
    farm = CoverageIndex(load_corpus(CORPORA / "farm-glossary").entries)
    term = farm.check("marbling score in beef grading", ["farm-glossary#grade"])
    assert term.key_term == "marbling score" and missing_sibling(term)


def test_unwritten_words_after_an_unknown_first_word() -> None:
    said = ["marbling", "score", "in", "beef", "grading"]
    unknown = {"marbling", "score"}.__contains__
    writes = {"beef", "grade", "leaf"}.__contains__
    assert unknown_modifier("marbling score", said, unknown, writes) == "marbling score"
    # the rest half written, half not: no such term
    assert unknown_modifier("marbling leaf score", said, unknown, writes) is None


@pytest.mark.parametrize(
    ("corpus", "question", "covered"),
    [
        # Owner says "working a ticket" and nothing else of the question
        ("helpdesk-glossary", "how do agents log the hours they spent working on a ticket", False),
        # SAC Rate says only "how much gas", yet supports every part: the phrase rule's sum
        (
            "dive-glossary",
            "a number for how fast i go through my tank, so i can work out how much gas to bring",
            True,
        ),
    ],
)
def test_owned_rescue_of_one_word(
    corpus: str, question: str, covered: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert shared_retriever(corpus, tmp_path_factory).retrieve(question, k=5).covered is covered
