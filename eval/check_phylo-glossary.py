"""Static checks of eval/corpora/phylo-glossary/questions.jsonl (blind, held out in round 21).

Run from the worktree root: ``python eval/check_phylo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file (``phylo-glossary.rst``, DendroPy's
``docs/source/glossary.rst``: a Sphinx ``.. glossary::`` of phylogenetic tree terms), whose
suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "phylo-glossary"
N = "phylo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (bifurcation / trifurcation / unifurcation,
    # rooted / unrooted tree, seed node, node depth / height, edge length, bipartition, edge,
    # preorder / postorder traversal, ancestor nodes, child / sibling nodes) is in the glossary
    f"{N}023": [
        "polytomy",
        "polytomies",
        "multifurcation",
        "multifurcations",
        "multifurcating",
        "unresolved",
        "resolved",
        "soft polytomy",
        "hard polytomy",
    ],
    f"{N}024": ["outgroup", "outgroups", "out-group", "ingroup", "outgroup rooting"],
    f"{N}025": [
        "ultrametric",
        "ultrametricity",
        "chronogram",
        "time tree",
        "time-tree",
        "clock-like",
        "molecular clock",
    ],
    f"{N}026": [
        "robinson-foulds",
        "robinson foulds",
        "robinson",
        "foulds",
        "rf",
        "symmetric difference",
        "tree distance",
        "topological distance",
    ],
    f"{N}027": [
        "bootstrap",
        "bootstraps",
        "bootstrapping",
        "support",
        "branch support",
        "support value",
        "support values",
        "resampling",
        "replicate",
        "replicates",
    ],
    f"{N}028": [
        "level-order",
        "level order",
        "levelorder",
        "breadth-first",
        "breadth first",
        "bfs",
        "level",
    ],
    f"{N}029": ["coalescent", "coalescence", "coalesce", "coalescing", "kingman"],
    f"{N}030": [
        "ladderize",
        "ladderise",
        "ladderized",
        "ladderised",
        "ladderizing",
        "ladder",
        "staircase",
    ],
    f"{N}031": ["phylogram", "phylograms", "cladogram", "cladograms", "dendrogram", "dendrograms"],
    # named; sharing a word with a title: inorder traversal (preorder / postorder traversal),
    # gene tree / species tree (tree), long branch attraction (branch, alias of edge; edge
    # length), majority-rule consensus tree (tree), fossil node calibration (node), subtree
    # pruning and regrafting (subtree), ancestral state reconstruction (ancestor nodes),
    # taxonomic rank (taxon), tip dating (tip node)
    f"{N}032": ["inorder", "in-order", "in order", "symmetric order"],
    f"{N}033": [
        "gene tree",
        "gene trees",
        "species tree",
        "species trees",
        "lineage sorting",
        "incomplete lineage sorting",
        "ils",
    ],
    f"{N}034": [
        "long branch attraction",
        "long-branch attraction",
        "long branch",
        "long-branch",
        "lba",
        "attraction",
    ],
    f"{N}035": [
        "consensus",
        "consensus tree",
        "majority rule",
        "majority-rule",
        "majority",
        "strict consensus",
    ],
    f"{N}036": [
        "calibration",
        "calibrations",
        "calibrate",
        "calibrated",
        "fossil",
        "fossils",
        "node calibration",
    ],
    f"{N}037": [
        "subtree pruning and regrafting",
        "regrafting",
        "regraft",
        "spr",
        "prune and regraft",
        "nni",
        "tbr",
    ],
    f"{N}038": [
        "ancestral state",
        "ancestral states",
        "ancestral reconstruction",
        "ancestral state reconstruction",
        "asr",
        "character state",
        "character",
    ],
    f"{N}039": ["taxonomic rank", "rank", "ranks", "genus", "family", "phylum"],
    f"{N}040": [
        "tip dating",
        "tip-dating",
        "dating",
        "tip dates",
        "heterochronous",
        "serial sampling",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
