"""Round 59 lane DV: Indic scripts' word edges.

(1) A pattern built from a question's or an entry's text as ``\\b{text}\\b`` missed a word
ending in a vowel sign (a combining mark is no ``\\w``) and found one letter inside a word;
``word_marks.whole_word`` / ``starts_word`` / ``ends_word`` put the edges on the word's
letters and marks instead (ethereum-glossary's Hindi titles, computing-glossary's Marathi
questions). (2) ``terms.normalize`` (and so ``answer.names.core``) keeps the marks in a
word: "लापता" was "ल पत".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rag_glossary.answer.names import core
from rag_glossary.answer.shapes import _names_side
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.slug_titles import _phrase
from rag_glossary.word_marks import ends_word, starts_word, whole_word

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _question(name: str, number: str) -> str:
    lines = (CORPORA / name / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return str(next(r["question"] for r in rows if r["id"].endswith(number)))


def test_a_word_ending_in_a_vowel_sign_is_whole() -> None:
    question = _question("computing-glossary", "008")  # "... म्हणजे काय रे भावा"
    assert re.search(r"\bम्हणजे\b", question) is None  # the fault: "े" is no \w
    assert re.search(whole_word("म्हणजे"), question) is not None


def test_a_letter_inside_a_word_is_no_word() -> None:
    question = _question("computing-glossary", "008")
    assert re.search(r"\bक\b", question) is not None  # "क" of "काय" (then the mark "ा")
    assert re.search(whole_word("क"), question) is None
    assert re.search(whole_word("काय"), question) is not None


def test_hindi_titles_ending_in_a_mark() -> None:
    entries = {e.title: e for e in load_corpus(CORPORA / "ethereum-glossary").entries}
    assert "खाता" in entries and "पता" in entries  # account, address
    text = "हर खाता एक पता रखता है"
    assert re.search(rf"\b{re.escape('खाता')}\b", text) is None
    assert re.search(whole_word("खाता"), text) is not None
    assert re.search(whole_word("पता"), "लापता") is None  # "missing": not the address


def test_english_edges_are_unchanged() -> None:
    for text in ("cat", "C++", ".NET", "read-only", "x_1"):
        assert whole_word(text) == starts_word(text) + re.escape(text) + ends_word(text)
    assert whole_word("cat") == r"\bcat\b"
    assert whole_word("C++") == r"\bC\+\+\b"  # a non-letter edge stays \b
    assert whole_word("café").startswith(r"\b")


def test_answer_rules_read_hindi_sides() -> None:
    assert _names_side("खाता और पता में क्या अंतर है", "खाता")
    assert not _names_side("लापता खातेदार", "पता")
    assert core("लापता खातेदार") == "लापता खातेदार"  # was "ल पत ख त द र": marks cut words
    assert core("Type II Errors") == "type 2 error"


def test_slug_title_phrases_keep_their_edges() -> None:
    assert _phrase([], "Multi Head Attention") is None
    assert _phrase(["head", "attention"], "Multi Head Attention") == "Head Attention"
    assert _phrase(["पता"], "लापता Address") is None  # no letters of a longer word
