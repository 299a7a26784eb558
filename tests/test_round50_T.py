"""Round 50 lane T: a long story's closing sentence names the entry asked about.

A reader who tells a story first and closes by asking about a term the glossary has
("... was macht der maschinist eigentlich genau?") names that term in the closing
sentence; the story's own words are no key term (coverage/story_names._closing_title).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

_STORY_DE = (
    "ich bin seit letztem monat in der freiwilligen wehr und beim ersten einsatz stand ich "
    "die ganze zeit neben dem fahrzeug herum."
)
_STORY_NL = (
    "onze zoon zit sinds september bij de verkenners en de leiding stuurde een lange mail "
    "over de zomer."
)
_STORY_EN = (
    "our team switched to two week sprints last quarter and the new coach keeps changing "
    "who runs which meeting."
)


@pytest.mark.parametrize(
    ("corpus", "question", "entry", "term"),
    [
        (
            "feuerwehr-glossary",
            _STORY_DE + " was macht der maschinist eigentlich genau?",
            "feuerwehr-glossary#maschinist",
            "maschinist",
        ),
        (
            "scouting-glossary",
            _STORY_NL + " ik snap er niks van, wat is npk eigenlijk?",
            "scouting-glossary#npk",
            "npk",
        ),
        (
            "pm-glossary",
            _STORY_EN + " so what does a scrum master do all day",
            "pm-glossary#scrum-master",
            "scrum master",
        ),
    ],
)
def test_closing_sentence_names_the_entry(
    corpus: str, question: str, entry: str, term: str
) -> None:
    checked = outside_coverage(corpus).check(question, [entry])
    assert (checked.key_term, checked.found, checked.entry_ids[:1]) == (term, True, (entry,))


@pytest.mark.parametrize(
    ("question", "ranked"),
    [
        # the question was asked before the closing sentence, which only adds to it
        (
            _STORY_EN + " who decides what the team builds next? surely not the scrum master",
            ["pm-glossary#scrum-master"],
        ),
        # a title in the closing sentence that is no top hit names nothing
        (_STORY_EN + " so what does a scrum master do all day", ["pm-glossary#backlog"]),
        # no story told before the question
        ("quick one. what does a scrum master do all day", ["pm-glossary#scrum-master"]),
    ],
)
def test_closing_sentence_not_read(question: str, ranked: list[str]) -> None:
    assert outside_coverage("pm-glossary")._closing_title(question, ranked) is None


def test_the_entry_the_closing_sentence_names_answers(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # HSE's example says "Nucleo-Board" as the story does; the closing sentence names Ringing
    question = (
        "ich hab ein nucleo board auf dem tisch und am oszi sieht man nach jeder flanke noch "
        "ein paar schwingungen bevor das signal ruhig wird. mein kollege meint das ist ringing, "
        "was genau ist das?"
    )
    answer = shared_assistant("stm-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert list(answer.citations[:1]) == ["stm-glossary#ringing"]
