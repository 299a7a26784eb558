"""Round 57 lane FV: a Latvian glossary (eval/corpora/lingo-glossary, the word list of a
Latvian Lingo game: five-letter words with dictionary definitions) and colloquial Latvian
questions, half typed without marks.

Latvian is told by its function words and letters (question_forms.json ``lv``: ā ē ī ģ ķ ļ ņ;
the stop-words package has no Latvian list), its questions by their forms ("kas ir", "ko
nozīmē", "kā sauc", "ar ko X atšķiras no Y", "kāda starpība"), its words by Kreslins' light
stemmer read without marks (latvian_stems.py); refusals are told in Latvian.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import words
from rag_glossary.everyday import everyday_in
from rag_glossary.language_stems import function_words_left
from rag_glossary.latvian_stems import latvian_stem
from rag_glossary.lexical import LexicalIndex, index_tokens
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def lingo() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "lingo-glossary").entries)


def test_the_glossary_is_read_as_latvian_and_its_neighbour_stays_lithuanian() -> None:
    assert corpus_language(load_corpus(CORPORA / "lingo-glossary").entries) == "lv"
    assert corpus_language(load_corpus(CORPORA / "erp-glossary").entries) == "lt"


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        # a masculine noun of the first declension, typed with marks or without
        ("jards jarda jardā jardam jardu jardi jardiem jardos jarda", "jard"),
        # a feminine noun: "proza", "prozas", "prozu"; Kuģis's softened ģ read as g
        ("proza prozas prozai prozu prozā prozām", "proz"),
        ("kuģis kuģa kuģim kuģi kuģī kuga kugi", "kug"),
        # a plural title typed without marks ("jurgi" for jurģi)
        ("jurģi jurgi jurģu", "jurg"),
        # a labial's added "j" goes ("lapju" of lapa)
        ("lapa lapas lapju", "lap"),
    ],
)
def test_case_endings_are_stemmed_without_marks(forms: str, stem: str) -> None:
    assert {latvian_stem(w) for w in forms.split()} == {stem}


def test_a_short_word_keeps_its_letters() -> None:
    assert latvian_stem("kas") == "kas"
    assert latvian_stem("ir") == "ir"


def test_bm25_stems_meet_however_typed() -> None:
    entry = index_tokens("Pusaudzis, kas uz kuģa mācās par matrozi; spitālība", "lv")
    asked = index_tokens("puika uz kuga macas par matrozi spitaliba", "lv")
    stems = {t for t in asked if t.startswith("~")}
    assert {"~kug", "~mac", "~matroz", "~spitalib"} <= stems & {t for t in entry}


def test_a_word_typed_without_marks_scores_as_written() -> None:
    entries = load_corpus(CORPORA / "lingo-glossary").entries
    index = LexicalIndex.build(entries, "lv")
    plain_typed, marked = index.scores("spitaliba"), index.scores("spitālība")
    assert plain_typed.max() > 0
    assert (plain_typed == marked).all()


def test_latvian_function_words_weigh_less_in_bm25() -> None:
    assert {"kas", "ir", "ko", "ka", "tas"} <= function_words_left("lv")
    assert "skorbuts" not in function_words_left("lv")


def test_latvian_question_forms_are_frame_words() -> None:
    assert asked_words(words("ko nozime jurgi"), "lv") == ("jurgi",)
    assert asked_words(words("kas ir gaisa balons"), "lv") == ("gaisa", "balons")
    assert {"kas", "ir", "ko", "nozīmē", "nozime", "sauc", "ka", "kā", "tas"} <= frame_words("lv")


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("ar ko dzeja atšķiras no prozas", ("dzeja", "prozas")),
        ("kada starpiba starp flora un fauna", ("flora", "fauna")),
    ],
)
def test_comparisons_in_latvian(question: str, sides: tuple[str, str]) -> None:
    assert compared_in_language(question) == f"difference between {sides[0]} and {sides[1]}"


def test_everyday_words_are_latvian() -> None:
    assert {"ūdens", "dzeja", "kuģis"} <= everyday_in("lv")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ko nozīmē kvass", "lingo-glossary#550"),
        # Bjefs's "hidrotehniskajām" writes a word derived from "hidrotehnika"'s stem
        ("bjefs hidrotehnika nozime", "lingo-glossary#106"),
    ],
)
def test_a_title_said_with_its_field_is_found(
    lingo: CoverageIndex, question: str, entry: str
) -> None:
    found = lingo.check(question)
    assert found.found
    assert found.entry_ids == (entry,)


def test_a_name_said_in_a_description_is_no_name_asked(lingo: CoverageIndex) -> None:
    # "what is the little long-eared animal living in the music school's yard called?":
    # Skola's genitive in the description is no name the question asks
    found = lingo.check(
        "tas mazais dzīvnieks ar garām ausīm, kas dzīvo mūzikas skolas pagalmā - kā to sauc?"
    )
    assert found.generic


@pytest.mark.parametrize("question", ["kas ir gaisa balons", "sniega lavina, kas tas ir"])
def test_a_title_before_a_head_no_entry_writes_is_missing(
    lingo: CoverageIndex, question: str
) -> None:
    assert lingo.check(question).found is False
