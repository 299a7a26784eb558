"""Round 54 lane WL: which entry answers a question asked in another language.

Real entries: eval/corpora/golf-glossary (Spanish, Sand Wedge, whose initials the coverage
lookup reads as "SW"), eval/corpora/opendata-glossary (Romanian, Public Sector Information,
alias PSI, beside EU PSI Directive) and eval/corpora/backgammon-glossary (Bulgarian, Табла).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from rag_glossary.answer.entry_choice import asked_entry
from rag_glossary.answer.extractive import compose
from rag_glossary.answer.language_asks import (
    asked_language,
    asks_what_in_language,
    term_in_language,
)
from rag_glossary.answer.question import analyze
from rag_glossary.fusion import Signals
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.query_encoding import reads_none

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


def _entries(name: str, file: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(CORPORA / name / file)}


@pytest.fixture(scope="module")
def golf() -> dict[str, Entry]:
    return _entries("golf-glossary", "golf-glossary.kt")


@pytest.fixture(scope="module")
def opendata() -> dict[str, Entry]:
    # the corpus as loaded: "PSI: Vezi Public Sector Information." gives its target the alias
    return {e.anchor: e for e in load_corpus(CORPORA / "opendata-glossary").entries}


def _hits(entries: dict[str, Entry], anchors: Sequence[str]) -> list[Hit]:
    return [
        Hit(e.id, e.title, e.source, None, e.body[:200], 1.0 - i / 10, e)
        for i, e in enumerate(entries[a] for a in anchors)
    ]


def test_the_language_a_question_is_asked_in() -> None:
    assert asked_language("que es el SW en la bolsa de palos") == "es"
    assert asked_language("ce înseamnă PSI") == "ro"  # "ce" is French too
    assert asked_language("от къде идва таблата като игра, къде е измислена") == "bg"
    # English questions with a word another language lists stay English
    assert asked_language("how do llms like llama tell where a token is in the sequence") is None
    assert asked_language("what is a tuya volcano") is None
    assert asked_language("what is stare decisis") is None


def test_asking_what_a_name_is_in_the_language_s_own_forms() -> None:
    assert asks_what_in_language("que es el SW en la bolsa de palos")  # "qué es", unmarked
    assert asks_what_in_language("ce înseamnă PSI")
    assert asks_what_in_language("как се казва това")
    assert asks_what_in_language("rüzgar nedir")  # the question word closing it
    # a question word alone asks no name's meaning; an English question none at all
    assert not asks_what_in_language("que palo se usa en el bunker")
    assert not asks_what_in_language("what is a namespace")
    assert not asks_what_in_language("how is it called")


def test_the_term_loses_its_language_s_question_words() -> None:
    assert analyze("ce înseamnă PSI").term == "psi"
    assert analyze("ce înseamnă PSI").focus == frozenset()
    assert analyze("какво е блот").term == "блот"
    # English questions and names keep their words, though another language lists them
    assert analyze("what is a tuya volcano").term == "tuya volcano"
    assert analyze("al dente").term == "al dente"
    assert analyze("what is stare decisis").term == "stare decisis"
    tea = "dan cong oolong"
    assert term_in_language(tea, tea) == (tea, frozenset())


def test_a_spanish_what_is_answers_from_the_entry_the_lookup_names(
    golf: dict[str, Entry],
) -> None:
    hits = _hits(golf, ["sand-wedge", "address", "backswing", "caddie", "tee"])
    q = analyze("que es el SW en la bolsa de palos")
    assert q.shape == "content" and not q.names_term  # English forms read none of it
    assert asked_entry(q, hits, ["golf-glossary#sand-wedge"]) is hits[0]
    said = compose(q.text, hits, named=["golf-glossary#sand-wedge"])
    assert said[0].ids == ("golf-glossary#sand-wedge",)
    # a Spanish question that asks no name's meaning keeps the word-overlap choice
    other = analyze("que palo se usa en la bolsa de palos")
    assert asked_entry(other, hits, ["golf-glossary#sand-wedge"]) is None


def test_a_romanian_acronym_question_answers_from_the_entry_it_names(
    opendata: dict[str, Entry],
) -> None:
    order = ["eu-psi-directive", "information-asset-register", "public-sector-information"]
    hits = _hits(opendata, [*order, "psi", "eu"])
    named = ["opendata-glossary#psi", "opendata-glossary#public-sector-information"]
    assert opendata["public-sector-information"].aliases == ("PSI",)
    said = compose("ce înseamnă PSI", hits, named=named)
    assert said[0].ids[0] == "opendata-glossary#public-sector-information"
    # before: "ce înseamnă psi" named no entry, and EU PSI Directive took the answer
    assert "opendata-glossary#eu-psi-directive" not in {i for s in said for i in s.ids}


def test_signals_say_whether_the_model_read_the_question() -> None:
    assert not Signals({}, {}, {}, {}, {}).unread
    assert Signals({}, {}, {0: 1.0}, {}, {0: 0.3}, unread=True).unread
    # the model reads none of an all-Cyrillic question; a Latin name it reads ("CRP")
    assert reads_none(True, "от къде идва таблата като игра, къде е измислена")
    assert not reads_none(True, "CRP검사 뭐임")
    assert not reads_none(False, "от къде идва таблата като игра")
