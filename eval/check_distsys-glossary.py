"""Static checks of eval/corpora/distsys-glossary/questions.jsonl (blind, written in round 16).

Run from the worktree root: ``python eval/check_distsys-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one AsciiDoc file (``distsys-glossary.adoc``, hazelcast/hz-docs's
``docs/modules/ROOT/pages/glossary.adoc``). ``.adoc`` was not in
``corpus_files.GLOSSARY_SUFFIXES`` when it was written (it is now), and the check fails if
the folder's glossary text is empty.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "distsys-glossary"
N = "distsys-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (partitioning, distributed hash table,
    # members and clusters, transactions / ACID durability, caches and cache misses, TTL,
    # streaming pipelines, jobs and snapshots, distributed computing, ML inference) is in the
    # glossary
    f"{N}023": [
        "consistent hashing",
        "consistent hash",
        "hash ring",
        "ring",
        "rendezvous hashing",
        "virtual nodes",
        "vnodes",
    ],
    f"{N}024": [
        "vector clock",
        "vector clocks",
        "lamport",
        "logical clock",
        "logical clocks",
        "clock",
        "clocks",
        "happens-before",
        "happened-before",
        "causal ordering",
    ],
    f"{N}025": ["gossip", "gossip protocol", "epidemic", "rumor", "rumour", "swim"],
    f"{N}026": [
        "write-ahead log",
        "write-ahead",
        "write ahead",
        "wal",
        "append-only",
        "append only",
        "redo log",
        "journal",
        "journaling",
        "commit log",
    ],
    f"{N}027": [
        "bloom filter",
        "bloom",
        "probabilistic",
        "cuckoo filter",
        "false positive",
        "false positives",
    ],
    f"{N}028": [
        "all-reduce",
        "allreduce",
        "all reduce",
        "ring all-reduce",
        "nccl",
        "gradient",
        "gradients",
        "data parallel",
        "data-parallel",
        "data parallelism",
        "parameter server",
        "horovod",
    ],
    f"{N}029": [
        "thundering herd",
        "cache stampede",
        "stampede",
        "dogpile",
        "dog-pile",
        "request coalescing",
    ],
    f"{N}030": [
        "backpressure",
        "back pressure",
        "back-pressure",
        "flow control",
        "rate limiting",
        "rate limit",
        "throttling",
        "throttle",
    ],
    f"{N}031": [
        "exactly-once",
        "exactly once",
        "at-least-once",
        "at least once",
        "at-most-once",
        "at most once",
        "idempotent",
        "idempotency",
        "deduplication",
        "dedup",
        "processing guarantee",
        "delivery guarantee",
    ],
    # named; sharing a word with a title: vector database (Vector search, Real-time database,
    # Streaming database), parameter server (Client/server topology), paxos algorithm (Raft
    # consensus algorithm), columnar database (the database titles), feature store (Key-value
    # store), two phase locking (2-phase commit), snapshot isolation (Snapshot)
    f"{N}032": [
        "eventual consistency",
        "eventually consistent",
        "eventual",
        "eventually",
        "strong eventual consistency",
        "crdt",
        "crdts",
    ],
    f"{N}033": [
        "byzantine",
        "byzantine fault",
        "byzantine fault tolerance",
        "bft",
        "pbft",
        "byzantine generals",
    ],
    f"{N}034": ["vector database", "vector databases", "vector db", "vector store", "vector index"],
    f"{N}035": ["parameter server", "parameter servers", "ps architecture"],
    f"{N}036": ["paxos", "multi-paxos", "zab"],
    f"{N}037": [
        "columnar",
        "column-oriented",
        "column oriented",
        "column store",
        "column-store",
        "columnstore",
        "parquet",
        "olap",
    ],
    f"{N}038": ["feature store", "feature stores", "feast"],
    f"{N}039": [
        "two-phase locking",
        "two phase locking",
        "2pl",
        "2-phase locking",
        "locking",
        "strict two-phase locking",
    ],
    f"{N}040": [
        "snapshot isolation",
        "mvcc",
        "multiversion",
        "multi-version",
        "multiversion concurrency control",
        "isolation level",
        "isolation levels",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
