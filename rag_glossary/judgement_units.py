"""A described question whose closest answer unit is another term's (round 23).

When the sentence closest to the question belongs to another term than the answering
entry's, and no entry's best unit stands out as the corpus's own masked definitions do, the
answer comes from a neighbour sharing words and no sentence says what is described.
"""

from __future__ import annotations

import numpy as np

from rag_glossary.calibration import unit_standout
from rag_glossary.unit_vectors import UnitVectors

# How far under the index's unit bar (calibration.unit_lenient) the unit standout of a
# described question answered by another entry than the closest unit's is refused; chosen
# leaving each of the 56 design sets out (eval/unit_standout_loso.py: -0.6 on 56 of 56 folds).
UNIT_OTHER_OFFSET = -0.6


def unit_elsewhere(
    query: np.ndarray,
    units: UnitVectors,
    entry_vectors: np.ndarray,
    title_groups: np.ndarray,
    at: int,
    bar: float,
) -> bool:
    """Whether the closest answer unit is another term's than entry ``at``'s (a title group
    is one term) and the units' standout is under ``bar + UNIT_OTHER_OFFSET``."""
    top, z = unit_standout(query, units, entry_vectors, title_groups)
    return top >= 0 and title_groups[top] != title_groups[at] and z < bar + UNIT_OTHER_OFFSET
