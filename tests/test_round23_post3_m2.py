"""Round 23 post-fix, third part, lane M2 (the blind neuro-, pm- and gamedev-glossary
reviews; these sets are now design sets): which word of a question is asked about and
which is the name.

- a word naming the glossary's field may be a word its file-name word begins
  ("neuroscience" in the neuro-glossary) or two words the file name writes as one ("game
  dev" for gamedev-glossary); the name left may be a phrase of some entry's text when the
  glossary files its terms in letter sections (neuro-005, gamedev-005);
- "which company makes jira": the noun a wh-word asks for, a verb, then an entry's name
  word for word; the noun is asked about the entry, no missing name (pm-017);
- a noun, a past participle and a place preposition ("membrane wrapped around the brain")
  describe a thing, as round 22's place rule does (neuro-013);
- "using X" as a side of a comparison compares X (gamedev-021);
- "scrum of scrums": a term holding an entry's name twice is its own name, not that entry
  (pm-038, a named negative).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.names import names_field

N, PM, G = "neuro-glossary#", "pm-glossary#", "gamedev-glossary#"


def _terms(question: str) -> list[tuple[str, bool]]:
    return [(t.text, t.term_style) for t in extract_key_terms(question)]


def test_a_field_word_may_be_begun_by_or_joined_from_the_file_name() -> None:
    named = frozenset({"neuro", "gamedev", "glossary", "ux"})
    assert names_field(["neuroscience"], named, named, at_end=True)
    assert not names_field(["neuroscience"], named, named)  # before a name it modifies it
    assert names_field(["game", "dev"], named, named)
    assert not names_field(["uxr"], named, named)  # "ux" is too short to be a stem
    assert not names_field(["neural"], named, named)


def test_field_words_left_out_of_the_name() -> None:
    neuro = outside_coverage("neuro-glossary")
    found = neuro.check("double dissociation neuroscience definition")
    assert found.found and found.entry_ids == (N + "double-dissociation",)
    gamedev = outside_coverage("gamedev-glossary")
    found = gamedev.check("object poolling game dev")
    assert found.found and found.entry_ids == (G + "object-pooling",)
    # a missing name keeps its words; a word the field's begins, before a name, modifies it
    assert neuro.check("neuroscience quantum tunnelling").found is False
    bayes = outside_coverage("bayes-glossary")
    ranked = ["bayes-glossary#waic", "bayes-glossary#aic", "bayes-glossary#dic"]
    assert bayes.check("what is the bayesian information criterion", ranked).found is False


def test_a_participle_and_a_place_describe_the_noun() -> None:
    assert _terms("innermost membrane wrapped around the brain and spinal cord") == [
        ("innermost membrane wrapped around", False)
    ]
    assert _terms("orbicluar spot on the forewing") == [("orbicluar spot", True)]


def test_using_opens_no_side_of_a_comparison() -> None:
    terms = _terms("whats the diff between polling input and using event listeners")
    assert terms == [("polling input", True), ("event listeners", True)]
    assert _terms("causing harm vs using force")[0] == ("causing harm", True)


def test_an_entry_named_twice_in_a_term_is_not_that_entry() -> None:
    pm = outside_coverage("pm-glossary")
    ranked = [PM + i for i in ("scrum-master", "scrum", "scrum-board", "sprint-1", "board")]
    missing = pm.check("what is scrum of scrums", ranked)
    assert missing.found is False and missing.key_term == "scrum of scrums"


def test_the_noun_asked_of_a_named_entry_is_no_missing_name() -> None:
    pm = outside_coverage("pm-glossary")
    ranked = [PM + i for i in ("jira", "issue", "project", "workflow", "kanban-board")]
    found = pm.check("which company makes jira", ranked)
    assert found.found and found.entry_ids == (PM + "jira",)
    # nothing named: the noun is still what is missing
    assert pm.check("which company makes photoshop", ranked[1:]).found is False
    # the name not the verb's object: what is asked of it must be in its text
    ds = outside_coverage("ds-glossary")
    asked = "which famous painting goes with correlation analysis"
    assert ds.check(asked, ["data_glossary#correlation-analysis"]).found is False


@pytest.mark.slow
def test_the_blind_questions_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    pm = shared_assistant("pm-glossary", tmp_path_factory)
    jira = pm.ask("which company makes jira")
    assert jira.covered and jira.citations == (PM + "jira",) and "Atlassian" in jira.text
    assert not pm.ask("what is scrum of scrums").covered
    neuro = shared_assistant("neuro-glossary", tmp_path_factory)
    pia = neuro.ask("innermost membrane wrapped around the brain and spinal cord")
    assert pia.covered and "Pia mater" in pia.text
    gamedev = shared_assistant("gamedev-glossary", tmp_path_factory)
    both = gamedev.ask("whats the diff between polling input and using event listeners")
    assert both.covered and set(both.citations) == {G + "polling", G + "event-listener"}
    pooling = gamedev.ask("object poolling game dev")
    assert pooling.covered and pooling.citations == (G + "object-pooling",)
