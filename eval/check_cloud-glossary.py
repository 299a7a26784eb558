"""Static checks of eval/corpora/cloud-glossary/questions.jsonl (blind, round 57).

Run from the worktree root: ``python eval/check_cloud-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the 82 Markdown files, and
that no negative's key term is in the glossary.

The glossary is the **Bengali** localization of the CNCF Cloud Native Glossary
(cncf/glossary, ``content/bn/*.md``, documentation under CC BY 4.0): 82 Hugo Markdown pages,
one per term, each with a YAML front matter (``title: বাংলা নাম (English Name)``, ``status``,
``category``, ``tags``; two pages spell the keys ``Title:`` / ``Status:`` / ``Category:``,
four carry ``draft: true``) and a body of a definition paragraph followed by the sections
``## এটা যেসব সমস্যাতে দৃষ্টিপাত করে`` (the problem it addresses) and ``## এটা কিভাবে সাহায্য
করে`` (how it helps), with Markdown links to sibling pages (``/bn/container/``). The site's
``_index.md``, ``_TEMPLATE.md`` and ``search.md`` were not copied.

Written blind while the parser read 82 entries (one per file, ids ``FILE-STEM#slug-of-title``,
the Bengali and English halves of a title as aliases for most), so the script checks the
parser's entries.

Bengali glues case endings and plurals to words (নোডগুলো, কন্টেইনারের, ক্লাস্টারে), and
Python's ``\\b`` falls between a consonant and a dependent vowel sign, so besides the
whole-word NEGATIVE_TERMS every negative's stems are checked as substrings of the lower-cased
text of all 82 files (``NEGATIVE_STEMS``).
"""

from __future__ import annotations

import sys

from heldout_checks import (
    OUTSIDE_KINDS,
    OUTSIDE_NEGATIVES,
    ROOT,
    corpus_plan,
    run,
)

