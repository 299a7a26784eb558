"""Italian and Portuguese questions (round 41 follow-up Q): a head-first language's
qualifier before a name ("serie de taylor do seno") or modifier after it ("fba pan
europeo") names what the glossary lacks (coverage/head_first.py, ``head_first`` in
data/question_forms.json); a word the glossary writes in another form is no slip ("third
party logistics cosa sono"); an unknown name in the first clause is the term ("fasor o
que é, é o mesmo que a fase?"); a name said in a description asked for its name is not
the name asked; comparison sides typed without accents find their entries."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary import Retriever
from rag_glossary.answer.assistant import Assistant
from rag_glossary.coverage.head_first import head_before, modifier_next


@pytest.fixture(scope="module")
def ecom(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("ecom-glossary", tmp_path_factory))


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("trig-glossary", tmp_path_factory))


def test_named_negatives_are_refused(ecom: Retriever, trig: Retriever) -> None:
    # ecom-037, trig-036, trig-040, trig-029
    for retriever, question in (
        (ecom, "fba pan europeo come funziona"),
        (trig, "serie de taylor do seno"),
        (trig, "fasor o que é, é o mesmo que a fase?"),
        (trig, "como se chama a rapidez com que uma roda gira, medida em radianos por segundo?"),
    ):
        assert not retriever.retrieve(question).covered, question


def test_the_entries_themselves_stay_answered(ecom: Retriever, trig: Retriever) -> None:
    for retriever, question, entry in (
        (ecom, "third party logistics cosa sono", "ecom-glossary#3pl"),  # ecom-008
        (ecom, "fba come funziona", "ecom-glossary#fba"),
        (trig, "o que é o seno", "trig-glossary#seno"),
        (trig, "série de fourier", "trig-glossary#série-de-fourier"),
    ):
        result = retriever.retrieve(question)
        assert result.covered, question
        assert entry in [h.id for h in result.hits[:2]], question


def test_unaccented_sides_are_both_cited(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant: Assistant = shared_assistant("trig-glossary", tmp_path_factory)
    answer = assistant.ask("diferença entre angulo agudo e angulo obtuso")  # trig-020
    cited = set(answer.citations)
    assert {"trig-glossary#ângulo-agudo", "trig-glossary#ângulo-obtuso"} <= cited


def test_the_head_first_rules_need_a_phrase() -> None:
    frame = {"de", "do", "d", "du", "un", "come", "que", "es", "el"}
    texts = ["Razão entre o cateto oposto e a hipotenusa"]
    said = ["serie", "de", "taylor", "do", "seno"]
    assert head_before(said, ["seno"], frame, texts, set()) == "serie de taylor do seno"
    # one word before the name is as often what is asked of it
    assert head_before(["contenance", "d", "un", "demi"], ["demi"], frame, [], set()) is None
    assert (
        head_before(
            ["que", "es", "exactamente", "el", "acotamiento"], ["acotamiento"], frame, [], set()
        )
        is None
    )
    said = ["fba", "pan", "europeo", "come", "funziona"]
    assert modifier_next(said, ["fba"], frame, {"europeo": 3}) == "fba pan europeo"
    assert modifier_next(["densité", "typique", "du", "moût"], ["densité"], frame, {}) is None
