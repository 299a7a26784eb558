"""Round 45 lane T: a termbase entry's text reads as prose. No "Context:" / "Note:" label
is glued to it, a context is the text only of a concept nothing defines, a note's sentences
about the term as a word (register, spelling, collocations, acronym) are left out, and an
editor's brackets in a quotation ("[...]", "[are]", "[An]") read as part of the sentence."""

from __future__ import annotations

import pytest
from format_fixtures import FORMATS

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.termbase import edited_text


@pytest.fixture(scope="module")
def covid() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "covid-glossary.xml")}


def test_no_field_label_nor_bracket_left_in_any_covid_entry(covid: dict[str, Entry]) -> None:
    for entry in covid.values():
        assert "Context:" not in entry.body and "Note:" not in entry.body
        assert "[" not in entry.body and "]" not in entry.body
        assert "register" not in entry.body  # "Mostly used in the scientific register."


def test_editorial_cut_and_insertion_read_as_the_sentence(covid: dict[str, Entry]) -> None:
    # "[...] Antibodies [are] substances that attach to a virus ..."
    assert covid["antibodies"].body.startswith(
        "Antibodies are substances that attach to a virus and help it be eliminated."
    )
    # "[...] patients who were sick enough to be hospitalized.": a cut opening, capitalised
    assert (
        covid["hospitalized-patients"].body == "Patients who were sick enough to be hospitalized."
    )
    # "... require a second injection [...].": the cut at the end no longer ends the
    # sentence in an ellipsis the answer stage drops as a fragment
    assert covid["first-dose"].body.endswith("Both vaccines require a second injection.")
    # a cut inside a sentence stays an ellipsis
    assert covid["long-covid"].body.startswith(
        "The term long-Covid … is not an official medical term."
    )


def test_usage_note_sentences_dropped_concept_notes_kept(covid: dict[str, Entry]) -> None:
    # "Part of the body's "immune response". The termbase contains English terminology ..."
    assert covid["antibodies"].body.endswith('\n\nPart of the body\'s "immune response".')
    # "Used to describe someone or something that can transmit the disease." says the concept
    assert covid["infectious"].body.endswith(
        "\n\nUsed to describe someone or something that can transmit the disease."
    )
    # "Premodified by adjectives such as ..." / "Mostly used in the scientific register."
    assert "Premodified" not in covid["observational-study"].body
    assert "\n\n" not in covid["respiratory-droplets"].body


def test_context_dropped_after_a_definition_kept_as_text_without_one() -> None:
    entries = {e.anchor: e for e in parse_file(FORMATS / "astronomy-tbx-basic-v3.tbx")}
    # no definition: the context is what the termbase says of the concept, with no label
    assert entries["neutron-star"].body.startswith(
        "After its Main Sequence period the star becomes a red supergiant"
    )
    cluster = entries["open-cluster"].body.split("\n\n")
    assert cluster[0] == "A group of stars formed together in the spiral arms of a galaxy."
    assert cluster[1].startswith("Another name for an open star cluster.")


@pytest.mark.parametrize(
    ("quoted", "read"),
    [
        (
            "[...] covid-19 is a respiratory disease that attacks the lungs [...].",
            "Covid-19 is a respiratory disease that attacks the lungs.",
        ),
        (
            "Other respiratory diseases, like [...] SARS, another type of coronavirus, suggest",
            "Other respiratory diseases, like … SARS, another type of coronavirus, suggest",
        ),
        ("[An] increased viral load [...] can lead to", "An increased viral load … can lead to"),
        ("[...] mRNA vaccines [...] use a molecule", "mRNA vaccines … use a molecule"),
        ("It works. [...] [The] organisation said so.", "It works. The organisation said so."),
        ("footnote [12] and link [see: x]", "footnote [12] and link [see: x]"),
    ],
)
def test_edited_text(quoted: str, read: str) -> None:
    assert edited_text(quoted) == read
