"""Round 42 lane R: a count of a unit of measure asks a number (real entries, model).

"how many seconds does sunlight take to reach the observer, for light time correction":
"how many" before a unit of measure (seconds, days, degrees, metres, grams, ...) asks a
figure as "what value" does, so a hit among the first three that states a number, says
about as many of the question's words and means it at least as closely answers, not the
first hit that states none (light-time's "499 s for the Sun" over geometric position,
which only names light-time). "how many times" or "how many X are there" count things
and are left alone.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.meaning_choice import _ASKS_NUMBER


def test_a_count_of_a_unit_asks_a_number() -> None:
    assert _ASKS_NUMBER.search("how many seconds does sunlight take to reach the observer")
    assert _ASKS_NUMBER.search("by how many degrees does the moon's libration swing")
    assert _ASKS_NUMBER.search("what kelvin number makes light look warm")
    assert not _ASKS_NUMBER.search("how many times someone comes into contact with it")
    assert not _ASKS_NUMBER.search("how many kinds of bees are there in a hive")


def test_the_hit_stating_the_figure_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("eclipse-glossary", tmp_path_factory)
    question = (
        "how many seconds does sunlight take to reach the observer, for light time correction"
    )
    answer = assistant.ask(question)
    assert answer.covered
    assert answer.citations[0] == "eclipse-glossary#light-time"
    assert "499 s" in answer.text
