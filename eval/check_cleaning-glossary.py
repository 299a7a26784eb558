"""Static checks of eval/corpora/cleaning-glossary/questions.jsonl (blind, round 46).

Run from the worktree root: ``python eval/check_cleaning-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Jupyter notebook (``cleaning-glossary.ipynb``, DavidMertz/CleaningDataVideo's
``Glossary.ipynb``, the glossary of David Mertz's "Cleaning Data for Effective Data Science",
CC BY-NC-ND 4.0): 142 markdown cells, no code cells; a ``# Glossary`` title cell, an epigraph
cell, then one cell per term (140), each opening with a ``## Term`` heading, many titles with a
bracketed expansion or a "(see X)" pointer. The questions are in English.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cleaning-glossary"
N = "cleaning-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Row / Record,
    # Denormalization, Data artifact, Categorical variable / NOIR, Glob, CSV, ISO-8601,
    # Mojibake / chardet, Hyperparameter, Scrapy / Web 0.5)
    f"{N}023": [
        "deduplication",
        "dedup",
        "dedupe",
        "duplicate",
        "duplicates",
        "drop_duplicates",
        "record linkage",
        "entity resolution",
    ],
    f"{N}024": ["outlier", "outliers", "interquartile", "iqr", "tukey", "z-score", "z score"],
    f"{N}025": [
        "one-hot",
        "one hot",
        "dummy",
        "dummies",
        "get_dummies",
        "indicator variable",
        "label encoding",
    ],
    f"{N}026": ["regex", "regexp", "regular expression", "regular expressions", "wildcard"],
    f"{N}027": ["excel", "xlsx", "xls", "spreadsheet", "spreadsheets", "workbook", "sheets"],
    f"{N}028": [
        "time zone",
        "timezone",
        "timezones",
        "utc",
        "gmt",
        "greenwich",
        "daylight saving",
        "offset",
    ],
    f"{N}029": ["utf-8", "utf8", "unicode", "ascii", "variable-length"],
    f"{N}030": [
        "cross-validation",
        "cross validation",
        "k-fold",
        "kfold",
        "holdout",
        "held",
        "train/test",
    ],
    f"{N}031": ["robots", "robots.txt", "crawler", "crawlers", "crawl"],
    # named; several share a word with a title: data lake (Data set, Data frame), feature
    # hashing (Feature), state space model (State machine), HDF4 (HDF5, HDF Compass), JSON
    # schema (JSON), mean average precision (Precision); Spark, Polars, Levenshtein sit near
    # Pandas / data frames and Fuzzy / Metaphone
    f"{N}032": ["data lake", "lake", "lakehouse"],
    f"{N}033": ["feature hashing", "hashing trick", "hashing"],
    f"{N}034": ["state space", "state-space"],
    f"{N}035": ["hdf4"],
    f"{N}036": ["spark", "pyspark"],
    f"{N}037": ["polars"],
    f"{N}038": ["levenshtein", "edit distance"],
    f"{N}039": ["json schema", "jsonschema"],
    f"{N}040": ["mean average precision", "average precision", "map"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
