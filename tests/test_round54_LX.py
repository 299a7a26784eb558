"""Round 54 lane LX: the lexical standout dry run (eval/unread_lexical.py) on real entries.

The quantfin glossary is written in Thai, which the packaged English model reads letter by
letter; the dry run scores an entry's masked definition by BM25 and reads how far the first
entry leads the next other title's entry (its lead), with the entry itself left out as a
concept the glossary lacks.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from unread_lexical import lexical_lead  # noqa: E402

from rag_glossary.calibration import _masked_definition, title_groups  # noqa: E402
from rag_glossary.coverage.glossary_language import corpus_language  # noqa: E402
from rag_glossary.lexical import LexicalIndex  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.parsing.corpus import load_corpus  # noqa: E402

CORPORA = ROOT / "eval" / "corpora"


@cache
def _quantfin() -> tuple[list[Entry], LexicalIndex]:
    entries = list(load_corpus(CORPORA / "quantfin-glossary").entries)
    return entries, LexicalIndex.build(entries, corpus_language(entries))


def _at(entries: list[Entry], anchor: str) -> int:
    return next(i for i, e in enumerate(entries) if e.anchor == anchor)


def test_own_definition_leads_and_left_out_it_does_not() -> None:
    entries, lexical = _quantfin()
    groups = title_groups(entries)
    i = _at(entries, "short-selling")
    scores = lexical.scores(_masked_definition(entries[i]))
    top, lead = lexical_lead(scores, groups)
    assert top == i and lead > 0.2
    other, _ = lexical_lead(scores, groups, drop={i})
    assert other not in (i, -1)


def test_copies_of_the_first_title_are_not_its_second() -> None:
    groups = np.array([0, 0, 1])
    top, lead = lexical_lead(np.array([4.0, 3.9, 1.0], dtype=np.float32), groups)
    assert top == 0 and abs(lead - 0.75) < 1e-6
    assert lexical_lead(np.array([2.0, 0.0, 0.0], dtype=np.float32), groups) == (0, 1.0)
    assert lexical_lead(np.zeros(3, dtype=np.float32), groups) == (-1, 0.0)
