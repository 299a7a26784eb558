"""Round 43 lane G: answers readers graded BAD or OK for a text fault that was still there.

A data value's ``<br>`` ran its lines together ("Welpen: Groen Scouts: Beige"), a zero-width
space printed inside a word ("vorge\u200bgangen"), the dirty-text check's English "dangling
ending" flagged a Dutch verb-final sentence ("... die er gewoonweg niet is."), and a
Portuguese glossary's refusals were in English. Real entries; the real model where an
answer is read.
"""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.decode import decode

_CORPORA = ROOT / "eval" / "corpora"


def _entry_body(corpus: str, entry_id: str) -> str:
    entries = {e.id: e for e in load_corpus(_CORPORA / corpus).entries}
    return entries[entry_id].body


def test_a_data_values_line_break_ends_its_line() -> None:
    body = _entry_body("scouting-glossary", "scouting-glossary#uniform")
    assert "speltak:\nWelpen: Groen\nScouts: Beige\nRSA en stam: Rood\n" in body


def test_the_colour_list_is_answered_line_by_line_and_clean(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("scouting-glossary", tmp_path_factory).ask(
        "welke kleur blouse dragen de welpen"
    )
    assert answer.covered
    assert "Welpen: Groen. Scouts: Beige." in answer.text
    assert dirty_reasons(answer.text) == []


def test_invisible_marks_are_no_part_of_the_text() -> None:
    assert decode("vorge\u200bgangen, Silben\u00adtrennung".encode(), "x.md").text == (
        "vorgegangen, Silbentrennung"
    )
    body = _entry_body("feuerwehr-glossary", "feuerwehr-glossary#atemschutzüberwachung")
    assert "300 bar vorgegangen." in body


def test_a_dangling_english_word_is_dirty_only_in_english() -> None:
    dutch = (
        "luchtbed: Niet geaccepteerd bedden tijdens een kamp omdat deze veel ruimte innemen"
        " in tenten die er gewoonweg niet is.[2]"
    )
    assert "dangling ending" not in dirty_reasons(dutch)
    assert "dangling ending" in dirty_reasons("A cut sentence that ends with the.[1]")


def test_a_portuguese_glossary_refuses_in_portuguese(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assert corpus_language(load_corpus(_CORPORA / "trig-glossary").entries) == "pt"
    assert phrases("pt").not_covered == "O glossário não cobre esta pergunta"
    answer = shared_assistant("trig-glossary", tmp_path_factory).ask("serie de taylor do seno")
    assert not answer.covered
    assert "não está no glossário; entradas mais próximas:" in answer.text
