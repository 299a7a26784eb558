"""Round 51 FG: a Swedish termbase (geotech-glossary, TNC's Geoteknisk ordlista in TBX)
asked in Swedish. Swedish meaning forms beyond "betyder" ("förklaring", "definition",
"förkortning", "står ... för") are a question's frame; a name written in capitals ("PA",
aktivt jordtryck's symbol) is kept though its small letters are a frame word (Swedish "på"
typed without its ring); a first question before "och" + a question word ("vad är
markradon och hur ...") naming a word no entry writes is that term, missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.asked_in_language import asked_words, capital_names, first_asked
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.name_rest import voiceless
from rag_glossary.coverage.phrases import words
from rag_glossary.parsing import load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "geotech-glossary"


@pytest.fixture(scope="module")
def coverage() -> CoverageIndex:
    index = CoverageIndex(load_corpus(CORPUS).entries)
    assert index.language == "sv"
    return index


@pytest.mark.parametrize(
    ("question", "term", "entry"),
    [
        # "förklaring" is the frame; "effektivspäning" one letter from Effektivspänning
        ("effektivspäning förklaring", "effektivspäning", "effektivspänning"),
        ("definition av bärighet", "bärighet", "bärighet"),
        # "PA" in capitals is aktivt jordtryck's symbol, not "på"
        ("vad står PA för när man pratar om jordtryck", "pa", "aktivt-jordtryck"),
    ],
)
def test_swedish_question_finds_its_term(
    coverage: CoverageIndex, question: str, term: str, entry: str
) -> None:
    found = coverage.check(question)
    assert found.found and found.key_term == term
    assert f"geotech-glossary#{entry}" in found.entry_ids


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("vad är markradon och hur gör man huset radonsäkert", "markradon"),
        ("skjuvmodul förklaring", "skjuvmodul"),
    ],
)
def test_swedish_question_of_a_missing_term(
    coverage: CoverageIndex, question: str, term: str
) -> None:
    found = coverage.check(question)
    assert found.found is False and found.key_term == term


def test_small_pa_is_still_a_function_word(coverage: CoverageIndex) -> None:
    # "vilka jordarter ar exempel pa friktionsjord": "pa" typed small is "på"
    said = words("vilka jordarter ar exempel pa friktionsjord")
    assert "pa" not in (asked_words(said, "sv") or ())
    names = coverage._names
    assert capital_names("vilka jordarter ar exempel pa friktionsjord", names) == frozenset()
    assert capital_names("vad står PA för", names) == {"pa"}
    assert capital_names("VAD STÅR PA FÖR", names) == frozenset()  # shouted: no abbreviation


def test_first_asked_needs_a_question_word_after_and() -> None:
    forms = question_forms()["sv"]
    said = words("vad är markradon och hur gör man huset radonsäkert")
    assert tuple(first_asked(said, forms)) == ("vad", "är", "markradon")
    # "bundet och fritt grundvatten": "och" joins two sides, no second question
    assert tuple(first_asked(words("skillnad mellan bundet och fritt grundvatten"), forms)) == ()


def test_abbreviation_before_a_name_names_another_kind() -> None:
    # batteri-glossary (Norwegian) has Reserve but no FCR reserve: "fcr", no vowel, is an
    # abbreviation naming a kind of reserve, though shorter than a modifier word
    batteri = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "batteri-glossary"
    found = CoverageIndex(load_corpus(batteri).entries).check("fcr reserve hva er det")
    assert found.found is False and found.key_term == "fcr reserve"
    assert voiceless("fcr") and not voiceless("kim") and not voiceless("då")


def test_story_closing_by_asking_what_it_means_names_its_title() -> None:
    # bee-glossary (Swedish): "vad innebär det egentligen" says no name (frame and everyday
    # words); the story wrote Vandrande biodling, a top hit
    bee = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "bee-glossary"
    coverage = CoverageIndex(load_corpus(bee).entries)
    story = (
        "min granne pratar hela tiden om vandrande biodling, han kör runt sina kupor på en "
        "släpvagn på sommaren."
    )
    ranked = ["bee-glossary#vandrande-biodling"]
    found = coverage.check(f"{story} vad innebär det egentligen", ranked)
    assert found.found and found.entry_ids == ("bee-glossary#vandrande-biodling",)
    # asking what it is called ("kallas") refers back to no name
    assert coverage.check(f"{story} vad kallas det egentligen", ranked).key_term != (
        "vandrande biodling"
    )
