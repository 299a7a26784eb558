"""Round 52 lane WP: Persian typed in Latin letters (Finglish) read in Persian script over a
Persian glossary (finglish.py), and parsi-glossary's bracketed examples and sources kept as
the file writes them (parsing/inline_links.py, answer/inline.py; PARSER_VERSION 124)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.inline import clean_inline
from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.finglish import Finglish, finglish_key, persian_key
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.inline import clean_inline as parse_inline

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def parsi() -> list[Entry]:
    return list(load_corpus(CORPORA / "parsi-glossary").entries)


def _body(entries: list[Entry], anchor: str) -> str:
    return next(e.body for e in entries if e.anchor == anchor)


def test_finglish_keys() -> None:
    assert finglish_key("batlagh") == persian_key("باطلاق") == "btlq"
    assert finglish_key("bakhil") == persian_key("بخیل") == "bxl"
    assert finglish_key("balaghat") == persian_key("بلاغت")
    # a last "h" after a vowel, and the silent last ه, are no consonant
    assert finglish_key("bey'aneh") == persian_key("بیعانه") == "bn"


def test_finglish_reads_in_persian_script(parsi: list[Entry]) -> None:
    finglish = Finglish.of(parsi, frame_words("fa"))
    # frame words (question_forms.json "fa") stay as typed
    assert finglish.read("ma'nie batlagh be farsi sare chi mishe") == (
        "ma'nie باطلاق be farsi sare chi mishe"
    )
    assert finglish.read("barid be farsi chi mishe") == "برید be farsi chi mishe"
    # a short key ("bn") matches too many words: left as typed
    assert finglish.read("bey'aneh farsish chi mishe") == "bey'aneh farsish chi mishe"
    # no Finglish frame word, or Persian script: as typed
    assert finglish.read("what is batlagh") == "what is batlagh"
    assert finglish.read("باطلاق یعنی چی") == "باطلاق یعنی چی"
    assert Finglish.of((), frame_words("fa")).read("batlagh yani chi") == "batlagh yani chi"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("ma'nie batlagh be farsi sare chi mishe", "باطلاق"),  # parsi-glossary-002
        ("bakhil yani chi", "بخیل"),
        ("bey'aneh farsish chi mishe", None),  # parsi-glossary-039: no such entry
    ],
)
def test_finglish_questions(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("parsi-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
        assert "chi mishe" not in answer.text  # the missing term is the word, not the question
    else:
        assert answer.covered and answer.citations[0] == f"parsi-glossary#{cited}"


def test_bracketed_examples_stay(parsi: list[Entry]) -> None:
    assert _body(parsi, "بن--ابن") == "پسر [سام بن ایرج]"
    assert _body(parsi, "بلدیت").endswith("آشنا شود [ سفر نامه ناصر خسرو]")
    assert clean_inline("پسر [سام بن ایرج]") == "پسر [سام بن ایرج]"


def test_links_and_anchors_still_read_as_links() -> None:
    # Latin shortcut links and an anchor's whole bracketed text (ethereum-glossary's Hindi)
    text, terms = parse_inline("see [Neural Machine Translation] here")
    assert text == "see Neural Machine Translation here"
    assert terms == ["Neural Machine Translation"]
    assert parse_inline(">[काम का सबूत] कठिनाई")[0] == ">काम का सबूत कठिनाई"
    # a two-word bracket, and one glued to the word before, are as before
    assert parse_inline("پسر [سام ایرج]")[0] == "پسر سام ایرج"
    assert clean_inline("see [Neural Machine Translation] here") == (
        "see Neural Machine Translation here"
    )
    assert clean_inline("در [0, 1]") == "در [0, 1]"
