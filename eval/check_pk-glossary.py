"""Static checks of eval/corpora/pk-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_pk-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``pk-glossary.md``, shramish2057/NeoPKPD's
``docs/reference/glossary.md``: bold terms with ``: `` definition lines under letter
headings, then an abbreviations table), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "pk-glossary"
N = "pk-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Dose Event / Cmax, Bioavailability,
    # EC50 / Emax, Vss / Dose Event, Distribution / Volume of Distribution, Absorption Rate
    # Constant / Cmax, Clearance / Population PK, Emax / Indirect Response Model, AUC /
    # Michaelis-Menten) is in the glossary
    f"{N}023": ["loading dose", "loading", "maintenance dose", "maintenance"],
    f"{N}024": [
        "first-pass",
        "first pass",
        "first-pass effect",
        "first-pass metabolism",
        "presystemic",
        "liver",
        "hepatic",
    ],
    f"{N}025": [
        "therapeutic window",
        "therapeutic index",
        "therapeutic range",
        "therapeutic",
        "toxic",
        "toxicity",
        "window",
    ],
    f"{N}026": ["accumulation", "accumulation ratio", "accumulation index", "build up", "buildup"],
    f"{N}027": [
        "protein binding",
        "plasma protein binding",
        "unbound",
        "fraction unbound",
        "fu",
        "free fraction",
        "free",
        "albumin",
        "bound",
    ],
    f"{N}028": [
        "enterohepatic",
        "enterohepatic recirculation",
        "enterohepatic circulation",
        "bile",
        "biliary",
        "recirculation",
        "second peak",
    ],
    f"{N}029": [
        "allometric",
        "allometric scaling",
        "allometry",
        "body weight",
        "weight",
        "0.75",
        "scaling",
    ],
    f"{N}030": ["tolerance", "tachyphylaxis", "desensitization", "desensitisation"],
    f"{N}031": [
        "dose proportionality",
        "dose-proportional",
        "proportionality",
        "proportional",
        "linearity",
        "dose linearity",
    ],
    # named; sharing a word with a title: cmin / trough concentration (Cmax; "concentration"),
    # renal clearance (Clearance, Q), zero-order absorption (Absorption Rate Constant),
    # partial AUC (AUC, AUC0-t), distribution half-life (Distribution, Half-life), IWRES
    # (CWRES), Laplacian estimation (FOCE, SAEM), bootstrap (RSE), mean absorption time
    # (MRT Mean Residence Time, Absorption Rate Constant)
    f"{N}032": ["cmin", "trough", "trough concentration", "ctrough"],
    f"{N}033": ["renal clearance", "renal", "kidney", "kidneys", "creatinine", "glomerular", "gfr"],
    f"{N}034": ["zero-order", "zero order", "zero-order absorption", "constant-rate"],
    f"{N}035": ["partial auc", "partial", "pauc"],
    f"{N}036": ["distribution half-life", "alpha phase", "alpha", "alpha half-life"],
    f"{N}037": ["iwres", "individual weighted residuals", "individual weighted", "ires"],
    f"{N}038": ["laplacian", "laplace", "laplace approximation"],
    f"{N}039": ["bootstrap", "bootstrapping", "resampling"],
    f"{N}040": ["mean absorption time", "mat"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
