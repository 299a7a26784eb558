"""Static checks of eval/holdout7.jsonl, the blind held-out set of round 10 (see eval/holdout7.md).

Run from the worktree root: ``python eval/check_holdout7.py`` (CLI calls only, about two minutes).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, corpora_sets, run

SET = ROOT / "eval" / "holdout7.jsonl"
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
    "h7-037": [
        "one-class svm",
        "one class svm",
        "one-class",
        "svdd",
        "support vector data description",
        "novelty detection",
    ],
    "h7-038": ["principal component regression", "pcr", "partial least squares", "pls"],
    "h7-039": ["pagerank", "page rank", "random surfer", "damping factor"],
    "h7-040": [
        "shadow deployment",
        "shadow mode",
        "shadow testing",
        "shadow",
        "dark launch",
        "dark launching",
    ],
    "h7-041": ["early stopping", "early-stopping", "patience", "stop early"],
    "h7-042": ["padding", "zero padding", "zero-padding", "same padding", "valid padding"],
    "h7-043": ["next sentence prediction", "nsp", "next-sentence", "next sentence"],
    "h7-044": [
        "k-anonymity",
        "k anonymity",
        "quasi-identifier",
        "quasi-identifiers",
        "l-diversity",
        "t-closeness",
        "anonymization",
        "anonymisation",
    ],
    "h7-045": ["reciprocal rank fusion", "rrf", "rank fusion", "hybrid search"],
    "h7-046": [
        "load balancing loss",
        "load balancing",
        "load-balancing",
        "auxiliary loss",
        "aux loss",
        "capacity factor",
        "expert capacity",
        "z-loss",
    ],
    "h7-047": [
        "gaussian elimination",
        "row echelon",
        "row reduction",
        "rref",
        "lu decomposition",
        "lu factorization",
        "lu factorisation",
    ],
    "h7-048": ["discount factor", "discount rate", "gamma", "discounting"],
    # named, sharing a word with an entry title (Matrix, Meta-Learning / Meta Model,
    # Multilayer Perceptron, Multiattribute Objective, Mini-Batch, Max-Pooling Layer)
    "h7-049": ["matrix profile", "stumpy", "motif discovery"],
    "h7-050": [
        "meta pseudo labels",
        "pseudo-label",
        "pseudo-labels",
        "pseudo label",
        "pseudo labels",
        "pseudo-labeling",
        "pseudo-labelling",
        "pseudo labeling",
        "self-training",
        "self training",
    ],
    "h7-051": ["mlp-mixer", "mlp mixer", "mixer", "token-mixing", "channel-mixing"],
    "h7-052": [
        "multi-objective",
        "multiobjective",
        "multi objective",
        "pareto",
        "pareto front",
        "pareto optimal",
    ],
    "h7-053": [
        "mini-batch k-means",
        "minibatch k-means",
        "mini batch k-means",
        "minibatchkmeans",
        "mini-batch kmeans",
    ],
    "h7-054": ["spatial pyramid pooling", "spp", "pyramid pooling", "sppnet"],
    # plain off-glossary terms
    "h7-055": ["gelu", "gaussian error linear unit"],
    "h7-056": ["elastic net", "elasticnet", "elastic-net"],
    "h7-057": ["hyperband", "successive halving", "asha"],
    "h7-058": ["gumbel", "gumbel-softmax", "gumbel softmax", "concrete distribution"],
    "h7-059": ["cyclegan", "cycle gan", "cycle-consistency", "cycle consistency"],
    "h7-060": ["rmsprop", "rms prop", "adagrad", "adadelta"],
}
EARLIER = (
    "questions.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    "holdout5.jsonl",
    "holdout6.jsonl",
    *corpora_sets("*/questions.jsonl"),
)

PLAN = Plan(
    SET,
    "h7-",
    KINDS,
    NEGATIVE_TERMS,
    EARLIER,
    exact_keys=True,
    two_sided_comparisons=False,
    unique_questions=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
