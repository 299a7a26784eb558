"""Round 53 lane FG: Greek words typed without accents and in other cases, read by BM25.

A Greek glossary (its language "el", glossary_language.py) was stemmed as English: its
words met a question's only as written, so "καικια" never met "καϊκιών", nor "σκαφους"
"σκάφους". lexical.py now stems Greek with Snowball's Greek stemmer, the word's accents
dropped first (the stemmer reads "ϊ" as "η"), and stem_names.py keys a name's Greek words
so too. A question's Greek function words ("τις", "στην", "να", data/question_forms.json),
typed as the glossary types them while its own words are typed without accents, weigh
FUNCTION_WEIGHT and no stem, so they no longer outscore the words that say what it asks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage.stem_names import stem_key
from rag_glossary.lexical import (
    _STEM_MARK,
    FUNCTION_WEIGHT,
    STEM_WEIGHT,
    LexicalIndex,
    _query_terms,
    _stemmed,
)
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def boatyard() -> list[Entry]:
    return list(load_corpus(CORPORA / "boatyard-glossary").entries)


def _stems(text: str) -> list[str]:
    return [s for _, s in _stemmed(text, "el")]


def test_greek_stems_meet_with_and_without_accents_and_across_cases() -> None:
    # a diaeresis typed or not, accents typed or not, nominative or genitive
    assert _stems("καϊκιών") == _stems("καικια") == _stems("καΐκι")
    assert _stems("σκάφους") == _stems("σκαφος") == _stems("ΣΚΑΦΟΣ")
    assert _stems("γυναικες") == _stems("γυναίκα")
    assert _stems("εδρες") == _stems("εδρών")
    # the words as written stay as written: only their stems meet
    assert [t for t, _ in _stemmed("πλάτη", "el")] != [t for t, _ in _stemmed("πλατη", "el")]


def test_other_languages_stem_as_before() -> None:
    assert _stemmed("sliding doors", "en") == _stemmed("sliding doors", None)
    assert _stemmed("dönüşümde", "tr") == [("doenueşuemde", "donus")]


def test_greek_function_words_weigh_less_and_have_no_stem() -> None:
    terms = _query_terms("πως ελεγαν τις γυναικες στην πλατη", "el")
    assert ("τις", FUNCTION_WEIGHT) in terms and ("στην", FUNCTION_WEIGHT) in terms
    # "πως" is "πώς" typed without its accent
    assert ("πως", FUNCTION_WEIGHT) in terms
    assert (_STEM_MARK + _stems("τις")[0], STEM_WEIGHT) not in terms
    assert ("γυναικες", 1.0) in terms and (_STEM_MARK + "γυναικ", STEM_WEIGHT) in terms
    # no other language's function words change weight
    assert ("der", 1.0) in _query_terms("der Schlauch", "de")
    assert all(w in (1.0, STEM_WEIGHT) for _, w in _query_terms("mikä on malli", "fi"))


def test_greek_description_typed_without_accents_finds_its_entry(boatyard: list[Entry]) -> None:
    # Κλαδούσα: "γεροδεμένη γυναίκα που κουβαλούσε στην πλάτη μεγάλες θυμαρίσιες μπάλες
    # ... για το κάψιμο των καϊκιών"; asked in other cases, accents dropped
    index = LexicalIndex.build(boatyard, "el")
    scores = index.scores("ποιες γυναικες κουβαλουσαν θυμαρι στην πλατη τους για τα καικια")
    ranked = [boatyard[i].anchor for i in scores.argsort()[::-1][:3]]
    assert ranked[0] == "κλαδούσα"


def test_greek_name_keys_meet_across_accents() -> None:
    # a title's stem key (stem_names.py) meets its words typed without accents, in
    # another case: "καϊκιών" / "καικια", "σκάφους" / "σκαφος"
    assert stem_key(["καϊκιών"], "el") == stem_key(["καικια"], "el")
    assert stem_key(["άσπρο", "σκάφος"], "el") == stem_key(["ασπρο", "σκαφους"], "el")


def test_finnish_names_meet_their_case_forms_across_more_gradation() -> None:
    # liikenne-glossary's titles Matkatuotos, Vastus (-s: -kse-) and Lähtötieto (t: d),
    # said in the genitive or the plural
    assert stem_key(["matkatuotoksen"], "fi") == stem_key(["matkatuotos"], "fi")
    assert stem_key(["vastuksen"], "fi") == stem_key(["vastus"], "fi")
    assert stem_key(["lähtötiedot"], "fi") == stem_key(["lähtötieto"], "fi")
    assert stem_key(["lähtötiedon"], "fi") == stem_key(["lähtötieto"], "fi")
    assert stem_key(["kengän"], "fi") == stem_key(["kenkä"], "fi")  # nk: ng
    # as before: nt: nn, -nen: -se-, a hyphened name's last part inflected
    assert stem_key(["estimoinnilla"], "fi") == stem_key(["estimointi"], "fi")
    assert stem_key(["ennustamisella"], "fi") == stem_key(["ennustaminen"], "fi")
    assert stem_key(["u-linjalla"], "fi") == stem_key(["u-linja"], "fi")
    # different names stay apart
    assert stem_key(["matkatuotos"], "fi") != stem_key(["matka"], "fi")
    assert stem_key(["vastus"], "fi") != stem_key(["vasta"], "fi")