FOLDER = ROOT / "eval" / "corpora" / "cloud-glossary"
N = "cloud-glossary-"
FILES = 82
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations in
# English and Bengali (also as transliterated loanwords): none may occur in the glossary files
# (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Canary / Blue Green
    # Deployment, Continuous Delivery; Service Mesh / Service Proxy / Reliability; Serverless /
    # FaaS; Kubernetes / Container Image; Cloud Native Security / Zero Trust / mTLS; Edge
    # Computing / Data Center; Site Reliability Engineering / Reliability; Distributed Systems /
    # Nodes / Cluster; Multitenancy / Kubernetes / Cluster)
    f"{N}023": [
        "feature flag",
        "feature flags",
        "feature toggle",
        "feature toggles",
        "toggle",
        "ফিচার ফ্ল্যাগ",
        "ফিচার টগল",
        "ফ্ল্যাগ",
        "টগল",
        "dark launch",
    ],
    f"{N}024": [
        "circuit breaker",
        "circuit breaking",
        "circuit",
        "সার্কিট ব্রেকার",
        "সার্কিট",
        "bulkhead",
    ],
    f"{N}025": ["cold start", "cold starts", "কোল্ড স্টার্ট", "কোল্ড", "warm start", "ওয়ার্ম"],
    f"{N}026": ["helm", "হেলম", "helm chart", "হেলম চার্ট", "চার্ট", "package manager"],
    f"{N}027": [
        "secret",
        "secrets",
        "সিক্রেট",
        "সিক্রেটস",
        "vault",
        "ভল্ট",
        "secrets management",
        "key management",
        "kms",
    ],
    f"{N}028": [
        "cdn",
        "content delivery network",
        "সিডিএন",
        "কন্টেন্ট ডেলিভারি নেটওয়ার্ক",
        "কনটেন্ট ডেলিভারি নেটওয়ার্ক",
    ],
    f"{N}029": [
        "slo",
        "slos",
        "sli",
        "service level objective",
        "এসএলও",
        "error budget",
        "এরর বাজেট",
        "ত্রুটি বাজেট",
        "uptime",
        "99.9",
    ],
    f"{N}030": [
        "consensus",
        "কনসেনসাস",
        "ঐকমত্য",
        "raft",
        "paxos",
        "leader election",
        "লিডার ইলেকশন",
        "quorum",
        "কোরাম",
    ],
    f"{N}031": ["namespace", "namespaces", "নেমস্পেস", "নেমস্পেসে", "নামস্থান"],
    # named; several share a word with a title: সার্ভিস অ্যাকাউন্ট ("সার্ভিস": Service
    # Mesh / Proxy / Discovery), StatefulSet (Stateful Apps), ইভেন্ট সোর্সিং (Event-Driven
    # Architecture, Event Streaming), ক্লাউড মাইগ্রেশন ("ক্লাউড": Cloud Computing and the
    # Cloud Native pages), ডিজিটাল টুইন ("ডিজিটাল": ডিজিটাল সার্টিফিকেট), rolling update
    # (next to Canary / Blue Green Deployment), নেটওয়ার্ক পলিসি (Policy as Code), লোড
    # টেস্টিং ("লোড": Load Balancer), VPN ("ভার্চুয়াল": Virtual Machine, Virtualization)
    f"{N}032": ["service account", "service accounts", "সার্ভিস অ্যাকাউন্ট", "অ্যাকাউন্ট"],
    f"{N}033": ["statefulset", "statefulsets", "স্টেটফুলসেট"],
    f"{N}034": ["event sourcing", "ইভেন্ট সোর্সিং", "সোর্সিং", "event store"],
    f"{N}035": [
        "cloud migration",
        "migration",
        "migrate",
        "মাইগ্রেশন",
        "মাইগ্রেট",
        "lift and shift",
        "on-prem",
    ],
    f"{N}036": ["digital twin", "digital twins", "ডিজিটাল টুইন"],
    f"{N}037": ["rolling update", "rolling updates", "rolling", "রোলিং আপডেট", "রোলিং"],
    f"{N}038": ["network policy", "network policies", "নেটওয়ার্ক পলিসি", "পলিসি"],
    f"{N}039": [
        "load testing",
        "load test",
        "লোড টেস্টিং",
        "লোড টেস্ট",
        "stress test",
        "stress testing",
        "স্ট্রেস টেস্ট",
    ],
    f"{N}040": [
        "vpn",
        "virtual private network",
        "ভিপিএন",
        "ভার্চুয়াল প্রাইভেট নেটওয়ার্ক",
        "প্রাইভেট নেটওয়ার্ক",
    ],
}
# Substrings of the lower-cased text of all files that must not occur (stems of the forms
# above with Bengali endings glued on). Left out as stems, since they occur inside other
# words or phrases of the files: "টুইন" (গো-বিটুইন), "বাজেট" (বাজেটে, Agile), "রেজিস্ট্রি"
# (the container registry, named in Container Image), "ক্যাশ" (Service Proxy caches),
# "টেস্টিং" (testing, in Continuous Integration).
NEGATIVE_STEMS = (
    "ফ্ল্যাগ",
    "টগল",
    "toggle",
    "সার্কিট",
    "circuit",
    "কোল্ড",
    "cold start",
    "হেলম",
    "helm",
    "সিক্রেট",
    "vault",
    "ভল্ট",
    "সিডিএন",
    "কন্টেন্ট ডেলিভারি",
    "কনটেন্ট ডেলিভারি",
    "এসএলও",
    "error budget",
    "এরর বাজেট",
    "কনসেনসাস",
    "consensus",
    "ঐকমত্য",
    "paxos",
    "লিডার",
    "quorum",
    "কোরাম",
    "namespace",
    "নেমস্পেস",
    "নামস্থান",
    "service account",
    "অ্যাকাউন্ট",
    "statefulset",
    "স্টেটফুলসেট",
    "সোর্সিং",
    "sourcing",
    "মাইগ্রেশন",
    "মাইগ্রেট",
    "migrat",
    "digital twin",
    "ডিজিটাল টুইন",
    "রোলিং",
    "rolling",
    "পলিসি",
    "network polic",
    "লোড টেস্ট",
    "load test",
    "stress test",
    "স্ট্রেস",
    "vpn",
    "ভিপিএন",
    "প্রাইভেট নেটওয়ার্ক",
)

# The files spell য় (and ড়) both precomposed (U+09DF, U+09DC) and as য / ড + nukta U+09BC,
# sometimes within one page (ডিপ্লয়মেন্ট in a title, বিশ্বাস নয় in Zero Trust's body): every
# key term and stem is checked in both spellings.
PAIRS = (("\u09df", "\u09af\u09bc"), ("\u09dc", "\u09a1\u09bc"), ("\u09dd", "\u09a2\u09bc"))


def spellings(word: str) -> list[str]:
    composed = decomposed = word
    for one, two in PAIRS:
        composed, decomposed = composed.replace(two, one), decomposed.replace(one, two)
    return list(dict.fromkeys([word, composed, decomposed]))


TERMS = {key: [w for t in terms for w in spellings(t)] for key, terms in NEGATIVE_TERMS.items()}
STEMS = tuple(w for s in NEGATIVE_STEMS for w in spellings(s))

PLAN = corpus_plan(
    FOLDER,
    OUTSIDE_KINDS,
    TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=OUTSIDE_NEGATIVES,
    unique_questions=True,
    glossary_files={".md": FILES},
    glossary_phrases=("ক্যানারি ডিপ্ল\u09dfমেন্ট", "extended Berkeley Packet Filter"),
)


def stems_absent() -> list[str]:
    files = sorted(p for p in FOLDER.glob("*.md") if p.name != "README.md")
    text = "\n".join(p.read_text(encoding="utf-8").lower() for p in files)
    errors = [] if len(files) == FILES else [f"expected {FILES} glossary files, found {len(files)}"]
    return errors + [f"stem '{s}' is in the glossary" for s in STEMS if s in text]


def main() -> int:
    errors = stems_absent()
    if errors:
        print("\n".join(errors))
        return 1
    return run(PLAN)


if __name__ == "__main__":
    sys.exit(main())
