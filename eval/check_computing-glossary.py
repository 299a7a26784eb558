"""Static checks of eval/corpora/computing-glossary/questions.jsonl (blind, round 58).

Run from the worktree root: ``python eval/check_computing-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the one ``.ts`` file, and that
no negative's key term is in the glossary.

The glossary is one **TypeScript data file** in **Marathi** (``computing-glossary.ts``:
termux-learn-crypto/marathi-learn-hub's ``src/data/glossary.ts``, the "तंत्रज्ञान शब्दावली"
(tech glossary) page of Marathi Learn Hub, a free Next.js site teaching computer basics, web,
Python, electronics, Android, networking and AI to Marathi speakers; no licence stated; saved
from ``read_file``'s text, no snapshot to fetch). After an ``export interface GlossaryTerm {
term; marathiMeaning; description; category }`` and an ``export const glossaryCategoryLabels``
record of seven categories, one ``export const glossary: GlossaryTerm[] = [ ... ];`` array holds
79 one-line object literals ``{ term: "...", marathiMeaning: "...", category: "...",
description: "..." }`` in seven groups under ``// ---- मराठी / English ----`` comments, then a
``searchGlossary`` function. ``term`` is the English name (``CPU``, ``IP Address``), the
``marathiMeaning`` is a Marathi word (``संकलक``, ``चल``, ``पूर्णांक``) or only the English
word in Devanagari (``सॉफ्टवेअर``, ``एचटीएमएल``), ``description`` one short Marathi sentence,
often with an em dash and English words in Latin letters (``apps आणि programs``, ``Windows,
Linux``, ``Arduino``).

Written blind while the parser read 79 entries from the file (one per object literal, ids the
slug of ``term``, ``marathiMeaning`` and ``category`` as body fields, no aliases), so the
script checks the parser's entries; ``--by-hand`` (or a loader that reads nothing) checks its
own reading of the object literals, which gives the same 79 ids.

Marathi glues case endings to words (फाइल्सचा, संगणकाला), and Python's ``\\b`` falls between a
consonant and a dependent vowel sign, so besides the whole-word NEGATIVE_TERMS every
negative's stems are checked as substrings of the lower-cased file (``NEGATIVE_STEMS``). The
file writes the vowel ॲ both precomposed (U+0972: ``ॲक्सेस``, ``ॲक्टिव्हिटी``) and as अ +
candra e (U+0905 U+0945: ``अॅरे``, ``अॅप्लिकेशन``): every Devanagari term and stem is checked
in both spellings.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import (
    OUTSIDE_KINDS,
    OUTSIDE_NEGATIVES,
    ROOT,
    corpus_plan,
    flat,
    slug,
)

FOLDER = ROOT / "eval" / "corpora" / "computing-glossary"
GLOSSARY = FOLDER / "computing-glossary.ts"
N = "computing-glossary-"
TERMS_IN_FILE = 79
# The key term(s) of each negative, lower case, with usual synonyms in English and Marathi
# (also as transliterated loanwords): none may occur in the glossary file (whole words,
# case-insensitive). Not "query": the file's searchGlossary(query) uses it as a name.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Firewall / Program /
    # Software; HTTPS / Firewall; Function / Loop; Backup / Deployment; Voltage / Resistor;
    # Firewall / HTTPS; File / Folder; Database; WiFi / Router / Data)
    f"{N}023": [
        "virus",
        "viruses",
        "malware",
        "trojan",
        "worm",
        "antivirus",
        "व्हायरस",
        "मालवेअर",
        "ट्रोजन",
        "वर्म",
        "विषाणू",
    ],
    f"{N}024": [
        "encryption",
        "encrypt",
        "encrypted",
        "decrypt",
        "cryptography",
        "cipher",
        "secret key",
        "एन्क्रिप्शन",
        "कूटबद्ध",
        "कूटलेखन",
        "क्रिप्टोग्राफी",
    ],
    f"{N}025": [
        "recursion",
        "recursive",
        "factorial",
        "रिकर्शन",
        "पुनरावर्तन",
        "पुनरावर्ती",
        "फॅक्टोरियल",
    ],
    f"{N}026": [
        "git",
        "github",
        "version control",
        "version",
        "versioning",
        "commit",
        "repository",
        "गिट",
        "व्हर्जन",
        "आवृत्ती",
    ],
    f"{N}027": [
        "ohm",
        "ohms",
        "ohm's law",
        "resistance",
        "ओहम",
        "ओह्म",
        "रेझिस्टन्स",
        "रोध",
    ],
    f"{N}028": [
        "phishing",
        "password",
        "otp",
        "scam",
        "fraud",
        "फिशिंग",
        "पासवर्ड",
        "ओटीपी",
        "फसवणूक",
    ],
    f"{N}029": [
        "zip",
        "compression",
        "compress",
        "compressed",
        "archive",
        "कॉम्प्रेशन",
        "कॉम्प्रेस",
        "संकुचन",
    ],
    f"{N}030": ["sql", "mysql", "queries", "select", "क्वेरी", "एसक्यूएल"],
    f"{N}031": ["bandwidth", "mbps", "throughput", "बँडविड्थ", "स्पीड"],
    # named; several share a word with a title: machine code ("machine": Machine Learning),
    # MAC address ("address": IP Address), data science ("data": Data), Python virtual
    # environment ("python": Python), analog signal ("signal": Signal), proxy server
    # ("server": Server), lambda function ("function": Function), integrated circuit
    # ("circuit": Circuit), deep learning / neural network ("learning": Machine Learning)
    f"{N}032": ["machine code", "assembly", "binary", "मशीन कोड", "मशीन भाषा", "बायनरी"],
    f"{N}033": ["mac address", "mac", "मॅक", "मॅक ॲड्रेस"],
    f"{N}034": ["data science", "data scientist", "डेटा सायन्स", "सायन्स"],
    f"{N}035": ["virtual environment", "venv", "virtualenv", "virtual", "conda", "व्हर्च्युअल"],
    f"{N}036": ["analog", "analogue", "digital", "ॲनालॉग", "डिजिटल", "अनुरूप"],
    f"{N}037": ["proxy", "vpn", "प्रॉक्सी"],
    f"{N}038": ["lambda", "anonymous function", "anonymous", "लॅम्ब्डा"],
    f"{N}039": ["integrated circuit", "ic", "आयसी", "इंटिग्रेटेड"],
    f"{N}040": [
        "deep learning",
        "neural network",
        "neural",
        "डीप लर्निंग",
        "न्यूरल",
        "डीप",
    ],
}
# Substrings absent from the whole lower-cased file (Marathi case endings are glued on).
NEGATIVE_STEMS = (
    "virus",
    "malware",
    "व्हायरस",
    "मालवेअर",
    "विषाणू",
    "encrypt",
    "crypt",
    "एन्क्रिप्",
    "कूट",
    "क्रिप्टो",
    "recurs",
    "रिकर्",
    "पुनरावर्त",
    "फॅक्टोरि",
    "github",
    "व्हर्जन",
    "आवृत्त",
    "ओहम",
    "ओह्म",
    "रेझिस्टन्स",
    "phish",
    "password",
    "फिशिंग",
    "पासवर्ड",
    "ओटीपी",
    "फसव",
    "compress",
    "कॉम्प्रेस",
    "संकुच",
    "क्वेरी",
    "mbps",
    "bandwidth",
    "बँडविड्थ",
    "स्पीड",
    "बायनरी",
    "मॅक",
    "सायन्स",
    "virtual",
    "व्हर्च्युअल",
    "analog",
    "ॲनालॉग",
    "डिजिटल",
    "proxy",
    "प्रॉक्सी",
    "lambda",
    "लॅम्ब्डा",
    "आयसी",
    "इंटिग्रेट",
    "neural",
    "न्यूरल",
)

# ॲ precomposed (U+0972) and as अ + candra e (U+0905 U+0945), both in the file.
PAIRS = (("\u0972", "\u0905\u0945"),)


def spellings(word: str) -> list[str]:
    composed = decomposed = word
    for one, two in PAIRS:
        composed, decomposed = composed.replace(two, one), decomposed.replace(one, two)
    return list(dict.fromkeys([word, composed, decomposed]))


TERMS = {key: [w for t in terms for w in spellings(t)] for key, terms in NEGATIVE_TERMS.items()}
# Every Devanagari key term is a stem too: ``\b`` misses a word ending in a vowel sign
# (``मेमरी`` is in the file, but no ``\bमेमरी\b`` is found there).
DEVANAGARI = tuple(
    t for terms in NEGATIVE_TERMS.values() for t in terms if re.search("[\u0900-\u097f]", t)
)
STEMS = tuple(w for s in (*NEGATIVE_STEMS, *DEVANAGARI) for w in spellings(s))

PLAN = corpus_plan(
    FOLDER,
    OUTSIDE_KINDS,
    TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=OUTSIDE_NEGATIVES,
    unique_questions=True,
    glossary_files={".ts": 1},
    glossary_phrases=("संगणकाचा मेंदू", "searchGlossary"),
)

# One object literal of the glossary array: term, marathiMeaning, category and description
# string literals, in that order (no literal holds an escaped quote).
LITERAL = re.compile(
    r'\{ term: "([^"]*)", marathiMeaning: "([^"]*)", category: "([^"]*)", '
    r'description: "([^"]*)" \}'
)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + description + fields): one entry per object literal, ANCHOR = the
    shared corpus README's slug of ``term`` (the parser's reading gives the same 79 ids)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for term, meaning, category, description in LITERAL.findall(text):
        anchor = f"computing-glossary#{slug(term)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(
            f"{term} {description} marathiMeaning: {meaning} category: {category}"
        )
    assert len(entries) == TERMS_IN_FILE, len(entries)
    return entries


def stems_absent() -> list[str]:
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    return [f"stem '{s}' is in the glossary" for s in STEMS if s in text]


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the object literals of the glossary array"
    )


def main() -> int:
    errors = stems_absent()
    if errors:
        print("\n".join(errors))
        return 1
    return heldout_checks.main(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
