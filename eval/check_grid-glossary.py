"""Static checks of eval/corpora/grid-glossary/questions.jsonl (blind, round 38).

Run from the worktree root: ``python eval/check_grid-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one DocBook XML 4.4 file (``glossary.xml`` saved as ``grid-glossary.xml``,
gridcf/gct-docs at 79214add, the Globus Toolkit's GT 6.0 documentation glossary): a
``<!DOCTYPE glossary PUBLIC ...>`` then ``<glossary>`` with a ``<title>`` holding a
``<replaceable>``, 18 ``<glossdiv>`` letter sections over 80 ``<glossentry id=...>`` elements,
each a ``<glossterm>``, an optional ``<acronym>`` (17) and a ``<glossdef>`` of ``<para>``s
(``<itemizedlist>``, ``<ulink>``, ``<olink>``, ``<filename>``, ``<replaceable>``, inline
``<glossterm>`` and trailing ``<glossseealso>`` inside), hard-wrapped and deeply indented, two
XML comments.

Written blind while round 37's final code did not read ``.xml`` files at all
(``rag-glossary entries`` exits with "no glossary files (.md, ... .toml)"): until the loader
reads ``.xml``, this check stops there (the "relevant id exists" and must_include checks need
the parsed entries), and the negative-term grep of ``heldout_checks`` reads no text (it takes
only files whose suffix is in GLOSSARY_SUFFIXES). The ids are the shared corpus README's slug
of each entry's ``<glossterm>`` (``extended block mode (MODE E)`` ->
``extended-block-mode-mode-e``, ``client/server transfer`` -> ``clientserver-transfer``), not
its ``id`` attribute; eval/corpora/grid-glossary/README.md lists them and says how the other
checks were run by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "grid-glossary"
N = "grid-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Extended Block Mode's offsets / Third
    # Party Transfers, Parallelism, Private Key / MyProxy, Private Key / User Certificate,
    # GRAM / Metascheduler, Local Resource Manager / Scheduler, Certificate / Proxy Certificate,
    # Certificate Revocation List, Command Line Interface / GRAM) is in the glossary
    f"{N}023": [
        "restart",
        "restarts",
        "resume",
        "resumed",
        "resuming",
        "interrupted",
        "partial",
        "marker",
        "markers",
        "checkpoint",
    ],
    f"{N}024": ["window", "window size", "latency", "rtt", "bandwidth-delay", "tuning", "tune"],
    f"{N}025": ["passphrase", "pass phrase", "password", "passwords", "recover", "recovery"],
    f"{N}026": ["permission", "permissions", "chmod", "0400", "0600", "600", "400", "readable"],
    f"{N}027": [
        "resubmit",
        "resubmitted",
        "resubmission",
        "failover",
        "retry",
        "retries",
        "fault tolerance",
        "fault-tolerant",
    ],
    f"{N}028": ["accounting", "billing", "cpu hours", "usage", "quota", "quotas", "cpu time"],
    f"{N}029": ["clock", "clocks", "ntp", "skew", "drift", "drifted", "sync", "synchronization"],
    f"{N}030": ["ocsp", "responder", "status protocol", "online certificate status"],
    f"{N}031": ["portal", "portals", "gateway", "gateways", "browser", "front end", "front-end"],
    # named; several share a word with a title: certificate signing request (CA Signing Policy,
    # certificate), backfill scheduler (scheduler), symmetric key (private / public key), VOMS
    # attribute certificate (certificate), data transfer node (data channel), job array (Job
    # Manager, job description)
    f"{N}032": ["certificate signing request", "signing request", "csr", "request"],
    f"{N}033": ["fair share", "fair-share", "fairshare", "fair"],
    f"{N}034": ["backfill", "backfilling"],
    f"{N}035": ["symmetric", "symmetric key", "session key", "shared secret", "aes"],
    f"{N}036": ["globus connect", "connect personal", "personal"],
    f"{N}037": [
        "voms",
        "virtual organization",
        "virtual organisation",
        "vo",
        "attribute certificate",
    ],
    f"{N}038": ["data transfer node", "dtn", "dtns"],
    f"{N}039": ["job array", "job arrays", "array job", "array"],
    f"{N}040": ["kerberos", "kinit", "ticket", "tickets", "krb5"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
