"""Static checks of eval/corpora/causal-glossary/questions.jsonl (blind, held out in round 8).

Run from the worktree root: ``python eval/corpora/causal-glossary/check.py``. It never searches
or answers: it only reads the corpus through ``rag-glossary entries --json`` and
``rag-glossary show --json ID`` (both with ``--corpus``) and the files themselves, and checks that

- every line is a JSON object with the expected keys, ids in order, kinds as planned;
- every relevant id exists, and every must_include fact (or one of its alternatives) occurs in
  the text of at least one relevant entry (same normalisation as the key-fact metric);
- the key term(s) of every negative occur in no glossary file of the folder (case-insensitive,
  whole words; bodies, comments and references included);
- no question repeats one of the earlier question files (eval/*.jsonl, the other outside sets,
  eval/formats/*.questions.jsonl).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
SET = HERE / "questions.jsonl"
PREFIX = "causal-glossary-"
KEYS = {"id", "question", "relevant", "kind", "must_include"}
KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 8,
    "content": 6,
    "comparison": 4,
    "two-part": 4,
    "negative": 24,
}
# negatives by shape: 8 described, 10 named sharing a word with a title, 6 plain
SHAPES = {"described": range(33, 41), "named": range(41, 51), "plain": range(51, 57)}
GLOSSARY_SUFFIXES = (".md", ".markdown", ".txt", ".csv", ".tsv", ".json", ".yml", ".yaml", ".rst")
# The key term(s) of each negative, with usual synonyms and abbreviations: none may occur.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (propensity scores, RDD, DiD,
    # confounds, p-values) is present
    "causal-glossary-033": [
        "matching",
        "match",
        "matched",
        "nearest neighbor",
        "nearest neighbour",
    ],
    "causal-glossary-034": ["placebo", "falsification", "in-time placebo"],
    "causal-glossary-035": [
        "dag",
        "directed acyclic",
        "causal graph",
        "causal diagram",
        "backdoor",
        "back-door",
        "back door",
    ],
    "causal-glossary-036": ["sutva", "stable unit", "spillover", "spillovers", "interference"],
    "causal-glossary-037": ["inverse probability", "ipw", "iptw", "inverse propensity"],
    "causal-glossary-038": ["fuzzy", "fuzzy rdd", "fuzzy regression discontinuity"],
    "causal-glossary-039": ["collider", "colliders", "collider bias"],
    "causal-glossary-040": [
        "bonferroni",
        "multiple comparisons",
        "multiple testing",
        "false discovery",
        "fdr",
    ],
    # named, sharing a word with an entry title (several "X with Y" / "X for Y")
    "causal-glossary-041": ["conditional average treatment effect", "cate", "heterogeneous"],
    "causal-glossary-042": ["fixed effects", "fixed effect", "two-way", "twfe"],
    "causal-glossary-043": ["smote", "oversampling", "synthetic data"],
    "causal-glossary-044": ["random effects", "random effect", "mixed model", "mixed effects"],
    "causal-glossary-045": [
        "counterfactual explanation",
        "counterfactual explanations",
        "classifier",
    ],
    "causal-glossary-046": [
        "double machine learning",
        "double ml",
        "dml",
        "debiased",
        "machine learning",
    ],
    "causal-glossary-047": ["posterior predictive", "predictive check"],
    "causal-glossary-048": ["variational inference", "variational", "advi", "elbo"],
    "causal-glossary-049": ["bootstrap", "bootstrapping", "bootstrapped"],
    "causal-glossary-050": ["quasi-newton", "quasi newton", "bfgs", "newton"],
    # plain off-glossary ML terms
    "causal-glossary-051": ["gradient boosting", "boosting"],
    "causal-glossary-052": ["dropout"],
    "causal-glossary-053": ["convolutional", "cnn"],
    "causal-glossary-054": ["tf-idf", "tfidf"],
    "causal-glossary-055": ["principal component", "principal components", "pca"],
    "causal-glossary-056": ["kernel trick", "kernel", "svm", "svms", "support vector"],
}


def flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def cli(*args: str) -> list[dict[str, Any]]:
    out = subprocess.run(
        ["rag-glossary", *args, "--corpus", str(HERE), "--json"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    data: list[dict[str, Any]] = json.loads(out)
    return data


def entry_text(entry_id: str) -> str:
    e = next(e for e in cli("show", entry_id) if e["id"] == entry_id)
    aliases = " ".join(str(a) for a in e["aliases"])
    return flat(f"{e['title']} {aliases} {e['body'] or ''}")


def check_rows(rows: list[dict[str, Any]], known: set[str]) -> list[str]:
    errors: list[str] = []
    kinds = Counter(str(r["kind"]) for r in rows)
    if dict(kinds) != KINDS:
        errors.append(f"kinds: {dict(kinds)}")
    texts: dict[str, str] = {}
    for n, row in enumerate(rows, 1):
        rid, relevant = str(row["id"]), [str(x) for x in row["relevant"]]
        if rid != f"{PREFIX}{n:03d}" or set(row) != KEYS:
            errors.append(f"{rid}: id or keys")
        errors += [f"{rid}: unknown id {x}" for x in relevant if x not in known]
        if row["kind"] == "negative":
            if relevant or row["must_include"]:
                errors.append(f"{rid}: negative with relevant ids or facts")
            continue
        facts = row["must_include"]
        if not relevant or not facts:
            errors.append(f"{rid}: answerable without relevant ids or facts")
            continue
        for x in relevant:
            if x in known and x not in texts:
                texts[x] = entry_text(x)
        text = " || ".join(texts[x] for x in relevant if x in texts)
        for fact in facts:
            alternatives = [fact] if isinstance(fact, str) else list(fact)
            if not any(flat(a) in text for a in alternatives):
                errors.append(f"{rid}: fact not in its entries: {fact}")
    return errors


def check_negatives(rows: list[dict[str, Any]]) -> list[str]:
    corpus = "\n".join(
        p.read_text(encoding="utf-8", errors="replace").lower()
        for p in sorted(HERE.iterdir())
        if p.suffix.lower() in GLOSSARY_SUFFIXES and not p.name.upper().startswith("README")
    )
    errors = []
    for row in rows:
        if row["kind"] != "negative":
            continue
        number = int(str(row["id"]).removeprefix(PREFIX))
        if not any(number in shape for shape in SHAPES.values()):
            errors.append(f"{row['id']}: negative outside the described/named/plain ranges")
        terms = NEGATIVE_TERMS.get(str(row["id"]), [])
        if not terms:
            errors.append(f"{row['id']}: no key term listed")
        errors += [
            f"{row['id']}: '{t}' is in the corpus"
            for t in terms
            if re.search(rf"\b{re.escape(t)}\b", corpus)
        ]
    return errors


def check_duplicates(rows: list[dict[str, Any]]) -> list[str]:
    earlier = [
        *sorted((ROOT / "eval").glob("*.jsonl")),
        *sorted((ROOT / "eval" / "formats").glob("*.questions.jsonl")),
        *(p for p in sorted((ROOT / "eval" / "corpora").glob("*/questions.jsonl")) if p != SET),
    ]
    old = {
        flat(json.loads(line)["question"])
        for path in earlier
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    mine = Counter(flat(str(r["question"])) for r in rows)
    return [
        f"{r['id']}: same question as an earlier set"
        for r in rows
        if flat(str(r["question"])) in old
    ] + [f"repeated within the set: {q}" for q, c in mine.items() if c > 1]


def main() -> int:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    known = {str(e["id"]) for e in cli("entries")}
    errors = check_rows(rows, known) + check_negatives(rows) + check_duplicates(rows)
    kinds = dict(Counter(r["kind"] for r in rows))
    print("\n".join(errors) or f"OK: {len(rows)} questions, {kinds}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
