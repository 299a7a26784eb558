"""Static checks of eval/corpora/abtest-glossary/questions.jsonl (blind, held out in round 11).

Run from the worktree root: ``python eval/check_abtest-glossary.py``. It never searches or
answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file
(bodies included).

The glossary is one Markdown file (``flashcards_section_13.md``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``, so the negative-term grep reads it.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "abtest-glossary"
KINDS = {
    "term": 4,
    "alias": 3,
    "paraphrase": 6,
    "content": 5,
    "comparison": 4,
    "two-part": 4,
    "negative": 22,
}
# negatives by shape: 12 described, 5 named sharing a word with a title, 5 plain
SHAPES = {"described": range(27, 39), "named": range(39, 44), "plain": range(44, 49)}
N = "abtest-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (rollout, sequential testing, A/A
    # testing, randomization, experiment unit, causal inference, multiple testing, confidence
    # interval, Bayesian testing, interaction effect, logging, metric noise) is present
    f"{N}027": [
        "bandit",
        "bandits",
        "multi-armed",
        "multi-armed bandit",
        "thompson",
        "thompson sampling",
        "epsilon-greedy",
        "adaptive allocation",
    ],
    f"{N}028": ["sample ratio mismatch", "srm", "ratio", "mismatch"],
    f"{N}029": ["interleaving", "interleaved", "team draft"],
    f"{N}030": ["switchback", "switch-back"],
    f"{N}031": ["propensity", "propensity score", "matching", "matched"],
    f"{N}032": ["false discovery rate", "fdr", "benjamini", "benjamini-hochberg"],
    f"{N}033": ["credible", "credible interval", "hdi", "highest density"],
    f"{N}034": ["regression to the mean", "regression toward the mean", "mean reversion"],
    f"{N}035": ["survivorship", "survivorship bias", "survivor bias", "survivor"],
    f"{N}036": ["multivariate", "multivariate test", "factorial", "full factorial", "mvt"],
    f"{N}037": ["intention to treat", "intention-to-treat", "itt", "per-protocol", "triggered"],
    f"{N}038": ["bootstrap", "bootstrapping", "resampling", "resample", "with replacement"],
    # named, sharing a word with an entry title (Bayesian Testing, Metric Noise, Causal
    # Inference, Confidence Interval, Variance Reduction)
    f"{N}039": ["bayesian network", "bayes net", "belief network"],
    f"{N}040": ["noise contrastive", "noise contrastive estimation", "nce"],
    f"{N}041": [
        "causal language model",
        "causal language modeling",
        "causal lm",
        "autoregressive",
    ],
    f"{N}042": ["prediction interval", "prediction intervals"],
    f"{N}043": ["variance inflation factor", "vif", "multicollinearity"],
    # plain off-glossary ML / statistics terms
    f"{N}044": ["markov chain monte carlo", "mcmc", "markov chain", "monte carlo", "markov"],
    f"{N}045": [
        "heteroskedasticity",
        "heteroscedasticity",
        "heteroskedastic",
        "heteroscedastic",
        "robust standard errors",
    ],
    f"{N}046": [
        "instrumental variable",
        "instrumental variables",
        "2sls",
        "two-stage least squares",
        "iv",
    ],
    f"{N}047": ["kaplan-meier", "kaplan", "survival analysis", "survival"],
    f"{N}048": ["k-means", "kmeans", "clustering", "cluster"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
