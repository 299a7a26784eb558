"""Static checks of eval/corpora/respml-glossary/questions.jsonl (blind, round 44).

Run from the worktree root: ``python eval/check_respml-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one MyST Markdown page of a Jupyter Book (``respml-glossary.md``,
hildeweerts/responsiblemachinelearning's ``book/misc/glossary.md`` at 666d77e, CC BY-NC
4.0): a ``# Glossary`` heading, then one backtick-fenced ```` ```{glossary} ```` directive
(opened with three backticks, closed with four, no newline at the end) holding 58 lower-case
term lines, each with a 3-space-indented one-line definition, ``{term}`X``` cross-reference
roles (some with a plural ``es`` / ``s`` glued after the role), inline ``$\\frac{..}{..}$``
LaTeX and ``*(as a moral value)*`` qualifiers. The parser reads 58 of 58.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "respml-glossary"
N = "respml-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": ["shapley", "shap", "game theory", "attribution", "attributions", "payout"],
    f"{N}024": [
        "demographic parity",
        "statistical parity",
        "parity",
        "selection rate",
        "disparate impact",
        "men",
        "women",
        "gender",
    ],
    f"{N}025": ["early stopping", "stopping", "patience", "validation loss"],
    f"{N}026": [
        "oversampling",
        "undersampling",
        "resampling",
        "smote",
        "synthetic",
        "minority",
        "majority",
    ],
    f"{N}027": ["leakage", "leak", "leaking", "contamination", "sneaking"],
    f"{N}028": ["platt", "isotonic", "sigmoid", "temperature scaling", "recalibration"],
    f"{N}029": ["stratified", "stratification", "stratify", "class ratio"],
    f"{N}030": [
        "bayesian optimization",
        "bayesian",
        "surrogate",
        "gaussian process",
        "gaussian",
        "tpe",
    ],
    f"{N}031": ["counterfactual", "counterfactuals", "recourse", "flipped"],
    # named; several share a word with a title: log loss (loss function), brier score
    # (confidence score, f1-score), equal opportunity (fairness), permutation feature
    # importance (feature), class weights (class), false discovery rate (false positive
    # rate), semi-supervised learning (supervised learning), leave-one-out cross validation
    # (k-fold / nested / repeated cross-validation)
    f"{N}032": ["log loss", "logloss", "log-loss", "cross-entropy", "cross entropy"],
    f"{N}033": ["matthews", "mcc", "phi coefficient"],
    f"{N}034": ["leave-one-out", "leave one out", "loocv", "jackknife"],
    f"{N}035": ["brier"],
    f"{N}036": ["equal opportunity", "equality of opportunity", "equalized odds", "opportunity"],
    f"{N}037": ["importance", "permutation", "permutation importance"],
    f"{N}038": ["class weights", "class weight", "class_weight", "weights", "weighted"],
    f"{N}039": ["false discovery", "discovery", "fdr"],
    f"{N}040": ["semi-supervised", "semisupervised", "semi supervised", "self-training"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
