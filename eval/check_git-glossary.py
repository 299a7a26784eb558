"""Static checks of eval/corpora/git-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_git-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one AsciiDoc file (``git-glossary.adoc``, git/git's
``Documentation/glossary-content.adoc``, an AsciiDoc labelled list with ``[[def_...]]``
anchors), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "git-glossary"
N = "git-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (pickaxe, checkout / working tree /
    # pathspec, rebase / commit, blob object / pack, unreachable / dangling object, rewind,
    # reflog / commit graph, index / index entry, topic branch / push / merge) is in the glossary
    f"{N}023": ["blame", "annotate", "git blame", "praise"],
    f"{N}024": ["sparse", "sparse checkout", "sparse-checkout", "cone", "monorepo"],
    f"{N}025": ["squash", "squashing", "fixup", "interactive rebase", "interactive"],
    f"{N}026": ["lfs", "large file", "large files", "large file storage", "binary"],
    f"{N}027": ["gc", "garbage", "garbage collection", "prune", "pruning", "expire"],
    f"{N}028": ["revert", "reverting", "undo", "git revert"],
    f"{N}029": ["log", "git log", "oneline", "--graph"],
    f"{N}030": ["hunk", "hunks", "patch", "add -p", "--patch", "partial staging"],
    f"{N}031": [
        "pull request",
        "pull requests",
        "merge request",
        "github",
        "gitlab",
        "code review",
        "review",
    ],
    # named; sharing a word with a title: merge base (merge), branch protection (branch),
    # conventional commits (commit), rerere (resolve), partial clone (shallow clone), fork
    # (repository), hash collision (hash), index lock (index), gitflow (topic branch, branch)
    f"{N}032": ["merge base", "merge-base", "common ancestor", "best common ancestor"],
    f"{N}033": ["branch protection", "protected branch", "protected branches", "protection"],
    f"{N}034": ["conventional commits", "conventional commit", "conventional", "semantic commit"],
    f"{N}035": ["rerere", "reuse recorded resolution", "recorded resolution"],
    f"{N}036": ["partial clone", "blobless", "treeless", "promisor", "filter"],
    f"{N}037": ["fork", "forks", "forked", "forking"],
    f"{N}038": ["collision", "collisions", "hash collision", "sha-256", "sha256"],
    f"{N}039": ["index.lock", "lock", "lockfile", "lock file"],
    f"{N}040": ["gitflow", "git flow", "git-flow", "release branch", "hotfix", "trunk-based"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
