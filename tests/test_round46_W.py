"""Round 46 lane W: a description answered by an entry that says one of its words at most.

A described negative can stand out on one word it shares with an entry ("... how an attacker
could abuse it" -> ADR on "design"); judgement_said.says_one_word refuses when the answering
entry says at most one of the question's content words, leaves at least .8 of them neither
said nor matched in meaning, and neither its closest sentence nor the entry is close to the
question. The second hit is asked too (the composer may answer from it). A question naming
the entry by a word too short to be a content word ("F" for Bioavailability (F)) is left
alone (judgement_said.names_entry).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary.judgement_reasons import ONE_WORD_REASON
from rag_glossary.judgement_said import names_entry, says_one_word
from rag_glossary.retrieval import Retriever


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        (
            "raku-glossary",
            "name for doing a chain of unrelated little chores before you can even start the "
            "real task",
        ),
        (
            "secarch-glossary",
            "going through each part of the design and listing systematically how an attacker "
            "could abuse it",
        ),
    ],
)
def test_one_shared_word_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = Retriever.load(shared_index(corpus, tmp_path_factory))
    assert retriever.retrieve(question, k=5).reason == ONE_WORD_REASON
    assert not shared_assistant(corpus, tmp_path_factory).ask(question).covered


def test_entry_named_by_a_short_word_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    question = "the model output says F = 0.6, what does F mean in a pk model"
    retriever = Retriever.load(shared_index("pk-glossary", tmp_path_factory))
    entry = next(e for e in retriever.entries if e.id == "pk-glossary#bioavailability-f")
    assert names_entry(question, entry)
    assert not names_entry("what does it mean in a pk model", entry)
    answer = shared_assistant("pk-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == entry.id


def test_second_hit_saying_more_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    # PACS is first on "picture" alone; Overlay, second, says "drawn" and matches the rest
    question = "the arrows and measurment lines drawn on top of the picture"
    answer = shared_assistant("dicom-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == "dicom-glossary#overlay"


def test_said_words_and_matches_count() -> None:
    words = ["cancel", "policy", "bought", "last", "week", "money", "back", "window"]
    text = "Policy: the contract between the insurer and the policyholder."
    assert says_one_word(words, text, 0.31, 0.35, lambda w: 0.3)
    # two words matched in meaning leave under .8 of them missing
    assert not says_one_word(
        words, text, 0.31, 0.35, lambda w: 0.5 if w in {"back", "week"} else 0.3
    )
    # a close sentence or a close entry keeps the answer
    assert not says_one_word(words, text, 0.55, 0.35, lambda w: 0.3)
    assert not says_one_word(words, text, 0.31, 0.45, lambda w: 0.3)
    # three short questions' words are too few to judge
    assert not says_one_word(words[:3], text, 0.31, 0.35, lambda w: 0.3)
