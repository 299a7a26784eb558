"""Round 32 follow-up K2: questions naming an entry that ranks first, refused for a word
around the name (real entries of the radio, dwh and print3d glossaries).

- "grey line propagation definition": a title whose entry has no text (Propagation, a
  heading) said after a name is no word of the name;
- "clarifier knob on my cb": the handle a device is worked by, after its name;
- "how high up is the ionosphere in km": "how high up" is the degree asked, no term;
- "... and i nodded but honestly what does reconciliation mean here": a story, "but", and
  the wh-question that asks; "here" is where the user met the term;
- "how many layers thick is the very top surface": "very" intensifies, no word of the name.
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.asking_part import wondered
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.termcoverage import TermCoverage

RECONCILIATION = (
    "my team lead keeps saying we need reconciliation after every nightly load into the "
    "warehouse and i nodded but honestly what does reconciliation mean here"
)
OVERDOSE = (
    "my mum took her blood pressure tablets twice by mistake this morning and the pharmacist "
    "said he would log it as an overdose for the side effect report. what does overdose "
    "officially mean there"
)


def _terms(question: str) -> list[str]:
    return [t.text for t in extract_key_terms(question)]


def _check(corpus: str, question: str, *ranked: str) -> TermCoverage:
    return outside_coverage(corpus).check(question, [f"{corpus}#{r}" for r in ranked])


def test_a_heading_without_text_after_a_name_is_no_word_of_it() -> None:
    found = _check("radio-glossary", "grey line propagation definition", "grey-line")
    assert found.found and found.entry_ids == ("radio-glossary#grey-line",)
    # a title with a text of its own after a name is still a name the glossary lacks
    found = _check("radio-glossary", "grey line ionosphere", "grey-line")
    assert not found.found


def test_the_handle_a_device_is_worked_by_is_no_word_of_its_name() -> None:
    question = "clarifier knob on my cb what is it"
    found = _check("radio-glossary", question, "clarifier", "splatter", "rit")
    # Clarifier's text is "See RIT": the entry it refers to comes with it
    assert found.found and found.entry_ids[0] == "radio-glossary#clarifier"
    # a noun that is no handle still makes a name the glossary lacks
    assert not _check("radio-glossary", "clarifier circuit board", "clarifier").found


def test_a_degree_with_its_particle_is_scaffolding() -> None:
    assert _terms("how high up is the ionosphere in km")[0] == "ionosphere"
    assert strip_scaffolding("how far down is the bedrock") == "bedrock"
    found = _check("radio-glossary", "how high up is the ionosphere in km", "ionosphere")
    assert found.found and found.entry_ids == ("radio-glossary#ionosphere",)


def test_a_story_then_but_and_the_question_asks_that_question() -> None:
    assert wondered(RECONCILIATION).endswith("i nodded. what does reconciliation mean here")
    assert _terms(RECONCILIATION) == ["reconciliation"]
    assert _terms("what does reconciliation mean here") == ["reconciliation"]
    # a story opening with "my" is a statement too; "officially mean there" asks the meaning
    assert _terms(OVERDOSE) == ["overdose"]
    # "here" after another verb stays with it (judged as before)
    assert _terms("what does obsevability cover here") == ["obsevability cover here"]
    found = _check("dwh-glossary", RECONCILIATION, "reconciliation", "sla")
    assert found.found and found.entry_ids == ("dwh-glossary#reconciliation",)


def test_an_intensifier_before_a_title_is_no_word_of_it() -> None:
    question = "how many layers thick is the very top surface usually"
    found = _check("print3d-glossary", question, "top-surface", "topography")
    assert found.found and found.entry_ids == ("print3d-glossary#top-surface",)
