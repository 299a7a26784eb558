"""Round 25 lane J: the word rescue (coverage/word_match.py, judgement.py).

A described question refused by the standout (or one of the described rules) is answered
when its first hit holds the glossary's closest answer unit and matches the question's
rare words well, in meaning, with the standout not far under its bar (real questions of
the eval sets, real model). The word veto's own refusals are never undone.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.word_match import PACKAGED_WORD_RULE, WordRescue
from rag_glossary.judgement import WORDS_RESCUE_REASON


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("moth-glossary", "small flap that covers the base of the front wing",
         "moth-glossary#tegula"),  # moth-012: "A small, flap-like structure that overlaps ..."
        ("recsys-glossary", "how varied the items in a recommended list are from each other",
         "GLOSSARY#diversity-metrics"),  # recsys-033: was "no entry stands out"
    ],
)  # fmt: skip
def test_a_paraphrase_its_entry_says_in_other_words_is_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(corpus, tmp_path_factory)
    result = assistant.retriever.retrieve(question)
    assert result.covered and result.reason == WORDS_RESCUE_REASON
    answer = assistant.ask(question)
    assert answer.covered, answer.text
    assert answer.citations[0] == cited


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        ("pk-glossary", "the share of drug in plasma that is not stuck to albumin and can "
         "actually act"),  # pk-027, a negative: its first hit holds the closest unit
        ("eo-glossary", "that fixed linear transform of landsat bands into brightness "
         "greenness and wetness axes"),  # eo-034, a negative (tasseled cap)
    ],
)  # fmt: skip
def test_a_description_matched_under_the_cut_stays_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(corpus, tmp_path_factory)
    assert not assistant.retriever.retrieve(question).covered
    assert not assistant.ask(question).covered


def test_the_rescue_needs_a_match_over_its_cut_and_a_standout_near_its_bar() -> None:
    rescue = PACKAGED_WORD_RULE.rescue
    assert isinstance(rescue, WordRescue)
    assert rescue.answers(rescue.cut + 0.01, 0.0)
    assert not rescue.answers(rescue.cut - 0.01, 0.0)
    assert not rescue.answers(0.99, -rescue.floor - 0.01)  # far under the bar
