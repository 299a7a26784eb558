"""Round 58 lane FM: Marathi, told by its script and read by its question forms.

(1) A Marathi glossary writes its postpositions on the noun ("संगणकाचा", "प्रोग्राममध्ये"):
its function words are .05 of computing-glossary's word occurrences, under
MIN_FUNCTION_SHARE, so its language was None and "CPU म्हणजे काय" was read as an English
term and refused. Its words are mostly Devanagari (question_forms.json ``script``), and of
the languages so written Marathi's function words are the ones it writes: it is Marathi;
the Hindi and Bengali glossaries keep theirs. (2) Marathi's question forms, typed in
Devanagari or romanised ("mhanje kay"), are its frame. (3) In a script the English grammar
reads no word of, a term joined by the language's own "and" is two names ("deep learning
आणि neural network काय आहे": no answer from Machine Learning). Read on the real glossaries.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import comparison_read
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.term_edges import language_terms
from rag_glossary.language_stamp import DETECTION_FIELDS, DETECTION_VERSION
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import LEXICAL_VERSION
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.mark.parametrize(
    ("name", "language"),
    [("computing-glossary", "mr"), ("ethereum-glossary", "hi"), ("cloud-glossary", "bn")],
)
def test_an_indic_glossarys_language(name: str, language: str) -> None:
    assert corpus_language(load_corpus(CORPORA / name).entries) == language


def test_the_script_is_detection_data() -> None:
    assert DETECTION_VERSION == 3
    assert LEXICAL_VERSION >= 16  # 17: Tamil (round 59 FT) and Slovenian (round 59 PS)
    assert "script" in DETECTION_FIELDS


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("CPU म्हणजे काय?", ("cpu",)),
        ("compiler mhanje kay asta nakki", ("compiler",)),
        ("DNS काय असतं ? सोप्या भाषेत सांगा", ("dns", "सोप्या", "भाषेत")),
        ("tuple कशासाठी वापरतात", ("tuple",)),
    ],
)
def test_marathi_question_forms_are_its_frame(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(words(question), "mr") == asked


def test_a_marathi_comparison_reads_as_one() -> None:
    assert comparison_read("http ani https madhe farak kay? https safe asta ka") == (
        "mr",
        "difference between http and https",
    )
    assert comparison_read("frontend आणि backend यात फरक काय आहे") == (
        "mr",
        "difference between frontend and backend",
    )


def test_names_joined_by_the_languages_and_are_two_terms() -> None:
    said = "deep learning आणि neural network काय आहे"
    terms = language_terms([KeyTerm(said, False)], "mr", said)
    assert [t.text for t in terms] == ["deep learning", "neural network"]
    # a clause joined so is no pair of names: the term stays whole
    story = "laptop हरवला किंवा खराब झाला तर सगळे photos जाऊ नयेत"
    assert [t.text for t in language_terms([KeyTerm(story, False)], "mr", story)] == [story]
    # a Latin-script language's terms are as before
    assert [t.text for t in language_terms([KeyTerm("rot und grün", False)], "de")] == [
        "rot und grün"
    ]


def test_a_word_boundary_fails_after_a_vowel_sign_but_the_words_do_not() -> None:
    # the curator's check: ``\b`` finds no edge after "े" (no word character to Python's re)
    assert re.search(r"\bम्हणजे\b", "cpu म्हणजे काय") is None
    assert words("cpu म्हणजे काय") == ["cpu", "म्हणजे", "काय"]


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (("संगणक", "संगणकाचा", "संगणकाला", "संगणकावरही"), "संगणक"),
        (("प्रोग्राम", "प्रोग्राममधील", "प्रोग्राममध्ये"), "प्रोग्राम"),
        (("दिशा", "दिशेने"), "दिश"),  # Diode's "एका दिशेने", a question's "एकाच दिशेने"
        (("एका", "एकाच"), "एका"),
        (("ॲक्टिव्हिटी", "अॅक्टिव्हिटी"), "अॅक्टिव्हिटी"),  # one vowel, two spellings
    ],
)
def test_marathi_stems(forms: tuple[str, ...], stem: str) -> None:
    assert {index_token(w, "mr") for w in forms} == {stem}
    assert index_token("programs", "mr") == "program"  # a Latin word stems as English


def test_marathi_refusal(tmp_path_factory: pytest.TempPathFactory) -> None:
    # computing-032: "machine code" is no entry; the refusal is in Marathi, not English
    answer = shared_assistant("computing-glossary", tmp_path_factory).ask("machine code म्हणजे काय")
    assert not answer.covered
    assert answer.text.startswith("machine code शब्दकोशात नाही; जवळच्या नोंदी")
