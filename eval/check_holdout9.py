"""Static checks of eval/holdout9.jsonl, a blind held-out set of round 12 (see eval/holdout9.md).

Run from the worktree root: ``python eval/check_holdout9.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, corpora_sets, run

SET = ROOT / "eval" / "holdout9.jsonl"
KINDS = {
    "term": 5,
    "alias": 3,
    "paraphrase": 7,
    "content": 6,
    "comparison": 3,
    "two-part": 2,
    "negative": 22,
}
# The key term(s) of each negative, with usual synonyms, abbreviations and plurals; none may
# occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question; its neighbourhood is in the corpus)
    "holdout9-027": [
        "target encoding",
        "target-encoding",
        "mean encoding",
        "likelihood encoding",
        "impact encoding",
        "leave-one-out encoding",
    ],
    "holdout9-028": [
        "partial dependence",
        "pdp",
        "individual conditional expectation",
        "accumulated local effects",
    ],
    "holdout9-029": [
        "permutation importance",
        "permutation feature importance",
        "permutation",
        "eli5",
    ],
    "holdout9-030": ["slowly changing", "scd", "scd2", "type 2"],
    "holdout9-031": [
        "speculative execution",
        "speculative",
        "straggler",
        "stragglers",
        "backup task",
        "backup tasks",
    ],
    "holdout9-032": ["combiner", "combiners", "mini-reducer", "map-side"],
    "holdout9-033": [
        "heteroscedasticity",
        "heteroskedasticity",
        "heteroscedastic",
        "homoscedasticity",
        "breusch",
    ],
    "holdout9-034": ["absorbing state", "absorbing"],
    "holdout9-035": ["frobenius", "matrix norm", "hilbert-schmidt"],
    "holdout9-036": [
        "a/b",
        "a/b test",
        "a/b testing",
        "ab test",
        "ab testing",
        "split test",
        "split testing",
        "bucket test",
        "controlled experiment",
    ],
    "holdout9-037": ["levenshtein", "edit distance", "damerau"],
    # named, sharing a word with an entry title (Matrix, Markov Chain / Markov Decision
    # Process, Max-Pooling Layer, Mean Absolute Error ..., Memory, Metric)
    "holdout9-038": ["matrix exponential", "expm"],
    "holdout9-039": ["markov reward", "reward process", "mrp"],
    "holdout9-040": ["unpooling", "max unpooling", "segnet"],
    "holdout9-041": ["mean reversion", "mean-reverting", "mean reverting", "ornstein"],
    "holdout9-042": ["memory leak", "memory leaks"],
    "holdout9-043": ["metric space", "metric spaces", "triangle inequality"],
    # plain off-glossary terms
    "holdout9-044": ["kd-tree", "kd tree", "k-d tree", "kdtree", "ball tree"],
    "holdout9-045": ["optuna", "tpe", "tree-structured parzen"],
    "holdout9-046": ["bloom filter", "bloom filters", "bloom"],
    "holdout9-047": ["xlnet", "permutation language modeling"],
    "holdout9-048": ["squeeze-and-excitation", "squeeze and excitation", "se block", "senet"],
}
EARLIER = (
    "questions.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    "holdout5.jsonl",
    "holdout6.jsonl",
    "holdout7.jsonl",
    "holdout8.jsonl",
    *corpora_sets("*/questions*.jsonl"),
)

PLAN = Plan(
    SET,
    "holdout9-",
    KINDS,
    NEGATIVE_TERMS,
    EARLIER,
    exact_keys=True,
    two_sided_comparisons=False,
    unique_questions=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
