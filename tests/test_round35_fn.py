"""Round 35 follow-up FN: described and named negatives answered from unrelated entries.

- "exposome": a word two adjacent letters off a corpus word ("om" for "ur") is another
  word, no slip; the glossary lacks it, so it is no lookup of Exposure;
- "soil and dust intake rate": a first side some entry's text holds is in passing when that
  text does not say every word of the second side; the whole phrase is the name looked up.
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.slips import replaced_pair


def test_two_adjacent_letters_replaced_is_no_slip() -> None:
    assert replaced_pair("exposome", "exposure")
    assert not replaced_pair("trigerr", "trigger")
    assert not replaced_pair("recieve", "receive")  # a swap is one slip
    assert not replaced_pair("spectral", "spektral")


def test_exposome_is_not_exposure() -> None:
    exposure = outside_coverage("exposure-glossary")
    found = exposure.check("exposome")
    assert found.found is False and found.key_term == "exposome"
    assert exposure.check("exposure").found


def test_a_first_side_in_passing_needs_the_whole_second_side() -> None:
    exposure = outside_coverage("exposure-glossary")
    found = exposure.check("soil and dust intake rate")
    assert found.found is False and found.key_term == "soil and dust intake rate"
