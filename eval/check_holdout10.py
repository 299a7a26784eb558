"""Static checks of eval/holdout10.jsonl, a blind held-out set of round 13 (see eval/holdout10.md).

Run from the worktree root: ``python eval/check_holdout10.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, earlier_sets, run

SET = ROOT / "eval" / "holdout10.jsonl"
KINDS = {
    "term": 4,
    "alias": 3,
    "paraphrase": 6,
    "content": 5,
    "two-part": 2,
    "comparison": 2,
    "negative": 16,  # 032 and 034 dropped: they repeated holdout9-038 and -042
}
# The key term(s) of each negative, with usual synonyms, abbreviations and plurals; none may
# occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question; its neighbourhood is in the corpus)
    "holdout10-023": ["hamming", "hamming distance", "edit distance", "levenshtein"],
    "holdout10-024": [
        "smape",
        "symmetric mape",
        "symmetric mean absolute percentage error",
        "symmetric mean",
    ],
    "holdout10-025": ["expectimax", "expectiminimax", "chance node", "chance nodes"],
    "holdout10-026": ["burn-in", "burn in", "warm-up", "warmup", "warm up", "mixing time"],
    "holdout10-027": [
        "sharding",
        "shard",
        "shards",
        "sharded",
        "horizontal partitioning",
        "partitioning",
    ],
    "holdout10-028": ["anti-join", "anti join", "antijoin", "left anti", "anti"],
    "holdout10-029": ["kronecker", "kronecker product", "tensor product"],
    "holdout10-030": [
        "transcription",
        "music transcription",
        "automatic music transcription",
        "sheet music",
        "audio-to-midi",
    ],
    "holdout10-031": [
        "exponential smoothing",
        "holt-winters",
        "holt winters",
        "ets",
        "exponentially weighted",
    ],
    # named, sharing a word with an entry title (Matrix, Mean ..., Memory, Meta Model)
    "holdout10-032": ["mean opinion score", "mos"],
    "holdout10-033": ["target encoding", "mean encoding", "likelihood encoding"],
    "holdout10-034": ["meta prompting", "meta-prompting"],
    # plain off-glossary terms
    "holdout10-035": ["wavenet"],
    "holdout10-036": ["kubernetes", "k8s"],
    "holdout10-037": ["dropconnect", "drop connect", "dropout"],
    "holdout10-038": ["eigenfaces", "eigenface"],
}

PLAN = Plan(
    SET,
    "holdout10-",
    KINDS,
    NEGATIVE_TERMS,
    earlier_sets(SET),
    exact_keys=True,
    two_sided_comparisons=True,
    unique_questions=True,
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
