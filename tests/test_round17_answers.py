"""Round 17, answers: a bare abbreviation whose definition opens with its expansion."""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.opening_names import named_opening


def test_an_abbreviations_opening_expansion_names_it() -> None:
    # Hazelcast's AsciiDoc glossary: "K8s:: Kubernetes. An open source system ..."
    entries, _ = outside_corpus("distsys-glossary")
    k8s = entries["distsys-glossary#k8s"]  # the anchor stays the abbreviation's
    assert k8s.title == "K8s (Kubernetes)"
    assert "Kubernetes" in k8s.aliases
    assert k8s.body.startswith("An open source system that manages")
    bff = entries["distsys-glossary#bff"]
    assert bff.title == "BFF (Backend-for-frontend)"
    assert entries["distsys-glossary#nosql"].title == "NoSQL (Not Only SQL)"


def test_an_opening_that_does_not_spell_the_title_stays_its_text() -> None:
    # "mTLS:: Mutual authentication. ..." does not spell mTLS; "The memory on a GPU." is a
    # definition; "Large-scale speaker recognition datasets." describes VoxCeleb
    for title, body in (
        ("mTLS", "Mutual authentication. A method that ensures the authenticity."),
        ("VRAM", "The memory on a GPU. Weights must fit in it."),
        ("VoxCeleb", "Large-scale speaker recognition datasets. VoxCeleb1: 1,251 speakers."),
        ("Flatten", "One of the core PTransforms. Flatten merges PCollections."),
    ):
        section = Section(title, 1, body)
        assert named_opening(section) is section


def test_the_answer_shows_the_expansion_with_the_abbreviation() -> None:
    text, cited = outside_answer(
        "distsys-glossary", "kubernetes explained briefly", "distsys-glossary#k8s"
    )
    assert text.startswith("K8s (Kubernetes): An open source system")
    assert cited == ("distsys-glossary#k8s",)
