"""Round 35 lane C (citation precision; real entries of the eval corpora):

- a label repeated over different terms' notes is no term defined twice: invest's
  "Explanation" heads the note under Bear Market and the one under Growth Stocks, and
  the answer from the first (invest-013) added the second's opening ("Growth stocks are
  expected to grow ...") as the title's other copy. The other copy's opening is added
  only when it shares a content word with the answer (answer/copies.py); type's Leg
  copies share "stroke", so type-017 keeps 'K', 'k', 'R'.
"""

from __future__ import annotations

from answer_helpers import outside_answer

INVEST, TYPE = "invest-glossary#", "type-glossary#"


def test_a_repeated_label_is_not_a_second_copy_of_the_term() -> None:
    text, cited = outside_answer(
        "invest-glossary",
        "when stocks keep falling like 20% off the highs and everyone is pessimistic",
        INVEST + "explanation-1",
        INVEST + "bear-market",
        INVEST + "explanation-4",
    )
    assert cited == (INVEST + "explanation-1",)
    assert "widespread pessimism" in text and "Growth stocks" not in text


def test_a_copy_that_speaks_of_the_same_thing_is_still_added() -> None:
    text, cited = outside_answer(
        "type-glossary", "which letters have a leg", TYPE + "leg", TYPE + "leg-1"
    )
    assert cited == (TYPE + "leg", TYPE + "leg-1") and "'K', 'k', and 'R'" in text
