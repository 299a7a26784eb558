"""Round 52 lane FH: Hebrew questions over a Hebrew glossary of English terms (azd-glossary).

The ``stop-words`` package's Hebrew list keeps its source's JSON quoting ('"אבל",'), so no
Hebrew word was a function word and azd-glossary (Hebrew definitions of English terms) read
as a glossary of no language: Hebrew question frames stayed in key terms ("מה זה resource
group באזור" refused). The quoting is dropped; Hebrew's prefixes glued onto words keep its
function words under MIN_FUNCTION_SHARE, so its letters name it (question_forms ``letters``);
"he" question forms and refusals are data. Hebrew joins ו ה ב ל מ ש כ onto the next word,
English names too ("hooks בazd", "URI לURL"): hebrew_prefixes.py sets them apart. An English
name followed by Hebrew words alone ("bicep בסוף מתקמפל למה") is asked of, no kind of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer.scripts import question_script, script
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, function_words, question_forms
from rag_glossary.coverage.own_letters import latin_run
from rag_glossary.coverage.phrases import words
from rag_glossary.hebrew_prefixes import HebrewPrefixes
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

AZD = Path(__file__).parent.parent / "eval" / "corpora" / "azd-glossary"


@pytest.fixture(scope="module")
def azd() -> list[Entry]:
    return list(load_corpus(AZD).entries)


def test_hebrew_function_words_are_unquoted() -> None:
    said = function_words("he")
    assert {"אבל", "של", "מה", "איך"} <= said
    assert not any('"' in w or "," in w for w in said)
    # the other languages' lists keep their apostrophes ("l'", "qu'")
    assert {"l'", "qu'"} <= function_words("fr")


def test_the_glossary_is_hebrew(azd: list[Entry]) -> None:
    assert corpus_language(azd) == "he"
    assert {"ההבדל", "מה", "איך"} <= question_forms()["he"].frame
    by_anchor = {e.anchor: e for e in azd}
    assert text_language(by_anchor["resource-group"].body) == "he"
    assert phrases("he").not_in.format(term="pulumi") == "pulumi אינו במילון"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("מה זה resource group", ("resource", "group")),
        ("KQL מה זה", ("kql",)),
        ("IaC ראשי תיבות של מה", ("iac",)),
        ("ma ze RBAC", ("rbac",)),
    ],
)
def test_a_hebrew_question_loses_its_frame(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(words(question), "he") == asked


def test_joined_letters_are_set_apart(azd: list[Entry]) -> None:
    read = HebrewPrefixes.of(azd, "he").read
    assert read("hooks בazd") == "hooks ב azd"
    assert read("מה ההבדל בין URI לURL") == "מה ההבדל בין URI ל URL"
    # a word the glossary writes is left as typed
    assert read("המשמש להגדרה") == "המשמש להגדרה"
    # another language's glossary: nothing read
    assert HebrewPrefixes.of(azd, "ar").read("בazd") == "בazd"


def test_a_comparison_joined_by_lamed() -> None:
    assert compared_in_language("מה ההבדל בין URI ל URL") == "difference between uri and url"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("מה זה resource group באזור", "azd-glossary#resource-group"),  # azd-glossary-001
        ("hooks בazd זה מה בדיוק?", "azd-glossary#hooks"),  # 004
        ("bicep בסוף מתקמפל למה", "azd-glossary#bicep"),  # 016
        ("על מה cosmos db נותן SLA", "azd-glossary#cosmos-db"),  # 018
        ("מה זה azure front door", None),  # 032: no such entry
        ("deployment stacks מה זה ומה זה נותן", None),  # 034: a kind of Deployment
        ("durable functions מה זה", None),  # 039
        ("מה עושה app configuration", None),  # 036: no such name, though Configuration is
        ("מה זה azure key vault", "azd-glossary#key-vault"),  # the glossary's subject before
    ],
)
def test_hebrew_questions_are_answered_or_refused(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant(AZD, tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
        assert "המילון" in answer.text or "במילון" in answer.text
    else:
        assert answer.covered and answer.citations[0] == cited


def test_a_contrast_joined_by_lamed_names_both(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(AZD, tmp_path_factory).ask("מה ההבדל בין URI לURL")  # 020
    assert answer.covered
    assert {"azd-glossary#uri", "azd-glossary#url"} <= set(answer.citations)


def test_a_question_in_hebrew_letters_naming_english_terms_is_hebrew() -> None:
    # more Latin letters than Hebrew ones: the Latin ones are the names asked of
    question = "container apps או function app, מה ההבדל ביניהם"  # azd-glossary-021
    assert script(question) == "LATIN"
    assert question_script(question) == "HEBREW"
    # a Latin question quoting a short word in other letters stays Latin
    assert question_script("what does the word שלום mean in this glossary") == "LATIN"


def test_a_comparison_answered_in_hebrew(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(AZD, tmp_path_factory).ask(
        "container apps או function app, מה ההבדל ביניהם"
    )
    assert answer.citations[:2] == ("azd-glossary#container-apps", "azd-glossary#function-app")


def test_latin_runs_only_in_a_language_of_other_letters() -> None:
    frame = frozenset({"מה", "עושה"})
    said = ["מה", "עושה", "app", "configuration"]
    hebrew = question_forms()["he"].letters
    assert latin_run(said, ["configuration"], frame, hebrew) == ["app", "configuration"]
    # Turkish writes its own words in Latin letters ("ı", "ğ" among them): never a run
    turkish = question_forms()["tr"].letters
    assert latin_run(["betonarme", "kolon"], ["kolon"], frozenset(), turkish) == []
