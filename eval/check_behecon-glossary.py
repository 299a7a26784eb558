"""Static checks of eval/corpora/behecon-glossary/questions.jsonl (blind, round 29).

Run from the worktree root: ``python eval/check_behecon-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``behecon-glossary.md``, dreikanter/drafts.cc's
``pages/behavioral-economics-glossary.md``, paragraphs of ``**Term** — definition``), whose
suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "behecon-glossary"
N = "behecon-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Prospect theory / Anchoring, Heuristic /
    # Dread risk, Target-hardening's "planning", Expected utility's gambles, Counterfactual
    # thinking / Regret, Ultimatum bargaining game, Ultimatum game / Self-control's dilemma,
    # Region beta-paradox's hedonic states, IKEA effect / Effort justification) is in the
    # glossary
    f"{N}023": ["framing effect", "framing", "frame", "framed", "frames"],
    f"{N}024": [
        "availability heuristic",
        "availability bias",
        "availability cascade",
        "ease of recall",
    ],
    f"{N}025": ["planning fallacy", "fallacy", "underestimate", "underestimation", "hofstadter"],
    f"{N}026": [
        "gambler's fallacy",
        "gamblers fallacy",
        "gambler",
        "gamblers",
        "roulette",
        "monte carlo fallacy",
        "hot hand",
    ],
    f"{N}027": ["hindsight bias", "hindsight", "knew it all along", "creeping determinism"],
    f"{N}028": ["dictator game", "dictator"],
    f"{N}029": ["prisoner's dilemma", "prisoners dilemma", "prisoner", "prisoners", "betray"],
    f"{N}030": [
        "hedonic adaptation",
        "hedonic treadmill",
        "adaptation",
        "treadmill",
        "lottery",
        "happiness",
    ],
    f"{N}031": ["mere exposure effect", "mere exposure", "exposure", "familiarity"],
    # named; sharing a word with a title: endowment effect (the many "... effect" titles),
    # optimism bias (Cognitive / Status quo / Projection / Present focus bias), inequity
    # aversion (Loss aversion), choice overload (Choice architecture), public goods game
    # (Ultimatum bargaining game), money illusion (Shadow value of money), peak-end rule,
    # winner's curse (next to the BDM Procedure's bids), halo effect
    f"{N}032": ["endowment effect", "endowment", "ownership", "mug"],
    f"{N}033": ["optimism bias", "optimism", "optimistic", "overconfidence", "wishful"],
    f"{N}034": ["inequity aversion", "inequity", "inequality", "fairness", "fair", "envy"],
    f"{N}035": ["choice overload", "overload", "paradox of choice", "too many choices"],
    f"{N}036": ["public goods game", "public goods", "public good", "free rider", "free-rider"],
    f"{N}037": ["money illusion", "illusion", "nominal", "inflation"],
    f"{N}038": ["peak-end rule", "peak end rule", "peak-end", "peak"],
    f"{N}039": ["winner's curse", "winners curse", "winner", "curse", "auction", "auctions"],
    f"{N}040": ["halo effect", "halo"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
