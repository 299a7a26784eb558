"""Round 50 lane G: Greek questions over a Greek glossary.

boatyard-glossary (tests/fixtures/formats/boatyard-glossary.js, a Greek boatbuilding book's
865 terms) was read as a glossary in no language: the stop-words package's Greek list is
Ancient Greek, polytonic, so modern Greek "τι ειναι", "ποια η διαφορα" stayed content
words ("τι ειναι ο νομαίας στο σκαρι is not in the glossary"). Greek now has its own
function words and question forms (data/question_forms.json "el"); a question typed in
Latin letters ("erma ti simainei") is read in Greek script (greeklish.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.greeklish import Greeklish, sound_key
from rag_glossary.judgement_terms import read_by_letters
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def boatyard(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    folder = tmp_path_factory.mktemp("boatyard-g")
    shutil.copy(FORMATS / "boatyard-glossary.js", folder)
    return list(load_corpus(folder).entries)


def test_a_modern_greek_glossary_is_greek_and_its_frames_drop(boatyard: list[Entry]) -> None:
    assert corpus_language(boatyard) == "el"
    # typed with and without accents
    assert asked_words(["τι", "ειναι", "ο", "νομαίας", "στο", "σκαρι"], "el") == (
        "νομαίας",
        "σκαρι",
    )
    assert asked_words(["τι", "σημαίνει", "καλαφάτισμα"], "el") == ("καλαφάτισμα",)


def test_a_greek_comparison_typed_without_accents_has_two_sides() -> None:
    assert (
        compared_in_language("ποια η διαφορα κατακεφαλο και λοναδο σε μαδερι")
        == "difference between κατακεφαλο and λοναδο"
    )


@pytest.mark.parametrize(
    ("greek", "latin"),
    [("σημαίνει", "simainei"), ("καϊκιού", "kaikiou"), ("θρούμπα", "throumpa"), ("πώς", "pws")],
)
def test_greeklish_sounds_as_the_greek_word(greek: str, latin: str) -> None:
    assert sound_key(greek) == sound_key(latin)


def test_greek_is_read_by_letters() -> None:
    assert read_by_letters("ποσο κοστιζει σημερα να φτιαξεις ενα ξυλινο καικι 12 μετρων")
    assert not read_by_letters("what is a gudgeon στο τιμονι")
    assert not read_by_letters("roslyn компилятор что это")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("erma ti simainei", "έρμα"),  # the glossary's own word, accents and all
        ("what is a gudgeon", "what"),  # English: no Greek frame word, left as typed
        ("crosscut saw πως το λενε", "crosscut"),  # Greek letters: not Greeklish
    ],
)
def test_greeklish_is_read_in_greek_script(boatyard: list[Entry], typed: str, read: str) -> None:
    greeklish = Greeklish.of(t for e in boatyard for t in (e.title, *e.aliases, e.body))
    assert greeklish.read(typed).split()[0] == read


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("erma ti simainei", "boatyard-glossary#έρμα"),
        ("απο τι υλικα φτιαχνοταν το ρετσινοπαλαμισμα", "boatyard-glossary#ρετσινοπαλάμισμα"),
        ("μετακεντρικο υψος τι ειναι", None),  # a missing name before its frame: refused
        ("σπινακερ", None),  # no rescue by a unit the model reads letter by letter
    ],
)
def test_greek_questions_are_answered_or_refused(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("boatyard-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
        # the refusal names the missing name without its frame ("τι ειναι")
        named = question.removesuffix(" τι ειναι")
        assert answer.text.startswith(f"{named}: δεν υπάρχει στο γλωσσάριο")
    else:
        assert answer.covered and answer.citations[0] == cited
