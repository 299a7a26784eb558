"""Round 54 lead: Bulgarian and Romanian glossaries refuse in their own language; a place
after "is in" is read without its count word ("one dmx universe").

The readers of backgammon-glossary found every refusal printed in English for Bulgarian
questions; answer_phrases.json had no ``bg`` (nor ``ro``) set, so the English one was used."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage.keyterms import extract_key_terms


@pytest.mark.parametrize(
    ("corpus", "language", "question"),
    [
        # neither glossary has the Crawford rule / blockchain
        ("backgammon-glossary", "bg", "какво е правилото на кроуфорд"),
        ("opendata-glossary", "ro", "ce este blockchain"),
    ],
)
def test_refusal_in_the_glossary_language(
    corpus: str, language: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert not answer.covered
    assert phrases(language).nearest in answer.text
    assert phrases(None).nearest not in answer.text


def test_bulgarian_and_romanian_phrases_are_their_own() -> None:
    assert phrases("bg").not_covered != phrases(None).not_covered
    assert phrases("ro").not_in.format(term="X") == "X nu este în glosar"


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("how many channels are in one dmx universe", "dmx universe"),
        ("what cpu is inside the kittyhawk k-class", "kittyhawk k class"),
        ("how much theobromine is in tea", "tea"),
    ],
)
def test_a_place_is_read_without_its_count_word(question: str, place: str) -> None:
    # PW's "is in the X" asks of X; "one" before X is a count, not part of X's name
    assert [t.text for t in extract_key_terms(question)][-1] == place


def test_dmx_universe_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("theatre-glossary", tmp_path_factory).ask(
        "how many channels are in one dmx universe"
    )
    assert answer.covered
    assert answer.citations[0] == "theatre-glossary#universe"
