"""The coverage tables, and so the typo lookup's tie-breaks, do not follow Python's hash seed.

Before round 14 the word table kept set order: two builds of one corpus could answer the same
misspelled question differently, and an index built by one process differed from one built by
another (found when the test suite started running on two workers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import CORPUS

_DIGEST = """
import hashlib, json, sys
from pathlib import Path
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.stored import _to_state
from rag_glossary.parsing import load_corpus
corpus = load_corpus(Path(sys.argv[1]))
index = CoverageIndex(corpus.entries)
state = json.dumps(_to_state(index), default=list)
print(hashlib.sha1(state.encode()).hexdigest(), index._vocab[:5])
"""


def _digest(seed: str, corpus: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _DIGEST, str(corpus)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_coverage_tables_are_the_same_under_any_hash_seed() -> None:
    digests = {_digest(seed, CORPUS) for seed in ("1", "2", "3")}
    assert len(digests) == 1, digests
