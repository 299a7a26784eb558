"""Static checks of eval/corpora/fl-glossary/questions-2.jsonl (blind, held out in round 9).

A second set over the same corpus, written independently by another curator at the same time
(its ids are fl-glossary-2-nnn; the first set is questions.jsonl, checked by check_fl-glossary.py).

Run from the worktree root: ``python eval/check_fl_glossary_2.py``. It never searches or
answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads every glossary file of the
folder (front matter included).

The glossary is 60 ``.mdx`` files, a suffix the shared negative check (heldout_checks.py,
GLOSSARY_SUFFIXES) once did not read; the plan asserts that all 60 are read (and a phrase of
them), so the shared negative-term grep covers them.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "fl-glossary"
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
# negatives by shape: 12 described, 6 named sharing a word with a title, 6 plain
SHAPES = {"described": range(33, 45), "named": range(45, 51), "plain": range(51, 57)}
# The key term(s) of each negative, with usual synonyms and abbreviations: none may occur.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (secure aggregation, DP, rounds,
    # robust aggregation, heterogeneity, horizontal/vertical FL, pFL) is present
    "fl-glossary-2-033": [
        "homomorphic",
        "homomorphic encryption",
        "encryption",
        "encrypted",
        "encrypt",
        "ciphertext",
        "ciphertexts",
    ],
    "fl-glossary-2-034": [
        "trusted execution",
        "tee",
        "enclave",
        "enclaves",
        "sgx",
        "confidential computing",
        "attestation",
    ],
    "fl-glossary-2-035": [
        "distillation",
        "knowledge distillation",
        "distill",
        "student",
        "teacher",
        "knowledge transfer",
    ],
    "fl-glossary-2-036": [
        "unlearning",
        "machine unlearning",
        "unlearn",
        "right to be forgotten",
        "erasure",
        "deletion",
    ],
    "fl-glossary-2-037": [
        "incentive",
        "incentives",
        "incentive mechanism",
        "shapley",
        "reward",
        "rewards",
        "payment",
        "data valuation",
        "contribution evaluation",
    ],
    "fl-glossary-2-038": ["transfer learning", "federated transfer learning", "ftl"],
    "fl-glossary-2-039": [
        "asynchronous",
        "async",
        "asynchronous federated learning",
        "stale",
        "staleness",
        "fedbuff",
        "fedasync",
    ],
    "fl-glossary-2-040": ["fednova", "normalized averaging", "normalized", "normalize"],
    "fl-glossary-2-041": [
        "krum",
        "multi-krum",
        "nearest",
        "neighbor",
        "neighbour",
        "neighbors",
        "neighbours",
    ],
    "fl-glossary-2-042": [
        "catastrophic forgetting",
        "catastrophic",
        "continual learning",
        "continual",
        "lifelong",
    ],
    "fl-glossary-2-043": [
        "q-ffl",
        "qffl",
        "fair resource allocation",
        "agnostic federated learning",
        "agnostic",
        "minimax",
    ],
    "fl-glossary-2-044": [
        "gossip",
        "gossip learning",
        "peer-to-peer",
        "peer",
        "serverless",
        "decentralized federated learning",
        "decentralized learning",
    ],
    # named, sharing a word with an entry title
    "fl-glossary-2-045": ["feature selection"],  # Client Selection
    "fl-glossary-2-046": ["variational inference", "variational"],  # Inference
    "fl-glossary-2-047": ["edge detection", "canny", "sobel"],  # Edge Computing
    "fl-glossary-2-048": ["adversarial training"],  # Model Training
    "fl-glossary-2-049": ["local outlier factor", "local outlier", "lof"],  # Local Model
    "fl-glossary-2-050": ["bayesian model averaging", "bayesian", "model averaging", "bma"],
    # plain off-glossary ML terms
    "fl-glossary-2-051": ["word2vec", "word embedding", "word embeddings", "embedding"],
    "fl-glossary-2-052": ["k-means", "kmeans", "k means", "clustering"],
    "fl-glossary-2-053": ["lstm", "long short-term memory", "recurrent"],
    "fl-glossary-2-054": ["transformer", "self-attention", "attention"],
    "fl-glossary-2-055": ["principal component", "principal components", "pca"],
    "fl-glossary-2-056": ["q-learning", "reinforcement", "reinforcement learning"],
}

PLAN = shaped_plan(
    FOLDER,
    KINDS,
    SHAPES,
    NEGATIVE_TERMS,
    questions="questions-2.jsonl",
    glossary_files=GLOSSARY_FILES,
    glossary_phrases=GLOSSARY_PHRASES,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
