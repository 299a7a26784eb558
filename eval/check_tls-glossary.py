"""Static checks of eval/corpora/tls-glossary/questions.jsonl (blind, round 60).

Run from the worktree root: ``python eval/check_tls-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **Perl module** (``tls-glossary.pm``: O-Saft's ``OSaft/Doc/Glossary.pm``,
"common perl module to define O-Saft glossary texts", copied here from OWASP/O-Saft at
c83a309, "Copyright (c) Achim Hoffmann, sic[!]sec GmbH", "licensed under GPLv2" in the file's
own ``#!#`` comment lines). It opens with ``#!/usr/bin/perl``, the package ``OSaft::Doc::
Glossary`` with ``$VERSION`` / ``$SID`` strings, a ``print STDERR`` warning that the module is
obsolete, a POD block (``=pod`` .. ``=cut``: NAME, SYNOPSIS, METHODS ``get()``), three one-line
subs that print or return ``<DATA>``, ``#`` comments stating the data's syntax, then
``__DATA__`` and 488 lines ``KEY<TAB>TEXT``: an acronym or name of TLS / SSL and applied
cryptography (``HSTS``, ``POODLE``, ``OCSP stapling``, ``Curve448``, ``3DES``) and its
expansion or a short note (``HTTP Strict Transport Security``, ``signature algorithm, aka
Goldilocks (224 bit)``, ``see Salsa20``). One of the 488 is a commented-out ``#`` line
(``ECRYPT``); keys that repeat are made unique by trailing spaces (``CBC``, ``CBC `` and
``CBC  ``; ``CSP`` .. ``CSP  `` and ``CSP:``); ``SCT`` is there twice with the same text.

Written blind while the parser read no file of the folder (``rag-glossary entries`` exits 2:
"no glossary files", although ``.pm`` is among the suffixes it names), so the ids were keyed
by hand: one entry per ``KEY<TAB>TEXT`` line after ``__DATA__`` (lines opening with ``#``
skipped), ANCHOR = the shared corpus README's ``slug`` of the key (``hsts``, ``ocsp-stapling``,
``lm-hash``, ``3des``, ``asn1`` for ``ASN.1``); a repeated slug gets ``-1``, ``-2`` .. in file
order (``csp``, ``csp-1``, ``csp-2`` for "Critical Security Parameter", ``csp-3`` for
``CSP:``; ``x509-1`` for ``X509`` after ``X.509``): 487 entries. Round 60's lane PM made the
loader read the file (parsing/perl_data.py), a key padded to be unique one term (476
entries): 019's ``csp-2`` is re-keyed ``csp``, and the reading by hand does the same.
"""

from __future__ import annotations

import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_keyed, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "tls-glossary"
GLOSSARY = FOLDER / "tls-glossary.pm"
N = "tls-glossary-"
ENTRIES = 476  # 487 lines; repeated keys (CBC, CBC , CBC  ...) one entry each
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file (whole words, case-insensitive). Not "lattice" (LLL: "lattice
# basis reduction"), not "salt" (ESSIV: "salt-sector"), not "quantum" (SPHINCS: "post-quantum").
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (LM hash / NTLM /
    # hash function; HTOP / OTP; Skipjack / Bullrun; HSM / TCB; ElGamal / RSA; RSA / key;
    # PMS / PSK / TLS; NTLM / RADIUS / CHAP; TIME / Lucky 13 / SSCD)
    f"{N}023": ["rainbow table", "rainbow tables", "rainbow", "precomputed"],
    f"{N}024": ["totp", "time-based", "two-factor", "2fa", "authenticator app"],
    f"{N}025": ["key escrow", "escrow", "clipper", "backdoor"],
    f"{N}026": ["tpm", "trusted platform module", "secure boot"],
    f"{N}027": ["homomorphic", "fully homomorphic"],
    f"{N}028": ["secret sharing", "shamir", "threshold", "shares"],
    f"{N}029": ["session resumption", "resumption", "session ticket", "session id", "session"],
    f"{N}030": ["kerberos", "kdc", "ticket-granting", "ticket", "tickets"],
    f"{N}031": [
        "power analysis",
        "side-channel",
        "side channel",
        "power consumption",
        "smartcard",
        "smart card",
    ],
    # named; several share a word with a title: hash table ("hash": LM hash, hash127),
    # boomerang effect ("boomerang": boomerang attack), RabbitMQ ("rabbit": Rabbit), tiger
    # team ("tiger": Tiger), null pointer ("null": NULL), robots.txt ("robot": ROBOT), seed
    # phrase ("seed": SEED), Argon2 (next to bcrypt, scrypt, PBKDF2), Kyber (next to
    # SPHINCS, "post-quantum")
    f"{N}032": ["hash table", "hash tables", "hashmap"],
    f"{N}033": ["boomerang effect"],
    f"{N}034": ["rabbitmq"],
    f"{N}035": ["tiger team", "red team", "pentest", "penetration"],
    f"{N}036": ["null pointer", "nullpointerexception"],
    f"{N}037": ["robots.txt", "robots"],
    f"{N}038": ["seed phrase", "mnemonic", "bip39", "wallet"],
    f"{N}039": ["argon2", "argon2id", "argon"],
    f"{N}040": ["kyber", "ml-kem"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(key + text): one entry per ``KEY<TAB>TEXT`` line after ``__DATA__`` (``#``
    lines skipped), ANCHOR = the shared corpus README's slug of the key; a key repeated with
    spaces or a colon on its right (``CBC ``, ``CSP:``) adds its text to the key's entry, as
    the parser reads it since round 60 (lane PM, parsing/perl_data.py)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    data = text.split("\n__DATA__\n", 1)[1]
    entries: dict[str, str] = {}
    anchors: dict[str, str] = {}
    for line in data.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, gloss = line.split("\t", 1)
        key = key.rstrip(" :")  # round 60 lane PM: a key padded to be unique is one term
        if key in anchors:
            entries[anchors[key]] += f" {flat(gloss)}"
            continue
        anchor = f"tls-glossary#{slug(key)}"
        n = 0
        while anchor in entries:  # X.509 and X509: x509, x509-1
            n += 1
            anchor = f"tls-glossary#{slug(key)}-{n}"
        anchors[key] = anchor
        entries[anchor] = flat(f"{key} {gloss}")
    assert len(entries) == ENTRIES, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the KEY<TAB>TEXT lines after __DATA__"
    )


if __name__ == "__main__":
    sys.exit(main_keyed(PLAN, by_hand))
