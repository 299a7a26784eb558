"""Static checks of eval/corpora/dlcourse-glossary/questions.jsonl (blind, held out in round 16).

Run from the worktree root: ``python eval/check_dlcourse-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one YAML file (``dlcourse-glossary.yaml``, solomonpromise/deep-learning-lab's
``glossary.yaml``: a list of ``term`` / ``aliases`` / ``def`` mappings), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dlcourse-glossary"
N = "dlcourse-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (learning rate, optimizers, regularisation,
    # validation / test sets, ROC-AUC and class imbalance, vanishing gradients, weights and seeds,
    # standardisation and features, mixed precision and VRAM) is in the glossary
    f"{N}023": ["warmup", "warm-up", "learning rate schedule", "scheduler", "annealing", "cosine"],
    f"{N}024": ["augmentation", "data augmentation", "augment", "augmented"],
    f"{N}025": ["label smoothing", "soft labels", "soft targets"],
    f"{N}026": ["cross-validation", "cross validation", "k-fold", "kfold", "fold", "folds"],
    f"{N}027": ["recall", "sensitivity", "true positive rate", "tpr", "hit rate"],
    f"{N}028": ["residual", "residual connection", "skip connection", "skip", "shortcut", "resnet"],
    f"{N}029": [
        "initialization",
        "initialisation",
        "xavier",
        "glorot",
        "kaiming",
        "he initialization",
        "init",
    ],
    f"{N}030": [
        "pca",
        "principal component",
        "principal components",
        "principal component analysis",
        "dimensionality reduction",
        "variance",
    ],
    f"{N}031": ["quantization", "quantisation", "quantize", "quantise", "int8", "8-bit"],
    # named; sharing a word with a title: nesterov accelerated gradient and gradient
    # accumulation (Gradient), focal loss (Loss function), hidden markov model (Hidden layer),
    # grid / random search for hyperparameters (Hyperparameter), linear discriminant analysis
    # (Linear model)
    f"{N}032": ["nesterov", "nesterov accelerated gradient", "nag"],
    f"{N}033": ["focal", "focal loss"],
    f"{N}034": ["accumulation", "accumulate", "accumulating", "accumulated"],
    f"{N}035": ["markov", "hidden markov model", "hmm"],
    f"{N}036": ["distillation", "distill", "distil", "teacher", "student"],
    f"{N}037": ["f1", "f1 score", "f-score", "f1-score", "f-measure", "harmonic mean"],
    f"{N}038": [
        "grid search",
        "random search",
        "grid",
        "hyperparameter search",
        "hyperparameter tuning",
        "tuning",
    ],
    f"{N}039": ["random forest", "random forests", "bagging", "forest"],
    f"{N}040": ["linear discriminant analysis", "discriminant", "lda"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
