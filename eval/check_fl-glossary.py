"""Static checks of eval/corpora/fl-glossary/questions.jsonl (blind, held out in round 9).

Run from the worktree root: ``python eval/check_fl-glossary.py``. It never searches or answers:
it only reads the corpus through ``rag-glossary entries --json`` and ``rag-glossary show --json
ID`` (both with ``--corpus``) and the files themselves, and checks that

- every line is a JSON object with the expected keys, ids in order, kinds as planned;
- every relevant id exists, and every must_include fact (or one of its alternatives) occurs in
  the text of at least one relevant entry (same normalisation as the key-fact metric);
- every comparison has at least two relevant entries; no question twice within the set;
- the key term(s) of every negative occur in no ``.mdx`` file of the folder (case-insensitive,
  whole words; front matter, bodies and link targets included), and each negative's number is
  in its shape's range;
- no question repeats one of the earlier question files (eval/*.jsonl, the other outside sets,
  eval/formats/*.questions.jsonl).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # eval/, for the shared checks

import heldout_checks  # noqa: E402
from heldout_checks import corpus_plan, corpus_text, run  # noqa: E402

FOLDER = HERE / "corpora" / "fl-glossary"
# The corpus is 60 .mdx files; the shared checks' suffix list predates MDX, and without it the
# negatives would be checked against an empty text. Extend it here (and assert it worked below).
if ".mdx" not in heldout_checks.GLOSSARY_SUFFIXES:
    heldout_checks.GLOSSARY_SUFFIXES = (*heldout_checks.GLOSSARY_SUFFIXES, ".mdx")

KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 8,
    "content": 6,
    "comparison": 4,
    "two-part": 4,
    "negative": 24,
}
# negatives by shape: 12 described, 6 named sharing a word with an entry title, 6 plain
SHAPES = {"described": range(33, 45), "named": range(45, 51), "plain": range(51, 57)}
N = "fl-glossary-"
# The key term(s) of each negative, with usual synonyms and abbreviations: none may occur.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood is present
    f"{N}033": [  # near Round, Partial Participation (stragglers, dropouts)
        "asynchronous",
        "async",
        "stale",
        "staleness",
        "asynchronous federated learning",
        "fedasync",
        "fedbuff",
    ],
    f"{N}034": [  # near Model Update
        "distillation",
        "knowledge distillation",
        "distill",
        "distilled",
        "logits",
        "soft labels",
        "soft targets",
        "public dataset",
        "fedmd",
        "feddf",
    ],
    f"{N}035": [  # near Differential Privacy (which names "local vs central" DP)
        "randomized response",
        "randomised response",
        "coin",
        "coin flip",
        "local differential privacy",
        "ldp",
    ],
    f"{N}036": [  # near Global Model, Cross-silo FL
        "unlearning",
        "machine unlearning",
        "federated unlearning",
        "forget",
        "forgotten",
        "right to be forgotten",
    ],
    f"{N}037": [  # near Aggregation, Client Selection (weighting clients)
        "shapley",
        "shapley value",
        "incentive",
        "incentives",
        "incentive mechanism",
        "reward",
        "rewards",
        "data valuation",
        "valuation",
        "contribution evaluation",
    ],
    f"{N}038": [  # near Secure Aggregation, Threat Model
        "tee",
        "trusted execution environment",
        "trusted execution",
        "enclave",
        "enclaves",
        "sgx",
        "confidential computing",
        "trustzone",
    ],
    f"{N}039": [  # near Horizontal / Vertical FL
        "federated transfer learning",
        "transfer learning",
        "ftl",
    ],
    f"{N}040": [  # near Vertical FL ("aligning entity identities", "entity alignment")
        "private set intersection",
        "psi",
        "set intersection",
        "intersection",
    ],
    f"{N}041": [  # near Federated Analytics, Cross-silo FL
        "synthetic",
        "synthetic data",
        "gan",
        "gans",
        "generative adversarial",
        "generator",
        "generative",
    ],
    f"{N}042": ["krum", "multi-krum", "multi krum"],  # near Robust Aggregation
    f"{N}043": [  # near Docker
        "kubernetes",
        "k8s",
        "helm",
        "container orchestration",
    ],
    f"{N}044": [  # near Server, Hierarchical FL ("hub-and-spoke")
        "gossip",
        "gossip learning",
        "peer-to-peer",
        "peer to peer",
        "p2p",
        "serverless",
        "fully decentralized",
        "decentralised",
    ],
    # named, sharing a word with an entry title
    f"{N}045": ["edge detection", "canny", "sobel"],  # Edge Computing
    f"{N}046": ["bayesian inference", "bayesian", "posterior", "prior"],  # Inference
    f"{N}047": ["conformal", "conformal prediction", "split conformal"],  # Split Learning
    f"{N}048": ["local outlier factor", "outlier factor", "lof"],  # Local Model
    f"{N}049": ["global average pooling", "average pooling"],  # Global Model
    f"{N}050": [  # Privacy Budget
        "privacy amplification",
        "amplification",
        "subsampling",
        "poisson sampling",
    ],
    # plain off-glossary ML terms
    f"{N}051": ["random forest", "random forests"],
    f"{N}052": ["lstm", "lstms", "long short-term memory", "long short term memory"],
    f"{N}053": ["k-means", "kmeans", "k means"],
    f"{N}054": ["beam search", "beam"],
    f"{N}055": ["batch normalization", "batch normalisation", "batchnorm", "batch norm"],
    f"{N}056": ["word2vec", "skip-gram", "skipgram", "cbow"],
}

PLAN = corpus_plan(
    FOLDER,
    KINDS,
    NEGATIVE_TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=tuple(SHAPES.values()),
    unique_questions=True,
)

if __name__ == "__main__":
    if "secure aggregation" not in corpus_text(PLAN):
        print("the .mdx files were not read: the negative check would be empty")
        sys.exit(1)
    sys.exit(run(PLAN))
