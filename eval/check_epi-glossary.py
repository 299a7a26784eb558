"""Static checks of eval/corpora/epi-glossary/questions.jsonl (blind, held out in round 20).

Run from the worktree root: ``python eval/check_epi-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown (kramdown) file (``epi-glossary.md``, h3abionet/h3agwas'
``docs/reference.md``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "epi-glossary"
N = "epi-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (relative / absolute comparisons, exposure,
    # determinant, candidate population, incidence, attack rate, placebo, randomization,
    # health-related state, infant mortality and livebirth rates) is in the glossary
    f"{N}023": ["odds ratio", "odds", "exposure odds", "cross-product ratio"],
    f"{N}024": [
        "confounding",
        "confounder",
        "confounders",
        "confounded",
        "confound",
        "confounding variable",
        "lurking variable",
        "third factor",
    ],
    f"{N}025": [
        "herd immunity",
        "herd",
        "community immunity",
        "population immunity",
        "immunity",
        "immune",
        "vaccination",
        "vaccine",
        "vaccinated",
        "immunization",
        "immunisation",
    ],
    f"{N}026": [
        "reproduction number",
        "reproductive number",
        "basic reproduction number",
        "r0",
        "r naught",
        "r nought",
        "rt",
        "transmission",
        "transmissibility",
    ],
    f"{N}027": [
        "sensitivity",
        "true positive",
        "true positive rate",
        "specificity",
        "screening",
        "screening test",
        "diagnostic",
        "diagnostic test",
        "test",
        "tests",
        "detection",
        "recall",
    ],
    f"{N}028": [
        "blinding",
        "blind",
        "blinded",
        "double-blind",
        "double blind",
        "single-blind",
        "masked",
        "masking",
    ],
    f"{N}029": [
        "incubation",
        "incubation period",
        "latent period",
        "latency",
        "symptoms",
        "symptom onset",
        "onset",
    ],
    f"{N}030": ["number needed to treat", "nnt", "number needed", "number needed to harm", "nnh"],
    f"{N}031": [
        "maternal",
        "maternal mortality",
        "maternal mortality ratio",
        "maternal mortality rate",
        "maternal death",
        "mmr",
    ],
    # named; sharing a word with a title: case-control study (Case fatality rate), open cohort
    # (cohort, fixed / closed cohort), secondary attack rate (Attack rate), standardized
    # mortality ratio (the mortality rates), convenience sample (sample), perinatal mortality
    # rate (the mortality rates), population attributable fraction (population, ...), poisson
    # distribution (distribution), disability-adjusted life years (Years of potential life lost)
    f"{N}032": ["case-control", "case control", "case-control study", "case-referent"],
    f"{N}033": ["open cohort", "open", "dynamic cohort", "open population"],
    f"{N}034": [
        "secondary attack rate",
        "secondary attack",
        "secondary",
        "household contacts",
        "sar",
    ],
    f"{N}035": [
        "standardized mortality ratio",
        "standardised mortality ratio",
        "smr",
        "standardized",
        "standardised",
        "standardization",
        "standardisation",
        "age-adjusted",
        "age adjusted",
    ],
    f"{N}036": [
        "convenience sample",
        "convenience sampling",
        "convenience",
        "non-probability sample",
        "nonprobability",
        "opportunity sample",
    ],
    f"{N}037": ["perinatal", "perinatal mortality", "perinatal mortality rate"],
    f"{N}038": [
        "attributable fraction",
        "population attributable fraction",
        "paf",
        "attributable risk",
        "attributable",
        "etiologic fraction",
        "aetiologic fraction",
    ],
    f"{N}039": ["poisson", "poisson distribution", "poisson regression"],
    f"{N}040": [
        "disability-adjusted",
        "disability adjusted",
        "disability",
        "daly",
        "dalys",
        "qaly",
        "qalys",
        "quality-adjusted",
        "quality adjusted",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
