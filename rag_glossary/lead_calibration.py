"""How far the best entry leads the next term's entry, and the bar a lead must clear, per index.

A description of a concept the glossary lacks still has a best entry; what gives it away
is that no entry stands out from the next *term* (another title group, near-copies left
out) and no answer unit comes close. How small a lead is "nothing stands out" depends on
the corpus: where several glossaries define overlapping terms under different names, a
small lead is normal for questions the glossary answers. So the bar is set at build time
from the calibration's own pseudo-questions (calibration.py: the start of an entry's
definition with its term masked):

* the leads of those pseudo-questions with their entry in the index (positives), and
* the leads of the same pseudo-questions with their entry and its copies left out
  (descriptions of a concept the glossary lacks: negatives).

The bar (``Calibration.lead``) is a low quantile of the negatives' leads. A described question
the standout answered is refused when its best entry leads the next term's by less than the
bar and no answer unit of the glossary is as close as ``UNIT_CUT`` (``tied``). Fitted leaving
each set out over the 196 question sets (eval/lead_fit.py, rows of eval/lead_collect.py): the
positives' leads and any fixed cosine cut separated less (round 51).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from rag_glossary.models import Entry

if TYPE_CHECKING:
    from rag_glossary.embedding.encoder import Encoder
    from rag_glossary.unit_vectors import UnitVectors

NO_SECOND = 1.0  # the lead when no other term's entry was scored
LEAD_QUANTILE = 0.05  # of the left-out pseudo-questions' leads
UNIT_CUT = 0.5  # no answer unit this close (the packaged model's cosines)


def tied(
    bar: float | None,
    similarity: Mapping[int, float],
    entry_vectors: np.ndarray,
    groups: np.ndarray,
    units: UnitVectors | None,
    query: np.ndarray | None,
) -> bool:
    """Whether the best entry leads the next term's by less than the index's ``bar`` and no
    answer unit is as close to the question as ``UNIT_CUT`` (False without a bar or units)."""
    from rag_glossary.calibration import unit_cosines

    if bar is None or units is None or query is None or not units.count or not similarity:
        return False
    if lead_of(similarity, entry_vectors, groups)[0] >= bar:
        return False
    return float(unit_cosines(units, np.asarray(query, dtype=np.float32)).max()) < UNIT_CUT


def lead_of(
    similarity: Mapping[int, float], entry_vectors: np.ndarray, groups: np.ndarray
) -> tuple[float, int]:
    """The best entry's cosine lead over the next entry of another term, and the best entry
    (-1: none). Entries with the best one's title or nearly its vector are the same term."""
    from rag_glossary.calibration import DUPLICATE_COSINE

    if not similarity:
        return 0.0, -1
    order = sorted(similarity, key=lambda i: (-similarity[i], i))
    top = order[0]
    for i in order[1:]:
        if groups[i] == groups[top]:
            continue
        if float(entry_vectors[i] @ entry_vectors[top]) > DUPLICATE_COSINE:
            continue
        return similarity[top] - similarity[i], top
    return NO_SECOND, top


def unit_lead(
    query: np.ndarray,
    units: UnitVectors,
    entry_vectors: np.ndarray,
    groups: np.ndarray,
    drop: set[int] | None = None,
) -> tuple[float, float]:
    """The closest answer unit's cosine lead over the closest unit of another term, and that
    closest cosine (entries in ``drop`` left out)."""
    from rag_glossary.calibration import unit_cosines

    cos = unit_cosines(units, np.asarray(query, dtype=np.float32))
    best = np.full(len(entry_vectors), -np.inf, dtype=np.float32)
    np.maximum.at(best, units.entry, cos)
    if drop:
        best[list(drop)] = -np.inf
    order = np.argsort(-best)[:50]
    order = order[np.isfinite(best[order])]
    if not len(order):
        return 0.0, 0.0
    similarity = {int(i): float(best[i]) for i in order}
    return lead_of(similarity, entry_vectors, groups)[0], float(best[order[0]])


def pseudo_leads(
    entries: Sequence[Entry],
    vectors: np.ndarray,
    chunk_entry: np.ndarray,
    encoder: Encoder,
    units: UnitVectors | None,
    by_entry: np.ndarray,
    groups: np.ndarray,
    *,
    sample: int | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """The leads (and closest unit cosines) of the calibration's pseudo-questions, with their
    entry kept (``pos_*``) and left out (``neg_*``); empty lists below MIN_ENTRIES."""
    from rag_glossary import calibration as cal

    out: dict[str, Any] = {
        k: [] for k in ("pos_lead", "neg_lead", "pos_unit", "neg_unit", "pos_ulead", "neg_ulead")
    }
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    if len(with_text) < cal.MIN_ENTRIES:
        return out
    rng = np.random.default_rng(seed)
    n = cal.SAMPLE if sample is None else sample
    n = max(16, min(n, int(cal._SCAN_BUDGET / max(len(vectors), 1))))
    picked = sorted(rng.permutation(with_text)[:n].tolist())
    queries = cal._encode(encoder, [cal._masked_definition(entries[i]) for i in picked])
    for row, i in enumerate(picked):
        q = queries[row]
        drop = cal._copies(i, entries, by_entry)
        out["pos_lead"].append(lead_of(cal._best(vectors, chunk_entry, q), by_entry, groups)[0])
        out["neg_lead"].append(
            lead_of(cal._best(vectors, chunk_entry, q, drop), by_entry, groups)[0]
        )
        if units is not None and units.count:
            for side, left_out in (("pos", None), ("neg", drop)):
                lead, best = unit_lead(q, units, by_entry, groups, left_out)
                out[f"{side}_ulead"].append(lead)
                out[f"{side}_unit"].append(best)
    return out
