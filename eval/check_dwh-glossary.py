"""Static checks of eval/corpora/dwh-glossary/questions.jsonl (blind, round 32).

Run from the worktree root: ``python eval/check_dwh-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``dwh-glossary.md``, aleksis-udris/adventureworks-sql-scripts's
``reading/glossary.md``, the "Glossary & Terminology" of an AdventureWorks data warehouse project
(PostgreSQL to ClickHouse, loaded by Airflow): ``###`` term headings under ``##`` topic sections,
``**Label**:`` lines (Example, Types, vs ...) inside entries, an acronym section of ``**X**: ...``
paragraphs, then data types, SQL query patterns and error codes), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dwh-glossary"
N = "dwh-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Star Schema / Dimension Table, Star Schema,
    # Incremental Load, Data Freshness / Reconciliation, Batch Processing / Incremental Load,
    # Error Recovery, SCHEMA_MISMATCH, Sparse Index / Index Granularity, Aggregate Table) is in
    # the glossary
    f"{N}023": ["data vault", "hub", "hubs", "satellite", "satellites"],
    f"{N}024": ["snowflake schema", "snowflake", "normalized", "normalised", "normalization"],
    f"{N}025": [
        "change data capture",
        "cdc",
        "transaction log",
        "binlog",
        "wal",
        "debezium",
    ],
    f"{N}026": ["lineage", "data lineage", "provenance"],
    f"{N}027": ["idempotent", "idempotency", "idempotence", "rerun", "re-run"],
    f"{N}028": ["dead letter", "dead-letter", "dlq", "quarantine", "poison"],
    f"{N}029": ["schema evolution", "schema drift", "evolution", "drift"],
    f"{N}030": [
        "bloom filter",
        "bloom",
        "skip index",
        "skipping index",
        "data skipping",
        "probabilistic",
    ],
    f"{N}031": ["materialized view", "materialised view", "materialized", "materialised"],
    # named; several share a word with a title: factless fact table (Fact Table), junk and
    # role-playing dimensions (the Dimension titles), sensor (the Airflow terms), Delta Lake
    # (the Delta codec), Kafka topic, ReplicatedMergeTree (the MergeTree variants), Airflow
    # pools, Parquet (Column-Oriented Storage)
    f"{N}032": ["factless", "factless fact table"],
    f"{N}033": ["junk dimension", "junk"],
    f"{N}034": ["role-playing", "role playing"],
    f"{N}035": ["sensor", "sensors"],
    f"{N}036": ["delta lake", "lakehouse", "data lake", "lake", "time travel"],
    f"{N}037": ["kafka", "topic", "topics"],
    f"{N}038": ["replicatedmergetree", "replication", "replicated", "replica", "replicas"],
    f"{N}039": ["pool", "pools", "slot", "slots"],
    f"{N}040": ["parquet", "orc", "avro"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
