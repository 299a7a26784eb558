"""Round 53 lane WM: a question typed without its letters' marks meets the glossary's words.

The foreign-words rule (coverage/foreign_words.py) counts a description's rare words no
entry's text holds; it compared 4-letter stems as written, so a question typed on a keyboard
without the language's letters ("x isinlarinin kristal duzlemlerinden", Turkish; "meretenek
osszege", Hungarian) named "things no entry mentions" that the Bragg Yasası entry writes
("X-ışınlarının kristal düzlemlerinden"). The stems are compared without marks too (Latin,
Greek and Cyrillic words only: a Hangul syllable decomposes into several letters), and
German's umlauts typed "ae", "oe", "ue".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage.foreign_words import ForeignWords
from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.coverage.vocabulary import entry_text
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def trmalzeme() -> ForeignWords:
    entries = load_corpus(CORPORA / "trmalzeme-glossary").entries
    return ForeignWords.of(entry_text(e) for e in entries)


def test_turkish_typed_without_marks_meets_the_entry(trmalzeme: ForeignWords) -> None:
    typed = "x isinlarinin kristal duzlemlerinden sacilmasini aciklayan kural hangisi"
    marked = "x ışınlarının kristal düzlemlerinden saçılmasını açıklayan kural hangisi"
    frame = frame_words("tr")
    # "ışınlarının", "düzlemlerinden", "açıklayan" are the entries' own words however typed
    assert trmalzeme.count(typed, frame) == trmalzeme.count(marked, frame)
    assert trmalzeme.count(typed, frame) < 5


def test_a_word_no_entry_writes_stays_foreign(trmalzeme: ForeignWords) -> None:
    assert trmalzeme.count("kuantum tünelleme mikroskobu", frame_words("tr")) >= 1
    assert trmalzeme.count("zqxwv plorbnik", frame_words("tr")) == 2


def test_german_umlauts_typed_as_two_letters() -> None:
    words = ForeignWords.of(["Ein Verteiler teilt einen dicken Schlauch in zwei dünne."])
    assert words.count("zwei duenne schlaeuche") == words.count("zwei dünne schläuche")
    assert words.count("zwei duenne") == 0


def test_hangul_keeps_its_syllables() -> None:
    # NFD splits "심" into three letters: its stem compared so would match far more words
    words = ForeignWords.of(["심근염은 심장 근육의 염증이다."])
    assert words.count("심각한 증후군") == 2  # "심각" shares no syllables past "심"
