"""Round 35 lane C (citation precision; real entries of the eval corpora):

- a label repeated over different terms' notes is no term defined twice: invest's
  "Explanation" heads the note under Bear Market and the one under Growth Stocks, and
  the answer from the first (invest-013) added the second's opening ("Growth stocks are
  expected to grow ...") as the title's other copy. The other copy's opening is added
  only when it shares a content word with the answer (answer/copies.py); type's Leg
  copies share "stroke", so type-017 keeps 'K', 'k', 'R';
- a comparison whose second side is only a setting of the first side's term ("typical
  window size for features vs for segmentation", diarization-022) is answered by that
  term's entry when one sentence of it says the setting ("Typical: 25ms for features,
  1.5-3s for segmentation"), not by the entry the setting's noun names (Segmentation)
  (answer/side_entry.py ``setting_said``, answer/shapes.py).
"""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus, ranked_hits

INVEST, TYPE, DIAR = "invest-glossary#", "type-glossary#", "glossary#"


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


def test_a_setting_side_said_by_the_first_sides_entry() -> None:
    text, cited = outside_answer(
        "diarization-glossary",
        "typical window size for features vs for segmentation?",
        DIAR + "hop-length",
        DIAR + "window-size",
        DIAR + "segmentation",
    )
    assert cited == (DIAR + "window-size",)
    assert "25ms for features, 1.5-3s for segmentation" in text


def test_a_setting_side_the_first_entry_does_not_say_keeps_both_sides() -> None:
    from rag_glossary.answer.side_entry import setting_said

    entries, _ = outside_corpus("diarization-glossary")
    (window,) = ranked_hits(entries, DIAR + "window-size")
    assert setting_said("for segmentation", window)
    assert not setting_said("for clustering", window)
    assert not setting_said("segmentation", window)  # a side of its own, not a setting
