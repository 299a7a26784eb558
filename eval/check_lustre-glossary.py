"""Static checks of eval/corpora/lustre-glossary/questions.jsonl (blind, round 49).

Run from the worktree root: ``python eval/check_lustre-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one DocBook 5 XML file (``lustre-glossary.xml``, the Lustre Operations
Manual's ``Glossary.xml`` as of 2011, from a commit reachable in lustre/lustre-release's
snapshot, CC BY-SA 3.0 US per that tree's ``copyright.xml``): a namespaced ``<glossary>``
with ``<glossdiv>`` letter sections holding 92 ``<glossentry xml:id=...>`` elements, each
``<glossterm>`` / ``<glossdef><para>``, with empty ``<anchor xml:id="dbdoclet..."/>``
elements inside most terms and paragraphs. The parser reads all 92 entries, ids = slug of
the term (not the ``xml:id``).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "lustre-glossary"
N = "lustre-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": ["hsm", "tape", "tapes", "hierarchical", "archive", "archiving", "copytool", "cold"],
    f"{N}024": ["quota", "quotas", "disk space", "usage", "limit", "limits", "accounting"],
    f"{N}025": ["snapshot", "snapshots", "point in time", "point-in-time"],
    f"{N}026": ["compress", "compression", "compressed", "zstd", "lz4", "shrink"],
    f"{N}027": [
        "mirror",
        "mirrors",
        "mirroring",
        "mirrored",
        "replication",
        "replica",
        "replicas",
        "replicated",
        "flr",
        "copies",
        "redundancy",
        "redundant",
    ],
    f"{N}028": [
        "readahead",
        "read-ahead",
        "read ahead",
        "ahead",
        "prefetch",
        "prefetching",
        "sequential",
    ],
    f"{N}029": ["stonith", "fencing", "fence", "power", "powered", "pacemaker", "heartbeat"],
    f"{N}030": ["job", "jobs", "jobstats", "scheduler", "batch", "statistics", "stats"],
    f"{N}031": [
        "checksum",
        "checksums",
        "corruption",
        "corrupted",
        "integrity",
        "verify",
        "verification",
        "transit",
    ],
    # named; several share a word with a title: DNE (Directory stripe descriptor, CMD's
    # neighbourhood), progressive file layout (Default stripe pattern), flock (Group Lock,
    # Extent Lock, Intent Lock), ZFS OSD (OSD), LNet router (routing, LNET), imperative
    # recovery (Recovery), Data on MDT (MDT), lctl (lfs), fid2path (FID)
    f"{N}032": ["dne", "distributed namespace"],
    f"{N}033": ["progressive", "pfl", "layout", "layouts", "composite"],
    f"{N}034": ["flock", "posix"],
    f"{N}035": ["zfs"],
    f"{N}036": ["router", "routers"],
    f"{N}037": ["imperative"],
    f"{N}038": ["dom", "data on mdt"],
    f"{N}039": ["lctl"],
    f"{N}040": ["fid2path", "path"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
