"""Static checks of eval/holdout3.jsonl, the blind held-out set of round 4 (see eval/holdout3.md).

Run from the worktree root: ``python eval/check_holdout3.py`` (CLI calls only, about a minute).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, Plan, run

SET = ROOT / "eval" / "holdout3.jsonl"
KINDS = {
    "term": 12,
    "alias": 6,
    "paraphrase": 8,
    "content": 10,
    "comparison": 6,
    "two-part": 4,
    "negative": 14,
}
# The key term(s) each negative asks about; none may occur in the corpus.
NEGATIVE_TERMS = {
    "h3-047": ["model soup", "model soups"],
    "h3-048": ["source separation", "stem separation"],
    "h3-049": ["moore-penrose", "pseudoinverse", "pseudo-inverse"],
    "h3-050": ["mixed integer", "mixed-integer", "integer programming", "milp"],
    "h3-051": ["multi-token", "multi token", "multiple tokens"],
    "h3-052": ["masked autoencoder", "masked autoencoders", "masked auto-encoder"],
    "h3-053": ["mean teacher", "semi-supervised", "semi supervised"],
    "h3-054": ["reparameterization", "reparametrization", "reparameterisation"],
    "h3-055": ["transposed convolution", "transposed", "deconvolution", "upsampling"],
    "h3-056": ["cutout", "random erasing"],
    "h3-057": ["triplet", "contrastive loss", "contrastive"],
    "h3-058": ["wasserstein", "earth mover"],
    "h3-059": ["capsule", "capsnet"],
    "h3-060": ["umap", "uniform manifold approximation"],
}

PLAN = Plan(
    SET,
    "h3-",
    KINDS,
    NEGATIVE_TERMS,
    ("questions.jsonl", "holdout.jsonl", "holdout2.jsonl"),
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
