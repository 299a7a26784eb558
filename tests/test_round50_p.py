"""Round 50, lane P: the answer unit "elsewhere" rule (judgement.CoverageJudge._unit_elsewhere,
round 23) compares title groups, not entries: when the closest answer unit is the same
term's entry in another source of the glossary (one title group: the standout already
counts them as one), the answer does not come from a neighbour, and the rule keeps it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.calibration import unit_standout

NASAL_DOT = "the dot written above a devanagari letter that makes the vowel sound nasal"


@pytest.fixture(scope="module")
def writing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_index("writing-glossary", tmp_path_factory)


def test_the_same_terms_entry_in_another_source_is_no_other_entry(writing: Path) -> None:
    r = Retriever.load(writing)
    hits, s = r._ranked(r.mended(NASAL_DOT), 5, r.config)
    judge = r._judge
    assert r.units is not None and s.query is not None
    top, _ = unit_standout(s.query, r.units, r.entry_vectors, judge.title_groups)
    at = judge.position(hits[0].id)
    assert at is not None and top != at  # the closest unit is another entry's ...
    assert judge._unit_elsewhere(hits, s, r.units)  # ... so the rule refuses (round 23)
    # the two entries one term in two sources (one title group): not elsewhere
    groups = np.array(judge.title_groups, copy=True)
    groups[top] = groups[at]
    same = replace(judge, title_groups=groups)
    assert not same._unit_elsewhere(hits, s, r.units)
