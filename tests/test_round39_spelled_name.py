"""Round 39, which entry answers: a question word that spells the initials of an entry's
title names that entry ("fdic": The Federal Deposit Insurance Corp), in the merit's
coverage and in the share of the question's words an entry says, so another entry that
only writes the acronym in passing (Money Market's "FDIC-insured") does not take the
answer (real entries, real idf; end to end with the real model)."""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus, ranked_hits
from shared_index import shared_assistant

from rag_glossary import Assistant
from rag_glossary.answer.entry_filters import spelled
from rag_glossary.answer.meaning_choice import said_share

FDIC = "banking-glossary#the-federal-deposit-insurance-corp"
MONEY_MARKET = "banking-glossary#money-market"


def test_a_word_spelling_the_title_is_said_by_the_entry() -> None:
    entries, idf = outside_corpus("banking-glossary")
    fdic, market = ranked_hits(entries, FDIC, MONEY_MARKET)
    assert spelled(frozenset({"fdic", "do"}), fdic) == ["fdic"]
    assert spelled(frozenset({"fdic"}), market) == []
    assert said_share(frozenset({"fdic"}), fdic, idf) == pytest.approx(1.0)


def test_short_words_spell_no_name() -> None:
    entries, _ = outside_corpus("banking-glossary")
    (fdic,) = ranked_hits(entries, FDIC)
    assert spelled(frozenset({"fd", "f"}), fdic) == []


@pytest.fixture(scope="module")
def banking(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("banking-glossary", tmp_path_factory)


def test_end_to_end_the_acronym_answers_from_its_entry(banking: Assistant) -> None:
    # banking-008: Money Market ("FDIC-insured") answered before
    assert banking.ask("what does the fdic do").citations == (FDIC,)
