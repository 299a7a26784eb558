"""Round 24 lane S: word-level *semantic* support of every standout-judged verdict, as JSON.

eval/rare_support_features.py's row (rare-word stem support) for each question the standout
decides, plus how each key idea of the question is matched *in meaning* by the answering
entry (the first hit, the one the answer cites) and by the next two hits:

- the question's content words (less phrase_support.FRAME_WORDS) and its two-word windows
  are embedded in one call of the index's own ONNX query encoder (the one the phrase rule
  uses); so are the entry's content words and its two-word windows (consecutive content
  words of title, aliases and body);
- each question word's *match* is its best cosine to any entry word or window (an exact
  word gives 1.0; a near-synonym, "writes down" ~ "records", scores high; an everyday
  word shared by a neighbour scores 1.0 too, which is what the features must see past);
- per entry (``wsem``: first hit, second hit, third hit):
  ``mean`` the mean match weighted by the rare-word weights of rare_support_features
  (``log((N + 1) / (df + 0.5))``, 0 for a stem in more than half the entries; plain mean
  when every weight is 0), ``min`` the lowest match of a weighted word, ``min2`` the mean
  of the two lowest, ``miss50`` / ``miss60`` / ``miss70`` the weighted share of words
  matched under 0.5 / 0.6 / 0.7, ``win2`` the mean of the two weakest question windows'
  matches.
- ``kind`` is the question set's kind field.

    python eval/word_semantic_features.py --out /work/r24/l24s_wsem.json [--sets a,b]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

import rare_support_features as rare  # noqa: E402

from rag_glossary.coverage.phrase_support import FRAME_WORDS, windows  # noqa: E402
from rag_glossary.coverage.word_match import entry_pieces  # noqa: E402
from rag_glossary.coverage.word_match import entry_tokens as tokens  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _text  # noqa: E402

HITS = 3  # entries read per question: the answering entry and two neighbours
_ENTRY: dict[tuple[int, str], np.ndarray] = {}


def entry_matrix(judge_: CoverageJudge, entry_id: str) -> np.ndarray | None:
    key = (id(judge_.entries), entry_id)
    if key not in _ENTRY:
        at = judge_.position(entry_id)
        if at is None or judge_.phrases is None:
            return None
        pieces = entry_pieces(_text(judge_.entries[at]))
        if not pieces:
            return None
        _ENTRY[key] = np.asarray(judge_.phrases.encode(pieces), dtype=np.float32)
        rare._KEEP.append(judge_.entries)  # keeps the id unique (the set's index is freed)
    return _ENTRY[key]


def entry_features(
    matches: np.ndarray, win_matches: np.ndarray, weight: np.ndarray
) -> dict[str, float]:
    w = weight if weight.sum() > 0 else np.ones_like(weight)
    keyed = matches[w > 0]
    low = np.sort(keyed)
    out = {
        "mean": float((matches * w).sum() / w.sum()),
        "min": float(low[0]),
        "min2": float(low[:2].mean()),
        "win2": float(np.sort(win_matches)[:2].mean()) if len(win_matches) else 1.0,
    }
    for t in (50, 60, 70):
        out[f"miss{t}"] = float((w * (matches < t / 100)).sum() / w.sum())
    return out


def wsem_capture(
    judge_: CoverageJudge,
    query: str,
    hits: Any,
    s: Any,
    config: Any,
    coverage: Any,
    units: Any = None,
) -> dict[str, Any]:
    row = rare.rare_capture(judge_, query, hits, s, config, coverage, units)
    if "rare_hits" not in row or judge_.phrases is None:
        return row
    words = [w for w in dict.fromkeys(tokens(query)) if w not in FRAME_WORDS]
    if not words:
        return row
    wins = [w for w in windows(query, 2) if " " in w]
    vectors = np.asarray(judge_.phrases.encode([*words, *wins]), dtype=np.float32)
    qv, wv = vectors[: len(words)], vectors[len(words) :]
    weights = row["rare_weights"]
    weight = np.array([weights.get(w[:4], 0.0) for w in words], dtype=np.float32)
    row["wsem_words"] = words
    row["wsem"] = []
    row["wsem_matches"] = []  # per hit, each question word's match
    for h in hits[:HITS]:
        m = entry_matrix(judge_, h.id)
        if m is None:
            row["wsem"].append(None)
            row["wsem_matches"].append(None)
            continue
        matches = (qv @ m.T).max(axis=1)
        win_matches = (wv @ m.T).max(axis=1) if len(wv) else np.zeros(0, dtype=np.float32)
        feats = entry_features(matches, win_matches, weight)
        row["wsem_matches"].append([round(float(x), 3) for x in matches])
        row["wsem"].append(feats)
    return row


def run(sets: set[str]) -> list[dict[str, Any]]:
    """rare_support_features' rows (the questions the standout judges) with these columns."""
    return rare.run(sets, wsem_capture)


if __name__ == "__main__":
    sys.exit(rare.main(run))
