"""Static checks of eval/corpora/sqldb-glossary/questions.jsonl (blind, held out in round 19).

Run from the worktree root: ``python eval/check_sqldb-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``sqldb-glossary.md``, djeada/Databases-Notes'
``notes/01_introduction_to_databases/05_glossary.md``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "sqldb-glossary"
N = "sqldb-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (HTML comments included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (transactions, COMMIT, ACID, keys, tables,
    # views and caching, SELECT / WHERE, queries, data warehousing, NoSQL) is in the glossary
    f"{N}023": [
        "write-ahead",
        "write ahead",
        "wal",
        "redo",
        "journal",
        "journaling",
        "log",
        "logs",
        "logging",
        "transaction log",
    ],
    f"{N}024": ["deadlock", "deadlocks", "deadly embrace", "lock", "locks", "locking"],
    f"{N}025": [
        "junction table",
        "junction",
        "associative",
        "bridge table",
        "bridge",
        "many-to-many",
        "many to many",
        "link table",
        "join table",
        "cross-reference",
    ],
    f"{N}026": [
        "materialized",
        "materialised",
        "materialized view",
        "materialised view",
        "indexed view",
        "snapshot",
    ],
    f"{N}027": [
        "subquery",
        "subqueries",
        "sub-query",
        "nested query",
        "nested",
        "inner query",
        "subselect",
    ],
    f"{N}028": [
        "surrogate",
        "surrogate key",
        "auto increment",
        "autoincrement",
        "auto_increment",
        "identity",
        "synthetic key",
        "artificial",
        "serial",
        "sequence",
    ],
    f"{N}029": [
        "query plan",
        "execution plan",
        "explain",
        "optimizer",
        "optimiser",
        "query optimizer",
        "planner",
    ],
    f"{N}030": [
        "star schema",
        "star",
        "fact table",
        "fact",
        "facts",
        "dimension",
        "dimensions",
        "dimension table",
        "snowflake",
        "kimball",
    ],
    f"{N}031": [
        "document database",
        "document store",
        "document",
        "documents",
        "mongodb",
        "json",
        "bson",
        "couchdb",
    ],
    # named; sharing a word with a title: composite key (Primary / Foreign Key), left outer join
    # (JOIN), clustered index (Index), window function (Function), common table expression
    # (Table), second normal form (Normalization), b-tree index (Index), data lake (Data
    # Warehousing, Big Data), two-phase commit (COMMIT)
    f"{N}032": ["composite key", "composite", "compound key", "concatenated key"],
    f"{N}033": ["outer join", "left join", "left outer join", "outer", "left"],
    f"{N}034": ["clustered", "clustered index", "clustering", "non-clustered", "nonclustered"],
    f"{N}035": [
        "window function",
        "window functions",
        "window",
        "analytic function",
        "over",
        "partition by",
    ],
    f"{N}036": ["common table expression", "cte", "ctes", "with clause"],
    f"{N}037": ["second normal form", "normal form", "normal forms", "2nf", "1nf", "3nf", "bcnf"],
    f"{N}038": ["b-tree", "btree", "b+tree", "b+ tree", "b-trees", "balanced tree"],
    f"{N}039": ["data lake", "data lakes", "lake", "lakehouse"],
    f"{N}040": ["two-phase commit", "two phase commit", "2pc", "two-phase", "prepare phase"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
