"""Round 23 post-fix, fourth part, lane C (the blind banking-, ee- and type-glossary
reviews; these sets are now design sets): a named title followed by what is asked of it.

- "one of them keeps talking about batch posting, what does that actually mean": a
  wh-question after a comma that only refers back ("that", "it") asks about the thing
  the statement was about, not the statement's first words (banking-004);
- "what does stroke contrast mean when describing a typeface": "what does X mean" names
  X; the "when ..." clause is no part of the name (type-039, a named negative);
- "what happens when a tantalum cap fails": a name with its last word cut short names
  the entry, and what is asked of it ("fails") is in its text (ee-018);
- "x7r temperature range": an extent right after a word the entry's text has is asked
  of the named entry (ee-016); "credit limit" stays missing (no quantity before it);
- "how do i compute compund annual growth rate": the action is judged by its best entry
  only when its long object is no name the glossary lacks (banking-040, a named negative).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.asked_back import asked_back
from rag_glossary.coverage.keyterms import extract_key_terms

B, E, T = "banking-glossary#", "ee-glossary#", "type-glossary#"
BATCH = (
    "im doing the onboarding modules for a bank teller job and one of them keeps talking "
    "about batch posting, what does that actually mean"
)


def _terms(question: str) -> list[tuple[str, bool]]:
    return [(t.text, t.term_style) for t in extract_key_terms(question)]


def test_a_question_referring_back_asks_what_the_statement_was_about() -> None:
    assert _terms(BATCH) == [("batch posting", True)]
    land = "the lecturer keeps going on about good root of title whenever deeds come up, what is it"
    assert asked_back(land) == "what is good root of title"
    # "what is this called" asks for a name, not what a named thing means
    called = "the error term keeps growing, what is this called and how do i stop it"
    assert asked_back(called) == called
    banking = outside_coverage("banking-glossary")
    found = banking.check(BATCH, [B + "batch-posting", B + "real-time-posting"])
    assert found.found and found.entry_ids == (B + "batch-posting",)


def test_what_does_x_mean_when_names_x() -> None:
    assert _terms("what does stroke contrast mean when describing a typeface") == [
        ("stroke contrast", True)
    ]
    # "it" names nothing: the question is the clause after "when"
    asked = "what does it mean when a model has converged"
    assert asked_back(asked) == asked
    type_ = outside_coverage("type-glossary")
    ranked = [T + "hairline", T + "weight", T + "font", T + "stroke"]
    missing = type_.check("what does stroke contrast mean when describing a typeface", ranked)
    assert missing.found is False and missing.key_term == "stroke contrast"


def test_a_name_cut_short_and_what_is_asked_of_it() -> None:
    ee = outside_coverage("ee-glossary")
    ranked = [E + "tantalum-capacitor", E + "cut-trace", E + "aging"]
    found = ee.check("what happens when a tantalum cap fails", ranked)
    assert found.found and found.entry_ids == (E + "tantalum-capacitor",)
    # what is asked must still be in the text: the entry says nothing of colour
    assert ee.check("tantalum cap colour", ranked).found is False


def test_an_extent_of_a_quantity_the_text_names() -> None:
    ee = outside_coverage("ee-glossary")
    ranked = [E + "x7r", E + "auto-ranging", E + "temperature-coefficient-tempco"]
    found = ee.check("x7r temperature range", ranked)
    assert found.found and found.entry_ids == (E + "x7r",)
    # the extent right after the name asks of no quantity its text names
    assert ee.check("x7r range", ranked).found is False
    # named negatives stay missing: Flyback's text never says "converter"
    assert ee.check("flyback converter", [E + "flyback", E + "flyback-diode"]).found is False


def test_a_long_object_of_an_action_is_a_missing_name() -> None:
    banking = outside_coverage("banking-glossary")
    ranked = [B + "annual-percentage-yield-1", B + "annual-percentage-rate"]
    missing = banking.check("how do i compute compund annual growth rate", ranked)
    assert missing.found is False and missing.term_style
    assert missing.key_term == "compund annual growth rate"


@pytest.mark.slow
def test_the_blind_questions_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    ee = shared_assistant("ee-glossary", tmp_path_factory)
    x7r = ee.ask("x7r temperature range")
    assert x7r.covered and x7r.citations == (E + "x7r",) and "+125" in x7r.text
    tantalum = ee.ask("what happens when a tantalum cap fails")
    assert tantalum.covered and "short circuit" in tantalum.text
    assert not ee.ask("flyback converter").covered
    banking = shared_assistant("banking-glossary", tmp_path_factory)
    batch = banking.ask(BATCH)
    assert batch.covered and batch.citations == (B + "batch-posting",)
    assert not banking.ask("how do i compute compund annual growth rate").covered
    assert not banking.ask("credit limit meaning").covered
    type_ = shared_assistant("type-glossary", tmp_path_factory)
    assert not type_.ask("what does stroke contrast mean when describing a typeface").covered
