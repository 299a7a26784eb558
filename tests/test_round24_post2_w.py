"""Round 24 post-fix W: the kind a question asks the name of (answer/kind_asked.py).

"what do you call that kind of service on the ramp" asks for a service: English heads a
kind's name with its kind word ("Line Service"), so the entry whose name ends in it
answers, not the higher hit named by the place where it happens (Ramp; aviation-010).
An entry already headed by the kind keeps the answer (advml-016's Patch Attack, though
Laser Beam Attack ranks above it), and a kind no hit is named by moves nothing.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer, outside_corpus, ranked_hits
from shared_index import shared_assistant

from rag_glossary.answer.kind_asked import asked_kind, headed_by, kind_named

AV = "aviation-glossary#"
AV_010 = (
    "so we stopped at a small airfield on a trip last weekend and a guy came out, fueled the "
    "plane, showed us where to park it and helped tie it down. what do you call that kind "
    "of service on the ramp"
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (AV_010, "service"),
        ("what kind of attack is that", "attack"),
        ("what is this type of layout called", "layout"),
        ("is there a name for those sorts of errors", "error"),
        ("what kinds of test doubles are there", None),  # asks for the members, not a name
        ("what kind of labels does CrossEntropyLoss expect", None),
    ],
)
def test_the_kind_asked(question: str, kind: str | None) -> None:
    assert asked_kind(question) == kind


def test_a_name_is_headed_by_its_kind_word() -> None:
    entries, _ = outside_corpus("aviation-glossary")
    ramp, line = ranked_hits(entries, AV + "ramp", AV + "line-service")
    assert headed_by(line, "service") and not headed_by(ramp, "service")
    assert kind_named(AV_010, ramp, [ramp, line]) is line
    assert kind_named(AV_010, line, [ramp, line]) is None  # already a service
    assert kind_named("what kind of runway is that", ramp, [ramp, line]) is None


def test_the_entry_named_as_the_kind_answers_over_the_place() -> None:
    text, cited = outside_answer("aviation-glossary", AV_010, AV + "ramp", AV + "line-service")
    assert cited == (AV + "line-service",), text
    assert "fueling, parking" in text


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("aviation-glossary", AV_010, AV + "line-service"),  # was Ramp
        # Laser Beam Attack ranks first; Patch Attack, already an attack, keeps it
        ("advml-glossary", "someone prints a weird colourful pattern, holds it in front of a "
         "camera and the image model gets it wrong. what kind of attack is that",
         "glossary#patch-attack"),
    ],
)  # fmt: skip
def test_real_ranking(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered, answer.text
    assert answer.citations[0] == cited, answer.text
