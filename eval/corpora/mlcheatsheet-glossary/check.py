"""Static checks of eval/corpora/mlcheatsheet-glossary/questions.jsonl (held-out in round 7).

Run from the worktree root: ``python eval/corpora/mlcheatsheet-glossary/check.py`` (CLI calls
only: ``rag-glossary entries`` and ``rag-glossary show`` with ``--corpus``; about a minute).
It never searches or answers. It checks that

- every line is a JSON object with the expected keys, ids in order, kinds as planned;
- every relevant id exists, and every must_include fact (or one of its alternatives) occurs in
  the text of at least one relevant entry (same normalisation as the key-fact metric);
- the key term(s) of every negative occur nowhere in the glossary file (case-insensitive, whole
  words), synonyms and abbreviations included;
- no question repeats an earlier question file (eval/*.jsonl, eval/corpora/*/questions.jsonl).
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
ROOT = HERE.parents[2]
SET = HERE / "questions.jsonl"
PREFIX = "mlcheatsheet-glossary-"
KINDS = {
    "term": 8,
    "alias": 6,
    "paraphrase": 10,
    "content": 8,
    "comparison": 5,
    "two-part": 3,
    "negative": 24,
}
# The key term(s) of each negative; none may occur in the corpus.
NEGATIVE_TERMS = {
    # described: the concept is not named in the question
    "041": ["dropout", "drop out", "dropconnect"],
    "042": ["cross-validation", "cross validation", "k-fold", "kfold", "folds"],
    "043": ["f1", "f1 score", "f-score", "f-measure", "f measure", "harmonic mean"],
    "044": ["lasso", "l1", "sparsity", "sparse"],
    "045": [
        "standardization",
        "standardisation",
        "standardize",
        "z-score",
        "standard scaler",
        "standard deviation",
    ],
    "046": ["activation", "activation function", "relu", "sigmoid", "tanh", "softmax"],
    "047": ["backpropagation", "backprop", "back-propagation", "back propagation", "chain rule"],
    "048": ["grid search", "grid", "random search", "tuning"],
    "049": ["random forest", "ensemble", "bagging", "boosting"],
    "050": ["pca", "principal component", "dimensionality reduction"],
    "051": ["one-hot", "one hot", "dummy", "dummy variable", "encoding"],
    "052": ["imputation", "impute", "missing", "missing values"],
    # named, sharing a word with an entry title
    "053": ["batch normalization", "batch normalisation", "batchnorm", "batch norm"],
    "054": ["learning rate decay", "decay", "warmup", "schedule", "annealing"],
    "055": ["semi-supervised", "semi supervised", "weak supervision"],
    "056": ["ridge", "l2", "tikhonov"],
    "057": ["label smoothing", "smoothing"],
    "058": ["gradient clipping", "clipping", "clip"],
    "059": ["precision-recall curve", "precision recall curve", "pr curve", "pr auc"],
    "060": ["feature importance", "importance", "shap", "permutation importance"],
    # plain off-glossary ML terms
    "061": ["transformer", "self-attention", "attention mechanism"],
    "062": ["k-nearest", "knn", "nearest neighbor", "nearest neighbour", "nearest neighbors"],
    "063": ["embedding", "embeddings", "word2vec", "word embedding"],
    "064": ["gan", "gans", "generative adversarial", "adversarial"],
}


def flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def cli(*args: str) -> Any:
    out = subprocess.run(
        ["rag-glossary", *args, "--corpus", str(HERE), "--json"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return json.loads(out)


def entry_text(entry_id: str) -> str:
    e = next(x for x in cli("show", entry_id) if x["id"] == entry_id)
    return f"{e['title']} {' '.join(e['aliases'])} {e['body'] or ''}"


def check_rows(rows: list[dict[str, Any]], known: set[str]) -> list[str]:
    errors: list[str] = []
    kinds = Counter(str(r["kind"]) for r in rows)
    if dict(kinds) != KINDS:
        errors.append(f"kinds: {kinds}")
    texts: dict[str, str] = {}
    for n, row in enumerate(rows, 1):
        rid, relevant = str(row["id"]), [str(x) for x in row["relevant"]]
        if rid != f"{PREFIX}{n:03d}" or set(row) != {
            "id",
            "question",
            "relevant",
            "kind",
            "must_include",
        }:
            errors.append(f"{rid}: id or keys")
        errors += [f"{rid}: unknown id {x}" for x in relevant if x not in known]
        if row["kind"] == "negative":
            if relevant or row["must_include"]:
                errors.append(f"{rid}: negative with relevant ids or facts")
            continue
        if not relevant or not row["must_include"]:
            errors.append(f"{rid}: answerable without relevant ids or facts")
            continue
        for x in relevant:
            if x in known and x not in texts:
                texts[x] = flat(entry_text(x))
        text = " || ".join(texts[x] for x in relevant if x in texts)
        for fact in row["must_include"]:
            alternatives = [fact] if isinstance(fact, str) else list(fact)
            if not any(flat(a) in text for a in alternatives):
                errors.append(f"{rid}: fact not in its entries: {fact}")
        if row["kind"] == "comparison" and len(relevant) < 2:
            errors.append(f"{rid}: comparison with one side")
    return errors


def check_negatives(rows: list[dict[str, Any]]) -> list[str]:
    corpus = "\n".join(
        p.read_text(encoding="utf-8").lower()
        for p in sorted(HERE.iterdir())
        if p.suffix in {".rst", ".md"} and not p.name.startswith("README")
    )
    errors = []
    for row in rows:
        if row["kind"] != "negative":
            continue
        terms = NEGATIVE_TERMS.get(str(row["id"]).removeprefix(PREFIX), [])
        if not terms:
            errors.append(f"{row['id']}: no key term listed")
        errors += [
            f"{row['id']}: '{t}' is in the corpus"
            for t in terms
            if re.search(rf"\b{re.escape(t)}\b", corpus)
        ]
    return errors


def check_duplicates(rows: list[dict[str, Any]]) -> list[str]:
    earlier = [p for p in (ROOT / "eval").glob("*.jsonl")] + [
        p for p in (ROOT / "eval" / "corpora").glob("*/questions.jsonl") if p != SET
    ]
    old = {
        flat(json.loads(line)["question"])
        for path in earlier
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    return [
        f"{r['id']}: same question as an earlier set" for r in rows if flat(r["question"]) in old
    ]


def main() -> int:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    known = {str(e["id"]) for e in cli("entries")}
    errors = check_rows(rows, known) + check_negatives(rows) + check_duplicates(rows)
    print(
        "\n".join(errors) or f"OK: {len(rows)} questions, {dict(Counter(r['kind'] for r in rows))}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
