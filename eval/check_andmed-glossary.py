"""Static checks of eval/corpora/andmed-glossary/questions.jsonl (blind, round 58).

Run from the worktree root: ``python eval/check_andmed-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **YAML file** in **Estonian and English** (``andmed-glossary.yml``:
KristoR/andmed-et-en ``data/terms.yml``, the source of "Terminoloogia", a public EN <-> ET
glossary of the data domain built with MkDocs; no licence stated): a top-level list of 337
mappings, each ``en`` (the English term), ``et`` (the preferred Estonian equivalent) and
``alt: {et: [...], en: [...]}`` (alternative Estonian / English names, mostly empty lists),
and for the first five only (data warehouse, data lake, feature engineering, dimensional
model, slowly changing dimension) also ``definition`` (one Estonian sentence), ``references``
(``title`` / ``url`` pairs) and ``example`` (one Estonian sentence). The other 332 items are
bare term pairs: the Estonian equivalent is the whole of what the glossary says.

Written blind while the parser read 337 entries (one per item, ids the slug of ``en``, the
right ids) but kept the Estonian only where a ``definition`` exists: for the 332 items
without one the body is empty (no ``et``, no ``alt``), and ``alt`` is dropped everywhere. The
questions' must_include phrases are the glossary's Estonian words, so this script checks the
parser's entries only when they hold that text (``andmevõrk`` in Data mesh's entry) and
otherwise its own reading (``--by-hand``, also chosen automatically): one entry per list item,
ANCHOR = the shared corpus README's ``slug`` of ``en`` (the parser's ids), text = every string
of the item (en, et, alt.et, alt.en, definition, references, example).

Estonian inflects (andmejärv / andmejärve / andmejärves), so NEGATIVE_TERMS lists the forms a
question would use, plus the English terms; none occurs in the file as a whole word.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import heldout_checks
import yaml
from heldout_checks import ROOT, cli, flat, outside_plan, run, slug

FOLDER = ROOT / "eval" / "corpora" / "andmed-glossary"
GLOSSARY = FOLDER / "andmed-glossary.yml"
N = "andmed-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and inflected forms in
# Estonian and English: none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (data lake / data
    # catalog / metadata; SQL / incremental load / full load; Apache Spark / data partitioning
    # / parallel processing; Apache Airflow / DAG / data pipeline / workflow orchestration;
    # data anonymization / data privacy / data masking; data retention / object storage /
    # data lifecycle; stream processing / window function / event streaming; large language
    # model / generative AI; classification / precision / recall / anomaly detection)
    f"{N}023": ["data swamp", "swamp", "andmesoo", "andmesooks", "andmeraba", "soo"],
    f"{N}024": ["upsert", "merge", "mestimine", "ühendamine", "insert or update"],
    f"{N}025": ["data skew", "skew", "kaldus", "andmekalle", "kalle", "straggler"],
    f"{N}026": ["backfill", "backfilling", "tagantjärele", "taastäitmine", "catchup"],
    f"{N}027": [
        "differential privacy",
        "diferentsiaalne privaatsus",
        "differentsiaalne privaatsus",
        "müra",
        "noise",
        "k-anonymity",
    ],
    f"{N}028": [
        "cold storage",
        "tiered storage",
        "storage tier",
        "külmhoidla",
        "külm hoidla",
        "archive",
        "arhiveerimine",
        "arhiiv",
    ],
    f"{N}029": ["watermark", "watermarks", "vesimärk", "vesimärgi", "late data", "hilinemine"],
    f"{N}030": [
        "hallucination",
        "hallucinations",
        "hallutsinatsioon",
        "hallutsinatsioonid",
        "hallutsineerimine",
        "konfabulatsioon",
    ],
    f"{N}031": [
        "class imbalance",
        "imbalanced",
        "imbalance",
        "klasside tasakaalustamatus",
        "tasakaalustamatus",
        "tasakaalustamata",
        "oversampling",
        "smote",
    ],
    # named; several share a word with a title: reverse ETL ("ETL": ETL), vektorandmebaas
    # ("andmebaas": graph / document / time series database), Delta Lake ("lake": data lake,
    # data lakehouse), Apache Iceberg ("Apache": Spark, Hadoop, Kafka, Flink, Airflow),
    # lambda-arhitektuur (event-driven architecture), galaktikaskeem (star / snowflake schema),
    # kvartiil / kvantiil (median, mean), RAG (generative AI, large language model), data clean
    # room (data cleansing, data sharing)
    f"{N}032": ["reverse etl", "reverse", "pöörd-etl", "tagurpidi etl"],
    f"{N}033": [
        "vector database",
        "vector db",
        "vektorandmebaas",
        "vektorandmebaasi",
        "vektorbaas",
    ],
    f"{N}034": ["delta lake", "delta", "deltajärv"],
    f"{N}035": ["iceberg", "apache iceberg", "jäämägi"],
    f"{N}036": ["lambda", "lambda architecture", "lambda-arhitektuur", "kappa"],
    f"{N}037": [
        "galaxy schema",
        "galaxy",
        "galaktikaskeem",
        "fact constellation",
        "faktikonstellatsioon",
    ],
    f"{N}038": ["quartile", "quantile", "kvartiil", "kvantiil", "protsentiil", "percentile"],
    f"{N}039": ["rag", "retrieval-augmented generation", "retrieval", "otsinguga täiendatud"],
    f"{N}040": ["clean room", "data clean room", "puhasruum", "andmete puhasruum"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)
# A term the parser reads with an empty body; its Estonian equivalent is in the file.
PROBE = ("andmed-glossary#data-mesh", "andmevõrk")


def strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [] if value is None else [str(value)]


def hand_entries() -> dict[str, str]:
    """id -> flat(every string of the item): one entry per item of the top-level list,
    ANCHOR = the shared corpus README's slug of ``en`` (the parser's 337 ids)."""
    items = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    entries: dict[str, str] = {}
    for item in items:
        anchor = f"andmed-glossary#{slug(str(item['en']))}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(" ".join(strings(item)))
    assert len(entries) == 337, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the items of the YAML list, all their strings"
    )


def main() -> int:
    if "--by-hand" in sys.argv:
        return by_hand()
    entry, word = PROBE
    try:
        shown = cli("show", entry, corpus=FOLDER)
    except subprocess.CalledProcessError:  # the loader reads nothing: check by hand
        shown = []
    body = " ".join(str(e.get("body") or "") for e in shown)
    if word not in body:
        print(f"the parser's {entry} lacks '{word}' (the et field): checking by hand")
        return by_hand()
    return run(PLAN)


if __name__ == "__main__":
    sys.exit(main())
