"""Round 43 follow-up T: English lookups and refusals on tavern, aging and heroclix
(``coverage/keyterms.py``, ``coverage/asking_part.py``, ``coverage/clause_cues.py``,
``coverage/name_lookup.py``, ``answer/entry_choice.py``; real entries, real model).

"how many cards can go in a deck" read the verb "go" as the subject; "so my grandma keeps
..." opened with a filler and a determiner, so its closing "what is negligible senescence"
was never read as the asking part; "the newspaper people read" did not end at its
contact clause; "crit" clips Critical Hit's first word; "whats the stat slott on a figure"
names Stat Slot, second under Base, which only says "figure".
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms

_STORY = (
    "so my grandma keeps forwarding me articles about lobsters and some tortoises that"
    " apparently don't get old at all, and one of them said scientists looked really hard"
    " and still couldn't find any sign of ageing in them. the article kept using one phrase"
    " for this. what is negligible senescence?"
)


def _terms(question: str) -> list[str]:
    return [t.text for t in extract_key_terms(question)]


def test_a_verb_after_the_auxiliary_is_no_subject() -> None:
    assert _terms("how many cards can go in a deck") == ["cards", "in a deck"]
    assert _terms("how many layers can bert have") == ["layers", "bert"]


def test_a_filler_and_a_determiner_open_a_story() -> None:
    assert _terms(_STORY) == ["negligible senescence"]


def test_a_contact_clause_with_an_everyday_verb_ends_the_term() -> None:
    assert _terms("whats that newspaper people read in the settlements") == ["newspaper"]


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("tavern-glossary", "how many cards can go in a deck", "tavern-glossary#deck"),
        ("tavern-glossary", "how much damage does a crit do", "tavern-glossary#critical-hit"),
        (
            "tavern-glossary",
            "whats that newspaper people read in the settlements",
            "tavern-glossary#tavern-times",
        ),
        ("aging-glossary", _STORY, "aging-glossary#negligible-senescence"),
        ("heroclix-glossary", "whats the stat slott on a figure", "heroclix-glossary#stat-slot"),
    ],
)
def test_questions_naming_an_entry_are_answered_by_it(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations == (cited,)
