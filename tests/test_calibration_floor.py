"""Round 22: the described questions' bar never falls below the corpus's left-out floor.

A low quantile of the standout of masked definitions (``lenient``) can sit under the
standout that descriptions of concepts the glossary LACKS reach from a neighbour; the floor
(a share of the median standout of the same pseudo-questions with their entry left out)
keeps such a corpus's bar from answering them.
"""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.calibration import Calibration
from rag_glossary.coverage import TermCoverage, judge
from rag_glossary.index.store import read_manifest
from rag_glossary.retrieval import Retriever

_DESCRIBED = TermCoverage("noisy rooms", False, "", (), False)


def test_the_floor_raises_a_low_lenient_bar_only() -> None:
    low = Calibration(lenient=1.9, strict=10.0, source="corpus", plain=1.8, floor=2.15)
    assert not judge(_DESCRIBED, 2.05, low).covered
    assert not judge(_DESCRIBED, 2.05, low, plain=True).covered
    assert judge(_DESCRIBED, 2.3, low).covered
    high = Calibration(lenient=2.6, strict=10.0, source="corpus", floor=2.15)
    assert not judge(_DESCRIBED, 2.3, high).covered  # the floor never lowers the bar
    before = Calibration.from_dict({"version": 3, "lenient": 1.9, "source": "corpus"})
    assert before.floor is None and judge(_DESCRIBED, 2.05, before).covered


@pytest.mark.slow
def test_a_described_negative_over_a_low_lenient_bar_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    index = shared_index(ROOT / "eval" / "corpora" / "diarization-glossary", tmp_path_factory)
    bars = Calibration.from_dict(read_manifest(index).calibration)
    assert bars.floor is not None and bars.floor > bars.lenient, bars
    result = Retriever.load(index).retrieve(
        "can i make my speaker embedding model hold up in noisy rooms by mixing background"
        " noise and room echo into the training clips?"
    )
    assert not result.covered, (result.hits[0].title, result.reason)
