"""Static checks of eval/holdout8.jsonl, the blind held-out set of round 11 (see eval/holdout8.md).

Run from the worktree root: ``python eval/check_holdout8.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, corpora_sets, run

SET = ROOT / "eval" / "holdout8.jsonl"
KINDS = {
    "term": 4,
    "alias": 3,
    "paraphrase": 6,
    "content": 5,
    "comparison": 4,
    "two-part": 4,
    "negative": 22,
}
# The key term(s) of each negative, with usual synonyms, abbreviations and plurals; none may
# occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question; its neighbourhood is in the corpus)
    "h8-027": ["teacher forcing", "teacher-forcing", "exposure bias", "scheduled sampling"],
    "h8-028": ["triplet loss", "triplet", "triplets", "contrastive loss", "siamese"],
    "h8-029": [
        "cook's distance",
        "cooks distance",
        "cook distance",
        "leverage",
        "dfbetas",
        "dffits",
        "influential point",
        "influential points",
    ],
    "h8-030": ["quantile regression", "quantile loss", "pinball loss", "pinball"],
    "h8-031": ["nash equilibrium", "nash", "equilibrium", "equilibria", "best response"],
    "h8-032": [
        "star schema",
        "snowflake schema",
        "fact table",
        "fact tables",
        "dimension table",
        "dimension tables",
    ],
    "h8-033": [
        "thompson sampling",
        "thompson",
        "bandit",
        "bandits",
        "multi-armed",
        "ucb",
        "upper confidence bound",
        "posterior sampling",
    ],
    "h8-034": [
        "experience replay",
        "replay buffer",
        "replay memory",
        "dqn",
        "deep q-network",
        "deep q network",
    ],
    "h8-035": [
        "calibration",
        "calibrated",
        "platt scaling",
        "isotonic regression",
        "isotonic",
        "temperature scaling",
        "reliability diagram",
    ],
    "h8-036": ["cmake", "cmakelists", "meson", "autotools", "autoconf"],
    "h8-037": [
        "write-through",
        "write through",
        "write-back",
        "write-behind",
        "cache-aside",
        "cache invalidation",
    ],
    "h8-038": [
        "docker",
        "dockerfile",
        "container",
        "containers",
        "containerization",
        "containerisation",
        "podman",
    ],
    # named, sharing a word with an entry title (Matrix, Markov Chain, Memory / Memory
    # Hierarchy, Multi-Agent, Model ...)
    "h8-039": ["matrix completion", "netflix prize"],
    "h8-040": ["markov switching", "regime switching", "regime-switching", "markov-switching"],
    "h8-041": ["memory-mapped", "memory mapped", "mmap", "memmap"],
    "h8-042": ["multi-agent debate", "debate"],
    "h8-043": ["watermarking", "watermark", "watermarks"],
    # plain off-glossary terms
    "h8-044": ["swish", "silu", "sigmoid linear unit"],
    "h8-045": ["fasttext", "word2vec"],
    "h8-046": ["faiss", "facebook ai similarity search"],
    "h8-047": ["sentencepiece", "unigram tokenizer"],
    "h8-048": ["hnsw", "navigable small world", "hierarchical navigable"],
}
EARLIER = (
    "questions.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    "holdout5.jsonl",
    "holdout6.jsonl",
    "holdout7.jsonl",
    *corpora_sets("*/questions*.jsonl"),
)

PLAN = Plan(
    SET,
    "h8-",
    KINDS,
    NEGATIVE_TERMS,
    EARLIER,
    exact_keys=True,
    two_sided_comparisons=False,
    unique_questions=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
