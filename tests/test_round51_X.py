"""Round 51, lane X: a described question is refused when its best entry leads the next
term's entry by less than the index's own lead bar (calibration.lead: the 5% quantile of the
leads of the corpus's masked definitions once their entry is left out) and no answer unit of
the glossary comes close (lead_calibration.tied).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.calibration import CALIBRATION_VERSION, Calibration
from rag_glossary.judgement_reasons import TIED_REASON
from rag_glossary.lead_calibration import NO_SECOND, lead_of, tied

# a crochet technique the crochet glossary lacks (its nearest entries tie: ch, sl st ...)
MAGIC_RING = (
    "the adjustable loop you start an amigurumi in the round with, "
    "then pull tight to close the hole"
)
TURNING_CHAIN = (
    "the few chains you make at the start of a new row "
    "so the hook gets up to the height of the next stitches"
)


@pytest.fixture(scope="module")
def crochet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_index("crochet-glossary", tmp_path_factory)


def test_the_index_stores_its_lead_bar(crochet: Path) -> None:
    cal = Retriever.load(crochet).calibration
    assert cal.version == CALIBRATION_VERSION == 7
    assert cal.lead is not None and 0 < cal.lead < 0.05


def test_a_tied_description_is_refused_and_a_clear_one_answered(crochet: Path) -> None:
    r = Retriever.load(crochet)
    refused = r.retrieve(MAGIC_RING)
    assert not refused.covered and refused.reason == TIED_REASON
    answered = r.retrieve(TURNING_CHAIN)  # it leads by .08 and a sentence is close
    assert answered.covered and "crochet-glossary#tch-or-t-ch" in [h.id for h in answered.hits]


def test_an_index_without_a_lead_bar_keeps_its_answers(crochet: Path) -> None:
    r = Retriever.load(crochet)
    _, s = r._ranked(r.mended(MAGIC_RING), 5, r.config)
    judge = r._judge
    args = (s.dense_all, judge.entry_vectors, judge.title_groups, r.units, s.query)
    assert tied(r.calibration.lead, *args)
    old = Calibration.from_dict({"version": 5, "lenient": 2.0, "strict": 9.0})
    assert old.lead is None and not tied(old.lead, *args)


def test_the_lead_skips_the_best_terms_other_entries(crochet: Path) -> None:
    r = Retriever.load(crochet)
    groups, vectors = r._judge.title_groups, r.entry_vectors
    a, b, c = 0, 1, 2
    sims = {a: 0.70, b: 0.69, c: 0.60}
    assert lead_of(sims, vectors, groups)[0] == pytest.approx(0.01)
    same = np.array(groups, copy=True)
    same[b] = same[a]  # b is a's term in another source: the next term is c
    lead, top = lead_of(sims, vectors, same)
    assert lead == pytest.approx(0.10) and top == a
    assert lead_of({a: 0.5}, vectors, groups) == (NO_SECOND, a)
