"""Round 36 lane C: a comparison side whose entry opens with a short fragment reads on
past its second sentence while the side still says less than a short definition."""

from __future__ import annotations

from answer_helpers import outside_answer as outside


def test_a_fragment_opening_reads_on_to_the_fact() -> None:
    # cabinet 021: "Labour intellectual and MP." + "His book ..." said no job of Crosland's
    text, _ = outside(
        "cabinet-glossary",
        "anthony barber and anthony crosland - which jobs did each hold",
        "cabinet-glossary#anthony_crosland",
        "cabinet-glossary#anthony_barber",
        "cabinet-glossary#anthony_eden",
    )
    assert "Chancellor of the Exchequer" in text
    assert "Secretary of State for Education" in text
    assert "Foreign Secretary" not in text  # the side stops once it says enough


def test_a_long_second_sentence_ends_the_side() -> None:
    # llvm 020: "QoI: Quality of Implementation." + a 30-word sentence is a whole side
    text, _ = outside(
        "llvm-glossary",
        "qoi vs qol",
        "llvm-glossary#qoi",
        "llvm-glossary#qol",
    )
    assert "Clang compiler is mandated" not in text


def test_the_sentence_saying_what_the_opening_leaves_open_answers() -> None:
    # advml 026: the opening restates "Adversarial Robustness Toolbox"; the next sentence
    # says the threats it focuses on, which the opening does not
    text, _ = outside(
        "advml-glossary",
        "which kinds of threats does the adversarial robustness toolbox focus on",
        "glossary#adversarial-robustness-toolkit-art",
        "glossary#adversarial-attacks",
    )
    assert "Evasion" in text and "Poisoning" in text and "Extraction" in text
