"""Round 36 follow-up FK: a superlative picks one thing out; it names nothing.

"whats the lowest value coin" (rpg-glossary: cp, "The smallest unit of currency")
describes what it asks about; the key-term grammar kept "lowest value coin" as a name the
glossary lacks and refused it by the strict bar (coverage/acts.py: picks_out_one). A
superlative asked alone ("greatest elongation") and a count ("one space": tried, it only
turned a refusal into a wrong answer) stay names.
A preposition opening a wh-question ("by how many degrees does the moon's libration swing")
was taken as the key term "by" (coverage/keyterms.py: it is dropped before extraction).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage

from rag_glossary.coverage.acts import picks_out_one
from rag_glossary.coverage.keyterms import extract_key_terms


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("whats the lowest value coin", "lowest value coin"),
        ("the biggest quake in a whole sequence of quakes", "biggest quake"),
        ("the earliest known star map", "earliest known star map"),
    ],
)  # fmt: skip
def test_a_superlative_describes(question: str, term: str) -> None:
    assert picks_out_one(question, term)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("two phase locking", "two phase locking"),
        ("what is a two tower model", "two tower model"),
        ("one-vs-rest for multiclass classification", "one vs rest"),
        ("greatest elongation", "greatest elongation"),  # no "the": a name
        ("what is the interest rate on a loan", "interest rate"),  # no superlative
        ("how big is one space on the battle grid", "one space"),  # a count: no rule gains
        ("the lowest", "lowest"),  # one word
    ],
)  # fmt: skip
def test_a_name_or_a_count_stays_a_name(question: str, term: str) -> None:
    assert not picks_out_one(question, term)


def test_the_rpg_descriptions_are_judged_as_described() -> None:
    rpg = outside_coverage("rpg-glossary")
    term = rpg.check("whats the lowest value coin")
    assert term.found is False and not term.term_style and not term.clean


def test_a_preposition_before_the_wh_word_is_no_key_term() -> None:
    terms = [
        t.text for t in extract_key_terms("by how many degrees does the moon's libration swing")
    ]
    assert "by" not in terms and "moon s libration" in terms
    eclipse = outside_coverage("eclipse-glossary")
    term = eclipse.check("by how many degrees does the moon's libration swing")
    assert term.key_term == "moon s libration"  # the ranking finds Libration (measured)


ECLIPSE_STORY = (
    "so im going to see my first total eclipse next year and a guy in our astronomy club "
    "keeps saying he won't stand on the centre line, he's doing an edge observation right "
    "near the limit of the path. what does that actually mean"
)


def test_a_story_refers_back_to_the_best_entrys_title_not_a_common_phrase() -> None:
    eclipse = outside_coverage("eclipse-glossary")
    ranked = ["eclipse-glossary#edge-observation", "eclipse-glossary#central-eclipse"]
    term = eclipse.check(ECLIPSE_STORY, ranked)
    assert term.found and term.how == "title" and not term.generic
    assert term.entry_ids == ("eclipse-glossary#edge-observation",)
    assert eclipse.check(ECLIPSE_STORY).key_term == "limit of"  # no ranking: no title to find
