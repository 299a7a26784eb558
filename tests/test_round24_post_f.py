"""Round 24 post-fix F: a question that names an entry's title is about that entry, even
with other words around the title (real entries of the eval corpora).

- a story, a comma, then "what does X (actually) mean" asks what X is, as "what is X"
  does (sailing-004: "... not to broach ..., what does broach actually mean");
- a closed compound is a kind of its last word: Clew's "mainsail" says "sail", so "the
  clew of a sail" asks nothing Clew's entry lacks (sailing-003);
- a range asked of a named entry whose text states a range in numbers is there, whatever
  the user calls it ("usual acceptance range for bioequivalence": "typically 80-125%",
  pk-016); a name built on another title stays missing ("partial auc in bioequivalence",
  pk-035).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.ranked_words import states_range as _states_range
from rag_glossary.coverage.topic import comma_parts

S, PK = "sailing-glossary#", "pk-glossary#"
BROACH = (
    "did a learn to sail weekend on a small dinghy and the instructor kept warning us not"
    " to broach when the wind picked up on the way back, what does broach actually mean"
)


def test_what_does_x_mean_after_a_statement_asks_x() -> None:
    assert comma_parts(BROACH) == [" what does broach actually mean"]
    assert [t.text for t in extract_key_terms(BROACH)] == ["broach"]
    # the statement must have said it
    kept = "the instructor kept warning us on the way back, what does broach mean"
    assert comma_parts(kept) == [kept]
    found = outside_coverage("sailing-glossary").check(BROACH)
    assert found.found and found.entry_ids == (S + "broach",)


def test_a_closed_compound_says_its_last_word() -> None:
    sailing = outside_coverage("sailing-glossary")
    ranked = [S + "leech", S + "clew", S + "cleat"]
    clew = sailing.check("whats the clew of a sail", ranked)
    assert clew.found and clew.how == "named-entry" and clew.entry_ids == (S + "clew",)


def test_a_range_asked_of_an_entry_that_states_one() -> None:
    assert _states_range("within defined limits (typically 80-125% for the 90% CI)")
    assert _states_range("stored between 2 and 8 degrees")
    assert not _states_range("AUC0-t is the area to the last time point")
    pk = outside_coverage("pk-glossary")
    ranked = [PK + "bioequivalence-be", PK + "bioavailability-f", PK + "auc-area-under-the-curve"]
    usual = pk.check("whats the usual acceptance range for bioequivalence", ranked)
    assert usual.found and usual.entry_ids == (PK + "bioequivalence-be",)
    partial = pk.check("partial auc in bioequivalence", ranked)
    assert partial.found is False


@pytest.mark.slow
def test_the_blind_questions_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    sailing = shared_assistant("sailing-glossary", tmp_path_factory)
    broach = sailing.ask(BROACH)
    assert broach.covered and broach.citations[:1] == (S + "broach",)
    clew = sailing.ask("whats the clew of a sail")
    assert clew.covered and S + "clew" in clew.citations and "lower corner" in clew.text
    pk = shared_assistant("pk-glossary", tmp_path_factory)
    usual = pk.ask("whats the usual acceptance range for bioequivalence")
    assert usual.covered and "80-125%" in usual.text
    assert not pk.ask("partial auc in bioequivalence").covered
