"""Round 45, lane S: a pointer entry that only sends the reader on ("See rotation.") is
neither said nor cited beside the entry it points at, on the real glossaries that showed
it; a pointer that states something (a synonym) still is."""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus, ranked_hits

from rag_glossary.answer.stubs import only_navigates
from rag_glossary.models import Hit


def _hit(name: str, entry_id: str) -> Hit:
    found, _ = outside_corpus(name)
    return ranked_hits(found, entry_id)[0]


def test_a_see_pointer_answers_with_its_target_alone() -> None:
    # libavl's glossary: "right rotation: See rotation."
    text, cited = outside_answer(
        "bst-glossary", "right rotation", "bst-glossary#right-rotation", "bst-glossary#rotation"
    )
    assert text.startswith("rotation: A particular type of simple transformation")
    assert "refers to" not in text
    assert cited == ("bst-glossary#rotation",)


def test_a_labelled_see_pointer_answers_with_its_target_alone() -> None:
    # the CDE glossary: "spec: (ToolTalk) See object specification (spec)."
    text, cited = outside_answer(
        "cde-glossary",
        "tooltalk spec - what does it hold",
        "cde-glossary#spec",
        "cde-glossary#object-specification-spec",
    )
    assert "refers to" not in text
    assert "Standard properties of an object" in text
    assert cited == ("cde-glossary#object-specification-spec",)


def test_a_synonym_is_still_said_and_cited() -> None:
    # Ciw's glossary: "service station: Interchangeable with service centre."
    text, cited = outside_answer(
        "queueing-glossary",
        "service station",
        "ciw-glossary#service-station",
        "ciw-glossary#service-centre",
    )
    assert "The glossary's entry for service station refers to service centre." in text
    assert cited == ("ciw-glossary#service-station", "ciw-glossary#service-centre")


def test_only_a_see_text_navigates() -> None:
    assert only_navigates(_hit("bst-glossary", "bst-glossary#right-rotation"))
    assert only_navigates(_hit("cde-glossary", "cde-glossary#spec"))
    assert not only_navigates(_hit("queueing-glossary", "ciw-glossary#service-station"))
    assert not only_navigates(_hit("bst-glossary", "bst-glossary#rotation"))
