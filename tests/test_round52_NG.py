"""Round 52 NG: negatives answered from a neighbour entry, and Danish questions.

- illness-glossary (a PHP ``$meanings`` array): "his sugar drops too low, what is that
  called" was answered with Diabetes, whose text says blood sugar is elevated: a described
  question is refused when its answering entry says a word the question gives a direction
  only with the opposite one (judgement_opposite.py). The array's double-quoted
  ``"athlete\\'s foot"`` keeps no backslash (PARSER_VERSION 122).
- powerbi-glossary (Microsoft's Danish Power BI glossary): Danish is data now
  (question_forms.json "da", answer_phrases.json "da"), "aa" / "oe" / "ae" typed for
  "å" / "ø" / "æ" read as the glossary's word ("maaling": Måling), and the glossary's
  subject said with another name ("hvad er et dashboard i power bi") asks of the other one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.phrases import phrases
from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.phrases import words
from rag_glossary.judgement_opposite import opposite_refuses, states_opposite
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.php_source import array_literals

_EVAL = Path(__file__).resolve().parent.parent / "eval" / "corpora"
ILLNESS = _EVAL / "illness-glossary"
POWERBI = _EVAL / "powerbi-glossary"


@pytest.fixture(scope="module")
def illness() -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(ILLNESS).entries}


@pytest.fixture(scope="module")
def powerbi() -> CoverageIndex:
    index = CoverageIndex(load_corpus(POWERBI).entries)
    assert index.language == "da"
    return index


# --- PHP strings -----------------------------------------------------------------------


def test_php_double_quoted_escaped_apostrophe_reads_as_apostrophe(
    illness: dict[str, Entry],
) -> None:
    assert PARSER_VERSION >= 122
    foot = illness["illness-glossary#athletes-foot-tinea-pedis"]
    assert foot.title == "athlete's foot (tinea pedis)"
    assert foot.line == 247  # the key's line, found as the file writes it (escaped)
    assert illness["illness-glossary#alzheimers-disease"].title == "alzheimer's disease"
    assert not any("\\" in e.title for e in illness.values())


def test_php_string_escapes() -> None:
    code = """<?php $g = ["a\\'s" => 'b\\'s', "c\\\\'d" => 'e\\\\f', 'g\\n' => "h\\n"];"""
    [(_, value)] = list(array_literals(code))
    assert value == {"a's": "b's", "c\\'d": "e\\f", "g\\n": "h\n"}


# --- a described question answered by the entry saying the opposite --------------------

_LOW_SUGAR = (
    "my diabetic dad gets shaky, sweaty and confused when he skips lunch because his "
    "sugar drops too low, what is that called"
)


def test_low_sugar_is_not_diabetes(illness: dict[str, Entry]) -> None:
    diabetes = illness["illness-glossary#diabetes"]
    assert "elevated levels of blood glucose (or blood sugar)" in diabetes.body
    assert states_opposite(_LOW_SUGAR, diabetes.body)
    entries = list(illness.values())
    at = {e.id: i for i, e in enumerate(entries)}
    hits = (Hit(diabetes.id, diabetes.title, diabetes.source, None, "", 1.0, diabetes),)
    assert opposite_refuses(_LOW_SUGAR, hits, entries, at.get)
    # the same direction, or none, is no opposite
    assert not states_opposite("what is it called when blood sugar is too high", diabetes.body)
    assert not states_opposite("a disease where the body cannot use sugar", diabetes.body)


def test_low_blood_pressure_entries(illness: dict[str, Entry]) -> None:
    low = illness["illness-glossary#low-blood-pressure"].body
    high = illness["illness-glossary#hypertension"].body
    question = "what is it called when your blood pressure drops too low and you feel faint"
    assert not states_opposite(question, low)
    assert states_opposite(question, high)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # asks which of the two: no direction of its own
        ("is a mockup high or low fidelity", "Static product design. High Fidelity."),
        # "below that" is said of the missing events, "above which" of the detected ones
        (
            "the smallest magnitude where the catalog actually catches every single quake in "
            "the region, below that stuff goes missing",
            "The minimum magnitude above which all earthquakes in a region are reliably "
            "detected and recorded. Events below Mc may be missing from the catalogue.",
        ),
        # "low pressure" is the question's, the entry says low and high pressure both
        (
            "the rule that if you stand facing the wind in the northern hemisphere the low "
            "pressure is on your right",
            "In the northern hemisphere, with your back to the wind, low pressure is on your "
            "left and high pressure on your right.",
        ),
    ],
)
def test_no_opposite(question: str, text: str) -> None:
    assert not states_opposite(question, text)


# --- Danish ---------------------------------------------------------------------------


def test_danish_forms_and_refusals() -> None:
    forms = question_forms()["da"]
    assert {"hvad", "hvordan", "hvilken"} <= forms.question
    assert {"betyder", "står", "staar"} <= forms.meaning
    assert ("aa", "å") in forms.typed
    assert asked_words(words("PaaS hvad staar det for"), "da") == ("paas",)
    da = phrases("da")
    assert da.not_in.format(term="datamart") == "datamart findes ikke i ordlisten"
    assert da.not_covered == "Ordlisten dækker ikke dette spørgsmål"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # Power BI is the glossary's subject: the other name is asked
        ("hvad er et dashboard i power bi", "dashboard"),
        ("hvad er power bi", "power-bi"),
        ("hvad er power bi desktop", "power-bi-desktop"),
        ("PaaS hvad staar det for", "paas"),
    ],
)
def test_danish_question_finds_its_entry(powerbi: CoverageIndex, question: str, entry: str) -> None:
    found = powerbi.check(question)
    assert found.found and f"powerbi-glossary#{entry}" in found.entry_ids


def test_subject_with_a_missing_name_is_not_the_subject(powerbi: CoverageIndex) -> None:
    found = powerbi.check("hvad er en datamart i power bi")
    assert "powerbi-glossary#power-bi" not in found.named_entries


def test_aa_typed_for_a_ring(powerbi: CoverageIndex) -> None:
    assert powerbi._typed("maaling") == "måling"
    assert powerbi._typed("dashboard") is None
    # "maaling" is not written by the glossary, "måling" is
    assert powerbi._slips_mended(["maaling"]) == ["måling"]
