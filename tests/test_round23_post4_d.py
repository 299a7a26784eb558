"""Round 23 post-fix, fourth part, lane D (real entries of the eval corpora):

- a dollar amount is money, not inline TeX (pandoc's tex_math_dollars: the closing "$"
  has a non-space before it and no digit after it): banking-012 printed "is7.25/hour";
- a title defined twice in one glossary (type: two halves of a page; pm: two sections):
  the merged group places the second copy's units after the first's (their positions
  collided, so the second copy's opening was never picked), and the answer adds the other
  copy's opening when it says more than the answer so far (type-017: the bullet Leg
  names 'K', 'k', 'R'), both cited; not when it only repeats the title ("Heads-Up
  Display.") nor for a question whose cue sentence answers (pm-015: "how long"). Copies
  from other sources keep their own numbering (holdout11-004 is unchanged).
"""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus, ranked_hits

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.pieces import make_group

BANK, TYPE, PM, GAME = "banking-glossary#", "type-glossary#", "pm-glossary#", "gamedev-glossary#"


def test_dollar_amounts_are_money_not_math() -> None:
    text, cited = outside_answer(
        "banking-glossary",
        "when prices keep going up every year so the same dollar buys less",
        BANK + "inflation",
    )
    assert cited == (BANK + "inflation",)
    assert "a $3.10/hour int 1980" in text and "wage is $7.25/hour" in text
    # inline TeX still reads as plain text
    assert clean_inline(r"for any scalar $s$ and $\beta_0$") == "for any scalar s and beta_0"
    assert clean_inline("costs $5 and $x$ more") == "costs $5 and x more"


def test_a_second_copy_of_a_title_is_placed_after_the_first() -> None:
    entries, _ = outside_corpus("type-glossary")
    hits = ranked_hits(entries, TYPE + "leg", TYPE + "leg-1")
    group = make_group(hits[0], hits)
    positions = [u.position for u, _ in group.units]
    assert group.ids == (TYPE + "leg", TYPE + "leg-1") and positions == sorted(set(positions))
    assert len({u.section for u, _ in group.units}) == 2


def test_the_other_copy_answers_what_the_first_does_not() -> None:
    text, cited = outside_answer(
        "type-glossary", "which letters have a leg", TYPE + "leg", TYPE + "leg-1"
    )
    assert cited == (TYPE + "leg", TYPE + "leg-1") and "'K', 'k', and 'R'" in text
    assert text.startswith("Leg: A short, descending stroke")


def test_a_copy_that_adds_nothing_or_a_cue_question_keeps_one_entry() -> None:
    _, cited = outside_answer(
        "gamedev-glossary", "what does hud stand for in games", GAME + "hud-heads-up-display",
        GAME + "hud",
    )  # fmt: skip
    assert cited == (GAME + "hud-heads-up-display",)  # "Heads-Up Display." is its title
    text, cited = outside_answer(
        "pm-glossary", "how long do sprints usually last in scrum", PM + "sprint-1", PM + "sprint"
    )
    assert cited == (PM + "sprint-1",) and "2-4 weeks" in text
