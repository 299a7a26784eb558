"""Round 25: a definition of one or two words is the entry's answer (a glossary of glosses).

music-glossary defines most terms in a word or two ("Legato: Smoothly", "Fortissimo (ff):
Very loud"); such a body made no answer unit (a unit needs three words), so "what does ff
mean" said the entry had no definition and "staccato vs legato" answered from the entry
whose new alias "VS" matched the "vs". An abbreviation's expansion ("GC: Garbage
Collection") stays no unit: it is a name the stub rules follow to its own entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.segment import entry_units
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

EVAL = Path(__file__).resolve().parent.parent / "eval" / "corpora"
MUSIC = EVAL / "music-glossary"
CORPUS = EVAL.parent.parent / "corpus"


def _entries(folder: str) -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(EVAL / folder).entries}


def _said(entry: Entry) -> list[str]:
    return [u.text for u in entry_units(entry)]


def test_a_one_or_two_word_definition_is_a_unit() -> None:
    music = _entries("music-glossary")
    assert _said(music["Legato"]) == ["Smoothly."]
    assert _said(music["Fortissimo (ff)"]) == ["Very loud."]
    assert _said(music["Allegro"]) == ["Lively, fast."]
    assert _said(music["Lento"]) == ["Slow."]  # a short capitalised word is no abbreviation


def test_expansions_pointers_and_placeholders_are_no_gloss() -> None:
    gamedev = _entries("gamedev-glossary")
    assert _said(gamedev["GC"]) == []  # "Garbage Collection": a name
    assert _said(gamedev["lerp"]) == []  # "Linear Interpolation", title case
    assert _said(_entries("pk-glossary")["PK"]) == []  # an abbreviation's expansion
    assert _said(_entries("moth-glossary")["Patagium"]) == []  # 'see "collar"'
    todo = Entry("x#a", "x", "a", "Widget", (), "TBD", (), None, "x.md", 1)
    assert _said(todo) == []
    mnist = {e.title: e for e in load_corpus(CORPUS).entries}["Mnist"]
    assert _said(mnist) == []  # "[Datasets](#datasets)": a link, not a definition
    again = Entry("x#b", "x", "b", "Delta time (dt)", (), "delta time", (), None, "x.md", 2)
    assert _said(again) == []  # its own title again


@pytest.mark.slow
def test_glosses_answer_and_compare(tmp_path_factory: pytest.TempPathFactory) -> None:
    music = shared_assistant(MUSIC, tmp_path_factory)
    ff = music.ask("what does ff mean on sheet music")
    assert ff.citations == ("music-glossary#fortissimo-ff",)
    assert "Very loud" in ff.text and "no definition" not in ff.text
    both = music.ask("staccato vs legato whats the diff")
    assert set(both.citations) == {"music-glossary#staccato", "music-glossary#legato"}
    assert "Detached" in both.text and "Smoothly" in both.text
