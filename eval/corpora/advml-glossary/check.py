"""Static checks of eval/corpora/advml-glossary/questions.jsonl (blind, held out in round 7).

Run from the worktree root: ``python eval/corpora/advml-glossary/check.py``. It never searches
or answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads every glossary file of the
folder (bodies, comments and references included).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # eval/, for the shared checks

from heldout_checks import corpus_plan, run  # noqa: E402

KINDS = {
    "term": 8,
    "alias": 6,
    "paraphrase": 10,
    "content": 9,
    "comparison": 4,
    "two-part": 3,
    "negative": 24,
}
# The key term(s) of each negative, with usual synonyms and abbreviations: none may occur.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (defenses, attacks) is present
    "advml-glossary-041": [
        "randomized smoothing",
        "randomised smoothing",
        "gaussian",
        "majority vote",
    ],
    "advml-glossary-042": ["backdoor", "back door", "backdoors", "trojan", "trigger"],
    "advml-glossary-043": [
        "gradient masking",
        "obfuscated gradient",
        "obfuscated gradients",
        "shattered gradients",
        "obfuscated",
    ],
    "advml-glossary-044": ["fgsm", "fast gradient sign", "fast gradient", "epsilon"],
    "advml-glossary-045": ["universal adversarial", "universal perturbation", "universal"],
    "advml-glossary-046": [
        "lipschitz",
        "spectral normalization",
        "spectral norm",
        "singular value",
    ],
    "advml-glossary-047": ["threat model", "threat modeling", "threat modelling"],
    "advml-glossary-048": ["prompt injection", "prompt", "jailbreak", "llm", "chatbot"],
    "advml-glossary-049": ["differential privacy", "differentially private", "dp-sgd"],
    "advml-glossary-050": ["feature squeezing", "squeezing", "bit depth"],
    "advml-glossary-051": [
        "zeroth order",
        "zeroth-order",
        "zoo",
        "finite difference",
        "finite differences",
        "confidence score",
        "confidence scores",
    ],
    "advml-glossary-052": ["bit-flip", "bit flip", "bit flips", "rowhammer"],
    # named, sharing a word with an entry title
    "advml-glossary-053": ["label smoothing"],
    "advml-glossary-054": ["transfer learning", "fine-tuning", "fine tuning", "finetuning"],
    "advml-glossary-055": ["balanced accuracy"],
    "advml-glossary-056": ["patch embedding", "patch embeddings", "vision transformer", "vit"],
    "advml-glossary-057": [
        "black-box optimization",
        "black box optimization",
        "bayesian optimization",
    ],
    "advml-glossary-058": ["confidence interval", "confidence intervals"],
    "advml-glossary-059": ["huber", "robust regression"],
    "advml-glossary-060": ["momentum"],
    # plain off-glossary ML terms
    "advml-glossary-061": ["random forest", "random forests"],
    "advml-glossary-062": ["k-means", "kmeans", "k means"],
    "advml-glossary-063": ["lstm", "long short-term memory"],
    "advml-glossary-064": ["word2vec"],
}


PLAN = corpus_plan(HERE, KINDS, NEGATIVE_TERMS, formats=True, unique_questions=True)

if __name__ == "__main__":
    sys.exit(run(PLAN))
