"""Round 38 lane G: a glossary in another language reads a question by its own words
(``coverage/glossary_language.py``, ``answer/language_cues.py``; real entries, real model).

A long German or Swedish description was refused with its entry first: the rare-word count
took "welche", "der", "von", "wenn" for specific things the entry lacks. A comparison
("unterschied hsi und hse") was read as one term and answered by one side.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.phrases import phrases
from rag_glossary.answer.question import analyze
from rag_glossary.coverage import SPECIFIC_MISSING
from rag_glossary.coverage.foreign_words import ForeignWords
from rag_glossary.coverage.glossary_language import frame_words, question_forms
from rag_glossary.everyday import unsupported_rare
from rag_glossary.parsing.corpus import load_corpus

_CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
_ISR = "welche funktion springt der prozessor von selbst an, wenn z.b. ein timer überläuft?"


def _text(corpus: str, entry_id: str) -> str:
    entries = load_corpus(_CORPORA / corpus).entries
    entry = next(e for e in entries if e.id == entry_id)
    return " ".join((entry.title, *entry.aliases, entry.body))


def test_function_words_of_the_glossary_language_are_no_specific_words() -> None:
    isr = _text("stm-glossary", "stm-glossary#isr")
    assert unsupported_rare(_ISR, isr) >= SPECIFIC_MISSING  # "welche", "springt", "selbst", ...
    assert unsupported_rare(_ISR, isr, frame_words("de")) < SPECIFIC_MISSING


def test_an_english_glossary_keeps_every_word() -> None:
    assert frame_words(None) == frozenset()
    assert "die" not in frame_words(None)


def test_words_no_entry_uses_skip_the_language_function_words() -> None:
    entries = load_corpus(_CORPORA / "stm-glossary").entries
    words = ForeignWords.of(" ".join((e.title, e.body)) for e in entries)
    question = "welchen takt macht die pll beim f103 aus den 8 mhz"
    assert words.count(question) > words.count(question, frame_words("de"))


def test_question_forms_are_data() -> None:
    forms = question_forms()
    assert {"de", "sv"} <= set(forms)
    assert "unterschied" in forms["de"].contrast
    assert "och" in forms["sv"].joins


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("unterschied hsi und hse", ("hsi", "hse")),
        ("bsrr oder odr zum pin setzen, was ist der unterschied?", ("bsrr", "odr")),
        ("skillnad mellan humlor och solitärbin", ("humlor", "solitärbin")),
    ],
)
def test_a_comparison_in_the_glossary_language_has_two_sides(
    question: str, sides: tuple[str, str]
) -> None:
    assert analyze(question).shape == "compare"
    assert analyze(question).sides == sides
    assert analyze(question).text == question


def test_english_questions_are_not_read_as_another_language() -> None:
    assert compared_in_language("what is the difference between bsrr and odr") is None
    assert compared_in_language("die casting vs sand casting") is None


def test_a_long_german_description_is_answered_from_its_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("stm-glossary", tmp_path_factory).ask(_ISR)
    assert answer.covered
    assert answer.citations[0] == "stm-glossary#isr"


def test_a_german_comparison_cites_both_sides(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("stm-glossary", tmp_path_factory).ask("unterschied hsi und hse")
    assert set(answer.citations[:2]) == {"stm-glossary#hsi", "stm-glossary#hse"}


def test_refusal_phrases_follow_the_glossary_language() -> None:
    assert phrases("de").not_covered == "Das Glossar deckt diese Frage nicht ab"
    assert phrases("sv").nearest == "närmaste poster"
    # English, and a language without phrases, read English's
    assert phrases(None).not_covered == "The glossary does not cover this question"
    # Danish has its own since round 52 (lane NG); Finnish, Estonian and Marathi since round
    # 58 (lanes CL, PE and the lead); Gujarati, whose script is read, has none yet
    assert phrases("gu") == phrases(None)


def test_a_german_refusal_is_in_german(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("stm-glossary", tmp_path_factory)
    question = "wer entscheidet welcher interrupt zuerst drankommt wenn zwei gleichzeitig auslösen"
    answer = assistant.ask(question)
    assert not answer.covered
    assert answer.text.startswith("Das Glossar deckt diese Frage nicht ab; nächstliegende")
