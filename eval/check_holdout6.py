"""Static checks of eval/holdout6.jsonl, the blind held-out set of round 9 (see eval/holdout6.md).

Run from the worktree root: ``python eval/check_holdout6.py`` (CLI calls only, about two minutes).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, corpora_sets, run

SET = ROOT / "eval" / "holdout6.jsonl"
KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 8,
    "content": 6,
    "comparison": 6,
    "two-part": 6,
    "negative": 24,
}
# The key term(s) of each negative, with usual synonyms, abbreviations and plurals; none may
# occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question; its neighbourhood is in the corpus)
    "h6-037": [
        "average pooling",
        "mean pooling",
        "avg pooling",
        "global average pooling",
        "averagepooling",
        "avgpool",
        "avgpool2d",
    ],
    "h6-038": [
        "cholesky",
        "cholesky decomposition",
        "cholesky factorization",
        "cholesky factorisation",
        "ldl",
        "llt",
    ],
    "h6-039": [
        "ucb",
        "ucb1",
        "uct",
        "puct",
        "upper confidence bound",
        "upper confidence bounds",
        "upper confidence bound for trees",
    ],
    "h6-040": [
        "value iteration",
        "policy iteration",
        "dynamic programming",
        "bellman",
        "bellman equation",
        "bellman update",
        "bellman backup",
    ],
    "h6-041": [
        "inverse reinforcement learning",
        "inverse rl",
        "irl",
        "apprenticeship learning",
        "reward learning",
        "inverse optimal control",
    ],
    "h6-042": [
        "quantization-aware training",
        "quantization aware training",
        "quantization-aware",
        "quantisation-aware",
        "qat",
        "fake quantization",
        "fake quant",
    ],
    "h6-043": ["lottery ticket", "lottery ticket hypothesis", "winning ticket", "winning tickets"],
    "h6-044": [
        "chunking",
        "chunk size",
        "chunk overlap",
        "text splitter",
        "text splitting",
        "document splitting",
    ],
    "h6-045": ["blue-green", "blue green", "blue/green", "red-black", "red/black"],
    "h6-046": [
        "data leakage",
        "target leakage",
        "label leakage",
        "train-test contamination",
        "test set contamination",
        "look-ahead bias",
        "lookahead bias",
    ],
    "h6-047": [
        "spectrogram",
        "spectrograms",
        "mel spectrogram",
        "mel-spectrogram",
        "stft",
        "short-time fourier transform",
        "fourier",
        "mfcc",
        "mfccs",
    ],
    "h6-048": [
        "few-shot",
        "few shot",
        "one-shot",
        "one shot",
        "k-shot",
        "in-context learning",
        "icl",
        "few-shot prompting",
    ],
    # named, sharing a word with an entry title (Markov Decision Process, Multinomial Naive
    # Bayes Classifier, Multiple Linear Regression, Matrix, Model Inversion, Memory)
    "h6-049": ["partially observable", "pomdp", "pomdps", "belief state"],
    "h6-050": [
        "multinomial logistic regression",
        "multinomial logistic",
        "softmax regression",
        "maximum entropy classifier",
        "maxent",
    ],
    "h6-051": ["multiple imputation", "mice", "chained equations", "multivariate imputation"],
    "h6-052": [
        "matrix factorization",
        "matrix factorisation",
        "latent factor",
        "latent factors",
        "alternating least squares",
        "funk svd",
    ],
    "h6-053": [
        "model extraction",
        "model stealing",
        "extraction attack",
        "model theft",
        "stealing",
    ],
    "h6-054": [
        "memory network",
        "memory networks",
        "memory-augmented",
        "memory augmented",
        "neural turing machine",
        "neural turing machines",
        "ntm",
        "differentiable neural computer",
    ],
    # plain off-glossary terms
    "h6-055": ["kalman", "kalman filter", "kalman filters"],
    "h6-056": ["silhouette", "silhouette score", "silhouette coefficient"],
    "h6-057": ["lasso", "lasso regression", "l1 regularization", "l1 penalty", "l1"],
    "h6-058": ["u-net", "unet", "u-nets"],
    "h6-059": ["adaboost", "adaptive boosting"],
    "h6-060": ["jaccard", "jaccard index", "jaccard similarity", "intersection over union", "iou"],
}
EARLIER = (
    "questions.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    "holdout5.jsonl",
    *corpora_sets("*/questions.jsonl"),
)

PLAN = Plan(
    SET,
    "h6-",
    KINDS,
    NEGATIVE_TERMS,
    EARLIER,
    exact_keys=True,
    two_sided_comparisons=False,
    unique_questions=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
