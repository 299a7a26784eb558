"""Static checks of eval/corpora/beam-glossary/questions.jsonl (blind, held out in round 14).

Run from the worktree root: ``python eval/check_beam-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``beam-glossary.md``, Apache Beam's
``website/www/site/content/en/documentation/glossary.md``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "beam-glossary"
N = "beam-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (streaming, windowing, sources and sinks,
    # GroupByKey, workers, schemas, Kafka, pipelines) is in the glossary
    f"{N}023": [
        "backpressure",
        "back pressure",
        "back-pressure",
        "flow control",
        "throttling",
        "throttle",
    ],
    f"{N}024": ["dead letter", "dead-letter", "dead letter queue", "dlq", "poison"],
    f"{N}025": ["sliding", "sliding window", "hopping", "overlapping", "overlap"],
    f"{N}026": [
        "change data capture",
        "cdc",
        "binlog",
        "transaction log",
        "transaction",
        "debezium",
    ],
    f"{N}027": [
        "hot key",
        "hot keys",
        "hotkey",
        "skew",
        "skewed",
        "data skew",
        "straggler",
        "stragglers",
    ],
    f"{N}028": [
        "autoscaling",
        "autoscale",
        "auto-scaling",
        "autoscaler",
        "horizontal scaling",
        "scale",
        "scaling",
    ],
    f"{N}029": [
        "schema evolution",
        "evolution",
        "backward compatible",
        "backwards compatible",
        "forward compatible",
        "backward compatibility",
        "versioning",
    ],
    f"{N}030": ["offset", "offsets", "consumer group", "consumer groups", "committed offset"],
    f"{N}031": ["lineage", "data lineage", "provenance"],
    # named; sharing a word with a title: tumbling window / global window (Windowing), state
    # backend (State), event sourcing (Event time), ETL (Transform), schema registry (Schema),
    # partition pruning (Partition), side outputs (Side input)
    f"{N}032": ["tumbling", "tumbling window", "fixed window", "fixed windows"],
    f"{N}033": ["state backend", "statebackend", "rocksdb"],
    f"{N}034": ["event sourcing", "event store", "event-sourced"],
    f"{N}035": ["etl", "elt", "extract", "extract-transform-load"],
    f"{N}036": ["schema registry", "registry"],
    f"{N}037": ["partition pruning", "pruning", "prune"],
    f"{N}038": ["global window", "globalwindow", "globalwindows", "global"],
    f"{N}039": [
        "side output",
        "side outputs",
        "tagged output",
        "tagged outputs",
        "tupletag",
        "additional outputs",
        "multiple outputs",
    ],
    f"{N}040": ["hyperloglog", "hll", "approximate distinct", "distinct", "sketch"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
