"""Static checks of eval/corpora/kg-glossary/questions.jsonl (blind, held out in round 13).

Run from the worktree root: ``python eval/check_kg-glossary.py``. It never searches or answers:
it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file.

The glossary is one reStructuredText file (``pyrdf2vec-glossary.rst``, pyRDF2Vec's
``docs/glossary.rst``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "kg-glossary"
KINDS = {
    "term": 5,
    "alias": 3,
    "paraphrase": 6,
    "content": 4,
    "comparison": 2,
    "two-part": 2,
    "negative": 18,
}
# negatives by shape: 9 described (concept not named), 9 named (several share a word with a title)
SHAPES = {"described": range(23, 32), "named": range(32, 41)}
N = "kg-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (KG, triples, walks, embeddings, Word2vec,
    # Skip-Gram, sampling, entities, Google) is in the glossary
    f"{N}023": ["transe", "translation", "translational", "head", "tail"],
    f"{N}024": [
        "node2vec",
        "return parameter",
        "in-out",
        "breadth-first",
        "depth-first",
        "breadth first",
        "depth first",
        "bfs",
        "dfs",
    ],
    f"{N}025": [
        "graph neural network",
        "graph neural networks",
        "gnn",
        "message passing",
        "messages",
        "aggregating",
        "aggregation",
    ],
    f"{N}026": ["link prediction", "knowledge graph completion", "completion", "missing"],
    f"{N}027": ["ontology", "ontologies", "owl", "schema", "rdfs", "class", "classes", "hierarchy"],
    f"{N}028": [
        "entity resolution",
        "entity alignment",
        "record linkage",
        "deduplication",
        "sameas",
        "merge",
    ],
    f"{N}029": [
        "weisfeiler",
        "lehman",
        "weisfeiler-lehman",
        "wl",
        "kernel",
        "relabelling",
        "relabeling",
        "hash",
    ],
    f"{N}030": ["negative sampling", "softmax", "noise contrastive", "nce"],
    f"{N}031": ["pagerank", "page rank", "centrality", "ranking"],
    # named; sharing a word with a title: random walk with restart / DeepWalk / walk-forward
    # (walk, walking strategy), entity linking (entity), sampling bias (sampling), self-attention
    # in a transformer (transformer)
    f"{N}032": ["graph convolutional network", "gcn", "convolutional", "convolution"],
    f"{N}033": ["deepwalk", "deep walk"],
    f"{N}034": ["random walk with restart", "restart", "rwr"],
    f"{N}035": ["glove", "co-occurrence", "cooccurrence"],
    f"{N}036": ["property graph", "property", "properties"],
    f"{N}037": ["entity linking", "linking", "named entity"],
    f"{N}038": ["sampling bias", "selection bias", "bias"],
    f"{N}039": ["self-attention", "self attention", "attention"],
    f"{N}040": ["walk-forward", "walk forward", "backtesting", "validation"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
