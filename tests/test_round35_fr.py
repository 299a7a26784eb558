"""Round 35 follow-up FR: a misspelt bare term, asked in a setting.

"talkof" is a slip of the title Talkoff: a doubled last letter written once is a typo, not
a suffix dropped (``coverage/name_lookup.suffixed``); and "talkof in phone switching" names
Talkoff as "talkoff in phone switching" does: the part before "in" may be a near spelling
of a name (``terms.TermMatcher._field_dropped``)."""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus, outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.slips import suffixed
from rag_glossary.terms import TermMatcher


@pytest.mark.parametrize(
    ("word", "near", "suffix"),
    [
        ("talkof", "talkoff", False),  # a doubled letter written once
        ("talkofff", "talkoff", False),  # or once more
        ("telomer", "telomere", False),
        ("transform", "transformer", True),
        ("margin", "marginal", True),
    ],
)
def test_a_doubled_last_letter_is_a_slip_not_a_suffix(word: str, near: str, suffix: bool) -> None:
    assert suffixed(word, near) is suffix


def test_a_misspelt_title_is_covered() -> None:
    term = outside_coverage("telco-glossary").check("talkof", ["telco-glossary#talkoff"])
    assert term.found and term.entry_ids == ("telco-glossary#talkoff",)


def test_a_near_spelling_before_its_setting_names_the_entry() -> None:
    entries, _ = outside_corpus("telco-glossary")
    ids = list(entries)
    scores = TermMatcher(list(entries.values())).scores("talkof in phone switching?")
    named = {ids[i] for i, s in scores.items() if s >= 0.8}
    assert named == {"telco-glossary#talkoff"}


def test_the_misspelt_term_in_its_setting_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("telco-glossary", tmp_path_factory).ask("talkof in phone switching?")
    assert answer.covered and answer.citations[0] == "telco-glossary#talkoff"
