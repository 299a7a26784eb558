"""Static checks of eval/corpora/mlcheatsheet-glossary/questions.jsonl (held-out in round 7).

Run from the worktree root: ``python eval/corpora/mlcheatsheet-glossary/check.py``. It never
searches or answers: it checks the plan below with ``heldout_checks.run`` (what that checks is
in eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # eval/, for the shared checks

from heldout_checks import corpus_plan, run  # noqa: E402

PREFIX = "mlcheatsheet-glossary-"
KINDS = {
    "term": 8,
    "alias": 6,
    "paraphrase": 10,
    "content": 8,
    "comparison": 5,
    "two-part": 3,
    "negative": 24,
}
# The key term(s) of each negative; none may occur in the corpus.
NEGATIVE_TERMS = {
    # described: the concept is not named in the question
    "041": ["dropout", "drop out", "dropconnect"],
    "042": ["cross-validation", "cross validation", "k-fold", "kfold", "folds"],
    "043": ["f1", "f1 score", "f-score", "f-measure", "f measure", "harmonic mean"],
    "044": ["lasso", "l1", "sparsity", "sparse"],
    "045": [
        "standardization",
        "standardisation",
        "standardize",
        "z-score",
        "standard scaler",
        "standard deviation",
    ],
    "046": ["activation", "activation function", "relu", "sigmoid", "tanh", "softmax"],
    "047": ["backpropagation", "backprop", "back-propagation", "back propagation", "chain rule"],
    "048": ["grid search", "grid", "random search", "tuning"],
    "049": ["random forest", "ensemble", "bagging", "boosting"],
    "050": ["pca", "principal component", "dimensionality reduction"],
    "051": ["one-hot", "one hot", "dummy", "dummy variable", "encoding"],
    "052": ["imputation", "impute", "missing", "missing values"],
    # named, sharing a word with an entry title
    "053": ["batch normalization", "batch normalisation", "batchnorm", "batch norm"],
    "054": ["learning rate decay", "decay", "warmup", "schedule", "annealing"],
    "055": ["semi-supervised", "semi supervised", "weak supervision"],
    "056": ["ridge", "l2", "tikhonov"],
    "057": ["label smoothing", "smoothing"],
    "058": ["gradient clipping", "clipping", "clip"],
    "059": ["precision-recall curve", "precision recall curve", "pr curve", "pr auc"],
    "060": ["feature importance", "importance", "shap", "permutation importance"],
    # plain off-glossary ML terms
    "061": ["transformer", "self-attention", "attention mechanism"],
    "062": ["k-nearest", "knn", "nearest neighbor", "nearest neighbour", "nearest neighbors"],
    "063": ["embedding", "embeddings", "word2vec", "word embedding"],
    "064": ["gan", "gans", "generative adversarial", "adversarial"],
}


PLAN = corpus_plan(
    HERE,
    KINDS,
    {f"{PREFIX}{n}": terms for n, terms in NEGATIVE_TERMS.items()},
    two_sided_comparisons=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
