"""Static checks of eval/corpora/ux-glossary/questions.jsonl (blind, round 22).

Run from the worktree root: ``python eval/check_ux-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``ux-glossary.md``, ResearchScientist/Notes-UX's
``Terms.md``, a two-column Markdown table), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "ux-glossary"
N = "ux-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Information Architecture, Usability
    # Study / Research Study, Gesture / Mental Model, Pain Points, Accessibility / Assistive
    # Technology, Responsive Web Design / Progressive Enhancement, User Journey / NBU) is in
    # the glossary
    f"{N}023": [
        "card sorting",
        "card sort",
        "card",
        "cards",
        "open sort",
        "closed sort",
        "tree testing",
    ],
    f"{N}024": [
        "a/b",
        "a/b test",
        "a/b testing",
        "ab test",
        "split test",
        "split testing",
        "variant",
        "variants",
        "conversion",
        "multivariate",
    ],
    f"{N}025": [
        "heuristic evaluation",
        "heuristic",
        "heuristics",
        "nielsen",
        "expert review",
        "cognitive walkthrough",
    ],
    f"{N}026": ["affordance", "affordances", "signifier", "signifiers"],
    f"{N}027": [
        "dark pattern",
        "dark patterns",
        "deceptive design",
        "deceptive",
        "anti-pattern",
        "roach motel",
    ],
    f"{N}028": [
        "contrast",
        "contrast ratio",
        "color contrast",
        "colour contrast",
        "wcag",
        "4.5:1",
        "low vision",
    ],
    f"{N}029": ["breadcrumb", "breadcrumbs", "breadcrumb navigation", "navigation trail"],
    f"{N}030": ["mobile first", "mobile-first", "mobile", "phone", "desktop"],
    f"{N}031": [
        "onboarding",
        "walkthrough",
        "tutorial",
        "first-run",
        "first run",
        "welcome screen",
    ],
    # named; sharing a word with a title: user flow (User Journey, User Story, User Group),
    # design thinking (Design System), affinity map (Empathy Map, Journey Map), research plan
    # (Research Study, Primary Research), atomic design (Design System), user interview (User
    # Group, User Story), information scent (Information Architecture), system usability scale
    # (Usability Study), human-centered design (Human Factors)
    f"{N}032": ["user flow", "user flows", "task flow", "flow", "flows", "flowchart"],
    f"{N}033": ["design thinking", "empathize", "empathise", "ideate", "ideation"],
    f"{N}034": ["affinity map", "affinity mapping", "affinity diagram", "affinity"],
    f"{N}035": ["research plan", "research plans", "plan", "plans"],
    f"{N}036": ["atomic design", "atomic", "atoms", "molecules", "organisms"],
    f"{N}037": ["user interview", "user interviews", "interview", "interviews"],
    f"{N}038": ["information scent", "scent", "information foraging"],
    f"{N}039": ["system usability scale", "sus", "questionnaire", "survey"],
    f"{N}040": [
        "human-centered design",
        "human-centered",
        "human centered",
        "human-centred",
        "user-centered",
        "user-centred",
        "user centered",
        "hcd",
        "ucd",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
