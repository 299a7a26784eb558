"""Round 32 lane J: a description answered near its bar whose first hit says few of its words
while another entry says more, and whose closest answer unit is another entry's, is refused
(judgement_share.py; chosen leaving each set out, eval/standout_classes_loso.py).

- "sudden huge flood of meltwater when a volcano erupts underneath a glacier" (the glossary
  has no glacial outburst flood): Volcano stood out on "volcano" alone; its text has little
  of the question's rarer words, other entries more, and no sentence of it is the closest;
- "the rule that says you cant implement a trait from another crate ..." (no orphan rule):
  Crate stood out the same way;
- a paraphrase whose first hit has a fair share of its words is answered even when another
  entry has more and the closest unit is elsewhere ("the region of the code where you can
  refer to something by its name": Scope), as is one whose first hit has the closest unit.
"""

from __future__ import annotations

import numpy as np
import pytest
from shared_index import shared_assistant

from rag_glossary.judgement import OUTSAID_REASON
from rag_glossary.judgement_share import SHARE_MAX, outsaid, word_shares

VOLCANO_FLOOD = "sudden huge flood of meltwater when a volcano erupts underneath a glacier"
ORPHAN_RULE = (
    "the rule that says you cant implement a trait from another crate for a type from "
    "another crate, e.g. Display for Vec"
)


def test_outsaid_needs_a_small_share_and_a_larger_one_elsewhere() -> None:
    groups = np.array([0, 1, 2, 0])
    assert outsaid(np.array([0.05, 0.3, 0.0, 0.05]), groups, 0)
    # the first hit says more than SHARE_MAX of the words: never refused here
    assert not outsaid(np.array([SHARE_MAX + 0.01, 0.9, 0.0, 0.0]), groups, 0)
    # no entry of another title says more (a copy of the same title does not count)
    assert not outsaid(np.array([0.05, 0.05, 0.0, 0.6]), groups, 0)


def test_word_shares_weigh_the_question_words_by_idf(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    retriever = shared_assistant("volcano-glossary", tmp_path_factory).retriever
    position = {e.id: i for i, e in enumerate(retriever.entries)}
    shares = word_shares(retriever.lexical, VOLCANO_FLOOD, len(retriever.entries))
    volcano = shares[position["volcano-glossary#volcano"]]
    assert 0.0 < volcano <= SHARE_MAX
    assert shares.max() > volcano
    assert float(shares.max()) <= 1.0
    # a question without content words has no shares
    assert word_shares(retriever.lexical, "", len(retriever.entries)).sum() == 0.0


@pytest.mark.parametrize(
    ("corpus", "question"),
    [("volcano-glossary", VOLCANO_FLOOD), ("rust-glossary", ORPHAN_RULE)],
)
def test_a_description_outsaid_by_another_entry_is_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(corpus, tmp_path_factory)
    result = assistant.retriever.retrieve(question, k=5)
    assert not result.covered
    assert result.reason == OUTSAID_REASON
    assert not assistant.ask(question).covered


def test_a_paraphrase_whose_first_hit_says_its_words_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    rust = shared_assistant("rust-glossary", tmp_path_factory)
    answer = rust.ask(
        "rust term for the region of the code where you can refer to something by its name"
    )
    assert answer.covered
    assert answer.citations[0] == "rust-glossary#scope"
    volcano = shared_assistant("volcano-glossary", tmp_path_factory)
    answer = volcano.ask("place where one plate of the earths crust slides down under another one")
    assert answer.covered
    assert answer.citations[0] == "volcano-glossary#subduction-zone"


def test_a_question_writing_the_entrys_short_capital_name_is_no_description() -> None:
    # pk-glossary's "Bioavailability (F)": "F" is too short for the share's content words,
    # so the share rule must not refuse a question that names the entry by it.
    from rag_glossary.judgement_share import says_acronym

    title = "Bioavailability (F)"
    assert says_acronym("the model output says F = 0.6, what does F mean in a pk model", title, ())
    assert not says_acronym("what does f mean in a pk model", title, ())
    assert not says_acronym("Fraction absorbed", title, ())
    assert says_acronym("is an ETL job slow", "Extract, Transform, Load", ("ETL",))
