"""Static checks of eval/holdout5.jsonl, the blind held-out set of round 8 (see eval/holdout5.md).

Run from the worktree root: ``python eval/check_holdout5.py`` (CLI calls only, about two minutes).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, corpora_sets, run

SET = ROOT / "eval" / "holdout5.jsonl"
KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 8,
    "content": 6,
    "comparison": 4,
    "two-part": 4,
    "negative": 24,
}
# The key term(s) of each negative, with usual synonyms and plurals; none may occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question)
    "h5-033": [
        "gradient accumulation",
        "accumulate gradients",
        "accumulating gradients",
        "accumulated gradients",
        "accumulation",
        "virtual batch",
    ],
    "h5-034": [
        "rotary",
        "rope",
        "rotary position embedding",
        "rotary position embeddings",
        "rotary positional embedding",
        "positional encoding",
        "positional embedding",
        "positional embeddings",
    ],
    "h5-035": [
        "class weight",
        "class weights",
        "class weighting",
        "cost-sensitive",
        "cost sensitive",
        "weighted loss",
        "weighted cross-entropy",
        "weighted cross entropy",
    ],
    "h5-036": [
        "gradient checkpointing",
        "activation checkpointing",
        "checkpointing",
        "activation recomputation",
        "recomputation",
        "rematerialization",
    ],
    "h5-037": [
        "canary",
        "canary release",
        "canary deployment",
        "canary deployments",
        "staged rollout",
        "progressive rollout",
        "progressive delivery",
        "a/b test",
        "a/b testing",
        "shadow deployment",
    ],
    "h5-038": ["alpha-beta", "alpha beta", "alpha-beta pruning", "alphabeta"],
    "h5-039": [
        "hadamard",
        "hadamard product",
        "element-wise",
        "elementwise",
        "element wise",
        "entrywise",
        "schur product",
        "pointwise product",
    ],
    "h5-040": [
        "chain of thought",
        "chain-of-thought",
        "cot",
        "step by step",
        "step-by-step",
        "scratchpad",
    ],
    # named compounds sharing a word with an entry title or text
    "h5-041": ["nesterov", "nesterov momentum", "nesterov accelerated gradient", "nag"],
    "h5-042": ["hamiltonian", "hamiltonian monte carlo", "hybrid monte carlo", "hmc"],
    "h5-043": ["cross attention", "cross-attention", "encoder-decoder attention"],
    "h5-044": ["dense passage retrieval", "dense passage", "dense retrieval", "dpr"],
    "h5-045": ["spectral clustering"],
    "h5-046": [
        "multiple instance learning",
        "multiple-instance learning",
        "multi-instance learning",
        "mil",
    ],
    "h5-047": ["population stability index", "population stability", "psi"],
    "h5-048": ["loss scaling", "dynamic loss scaling", "loss scaler"],
    "h5-049": ["one-vs-rest", "one-vs-all", "one vs rest", "one versus rest", "ovr", "ova"],
    "h5-050": ["mean absolute scaled error", "scaled error", "mase"],
    # plain off-glossary terms
    "h5-051": ["arima", "sarima", "autoregressive integrated moving average"],
    "h5-052": ["active learning", "uncertainty sampling"],
    "h5-053": ["weight decay", "l2 regularization", "l2 penalty", "l2", "ridge"],
    "h5-054": ["expectation maximization", "expectation-maximization", "em algorithm"],
    "h5-055": ["gated recurrent unit", "gated recurrent units", "gru", "grus"],
    "h5-056": ["yolo", "you only look once"],
}
EARLIER = (
    "questions.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    *corpora_sets("*/questions.jsonl"),
)

PLAN = Plan(SET, "h5-", KINDS, NEGATIVE_TERMS, EARLIER)

if __name__ == "__main__":
    sys.exit(run(PLAN))
