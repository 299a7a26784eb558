"""Static checks of eval/corpora/ethereum-glossary/questions.jsonl (blind, round 50).

Run from the worktree root: ``python eval/check_ethereum-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one flat JSON object in **Hindi** (``ethereum-glossary.json``,
ethereum/ethereum-org-website's ``src/intl/hi/glossary-tooltip.json``, the Hindi strings
of ethereum.org's glossary tooltips, MIT): 82 terms, each as two keys,
``"ID-term": "Hindi name"`` and ``"ID-definition": "Hindi definition"`` with inline HTML
(``<a href>``, ``<strong>``, ``<sup>``, ``<br/>``, ``<em>``). The parser reads each key as
its own entry (164 entries); the questions are keyed to the ``-definition`` entries, the
only ones whose text answers. The questions are in Hindi, typed as Hindi speakers do
(English words in Latin script mixed in, two romanised).

``heldout_checks`` greps negatives with ``\\b``, which does not end a word after a Devanagari
vowel sign; :func:`devanagari_hits` greps every key term again with Devanagari-aware
boundaries, so a Hindi key term cannot pass by that accident.
"""

from __future__ import annotations

import json
import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main, outside_plan, run_by_hand

FOLDER = ROOT / "eval" / "corpora" / "ethereum-glossary"
GLOSSARY = FOLDER / "ethereum-glossary.json"
N = "ethereum-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (validator, epoch,
    # Gas, transaction fee, wallet, liquidity tokens, DeFi, smart contract, recovery phrase)
    f"{N}023": [
        "slashing",
        "slashed",
        "slash",
        "स्लैशिंग",
        "स्लैश",
        "सज़ा",
        "सजा",
        "जुर्माना",
        "दंड",
        "penalty",
    ],
    f"{N}024": ["gas limit", "गैस सीमा", "गैस लिमिट", "limit", "लिमिट", "सीमा"],
    f"{N}025": ["mempool", "मेमपूल", "txpool", "pending", "पेंडिंग", "प्रतीक्षा"],
    f"{N}026": [
        "hardware wallet",
        "hardware",
        "हार्डवेयर",
        "cold storage",
        "cold",
        "कोल्ड",
        "offline",
        "ऑफलाइन",
        "ऑफ़लाइन",
        "ledger",
        "trezor",
    ],
    f"{N}027": ["impermanent loss", "impermanent", "इम्परमानेंट", "नुकसान", "घाटा", "हानि"],
    f"{N}028": ["flash loan", "flash", "फ्लैश", "loan", "लोन", "कर्ज़", "कर्ज", "collateral", "गिरवी"],
    f"{N}029": [
        "burn",
        "burning",
        "बर्न",
        "जलाना",
        "जलाकर",
        "eip-1559",
        "1559",
        "base fee",
        "बेस फी",
        "आधार शुल्क",
    ],
    f"{N}030": [
        "account abstraction",
        "अकाउंट एब्स्ट्रैक्शन",
        "social recovery",
        "सोशल रिकवरी",
        "erc-4337",
        "4337",
        "smart wallet",
        "स्मार्ट वॉलेट",
    ],
    f"{N}031": ["airdrop", "एयरड्रॉप", "एयरड्रोप"],
    # named; several share a word with a title: soft fork (फोर्क), layer 1 (परत 2), state
    # channel, light client (consensus / execution client), ERC-4626 (ERC, ERC-20, ...),
    # danksharding, Merkle tree, Solidity, proof of authority (PoS, PoW, POAP's "प्रूफ ऑफ")
    f"{N}032": ["soft fork", "soft-fork", "सॉफ्ट फोर्क", "सॉफ्ट फ़ोर्क"],
    f"{N}033": ["layer 1", "layer-1", "परत 1", "लेयर 1", "l1"],
    f"{N}034": ["state channel", "स्टेट चैनल", "चैनल", "channel"],
    f"{N}035": ["light client", "लाइट क्लाइंट", "लाइट", "हल्का"],
    f"{N}036": ["erc-4626", "erc4626", "4626"],
    f"{N}037": ["danksharding", "डैंकशार्डिंग", "डैंकशर्डिंग", "sharding", "शार्डिंग", "blob", "ब्लॉब"],
    f"{N}038": ["merkle", "मर्कल", "मर्कल ट्री", "tree"],
    f"{N}039": ["solidity", "सोलिडिटी", "सोलिडीटी", "vyper"],
    f"{N}040": ["proof of authority", "poa", "प्राधिकार", "अथॉरिटी", "authority"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

# a word character for the grep below: \w or any Devanagari letter, sign or digit
_WORD = r"[\w\u0900-\u097F]"


def devanagari_hits() -> list[str]:
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    return [
        f"{rid}: '{t}' is in the glossary (Devanagari-aware grep)"
        for rid, terms in NEGATIVE_TERMS.items()
        for t in terms
        if re.search(rf"(?<!{_WORD}){re.escape(t)}(?!{_WORD})", text)
    ]


def by_hand() -> int:
    """The JSON object read directly: one entry per term, its ``-term`` and ``-definition`` keys
    joined (id = the slug of the key stem, as the loader's paired-key reader gives since round
    50's lane PH), its text the stem, the Hindi name and the definition with HTML tags dropped."""
    pairs = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    entries = {
        "ethereum-glossary#" + heldout_checks.slug(key.removesuffix("-definition")): flat(
            " ".join(
                (
                    key.removesuffix("-definition"),
                    pairs.get(key.removesuffix("-definition") + "-term", ""),
                    re.sub(r"<[^>]+>", "", value),
                )
            )
        )
        for key, value in pairs.items()
        if key.endswith("-definition")
    }
    return run_by_hand(
        PLAN, entries, GLOSSARY, "the -term / -definition key pairs of the JSON object"
    )


if __name__ == "__main__":
    extra = devanagari_hits()
    print("\n".join(extra) or "Devanagari-aware negative grep: OK")
    sys.exit(main(PLAN, by_hand) or (1 if extra else 0))
