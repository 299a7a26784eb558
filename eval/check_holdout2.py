"""Static checks of eval/holdout2.jsonl, the blind held-out set of round 3 (see eval/holdout2.md).

Run from the worktree root: ``python eval/check_holdout2.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, run

SET = ROOT / "eval" / "holdout2.jsonl"
KINDS = {
    "term": 15,
    "alias": 8,
    "paraphrase": 10,
    "content": 12,
    "comparison": 8,
    "two-part": 6,
    "negative": 16,
}
# The key term(s) each negative asks about; none may occur in the corpus.
NEGATIVE_TERMS = {
    "g060": ["markov blanket"],
    "g061": ["multi-query", "multi query"],
    "g062": ["mean shift", "mean-shift"],
    "g063": ["maximum margin", "max margin", "max-margin"],
    "g064": ["feature store"],
    "g065": ["model parallel", "data parallel"],
    "g066": ["mixed effect", "mixed-effect", "random effect"],
    "g067": ["dropout"],
    "g068": ["f-beta", "fbeta", "f beta", "f2 score"],
    "g069": ["kappa", "inter-annotator", "annotator agreement"],
    "g070": ["siamese"],
    "g071": ["annealing", "warm restart", "sgdr"],
    "g072": ["moving average", "exponential average", "polyak", "weight averaging"],
    "g073": ["layer norm", "layernorm", "layer normalization"],
    "g074": ["gradient clipping", "clip the gradient", "clipping", "exploding gradient"],
    "g075": ["mixup", "mix-up", "cutmix"],
}

PLAN = Plan(SET, "g", KINDS, NEGATIVE_TERMS, ("questions.jsonl", "holdout.jsonl"))

if __name__ == "__main__":
    sys.exit(run(PLAN))
