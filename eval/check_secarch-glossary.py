"""Static checks of eval/corpora/secarch-glossary/questions.jsonl (blind, held out in round 20).

Run from the worktree root: ``python eval/check_secarch-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one AsciiDoc file (``secarch-glossary.adoc``, Raudmees/
secure-software-architecture-ut-2026's ``docs/glossary.adoc``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``. The parser (PARSER_VERSION 25) reads it as 51 term
entries (one per ``* *Term* — definition`` bullet), so every relevant id is a term entry (the
questions were re-keyed from the four section entries of the round-20 reading; README).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "secarch-glossary"
N = "secarch-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (authentication, eID / OIDC, sessions,
    # Portal DB, Audit store, trust boundary and risks, API gateway rate limiting, data
    # minimization, antivirus scanner, security team) is in the glossary
    f"{N}023": [
        "multi-factor",
        "multi factor",
        "mfa",
        "2fa",
        "two-factor",
        "two factor",
        "one-time password",
        "otp",
        "totp",
        "password",
    ],
    f"{N}024": ["single sign-on", "single sign on", "sso", "sign-on", "sign on"],
    f"{N}025": ["encryption", "encrypt", "encrypted", "at rest", "disk encryption"],
    f"{N}026": [
        "threat model",
        "threat modeling",
        "threat modelling",
        "threat",
        "threats",
        "stride",
        "attack tree",
    ],
    f"{N}027": ["ddos", "dos", "denial of service", "denial-of-service", "flood", "flooding"],
    f"{N}028": [
        "timeout",
        "time-out",
        "idle",
        "inactivity",
        "session expiry",
        "expiry",
        "expiration",
        "logout",
        "log out",
    ],
    f"{N}029": [
        "pseudonymization",
        "pseudonymisation",
        "pseudonym",
        "anonymization",
        "anonymisation",
        "masking",
        "tokenization",
        "tokenisation",
    ],
    f"{N}030": [
        "penetration test",
        "penetration testing",
        "penetration",
        "pentest",
        "pen test",
        "ethical hacking",
        "red team",
    ],
    f"{N}031": [
        "backup",
        "backups",
        "disaster recovery",
        "restore",
        "replication",
        "replica",
        "failover",
    ],
    # named; sharing a word with a bold term or a section title: C4 deployment diagram (C4
    # context view / container / component), content security policy (Operations / Security
    # team, "Architecture and security"), service mesh (Service catalogue, Digital signing
    # service), audit log retention (Audit store / event / trail), dead letter queue (Message
    # broker's "delivery queue"), SAML (OIDC "the protocol"), web application firewall (Citizen /
    # Back-office web app), data processing agreement (Data minimization, Canonical data model),
    # zero trust architecture (Trust boundary, Trust domain, "Architecture and security")
    f"{N}032": ["deployment diagram", "deployment view", "deployment"],
    f"{N}033": ["content security policy", "csp"],
    f"{N}034": ["service mesh", "mesh", "istio", "sidecar"],
    f"{N}035": ["retention", "retain", "retention period"],
    f"{N}036": ["dead letter", "dead-letter", "dead letter queue", "dlq"],
    f"{N}037": ["saml", "security assertion markup language", "security assertion"],
    f"{N}038": ["web application firewall", "firewall", "waf"],
    f"{N}039": [
        "data processing agreement",
        "processing agreement",
        "dpa",
        "gdpr",
        "data protection",
    ],
    f"{N}040": ["zero trust", "zero-trust", "ztna"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
