"""Static checks of eval/corpora/bayes-glossary/questions.jsonl (blind, held out in round 17).

Run from the worktree root: ``python eval/check_bayes-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one HTML page (``bayes-glossary.html``, johlobs/STA510-Bayesian-Methods'
Quarto-rendered ``_site/glossary.html``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "bayes-glossary"
N = "bayes-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (the whole page, navigation and scripts included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (KL divergence, Gamma-Poisson, the project's
    # missing values, credible intervals, HMC, MCMC chains, hyperparameters, priors, Beta-Binomial
    # conjugacy) is in the glossary
    f"{N}023": [
        "variational",
        "variational inference",
        "vi",
        "elbo",
        "evidence lower bound",
        "advi",
        "mean-field",
        "mean field",
    ],
    f"{N}024": ["overdispersion", "overdispersed", "negative binomial", "quasi-poisson"],
    f"{N}025": ["imputation", "multiple imputation", "impute", "imputed", "mice"],
    f"{N}026": ["rope", "region of practical equivalence", "practical equivalence", "equivalence"],
    f"{N}027": ["leapfrog", "integrator", "step size", "step-size", "symplectic"],
    f"{N}028": [
        "tempering",
        "parallel tempering",
        "replica exchange",
        "temperature",
        "temperatures",
    ],
    f"{N}029": [
        "bayesian optimization",
        "bayesian optimisation",
        "acquisition function",
        "acquisition",
        "surrogate",
    ],
    f"{N}030": ["elicitation", "elicit", "elicited", "expert elicitation"],
    f"{N}031": ["dirichlet", "dirichlet-multinomial", "multinomial", "categorical"],
    # named; sharing a word with a title: Bayesian information criterion (Bayesian model
    # averaging; "information criterion" in AIC / DIC / WAIC), expected calibration error
    # (Calibration, Simulation-based calibration), sequential Monte Carlo (Sequential updating,
    # Markov chain Monte Carlo), slice sampling (Rejection sampling), horseshoe prior (the
    # "... prior" titles), posterior collapse (the "Posterior ..." titles), Bayesian neural
    # networks (Bayesian model averaging), Laplace approximation (Grid approximation), Thompson
    # sampling (Rejection sampling)
    f"{N}032": ["bic", "bayesian information criterion", "schwarz"],
    f"{N}033": ["expected calibration error", "ece", "reliability diagram"],
    f"{N}034": ["sequential monte carlo", "smc", "particle filter", "particle", "particles"],
    f"{N}035": ["slice sampling", "slice"],
    f"{N}036": ["horseshoe", "horseshoe prior"],
    f"{N}037": [
        "posterior collapse",
        "vae",
        "vaes",
        "variational autoencoder",
        "autoencoder",
        "kl vanishing",
    ],
    f"{N}038": ["bayesian neural network", "bayesian neural networks", "neural", "bnn", "bnns"],
    f"{N}039": [
        "laplace",
        "laplace approximation",
        "inla",
        "quadratic approximation",
        "normal approximation",
    ],
    f"{N}040": ["thompson", "thompson sampling", "bandit", "bandits", "multi-armed"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
