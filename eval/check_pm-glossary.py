"""Static checks of eval/corpora/pm-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_pm-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``pm-glossary.md``, Sai-Krishna1001/Javascript-Interview's
``00-IntervieW/project-management-dictionary.md``: four two-column Markdown tables under
``##`` sections, Project Management, Jira, Agile, GitHub), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "pm-glossary"
N = "pm-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Velocity / User Story, Kanban Board /
    # Board / Scrum Board, Branch / Merge / Commit, Budget, Stakeholder, Product Backlog /
    # Scrum Master,
    # Release / Deliverable, Repository / Commit) is in the glossary
    f"{N}023": ["planning poker", "poker", "estimation", "fibonacci", "t-shirt sizing"],
    f"{N}024": [
        "swimlane",
        "swimlanes",
        "swim lane",
        "swim lanes",
        "lane",
        "lanes",
        "row",
        "rows",
        "assignee",
    ],
    f"{N}025": ["rebase", "rebasing", "rebased", "linear history", "replay"],
    f"{N}026": ["cherry-pick", "cherry pick", "cherry-picking", "cherry"],
    f"{N}027": [
        "earned value",
        "earned value management",
        "evm",
        "planned value",
        "actual cost",
        "cost variance",
        "schedule variance",
        "cpi",
        "spi",
        "variance",
    ],
    f"{N}028": [
        "raci",
        "raci matrix",
        "responsibility assignment matrix",
        "responsible",
        "accountable",
        "consulted",
        "informed",
        "matrix",
    ],
    f"{N}029": ["product owner", "product owners", "owner", "owners", "po"],
    f"{N}030": [
        "mvp",
        "minimum viable product",
        "minimum viable",
        "viable",
        "prototype",
        "proof of concept",
        "poc",
    ],
    f"{N}031": [".gitignore", "gitignore", "ignore", "ignored", "untracked", "node_modules"],
    # named; sharing a word with a title: risk register (Risk Management), burnup chart
    # (Burndown Chart), pert chart (Gantt Chart), critical chain (Critical Path), release
    # train (Release), product roadmap (Product Backlog), scrum of scrums (Scrum), code
    # owners (Code Review), project portfolio management (Project Management)
    f"{N}032": ["risk register", "risk log", "register", "risk matrix"],
    f"{N}033": ["burnup", "burn-up", "burn up", "burnup chart", "burn-up chart"],
    f"{N}034": [
        "pert",
        "pert chart",
        "program evaluation and review technique",
        "network diagram",
        "three-point",
        "three point",
    ],
    f"{N}035": ["critical chain", "ccpm", "buffer", "buffers", "chain"],
    f"{N}036": ["release train", "agile release train", "art", "safe", "train", "scaled agile"],
    f"{N}037": ["roadmap", "roadmaps", "product roadmap", "road map"],
    f"{N}038": ["scrum of scrums", "scrums", "large-scale scrum", "less", "nexus"],
    f"{N}039": ["codeowners", "code owners", "code owner", "owners", "owner"],
    f"{N}040": [
        "portfolio",
        "portfolio management",
        "project portfolio management",
        "ppm",
        "program management",
        "programme management",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
