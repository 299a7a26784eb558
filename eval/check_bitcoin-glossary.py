"""Static checks of eval/corpora/bitcoin-glossary/questions.jsonl (blind, round 29).

Run from the worktree root: ``python eval/check_bitcoin-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``bitcoin-glossary.md``, BitcoinChatt/BitcoinChatt.github.io's
``content/new-to-bitcoin/glossary/index.md``, a Hugo page of HTML ``<details>`` blocks whose
``<summary>`` holds an ``<h3>`` term), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "bitcoin-glossary"
N = "bitcoin-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Proof of Work / Mining, Private Key /
    # wallets, Cryptocurrency / Shitcoin, Mining / Hashrate, Block / Mempool, Transaction Fee /
    # Mempool, Seed Phrase, KYC, Satoshi Nakamoto) is in the glossary
    f"{N}023": [
        "proof of stake",
        "proof-of-stake",
        "pos",
        "stake",
        "staking",
        "staked",
        "validator",
        "validators",
        "collateral",
    ],
    f"{N}024": [
        "multisig",
        "multi-sig",
        "multisignature",
        "multi-signature",
        "2-of-3",
        "cosigner",
        "cosigners",
        "quorum",
    ],
    f"{N}025": [
        "stablecoin",
        "stablecoins",
        "stable coin",
        "tether",
        "usdt",
        "usdc",
        "peg",
        "pegged",
    ],
    f"{N}026": ["mining pool", "pool", "pools", "pooled mining"],
    f"{N}027": ["block explorer", "explorer", "explorers", "txid", "transaction id"],
    f"{N}028": [
        "replace-by-fee",
        "replace by fee",
        "rbf",
        "cpfp",
        "child pays for parent",
        "fee bump",
        "bump",
        "accelerator",
        "rebroadcast",
        "stuck",
    ],
    f"{N}029": ["passphrase", "25th word", "bip39", "bip-39", "extra word"],
    f"{N}030": ["bitcoin atm", "atm", "atms", "kiosk", "kiosks"],
    f"{N}031": ["whitepaper", "white paper", "paper", "bitcoin paper"],
    # named; sharing a word with a title: paper wallet (Hot / Custodial / Noncustodial
    # Wallet), extended public key (Public Key), block size (Block, Block Height / Reward),
    # coinjoin (Coinbase's stem), taproot, lightning invoice (Lightning Network), proof of
    # reserves (Proof of Work), hash time-locked contract (Hash, Smart Contract), merkle tree
    f"{N}032": ["paper wallet", "paper wallets", "paper"],
    f"{N}033": ["xpub", "zpub", "ypub", "extended public key", "watch-only", "watch only"],
    f"{N}034": ["block size", "blocksize", "block size war", "block size wars", "blocksize war"],
    f"{N}035": ["coinjoin", "coin join", "coin mixing", "mixer", "mixing", "tumbler"],
    f"{N}036": ["taproot", "schnorr"],
    f"{N}037": ["lightning invoice", "invoice", "invoices", "bolt11", "bolt 11", "lnurl"],
    f"{N}038": ["proof of reserves", "proof-of-reserves", "reserves", "reserve"],
    f"{N}039": [
        "htlc",
        "htlcs",
        "hash time locked contract",
        "hash time-locked contract",
        "hashed timelock",
        "timelock",
        "time lock",
        "time-locked",
    ],
    f"{N}040": ["merkle", "merkle tree", "merkle root", "hash tree"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
