"""Round 46 follow-up FC: Czech questions read by their own words. Czech question forms
(data/question_forms.json "cs": "co je to", "význam", "rozdíl mezi ... a ...") let the
key-term reader drop a Czech question's frame, so the name it says decides ("co je to
připojovací řetězec v iot hubu": Připojovací řetězec, in the setting IoT Hub); a question
opening with a word no entry writes, joined to a name by one function word ("qos u mqtt"),
asks that thing of the name (head_first.asked_before), which the glossary lacks; a question
closing with two frame words ("amqp co to je") is in the language though its frame words
are English lookalikes (asked_in_language._framed_foreign)."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.head_first import asked_before


def test_czech_has_question_forms() -> None:
    forms = question_forms()["cs"]
    assert {"co", "jak", "proč"} <= forms.question
    assert {"znamená", "význam"} <= forms.meaning
    assert "rozdíl" in forms.contrast and "mezi" in forms.between
    said = ["co", "je", "to", "připojovací", "řetězec", "v", "iot", "hubu"]
    assert asked_words(said, "cs") == ("připojovací", "řetězec", "iot", "hubu")
    # "je", "to", "co" are English function words too: a closing run of frame words asks
    assert asked_words(["amqp", "co", "to", "je"], "cs") == ("amqp",)
    assert asked_words(["amqp", "je"], "cs") is None


def test_a_word_no_entry_writes_before_a_name_is_asked_of_it() -> None:
    mqtt = "MQTT je jedním z protokolů zasílání zpráv, které IoT Hub podporuje"
    frame = {"u", "v", "je", "to", "co", "jakou"}
    said = ["qos", "u", "mqtt", "jakou", "uroven", "nastavit"]
    assert asked_before(said, ["mqtt"], frame, {"mqtt": 1}, [mqtt.lower()]) == "qos u mqtt"
    # a word the name's entry writes is what the entry says of the name
    assert asked_before(said, ["mqtt"], frame, {"mqtt": 1}, [mqtt.lower() + " qos"]) is None
    # a word after the question's frame is as often padding
    opened = ["c", "est", "quoi", "exactement", "un", "délestage"]
    assert asked_before(opened, ["délestage"], {"c", "est", "quoi", "un"}, {}, []) is None


@pytest.mark.parametrize(
    ("question", "covered", "says"),
    [
        ("co je to připojovací řetězec v iot hubu", True, "Připojovací řetězec"),
        ("jaký je rozdíl mezi požadovanými a hlášenými vlastnostmi", True, "Požadované"),
        ("qos u mqtt jakou uroven nastavit", False, "qos u mqtt v glosáři není"),
        ("amqp co to je", True, "AMQP"),
        ("iot central co to je", False, "iot central v glosáři není"),
    ],
)
def test_czech_questions_of_the_iot_glossary(
    question: str, covered: bool, says: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("iot-glossary", tmp_path_factory).ask(question)
    assert answer.covered is covered
    assert says in answer.text
