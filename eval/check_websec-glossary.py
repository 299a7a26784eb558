"""Static checks of eval/corpora/websec-glossary/questions.jsonl (blind, round 26).

Run from the worktree root: ``python eval/check_websec-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``websec-glossary.md``, mkuhles/capstone-secure-delivery's
``GLOSSARY.md``, a bulleted list of ``- **Term**: definition`` items with some nested
sub-bullets), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "websec-glossary"
N = "websec-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (X-Frame-Options / X-Content-Type-Options,
    # Content Security Policy, Authentication / Asset, Resource Enumeration, CSRF, Origin /
    # CORS, Cookie, SQL Injection / Log Injection, Authentication) is in the glossary
    f"{N}023": ["hsts", "strict-transport-security", "strict transport security", "preload"],
    f"{N}024": ["subresource integrity", "sri", "integrity", "cdn", "hash"],
    f"{N}025": [
        "password hashing",
        "hashing",
        "hash",
        "salt",
        "salted",
        "bcrypt",
        "argon2",
        "scrypt",
        "pbkdf2",
        "password",
        "passwords",
    ],
    f"{N}026": [
        "rate limiting",
        "rate limit",
        "brute force",
        "brute-force",
        "lockout",
        "throttling",
        "credential stuffing",
        "password",
        "passwords",
    ],
    f"{N}027": [
        "ssrf",
        "server-side request forgery",
        "server side request forgery",
        "metadata service",
        "server-side",
    ],
    f"{N}028": ["open redirect", "redirect", "redirects", "unvalidated redirect"],
    f"{N}029": ["session fixation", "fixation", "regenerate", "session id"],
    f"{N}030": ["command injection", "os command injection", "shell", "exec"],
    f"{N}031": [
        "mfa",
        "2fa",
        "two-factor",
        "multi-factor",
        "totp",
        "otp",
        "second factor",
        "authenticator",
    ],
    # named; sharing a word with a title: refresh token (JWT "JSON Web Token"), security
    # misconfiguration (OWASP Top 10), xxe, double submit cookie (Cookie), referrer policy
    # (Content Security Policy, Same-Origin Policy), path traversal, session hijacking
    # (Clickjacking), threat intelligence (Threat Actor, Threat Modeling), attack tree (Attack
    # Surface)
    f"{N}032": ["refresh token", "refresh", "refresh tokens"],
    f"{N}033": ["security misconfiguration", "misconfiguration", "misconfigured"],
    f"{N}034": ["xxe", "xml external entity", "xml"],
    f"{N}035": ["double submit", "double-submit", "double submit cookie"],
    f"{N}036": ["referrer policy", "referrer-policy", "referrer", "referer"],
    f"{N}037": ["path traversal", "directory traversal", "traversal", "dot-dot-slash"],
    f"{N}038": ["session hijacking", "hijacking", "hijack", "sidejacking"],
    f"{N}039": ["threat intelligence", "intelligence", "ioc", "indicators of compromise"],
    f"{N}040": ["attack tree", "attack trees", "tree", "trees"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
