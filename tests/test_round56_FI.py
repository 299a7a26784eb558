"""Round 56 lane FI: an Icelandic glossary (eval/corpora/chem-glossary, the chapter-1
glossary of the Icelandic translation of OpenStax Chemistry 2e) and Icelandic questions.

The stop-words package has no Icelandic: its letters "þ" and "ð" name the language
(question_forms.json ``is`` ``letters``), its own function-word list and question forms
("hvað er", "hvad þýðir", "hvað heitir", "munurinn á X og Y") are data, its case endings
are cut by a light stemmer (icelandic_stems.py) compared without marks, and a refusal is
told in Icelandic. Three readings of a question in the glossary's language, for any
language: a clause word after a name (``clause``: "þegar", when) sets the words after it
apart, an ``asks`` form after a name ("einn metri mörg yards") leaves the words after it
asked of the name, and a name said after a number ("0 gráður celsius ... í kelvin") is a
quantity given while another name is asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary import Retriever
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.name_rest import after_quantity
from rag_glossary.everyday import everyday_in
from rag_glossary.icelandic_stems import icelandic_stem
from rag_glossary.language_stems import plain_stem
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def chem(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("chem-glossary", tmp_path_factory))


@pytest.fixture(scope="module")
def lookup() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "chem-glossary").entries)


def test_the_glossary_is_read_as_icelandic_and_the_nordic_ones_stay() -> None:
    assert corpus_language(load_corpus(CORPORA / "chem-glossary").entries) == "is"
    assert corpus_language(load_corpus(CORPORA / "powerbi-glossary").entries) == "da"
    assert corpus_language(load_corpus(CORPORA / "batteri-glossary").entries) == "nb"
    assert corpus_language(load_corpus(CORPORA / "geotech-glossary").entries) == "sv"


def test_icelandic_frame_words() -> None:
    frame = frame_words("is")
    assert {"hvað", "hvad", "er", "þýðir", "thydir", "heitir", "munurinn", "og", "í"} <= frame
    assert {"maður", "eitthvað"} <= frame  # "þegar maður er að mæla eitthvað": no content
    assert not {"efni", "eining", "massi"} & frame


@pytest.mark.parametrize(
    ("said", "title"),
    [
        # the case endings, the suffixed article and the u-umlaut ("blanda", "blöndu")
        (("misleita", "efnablöndu"), ("misleit", "efnablanda")),
        (("kenningu", "kenningar", "kenninguna"), ("kenning",)),
        (("lögmáli", "lögmáls", "lögmálsins"), ("lögmál",)),
        (("frumefnis", "frumefnum"), ("frumefni",)),
        (("lítra",), ("lítri",)),
        (("yards",), ("yardar",)),  # Metri's "1,094 yardar"
    ],
)
def test_icelandic_stems_meet_the_titles(said: tuple[str, ...], title: tuple[str, ...]) -> None:
    for word in said:
        assert icelandic_stem(word) in {icelandic_stem(w) for w in title}, word


def test_a_stem_keeps_its_own_s_and_is_compared_without_marks() -> None:
    assert icelandic_stem("rafgas") == "rafgas"
    assert icelandic_stem("gas") == "gas"
    assert plain_stem("þyngdar", "is") == plain_stem("thyngd", "is") == "thyngd"
    assert plain_stem("eðlismassa", "is") == plain_stem("edlismassi", "is")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("hvað er eðlismassi", "eðlismassi"),
        ("hvad þýðir rafgas", "rafgas"),
        ("hvað er einingargreining??", "einingagreining"),  # one slip
        ("hvað þýðir matter í chemistry", "efni"),  # the English alias
        ("við hvað sýður vatn á fahrenheit", "fahrenheit"),
    ],
)
def test_named_questions_are_answered(chem: Retriever, question: str, entry: str) -> None:
    result = chem.retrieve(question, 5)
    assert result.covered
    assert result.hits[0].id == f"chem-glossary#{entry}"


def test_a_clause_after_the_name_is_no_modifier_of_it(lookup: CoverageIndex) -> None:
    # "þegar" (when) opens a clause: "precision mæla" is no kind of precision
    found = lookup.check("hvað er precision þegar maður er að mæla eitthvað")
    assert found.found
    assert found.key_term == "precision"


def test_an_asks_form_after_the_name_asks_of_it(lookup: CoverageIndex) -> None:
    # "mörg" (how many) after Metri: "yards" is what is asked, no kind of metre
    found = lookup.check("hvað er einn metri mörg yards")
    assert found.found
    assert found.key_term == "metri"


def test_a_name_after_a_number_is_a_quantity_given(lookup: CoverageIndex) -> None:
    assert after_quantity(["0", "gráður", "celsius", "kelvin"], ["celsius"]) == ["kelvin"]
    assert not after_quantity(["celsius", "kelvin"], ["celsius"])
    found = lookup.check("0 gráður celsius er hvað mikið í kelvin?")
    assert found.found
    assert found.key_term == "kelvin"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("hvað er mólmassi", "mólmassi"),
        ("hvad er oxunartala", "oxunartala"),
        ("lögmál boyles?", "lögmál boyles"),
    ],
)
def test_named_negatives_are_missing(lookup: CoverageIndex, question: str, term: str) -> None:
    found = lookup.check(question)
    assert found.found is False
    assert found.key_term == term


def test_icelandic_everyday_words() -> None:
    assert {"maður", "vatn", "gráður", "þyngd"} <= everyday_in("is")


def test_a_refusal_is_told_in_icelandic(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("chem-glossary", tmp_path_factory).ask("hvað er mólmassi")
    assert not answer.covered
    assert answer.text.startswith("mólmassi er ekki í orðasafninu; næstu færslur")
