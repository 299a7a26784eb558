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
