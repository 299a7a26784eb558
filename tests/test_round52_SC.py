"""Round 52 SC: compound words in the languages that write them as one word (Swedish,
Danish, Norwegian, German, Dutch, Finnish). A word splits into words of the glossary itself
(compound_parts.py); the described checks count a question word as said when its stem, or
its compound's last part's, is a stem of the entry's words or of their parts; BM25 indexes
each compound's parts' stems apart (``^påle``, LEXICAL_VERSION 10) and Norwegian Bokmål
("nb") is stemmed as Norwegian. English glossaries never split."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CORPUS

from rag_glossary.judgement_described import _unsaid, compound_parts
from rag_glossary.judgement_terms import entry_text
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import LexicalIndex, index_tokens
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def geotech() -> list[Entry]:
    return list(load_corpus(CORPORA / "geotech-glossary").entries)


@pytest.fixture(scope="module")
def bee() -> list[Entry]:
    return list(load_corpus(CORPORA / "bee-glossary").entries)


def _entry(entries: list[Entry], slug: str) -> Entry:
    return next(e for e in entries if e.id.endswith("#" + slug))


def test_a_compound_splits_into_the_glossarys_words(geotech: list[Entry]) -> None:
    parts = compound_parts(geotech, "sv")
    assert parts is not None
    # the head with its linking "s" off; the tail by its stem ("pålen": "påle")
    assert parts.split("friktionspålen") == ("friktion", "pålen")
    assert parts.split("borrhål") == ("borr", "hål")
    assert parts.split("vatten") == ()  # no two words of the glossary make it
    assert parts.split("berg") == ()  # too short to be a compound


def test_english_and_other_glossaries_never_split(geotech: list[Entry]) -> None:
    assert compound_parts(geotech, None) is None
    assert compound_parts(geotech, "en") is None
    assert compound_parts(geotech, "fr") is None


def test_a_question_word_said_by_a_compounds_part(bee: list[Entry]) -> None:
    # "körtlarna" is Vaxkörtlar's last part, "vaxet" Bivax's "vax" by its stem
    parts = compound_parts(bee, "sv")
    text = entry_text(_entry(bee, "bivax"))
    question = "var på biet sitter körtlarna som gör vaxet"
    assert _unsaid(question, text, frozenset(), None) > _unsaid(question, text, frozenset(), parts)


def test_swedish_bm25_meets_a_compounds_part(geotech: list[Entry]) -> None:
    index = LexicalIndex.build(geotech, "sv")
    assert "^pål" in index.vocab  # Friktionspåle's "påle"
    at = next(i for i, e in enumerate(geotech) if e.id.endswith("#friktionspåle"))
    # "pålar" is written by no entry whole: its stem meets the compound's part
    assert index.scores("pålar")[at] > 0
    # a question's compound no entry writes meets the entries' words by its parts
    assert index.scores("friktionspålen")[at] > 0


def test_english_bm25_tokens_are_as_before() -> None:
    entries = list(load_corpus(CORPUS).entries)[:200]
    index = LexicalIndex.build(entries)
    assert not any(t.startswith("^") for t in index.vocab)
    assert index_tokens("dropout layers") == ["dropout", "~dropout", "layer", "~layer"]
    assert index.parts is None


def test_norwegian_bokmal_stems_as_norwegian() -> None:
    assert index_token("batteriene", "nb") == index_token("batteriene", "no")
    assert index_token("batteriene", "nb") != index_token("batteriene", "en")
