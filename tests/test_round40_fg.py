"""Round 40 follow-up G: German questions (feuerwehr-glossary; ``lexical.folded``,
``coverage/language_lookup.py``, ``coverage/language_parts.py``, data/question_forms.json;
real entries, real model).

German typed without ä/ö/ü/ß ("aussenangriff") met no entry; "abkürzung", "macht",
"steht", "heissen" were kept in the missing term; the glossary's own subject said in
passing ("PA bei der feuerwehr") hid the name; a two-part German question was refused.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import glossary_language
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.lexical import folded, tokenize

_FIRE = "feuerwehr-glossary"


def test_umlauts_fold_both_ways() -> None:
    assert folded("außenangriff") == folded("aussenangriff") == "aussenangriff"
    assert tokenize("Löschen") == tokenize("loeschen")
    assert phrase_key(["überwacher"]) == phrase_key(["ueberwacher"])


def test_folded_function_words_still_name_the_language() -> None:
    # the coverage tables count words by folded phrase keys: "är" is "aer" there
    assert glossary_language({"aer": 40, "paa": 30, "foer": 30, "honung": 100}) == "sv"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("dlk abkürzung", {"feuerwehr-glossary#dlk-drehleiter-mit-korb"}),
        ("was bedeutet PA bei der feuerwehr", {"feuerwehr-glossary#pa-pressluftatmer"}),
        (
            "was ist die atemschutzüberwachung und wozu schreibt der überwacher den druck"
            " und die uhrzeit auf",
            {"feuerwehr-glossary#atemschutzüberwachung"},
        ),
    ],
)
def test_german_questions_are_answered_from_their_entries(
    question: str, cited: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_FIRE, tmp_path_factory).ask(question)
    assert answer.covered
    assert set(answer.citations) == cited


def test_an_entry_typed_without_umlauts_is_found(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant(_FIRE, tmp_path_factory).ask("innenangriff vs aussenangriff")
    assert "feuerwehr-glossary#ba-brandbekämpfung-auf-außenangriff" in answer.citations


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("was macht ein kreisbrandmeister", "kreisbrandmeister"),
        ("örtlicher einsatzleiter aufgaben", "örtlicher einsatzleiter"),
        ("was steht in der din 14530", "din 14530"),
    ],
)
def test_german_question_verbs_are_no_part_of_the_missing_term(
    question: str, missing: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_FIRE, tmp_path_factory).ask(question)
    assert not answer.covered
    assert answer.text.startswith(f"{missing} steht nicht im Glossar")
