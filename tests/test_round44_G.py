"""Round 44, lane G: what readers saw that the metrics miss (a marker repeated before a
list, a refusal naming a "term" the question never wrote)."""

from __future__ import annotations

from rag_glossary.answer.citations import Registry
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.rendering import render
from rag_glossary.coverage.question_forms import written_as_named

_MODE_E = "grid-glossary#extended-block-mode-mode-e"
_SERVER = "grid-glossary#server"


def test_a_list_its_sentence_runs_into_carries_the_one_marker() -> None:
    # grid-glossary's MODE E entry: the lead sentence and the list of block fields are
    # one entry's; "[1]" after the sentence and again after "Each block consists of:" is
    # the repeated marker its reader saw (round 38, question 017)
    said = [
        Statement(
            "extended block mode (MODE E): MODE E is a critical GridFTP components because it "
            "allows for out of order reception of data",
            (_MODE_E,),
        ),
        Statement(
            "Each block consists of",
            (_MODE_E,),
            items=("An 8 bit flag field", "A 64 bit field indicating the offset in the transfer"),
        ),
    ]
    text = render(said, Registry(()))
    assert text.count("[1]") == 1
    assert "of data.\nEach block consists of:[1]\n- An 8 bit flag field" in text


def test_a_list_of_another_entry_keeps_each_marker() -> None:
    said = [
        Statement("server: A process that receives commands", (_SERVER,)),
        Statement("Each block consists of", (_MODE_E,), items=("An 8 bit flag field",)),
    ]
    text = render(said, Registry(()))
    assert "commands.[1]\nEach block consists of:[2]" in text


def test_a_term_gathered_from_across_a_description_is_not_named() -> None:
    # obra-glossary's paraphrase of Cimentación and negative about pipes (round 39), wine's
    # "levures non-saccharomyces" (round 38): the refusal named "casa pasa peso tierra",
    # "tubería pvc cobre agua", "levures non"
    assert not written_as_named(
        "la parte de la casa que pasa todo el peso hacia la tierra", "casa pasa peso tierra"
    )
    assert not written_as_named("tuberia de pvc o de cobre para el agua", "tubería pvc cobre agua")
    assert not written_as_named("levures non-saccharomyces définition", "levures non")


def test_a_name_as_written_is_named() -> None:
    assert written_as_named("que es una casa de interes social", "casa interes social")
    assert written_as_named("que es la plusvalia de un terreno", "plusvalia terreno")
    assert written_as_named("serie de taylor do seno", "série de taylor do seno")
    assert written_as_named("was ist ein d-schlauch", "d schlauch")
    assert written_as_named("levures non-saccharomyces définition", "levures non-saccharomyces")
    assert written_as_named(
        "what crf value (constant rate factor) should i pick", "crf (constant rate factor)"
    )


def test_a_name_said_only_inside_a_compound_still_leads() -> None:
    # tavern-glossary's Deck (round 43, question 016): its text names no subject, and
    # "deck-building" is no "Deck", so the answer printed no name at all
    from rag_glossary.answer.named_early import names_early

    text = "Player-constructed set of 30-40 cards used in deck-building card battles."
    assert not names_early(text, "Deck")
    assert names_early("A deck is a player-constructed set of 30-40 cards.", "Deck")


def test_a_hyphenated_name_written_whole_is_named() -> None:
    # held-out questions of holdout9 and contractor-glossary: the whole compound is the term
    assert written_as_named("squeeze-and-excitation block", "squeeze and excitation block")
    assert written_as_named(
        "is a pay-when-paid clause enforceable", "pay when paid clause enforceable"
    )
    assert not written_as_named("test manna-whitneya kiedy go uzyc", "test manna")
