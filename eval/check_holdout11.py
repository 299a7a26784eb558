"""Static checks of eval/holdout11.jsonl, a blind held-out set of round 14 (see eval/holdout11.md).

Run from the worktree root: ``python eval/check_holdout11.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, earlier_sets, run

SET = ROOT / "eval" / "holdout11.jsonl"
KINDS = {
    "term": 4,
    "alias": 3,
    "paraphrase": 4,
    "content": 8,
    "comparison": 1,
    "two-part": 2,
    "negative": 18,
}
# The key term(s) of each negative, with usual synonyms, abbreviations and plurals; none may
# occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question; its neighbourhood is in the corpus)
    "holdout11-023": ["brier", "brier score", "brier scores"],
    "holdout11-024": ["dynamic time warping", "time warping", "dtw"],
    "holdout11-025": [
        "gram-schmidt",
        "gram schmidt",
        "orthonormalization",
        "orthogonalization",
    ],
    "holdout11-026": [
        "locality sensitive hashing",
        "locality-sensitive",
        "lsh",
        "minhash",
        "min-hash",
        "simhash",
        "near-duplicate",
        "near duplicate",
        "near duplicates",
    ],
    "holdout11-027": [
        "window function",
        "window functions",
        "running total",
        "running sum",
        "partition by",
    ],
    "holdout11-028": [
        "learning rate finder",
        "lr finder",
        "range test",
        "lr range test",
        "learning rate range",
    ],
    "holdout11-029": [
        "weight tying",
        "tied weights",
        "tied embeddings",
        "weight sharing",
        "tying",
    ],
    "holdout11-030": [
        "pitch shifting",
        "pitch shift",
        "pitch-shift",
        "time stretching",
        "time stretch",
        "time-stretch",
        "augmentation",
        "data augmentation",
    ],
    "holdout11-031": ["antithetic", "antithetic variates", "variance reduction"],
    # named; several share a word with an entry title (Model ..., Mean Square Error Loss
    # Function, Mobile Aloha Model, Music Generator, Markov Chain, Masked ..., Machine Learning ...)
    "holdout11-032": ["model editing", "knowledge editing", "rome", "memit"],
    "holdout11-033": [
        "msle",
        "squared logarithmic",
        "mean squared log error",
        "logarithmic error",
        "log error",
    ],
    "holdout11-034": ["mobilenet", "depthwise", "separable convolution", "separable convolutions"],
    "holdout11-035": ["music information retrieval", "mir"],
    "holdout11-036": ["gelman-rubin", "gelman", "r-hat", "rhat", "potential scale reduction"],
    "holdout11-037": ["mutual information", "information gain"],
    "holdout11-038": ["min-max", "minmax", "min max", "minmaxscaler", "feature scaling"],
    "holdout11-039": ["mask r-cnn", "mask rcnn", "r-cnn", "rcnn", "faster r-cnn"],
    "holdout11-040": ["tvm", "apache tvm", "machine learning compiler", "ml compiler", "xla"],
}

PLAN = Plan(
    SET,
    "holdout11-",
    KINDS,
    NEGATIVE_TERMS,
    earlier_sets(SET),
    exact_keys=True,
    two_sided_comparisons=True,
    unique_questions=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
