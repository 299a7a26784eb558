"""Round 24 post-fix T: a title named inside the question, refused (round 24's blind
aviation and ocean sets, now design sets; real entries of the eval corpora).

- "what even is X" after a statement asks X, as "what is X" does (aviation-004);
- a statement that says it keeps mentioning X, a full stop, then "what is that
  actually" asks X, as after a comma (ocean-004);
- a title (or a slip of one), then a noun the entry's text calls it, names the title
  ("mellor yamda closure": "a family of turbulence closure models", ocean-005);
- "the diff between A and B N", A and B both titles: N is the head both share
  ("barotropic and baroclinic flow", ocean-020).
Names the glossary lacks stay missing ("large eddy simulation", "prandtl mixing length",
"scrum of scrums").
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.asked_back import asked_back
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.pairs import head_dropped

A, OC = "aviation-glossary#", "ocean-glossary#"
SIGMET = (
    "doing my ppl ground school and my instructor keeps telling me to check for a sigmet"
    " before every cross country, what even is a sigmet"
)
PATANKAR = (
    "im setting up a 1d water column run for my physical oceanography class and the config"
    " file keeps mentioning the patankar scheme for the biogeochemistry part. what is that"
    " actually"
)


def test_what_even_is_x_after_a_statement_asks_x() -> None:
    assert [t.text for t in extract_key_terms("what even is a sigmet")] == ["sigmet"]
    assert [t.text for t in extract_key_terms(SIGMET)] == ["sigmet"]
    # "even" as a word of the name stays
    assert [t.text for t in extract_key_terms("what even numbers are there")] == ["even numbers"]
    found = outside_coverage("aviation-glossary").check(SIGMET)
    assert found.found and found.entry_ids == (A + "sigmet",)


def test_what_is_that_after_a_full_stop_refers_back() -> None:
    assert asked_back(PATANKAR).startswith("what is the patankar scheme")
    assert [t.text for t in extract_key_terms(PATANKAR)] == ["patankar scheme"]
    found = outside_coverage("ocean-glossary").check(PATANKAR)
    assert found.found and found.entry_ids == (OC + "patankar-scheme",)


def test_a_title_then_the_noun_its_entry_calls_it() -> None:
    ocean = outside_coverage("ocean-glossary")
    closure = ocean.check("mellor yamda closure")
    assert closure.found and closure.entry_ids == (OC + "mellor-yamada",)
    # a noun the entry never says is another thing
    assert ocean.check("mellor yamada grid").found is False
    assert ocean.check("large eddy simulation in oceanography").found is False
    assert ocean.check("prandtl mixing length theory explained").found is False
    # a name joined by a function word is one name; the title's text never says it
    assert outside_coverage("pm-glossary").check("what is scrum of scrums").found is False


def test_a_head_shared_by_both_sides_of_a_contrast() -> None:
    names = {("barotropic",), ("baroclinic",)}
    left, right = KeyTerm("barotropic", True), KeyTerm("baroclinic flow", True)
    assert head_dropped(left, right, names).text == "baroclinic"
    assert head_dropped(KeyTerm("geostrophic", True), right, names) is right
    ocean = outside_coverage("ocean-glossary")
    diff = ocean.check("whats the diff between barotropic and baroclinic flow")
    assert diff.found


@pytest.mark.slow
def test_the_blind_questions_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    aviation = shared_assistant("aviation-glossary", tmp_path_factory)
    sigmet = aviation.ask(SIGMET)
    assert sigmet.covered and sigmet.citations[:1] == (A + "sigmet",)
    ocean = shared_assistant("ocean-glossary", tmp_path_factory)
    patankar = ocean.ask(PATANKAR)
    assert patankar.covered and "positivity" in patankar.text
    closure = ocean.ask("mellor yamda closure")
    assert closure.covered and OC + "mellor-yamada" in closure.citations
    diff = ocean.ask("whats the diff between barotropic and baroclinic flow")
    assert diff.covered and "Depth-independent" in diff.text and "Depth-dependent" in diff.text
    assert not ocean.ask("large eddy simulation in oceanography").covered
    assert not ocean.ask("rossby number meaning").covered
