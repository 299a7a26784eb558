"""Round 36 follow-up FN: names an entry gives that the ranking missed.

A sentence calling the term other names gives aliases; a key term the coverage lookup
finds to be an alias names its entry in the term signal however long the setting."""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary import Assistant
from rag_glossary.coverage import TermCoverage
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.query_names import KEY_TERM_SCORE, key_named

CORPORA = ROOT / "eval" / "corpora"


def test_a_sentence_calling_the_term_other_names_gives_them() -> None:
    entries = {e.id: e for e in load_corpus(CORPORA / "eclipse-glossary").entries}
    tt = entries["eclipse-glossary#tt"]
    assert {"TDT", "TD", "Ephemeris Time (ET)"} <= set(tt.aliases)
    # "X (ABBR)" inside another entry's text is a mention, no name of that entry
    assert "light-time" not in entries["eclipse-glossary#geometric-position"].aliases


def test_a_long_or_joined_opening_calls_nothing() -> None:
    said = (
        "In case of house price prediction (maybe) house size is the data-set so we"
        " call it 1 dimentional data."
    )
    assert also_known_aliases(said) == []
    assert also_known_aliases("A scale. Tables that use it call it TD.") == []


@pytest.fixture(scope="module")
def rowing(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("rowing-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def eclipse(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("eclipse-glossary", tmp_path_factory)


def test_an_alias_asked_in_a_setting_names_its_entry(rowing: Assistant) -> None:
    answer = rowing.ask("what is the gate on a rowing boat")
    assert answer.citations[0] == "rowing-glossary#oarlock-or-gate"


def test_an_alias_from_a_calling_sentence_answers(eclipse: Assistant) -> None:
    answer = eclipse.ask("what is ephemeris time (ET) in old eclipse tables")
    assert answer.citations[0] == "eclipse-glossary#tt"


def test_only_an_alias_key_term_is_lifted() -> None:
    entries = load_corpus(CORPORA / "rowing-glossary").entries
    position = {e.id: i for i, e in enumerate(entries)}

    def lifted(key: str, entry_id: str) -> dict[int, float]:
        found = TermCoverage(key, True, "title", (entry_id,), True)
        return key_named(entries, position, found, {})

    gate = position["rowing-glossary#oarlock-or-gate"]
    assert lifted("gate", "rowing-glossary#oarlock-or-gate") == {gate: KEY_TERM_SCORE}
    # a title word ("shell" in "... a shell ...") keeps its ranking
    assert lifted("shell", "rowing-glossary#shell") == {}
