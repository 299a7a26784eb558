"""Round 42 follow-up D: Dutch questions (scouting-glossary, a Dutch scout group's
dictionary; real entries, real model).

Dutch was detected but had no question forms, refusal phrases or everyday words: "piopaal
betekenis" kept "betekenis" in its term, "welke kleur blouse ..." was no question, and "wat
is een tentstok" had its Dutch "wat" mended to "what". A compound said in two words ("een
bol sisal") was answered by Sisal instead of Sisalbol.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_index import shared_assistant

import rag_glossary
from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage.compounds import compounds_joined
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.everyday import everyday_in

_SCOUTING = "scouting-glossary"


def test_dutch_is_data() -> None:
    forms = question_forms()["nl"]
    assert "betekenis" in forms.meaning
    assert "verschil" in forms.contrast
    assert forms.compounds and question_forms()["de"].compounds
    assert not question_forms()["fr"].compounds
    assert {"wat", "welke", "kleur"} <= everyday_in("nl")
    assert phrases("nl").not_in == "{term} staat niet in de woordenlijst"


def test_an_opening_word_of_the_glossary_language_is_no_misspelled_wh_word() -> None:
    assert mend_cue_words("wat is een hudo") == "what is een hudo"  # English: a slip
    assert mend_cue_words("wat is een hudo", "nl") == "wat is een hudo"


def test_two_words_joined_are_a_one_word_name() -> None:
    names = {("sisal",), ("sisalbol",), ("spel",)}
    assert compounds_joined(["kost", "bol", "sisal"], names) == ["kost", "sisalbol"]
    assert compounds_joined(["sisal", "bol"], names) == ["sisalbol"]
    assert compounds_joined(["kim", "spel"], names) == ["kim", "spel"]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("piopaal betekenis", "piopaal: Langwerpige stukken hout"),
        ("wat is een tentstok", "De tentpaal, ook wel tentstok genoemd"),
        ("welke kleur blouse dragen de welpen", "uniform: De blouse en das"),
        ("hoeveel kost een bol sisal", "sisalbol: Een bol opgerolde sisal. Kost €15,50."),
    ],
)
def test_a_dutch_question_is_read_by_its_own_words(
    question: str, opening: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_SCOUTING, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.text.startswith(opening)


def test_a_dutch_refusal_is_in_dutch(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(_SCOUTING, tmp_path_factory).ask("wat is een jamboree")
    assert not answer.covered
    assert answer.text.startswith("jamboree staat niet in de woordenlijst")


def test_a_name_then_two_words_its_entry_never_writes_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant(_SCOUTING, tmp_path_factory)
    answer = assistant.ask("scouts en gidsen vlaanderen")  # another federation, not a scout
    assert not answer.covered
    assert assistant.ask("sjorring").covered


def test_no_data_file_names_a_key_twice() -> None:
    # json.load keeps the last of two equal keys silently: two merges once each added an "nl"
    # block to question_forms.json and one of them was lost.
    def no_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        return dict(pairs)

    data = Path(rag_glossary.__file__).parent / "data"
    for path in sorted(data.glob("*.json")):
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_repeats)
