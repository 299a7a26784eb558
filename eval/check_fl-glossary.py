"""Static checks of eval/corpora/fl-glossary/questions.jsonl (blind, held out in round 9).

Run from the worktree root: ``python eval/check_fl-glossary.py``. It never searches or answers:
it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads every glossary file of the
folder (front matter, bodies and link targets included).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # eval/, for the shared checks

from heldout_checks import run, shaped_plan  # noqa: E402

FOLDER = HERE / "corpora" / "fl-glossary"
# The corpus is 60 .mdx files; the shared checks' suffix list once predated MDX, and without it
# the negatives would be checked against an empty text. The plan asserts they are read (all 60,
# and a phrase of them).
GLOSSARY_FILES = {".mdx": 60}
GLOSSARY_PHRASES = ("secure aggregation",)

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

PLAN = shaped_plan(
    FOLDER,
    KINDS,
    SHAPES,
    NEGATIVE_TERMS,
    glossary_files=GLOSSARY_FILES,
    glossary_phrases=GLOSSARY_PHRASES,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
