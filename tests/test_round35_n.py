"""Round 35 lane N: a missing name's words said together in a top hit's statement do not
cover it when the statement says a word of the name only as a verb, after "to" or a modal
(``coverage/verb_said.py``): "fire clay" is not said by Basalt Body's "clays and/or
metallic oxides to fire very dark brown", nor "mean target encoding" by Missingness's
"could mean unemployment ... predictive of your target".

A key term found in an entry's text, or a one-word title, written after a possessive is the
asker's own thing, judged as described (``question_forms.owned_by_asker``): "how do i pop my
ears on the way down" is not answered from Barotrauma's mention of ears."""

from __future__ import annotations

from functools import lru_cache

import pytest
from answer_helpers import corpus_by_id, outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.question_forms import owned_by_asker
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.verb_said import said_as_verb_only


@lru_cache(maxsize=1)
def _shipped() -> CoverageIndex:
    return CoverageIndex(list(corpus_by_id().values()))


def test_a_name_said_with_its_modifier_as_a_verb_is_missing() -> None:
    ranked = ["pottery-glossary#basalt-body", "pottery-glossary#ball-clay"]
    term = outside_coverage("pottery-glossary").check("fire clay", ranked)
    assert term.found is False and term.how != "said-together"


def test_a_modal_verb_in_the_statement_is_no_word_of_the_name() -> None:
    ranked = ["ai-glossary-m-site#missingness"]
    term = _shipped().check("mean target encoding for categorical features", ranked)
    assert term.found is False


def test_words_said_as_nouns_still_cover_the_name() -> None:
    # Melt: "... transform a DataFrame from a wide format to a long format"
    ranked = ["data-archive-m#melt", "data-archive-m#multi-level-index"]
    term = _shipped().check("how do i unpivot a wide pandas dataframe into long format", ranked)
    assert term.found and term.how == "said-together"


@pytest.mark.parametrize(
    ("said", "verb_only"),
    [
        ("metallic oxides to fire very dark", True),
        ("it may fire dark and fire is hot", False),  # said once as a noun too
        ("from a wide format to a long format", False),
    ],
)
def test_said_as_verb_only(said: str, verb_only: bool) -> None:
    assert said_as_verb_only(said.split(), {"fire", "wide"}) is verb_only


def test_the_askers_own_thing_is_no_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("dive-glossary", tmp_path_factory)
    assert not assistant.ask("how do i pop my ears on the way down so they dont hurt").covered
    # described, the question is still answered when its entry stands out
    climbing = shared_assistant("climbing-glossary", tmp_path_factory)
    answer = climbing.ask("my forearms are totally pumped out after 3 routes, why does that happen")
    assert answer.covered and answer.citations[0] == "climbing-glossary#pump-pumped-out"


@pytest.mark.parametrize(
    ("said", "term", "how", "owned"),
    [
        ("how do i pop my ears on the way down", "ears", "text", True),
        ("how do i serve my model on kubernetes", "model", "title", True),
        ("check my run sheet before places", "run sheet", "title", False),  # a name
        ("how do i pop ears on the way down", "ears", "text", False),
    ],
)
def test_owned_by_asker(said: str, term: str, how: str, owned: bool) -> None:
    decided = TermCoverage(term, True, how, ("x",), True)
    assert owned_by_asker(said, decided) is owned
