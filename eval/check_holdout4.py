"""Static checks of eval/holdout4.jsonl, the blind held-out set of round 7 (see eval/holdout4.md).

Run from the worktree root: ``python eval/check_holdout4.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, run

SET = ROOT / "eval" / "holdout4.jsonl"
KINDS = {
    "term": 8,
    "alias": 5,
    "paraphrase": 10,
    "content": 8,
    "comparison": 5,
    "two-part": 4,
    "negative": 24,
}
# The key term(s) of each negative, with usual synonyms; none may occur in the corpus.
NEGATIVE_TERMS = {
    # described (the concept is not named in the question)
    "h4-041": ["label smoothing", "smoothed labels", "soft targets", "soft labels", "soft label"],
    "h4-042": ["teacher forcing", "scheduled sampling"],
    "h4-043": ["curriculum learning", "curriculum"],
    "h4-044": ["focal loss", "focal"],
    "h4-045": [
        "speculative decoding",
        "speculative sampling",
        "speculative",
        "draft model",
        "assisted generation",
    ],
    "h4-046": ["kv cache", "kv-cache", "kv caching", "key-value cache", "key value cache", "kv"],
    "h4-047": [
        "saliency map",
        "saliency",
        "grad-cam",
        "gradcam",
        "class activation map",
        "class activation mapping",
    ],
    "h4-048": ["stratified", "stratified k-fold", "stratification", "stratify"],
    "h4-049": [
        "prompt injection",
        "indirect prompt injection",
        "injection",
        "jailbreak",
        "jailbreaking",
    ],
    "h4-050": [
        "catastrophic forgetting",
        "catastrophic interference",
        "catastrophic",
        "continual learning",
        "lifelong",
    ],
    "h4-051": ["nucleus sampling", "nucleus", "top-p", "top p"],
    "h4-052": ["cold start", "cold-start"],
    # named, sharing a word with an entry title
    "h4-053": ["multi-head latent attention", "latent attention", "mla", "deepseek"],
    "h4-054": ["markov logic", "markov logic network", "markov logic networks"],
    "h4-055": ["momentum contrast", "moco"],
    "h4-056": ["model collapse", "collapse"],
    "h4-057": ["manifold mixup", "mixup"],
    "h4-058": ["mixture density", "mixture density network", "mdn"],
    "h4-059": ["metric learning", "deep metric learning"],
    "h4-060": ["mean field", "mean-field"],
    # plain off-glossary terms
    "h4-061": ["conformal", "conformal prediction"],
    "h4-062": ["hinge", "hinge loss"],
    "h4-063": ["neural architecture search", "architecture search", "nas"],
    "h4-064": ["xavier", "glorot"],
}

PLAN = Plan(
    SET,
    "h4-",
    KINDS,
    NEGATIVE_TERMS,
    ("questions.jsonl", "holdout.jsonl", "holdout2.jsonl", "holdout3.jsonl"),
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
