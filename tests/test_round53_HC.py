"""Round 53 HC: Czech and Hungarian word forms. Czech glossaries are stemmed by Snowball's
Czech stemmer (they were stemmed as English), Czech and Hungarian stems are compared without
their marks (users type "zarizeni" for zařízení, "oroklodesnel" for öröklődésnél), a
Hungarian word typed without marks loses its case ending before it is stemmed
(LEXICAL_VERSION 11), and a Hungarian ending written after a hyphen ("call stack-ben",
"C++-ban") is no word of the key term."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.hyphens import hyphenated
from rag_glossary.lexical import LexicalIndex, index_tokens
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.word_forms import hungarian_hyphen_cut, hyphen_ended

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def iot() -> list[Entry]:
    return list(load_corpus(CORPORA / "iot-glossary").entries)


@pytest.fixture(scope="module")
def cpp() -> list[Entry]:
    return list(load_corpus(CORPORA / "cpp-glossary").entries)


def _at(entries: list[Entry], slug: str) -> int:
    return next(i for i, e in enumerate(entries) if e.id.endswith("#" + slug))


def _stems(text: str, language: str) -> list[str]:
    return [t for t in index_tokens(text, language) if t.startswith("~")]


def test_czech_case_forms_stem_alike_with_or_without_marks() -> None:
    assert _stems("zařízení", "cs") == _stems("zařízením", "cs") == _stems("zarizeni", "cs")
    assert _stems("brána", "cs") == _stems("bránu", "cs") == _stems("branou", "cs")
    assert _stems("zprávy", "cs") == _stems("zpravu", "cs")


def test_hungarian_forms_typed_without_marks_stem_as_the_marked() -> None:
    assert _stems("öröklődésnél", "hu") == _stems("oroklodesnel", "hu")
    assert _stems("öröklődés", "hu") == _stems("oroklodes", "hu")
    assert _stems("változó", "hu") == _stems("valtozot", "hu")
    assert _stems("függvényen", "hu") == _stems("fuggvenyemet", "hu")


def test_english_tokens_are_as_before() -> None:
    assert index_tokens("sliding windows", None) == ["sliding", "~slide", "window", "~window"]


def test_a_czech_question_without_marks_meets_its_entry(iot: list[Entry]) -> None:
    index = LexicalIndex.build(iot, "cs")
    scores = index.scores("stav zarizenim")
    at = _at(iot, "stav-zařízení")
    assert scores[at] == scores.max()


def test_a_hungarian_question_without_marks_meets_its_entry(cpp: list[Entry]) -> None:
    index = LexicalIndex.build(cpp, "hu")
    at = _at(cpp, "virtuális-öröklődés")
    scores = index.scores("virtualis oroklodesnel")
    assert scores[at] == scores.max()


def test_hungarian_endings_after_a_hyphen_are_cut() -> None:
    assert hungarian_hyphen_cut("call stack-ben mi tarolodik") == "call stack mi tarolodik"
    assert hungarian_hyphen_cut("-Werror mit csinal g++-nal") == "-Werror mit csinal g++"
    assert hungarian_hyphen_cut("a struct sizeof-ja") == "a struct sizeof"
    # a name's own word stays ("Fordítási flag-ek"); a hyphenated word is no ending
    assert hungarian_hyphen_cut("fordítási flag-ek", {"ek"}) == "fordítási flag-ek"
    assert hungarian_hyphen_cut("e-mail cím") == "e-mail cím"


def test_only_a_hungarian_glossary_cuts_endings() -> None:
    assert hyphenated("call stack-ben", (), "hu") == "call stack"
    assert hyphenated("call stack-ben", (), "de") == "call stack-ben"
    assert hyphenated("call stack-ben", ()) == "call stack-ben"


def test_a_hungarian_ending_after_a_hyphen_says_the_question_is_hungarian() -> None:
    said = ["call", "stack", "mi", "tarolodik"]  # "call stack-ben mi tarolodik", cut
    assert asked_words(said, "hu") is None  # English words and one typed without marks
    assert asked_words(said, "hu", asked="call stack-ben mi tarolodik") == (
        "call",
        "stack",
        "tarolodik",
    )
    assert not hyphen_ended("e-mail cím") and hyphen_ended("C++-ban")
