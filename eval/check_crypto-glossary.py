"""Static checks of eval/corpora/crypto-glossary/questions.jsonl (blind, held out in round 15).

Run from the worktree root: ``python eval/check_crypto-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``crypto-glossary.md``, nglaeser/crypto-glossary's
``docs/general.md``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "crypto-glossary"
N = "crypto-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (adversaries, hardness assumptions, hash
    # functions in the ROM, key agreement, the CPA security game, functions) is in the glossary
    f"{N}023": [
        "brute force",
        "brute-force",
        "exhaustive search",
        "exhaustive key search",
        "exhaustive",
    ],
    f"{N}024": ["side channel", "side-channel", "timing attack", "timing", "power analysis"],
    f"{N}025": [
        "man in the middle",
        "man-in-the-middle",
        "mitm",
        "adversary in the middle",
        "on-path",
        "relay",
    ],
    f"{N}026": ["salt", "salting", "salted", "rainbow table", "password"],
    f"{N}027": [
        "birthday",
        "birthday attack",
        "birthday paradox",
        "collision",
        "collisions",
        "collision resistance",
    ],
    f"{N}028": ["homomorphic", "homomorphic encryption", "fully homomorphic", "fhe"],
    f"{N}029": [
        "trapdoor",
        "trapdoor function",
        "trapdoor permutation",
        "one-way function",
        "one-way",
    ],
    f"{N}030": ["cca", "cca2", "chosen ciphertext", "chosen-ciphertext", "ind-cca"],
    f"{N}031": [
        "mac",
        "hmac",
        "message authentication code",
        "message authentication",
        "authentication",
        "tag",
    ],
    # named; sharing a word with a title: quantum key distribution (QROM), DDH assumption
    # (Hardness assumption), elliptic curve group (Group), covert channel (Covert security),
    # hybrid encryption (Hybrid composition)
    f"{N}032": ["oblivious transfer", "oblivious", "ot"],
    f"{N}033": ["quantum key distribution", "qkd", "key distribution"],
    f"{N}034": [
        "diffie-hellman",
        "diffie hellman",
        "ddh",
        "cdh",
        "discrete log",
        "discrete logarithm",
        "dlog",
    ],
    f"{N}035": ["learning with errors", "lwe", "lattice"],
    f"{N}036": ["rsa", "rivest"],
    f"{N}037": ["elliptic curve", "elliptic", "ecc", "ecdsa"],
    f"{N}038": ["garbled circuit", "garbled circuits", "garbled", "garbling", "yao"],
    f"{N}039": ["covert channel", "covert channels"],
    f"{N}040": ["hybrid encryption", "kem", "dem", "key encapsulation", "encapsulation"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
