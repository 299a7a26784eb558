"""Static checks of eval/corpora/adopsi-glossary/questions.jsonl (blind, round 47).

Run from the worktree root: ``python eval/check_adopsi-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Indonesian** (``adopsi-glossary.md``,
antonprafanto/teori-adopsi-teknologi.md's ``GLOSARIUM.md``, the glossary of a 35-chapter
Indonesian course on technology adoption theory, CC BY 4.0): ``## A``-``## W`` letter
sections between ``---`` rules, each entry a bold ``**English Term (Indonesian gloss)**``
line ending in two spaces (a Markdown hard line break) over a one-paragraph Indonesian
definition; the terms are English, the definitions Indonesian. The questions are in
Indonesian, typed as Indonesians do (yg, dgn, gmn, brp, "apaan", "bedanya").

Indonesian barely inflects, but it affixes (me-, -kan, ke-...-an): every negative lists the
affixed forms of its key words that a definition could use, their usual synonyms and the
English original.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "adopsi-glossary"
N = "adopsi-glossary-"
# The key term(s) of each negative, lower case, with affixed forms and usual synonyms: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Early Adopter /
    # Early Majority, Expectation-Confirmation Model, Continuance Intention, Likert Scale /
    # Indicator, PLS-SEM / SmartPLS, Digital Immigrant / Risk Barrier, Discriminant Validity /
    # AVE, Exogenous Variable)
    f"{N}023": ["chasm", "jurang", "moore", "crossing the chasm"],
    f"{N}024": ["hype", "hype cycle", "gartner", "kecewa", "kekecewaan", "disillusionment"],
    f"{N}025": [
        "nps",
        "net promoter",
        "promoter",
        "merekomendasikan",
        "rekomendasi",
        "recommend",
    ],
    f"{N}026": ["common method", "cmb", "cmv", "harman", "bias"],
    f"{N}027": ["slovin", "rumus", "margin of error", "margin", "sample size"],
    f"{N}028": [
        "bootstrapping",
        "bootstrap",
        "t-statistik",
        "t-statistic",
        "t-value",
        "p-value",
        "hipotesis",
        "signifikan",
        "signifikansi",
    ],
    f"{N}029": ["technostress", "stres", "stress", "kecemasan", "cemas", "anxiety"],
    f"{N}030": ["htmt", "heterotrait", "monotrait", "heterotrait-monotrait"],
    f"{N}031": [
        "vif",
        "variance inflation",
        "multikolinearitas",
        "multikolinieritas",
        "kolinearitas",
        "multicollinearity",
        "collinearity",
    ],
    # named; several share a word with a title: social presence (Social Influence),
    # perceived critical mass (Perceived ...), technology readiness level (Technology
    # Readiness), Bass diffusion model (Diffusion), Cohen's kappa (Cronbach's Alpha), theory
    # of interpersonal behavior, Sobel test (Mediator Variable), value-based adoption model
    # (Value Barrier / Price Value), formative construct (Construct / Reflective Construct)
    f"{N}032": ["social presence", "presence", "kehadiran sosial", "kehadiran"],
    f"{N}033": ["critical mass", "massa kritis"],
    f"{N}034": ["technology readiness level", "readiness level", "trl"],
    f"{N}035": ["bass"],
    f"{N}036": ["kappa", "cohen"],
    f"{N}037": ["triandis", "interpersonal", "interpersonal behavior", "tib"],
    f"{N}038": ["sobel"],
    f"{N}039": ["value-based adoption", "value-based", "vam"],
    f"{N}040": ["formative", "formatif"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
