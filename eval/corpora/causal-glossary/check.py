"""Static checks of eval/corpora/causal-glossary/questions.jsonl (blind, held out in round 8).

Run from the worktree root: ``python eval/corpora/causal-glossary/check.py``. It never searches
or answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads every glossary file of the
folder (bodies, comments and references included).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # eval/, for the shared checks

from heldout_checks import run, shaped_plan  # noqa: E402

KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 8,
    "content": 6,
    "comparison": 4,
    "two-part": 4,
    "negative": 24,
}
# negatives by shape: 8 described, 10 named sharing a word with a title, 6 plain
SHAPES = {"described": range(33, 41), "named": range(41, 51), "plain": range(51, 57)}
# The key term(s) of each negative, with usual synonyms and abbreviations: none may occur.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (propensity scores, RDD, DiD,
    # confounds, p-values) is present
    "causal-glossary-033": [
        "matching",
        "match",
        "matched",
        "nearest neighbor",
        "nearest neighbour",
    ],
    "causal-glossary-034": ["placebo", "falsification", "in-time placebo"],
    "causal-glossary-035": [
        "dag",
        "directed acyclic",
        "causal graph",
        "causal diagram",
        "backdoor",
        "back-door",
        "back door",
    ],
    "causal-glossary-036": ["sutva", "stable unit", "spillover", "spillovers", "interference"],
    "causal-glossary-037": ["inverse probability", "ipw", "iptw", "inverse propensity"],
    "causal-glossary-038": ["fuzzy", "fuzzy rdd", "fuzzy regression discontinuity"],
    "causal-glossary-039": ["collider", "colliders", "collider bias"],
    "causal-glossary-040": [
        "bonferroni",
        "multiple comparisons",
        "multiple testing",
        "false discovery",
        "fdr",
    ],
    # named, sharing a word with an entry title (several "X with Y" / "X for Y")
    "causal-glossary-041": ["conditional average treatment effect", "cate", "heterogeneous"],
    "causal-glossary-042": ["fixed effects", "fixed effect", "two-way", "twfe"],
    "causal-glossary-043": ["smote", "oversampling", "synthetic data"],
    "causal-glossary-044": ["random effects", "random effect", "mixed model", "mixed effects"],
    "causal-glossary-045": [
        "counterfactual explanation",
        "counterfactual explanations",
        "classifier",
    ],
    "causal-glossary-046": [
        "double machine learning",
        "double ml",
        "dml",
        "debiased",
        "machine learning",
    ],
    "causal-glossary-047": ["posterior predictive", "predictive check"],
    "causal-glossary-048": ["variational inference", "variational", "advi", "elbo"],
    "causal-glossary-049": ["bootstrap", "bootstrapping", "bootstrapped"],
    "causal-glossary-050": ["quasi-newton", "quasi newton", "bfgs", "newton"],
    # plain off-glossary ML terms
    "causal-glossary-051": ["gradient boosting", "boosting"],
    "causal-glossary-052": ["dropout"],
    "causal-glossary-053": ["convolutional", "cnn"],
    "causal-glossary-054": ["tf-idf", "tfidf"],
    "causal-glossary-055": ["principal component", "principal components", "pca"],
    "causal-glossary-056": ["kernel trick", "kernel", "svm", "svms", "support vector"],
}


PLAN = shaped_plan(HERE, KINDS, SHAPES, NEGATIVE_TERMS, two_sided_comparisons=False)

if __name__ == "__main__":
    sys.exit(run(PLAN))
