"""Round 56 lane FB: Basque, new to the project (bermeo-glossary, ZiTAL/bermiotarra's letter
Z: a dictionary of the Bermeo dialect, defined in standard Basque, asked in colloquial
Bizkaian).

- a Basque glossary is told by its function words, which question_forms.json lists itself
  (the stop-words package has no Basque: coverage/listed_languages.py), so its question
  forms ("zer da", "ze esan gura dau", "zelan esaten da", "zein da ... aldea") frame a
  question and its refusals read Basque;
- Basque words are stemmed by a light suffix stemmer (basque_stems.py: one case ending,
  then the article; Bizkaian "-ue", "-ek", "-dxe"), Snowball's cutting "zantzua", "zankape"
  and "zantarra" all to "zan"; compared without marks ("zoltzine" for zoltziñe);
- a word that names the speech a thing is said in ("bermiotarrez", "euskaraz") is a frame
  word (question_forms.json ``said_in``, coverage/speech_words.py);
- a dictionary's one-word gloss over its examples ("Lepoa." over "- *...*") is a unit of
  the answer (answer/openings.py), and a comparison side opening with one reads on past its
  examples (answer/shapes._past_examples).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stop_words import LANGUAGE_MAPPING

from rag_glossary.answer.phrases import phrases
from rag_glossary.answer.segment import split_units
from rag_glossary.answer.shapes import _past_examples
from rag_glossary.basque_stems import basque_stem
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.coverage.listed_languages import detected_languages
from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.speech_words import speech
from rag_glossary.language_stems import function_words_left, plain_stem
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

_BERMEO = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "bermeo-glossary"


@pytest.fixture(scope="module")
def bermeo() -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(_BERMEO).entries}


def test_a_basque_glossary_is_told_by_its_own_function_words(bermeo: dict[str, Entry]) -> None:
    # after the package's languages, with those of their own lists (Bengali since round 57)
    assert "eu" in detected_languages()[len(LANGUAGE_MAPPING) :]
    assert "th" not in detected_languages()  # known for comparisons only, told by its script
    assert corpus_language(list(bermeo.values())) == "eu"


def test_basque_refusals() -> None:
    assert phrases("eu").not_covered == "Glosarioak ez du galdera hau jasotzen"
    assert phrases("eu").not_in.format(term="zirimiri") == "zirimiri ez dago glosarioan"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("zer da zaputz", ("zaputz",)),
        ("ze esan gura dau zoltzine??", ("zoltzine",)),
        ("zelan esaten da zankape", ("zankape",)),
        ("tobogan nola esaten da bermiotarrez", ("tobogan",)),
        ("zantarkillo eta zantarra berdina dira? zein da aldea", ("zantarkillo", "zantarra")),
    ],
)
def test_basque_question_forms_frame_the_term(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(words(question), "eu") == asked


def test_an_english_question_is_no_basque_one() -> None:
    assert asked_words(words("what does the sail do"), "eu") is None


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (("zantarra", "zantarrak", "zantar"), "zantar"),
        (("zantzue", "zantzuek", "zantzua"), "zantzu"),
        (("zientzidxe", "zientzia"), "zientzi"),
        (("hitza", "hitzetik", "hitzak"), "hitz"),
        (("belaunaren", "belaun"), "belaun"),
        (("zagan",), "zagan"),  # four letters or fewer before an ending: kept whole
    ],
)
def test_basque_case_endings_and_the_article_are_cut(forms: tuple[str, ...], stem: str) -> None:
    assert {basque_stem(w) for w in forms} == {stem}


def test_basque_stems_meet_without_marks() -> None:
    assert plain_stem("zoltziñe", "eu") == plain_stem("zoltzine", "eu")


def test_basque_question_forms_weigh_less_in_bm25() -> None:
    left = function_words_left("eu")
    assert {"zer", "esan", "nahi", "zelan"} <= left
    assert "bat" not in left  # its function words stay: a description shares them


@pytest.mark.parametrize(
    ("word", "said"),
    [("bermiotarrez", True), ("euskaraz", True), ("gaztelaniaz", True), ("zaputz", False)],
)
def test_a_word_naming_the_speech_is_the_frame(word: str, said: bool) -> None:
    assert speech(word, "eu") is said
    assert not speech(word, "es")


@pytest.mark.parametrize(("title", "gloss"), [("ZAPUTZ", "Lepoa."), ("ZANTZUE", "Irrintzia.")])
def test_a_one_word_gloss_over_examples_is_a_unit(
    bermeo: dict[str, Entry], title: str, gloss: str
) -> None:
    assert split_units(bermeo[title])[0].text == gloss


def test_a_compared_side_reads_on_past_its_examples(bermeo: dict[str, Entry]) -> None:
    entry = bermeo["ZAPUZKADA"]
    pool = [(u, [entry.id]) for u in split_units(entry) if u.kind == "sentence"]
    found = _past_examples(pool, pool[0])
    assert found is not None
    assert found[0].text.startswith("Zaputz hitza bera dugu")
    longer = bermeo["ZIRRIZARRA / IE"]
    pool = [(u, [longer.id]) for u in split_units(longer) if u.kind == "sentence"]
    assert _past_examples(pool, pool[0]) is None  # no one-word gloss
