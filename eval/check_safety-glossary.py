"""Static checks of eval/corpora/safety-glossary/questions.jsonl (blind, round 37).

Run from the worktree root: ``python eval/check_safety-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``safety-glossary.md``, CentreSecuriteIA/textbook's
``docs/includes/abbreviations.md``, the AI Safety Atlas textbook's MkDocs-Material
abbreviations snippet): 239 PHP-Markdown-Extra abbreviation definitions, one per line,
``*[TERM]: definition``, many concepts repeated under several keys (case variants,
plurals, acronyms, synonyms) with the same or nearly the same definition. ``relevant``
lists every key whose own line answers, so several questions have 4-10 relevant ids.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "safety-glossary"
N = "safety-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (AgentHarm / CoT, adversarial training /
    # Robustness, TruthfulQA, latent knowledge, FLOP / OOM, instrumental convergence /
    # orthogonality, Oracle AI / Tool AI, FLOP/s / Transformative AI) is in the glossary
    f"{N}023": ["jailbreak", "jailbreaking", "jailbroken", "prompt injection"],
    f"{N}024": ["red team", "red teaming", "red-teaming", "red-team", "red teamers"],
    f"{N}025": ["sycophancy", "sycophantic", "flattery"],
    f"{N}026": ["hallucination", "hallucinations", "hallucinate", "confabulation", "fabricate"],
    f"{N}027": ["sandbagging", "sandbag", "underperform", "underperforming", "underperformance"],
    f"{N}028": ["scaling law", "scaling laws", "power law", "chinchilla"],
    f"{N}029": ["paperclip", "paperclips", "maximizer", "paperclip maximizer"],
    f"{N}030": ["boxing", "ai box", "boxed", "containment", "air-gapped", "sandbox", "isolation"],
    f"{N}031": [
        "governance",
        "compute governance",
        "regulation",
        "regulate",
        "export controls",
        "chips",
    ],
    # named; several share a word with a title: scalable oversight (Externalized reasoning
    # oversight), feature visualization (feature map), model organisms of misalignment (Inner /
    # outer / deceptive misalignment), context distillation (Context window), utility monster
    # (Utility function)
    f"{N}032": ["scalable oversight", "scalable"],
    f"{N}033": ["feature visualization", "feature visualisation", "visualization", "visualisation"],
    f"{N}034": ["model organism", "model organisms"],
    f"{N}035": ["context distillation", "distillation", "distill"],
    f"{N}036": ["utility monster", "monster"],
    f"{N}037": ["mechanistic interpretability", "mechanistic", "interpretability", "mech interp"],
    f"{N}038": ["linear probe", "probe", "probes", "probing"],
    f"{N}039": ["p(doom)", "doom", "pdoom"],
    f"{N}040": ["emergent abilities", "emergent", "emergence"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
