"""Round 53 FT: a Thai glossary (quantfin-glossary, a Thai quantitative-finance course's
glossary) asked in Thai. Thai runs its words together: BM25 reads Thai runs as runs of
three characters, tone marks dropped and asking words cut out (thai_text.py), and a
question naming its term in Latin letters among Thai words is looked up by those names
(coverage/thai_terms.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.thai_terms import latin_names, thai_check
from rag_glossary.lexical import LexicalIndex, tokenize
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.thai_text import thai_grams, thai_runs

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "quantfin-glossary"


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return list(load_corpus(CORPUS).entries)


@pytest.fixture(scope="module")
def coverage(entries: list[Entry]) -> CoverageIndex:
    return CoverageIndex(entries)


def test_thai_runs_drop_tones_and_asking_words() -> None:
    # "เรียกว่าอะไร" ("what is it called") is cut out; tone marks dropped
    assert thai_runs("ยืมหุ้นมาขาย เรียกว่าอะไร") == ["ยืมหุนมาขาย"]
    assert thai_runs("implied volatility คืออะไรครับ") == []
    assert thai_grams("ยืมหุน") == ["ยืม", "ืมห", "มหุ", "หุน"]
    assert thai_grams("ยืม") == ["ยืม"]


def test_tokens_of_mixed_thai_and_english() -> None:
    tokens = tokenize("แปลง volatility รายวัน")
    assert "volatility" in tokens and "ราย" in tokens and "วัน" in tokens
    # text without Thai reads as before
    assert tokenize("rolling window") == ["rolling", "window"]


@pytest.mark.parametrize(
    ("question", "anchor"),
    [
        # Short selling: "ยืมหุ้นมาขายก่อน แล้วซื้อคืนในภายหลัง"
        ("ยืมหุ้นคนอื่นมาขายก่อน แล้วค่อยซื้อคืนทีหลัง เรียกว่าอะไร", "short-selling"),
        ("สุ่มจำลองเส้นทางราคาเป็นพันๆ รอบแล้วเอามาเฉลี่ยหาคำตอบ วิธีนี้เรียกว่าอะไร", "monte-carlo"),
        ("ต้นไม้ราคาที่ขึ้นแล้วลงกับลงแล้วขึ้นไปจบที่ราคาเดียวกัน", "recombining-tree"),
    ],
)
def test_thai_description_ranks_its_entry_first(
    entries: list[Entry], question: str, anchor: str
) -> None:
    index = LexicalIndex.build(entries)
    best = int(index.scores(question).argmax())
    assert entries[best].anchor == anchor


def test_latin_names_among_thai() -> None:
    assert latin_names("vasicek model คืออะไร") == ("vasicek model", "vasicek model")
    # a Thai "and" between two names; the story's name before "คืออะไร" is the one asked
    assert latin_names("european option กับ american option ต่างกันตรงไหน")[0] == (
        "european option and american option"
    )
    story = "ซื้อ call ไว้ แต่โดน theta กินไปแล้ว สรุปว่า theta คืออะไรกันแน่"
    assert latin_names(story)[1] == "theta"


@pytest.mark.parametrize(
    ("question", "term", "anchor"),
    [
        ("vasicek model คืออะไร", "vasicek model", "ornstein-uhlenbeck"),
        ("quadratic varaition แปลว่าอะไร", "quadratic varaition", "quadratic-variation"),
        # "Bermudan" is written alone, inside American option's text
        ("bermudan option ใช้สิทธิได้ตอนไหน", "bermudan", "american-option"),
    ],
)
def test_thai_question_finds_its_latin_name(
    coverage: CoverageIndex, question: str, term: str, anchor: str
) -> None:
    found = coverage.check(question)
    assert found.found and found.key_term == term
    assert f"quantfin-glossary#{anchor}" in found.entry_ids


@pytest.mark.parametrize(
    "question",
    [
        # "stratonovich" is written nowhere: not the glossary's Itô "integral"
        "stratonovich integral คืออะไร ต่างจากแบบอื่นยังไง",
        "asian option คืออะไร",
        # before: "คืออะไร" was the key term, found in Random walk's text
        "brownian bridge คืออะไร",
    ],
)
def test_thai_question_of_a_missing_name(coverage: CoverageIndex, question: str) -> None:
    found = coverage.check(question)
    assert found.found is False and found.key_term
    assert found.key_term.isascii()


def test_no_thai_no_thai_reading(coverage: CoverageIndex) -> None:
    assert thai_check(coverage, "what is vasicek model", None) is None
    # only one-letter names: the whole question's reading stays
    assert thai_check(coverage, "ความน่าจะเป็น p กับ q ต่างกันยังไง", None) is None


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # Thai "คืออะไร" typed in Latin letters trails the term as "meaning" does
        ("rolling window khue arai", "rolling window"),
        ("gamma khue a rai", "gamma"),
    ],
)
def test_romanised_thai_asking_trails_the_term(
    coverage: CoverageIndex, question: str, term: str
) -> None:
    found = coverage.check(question)
    assert found.found and found.key_term == term


def test_romanised_asking_of_a_missing_name(coverage: CoverageIndex) -> None:
    found = coverage.check("hull white model khue arai")
    assert not found.found and "arai" not in (found.key_term or "")
