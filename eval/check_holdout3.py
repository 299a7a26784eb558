"""Static checks of eval/holdout3.jsonl, the blind held-out set of round 4 (see eval/holdout3.md).

It never searches or answers: it only reads the corpus through `rag-glossary entries --json`
and `rag-glossary show --json ID`, and checks that

- every line is a JSON object with the expected keys, ids h3-001.. in order, kinds as planned;
- every relevant id exists, and every must_include fact (or one of its alternatives) occurs in
  the text of at least one relevant entry (same normalisation as the key-fact metric);
- the key term of every negative occurs nowhere in corpus/ (case-insensitive, whole words);
- no question repeats one of eval/questions.jsonl, eval/holdout.jsonl or eval/holdout2.jsonl.

Run from the worktree root: ``python eval/check_holdout3.py`` (about 80 `show` calls, < 1 min).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "holdout3.jsonl"
KINDS = {
    "term": 12,
    "alias": 6,
    "paraphrase": 8,
    "content": 10,
    "comparison": 6,
    "two-part": 4,
    "negative": 14,
}
# The key term(s) each negative asks about; none may occur in the corpus.
NEGATIVE_TERMS = {
    "h3-047": ["model soup", "model soups"],
    "h3-048": ["source separation", "stem separation"],
    "h3-049": ["moore-penrose", "pseudoinverse", "pseudo-inverse"],
    "h3-050": ["mixed integer", "mixed-integer", "integer programming", "milp"],
    "h3-051": ["multi-token", "multi token", "multiple tokens"],
    "h3-052": ["masked autoencoder", "masked autoencoders", "masked auto-encoder"],
    "h3-053": ["mean teacher", "semi-supervised", "semi supervised"],
    "h3-054": ["reparameterization", "reparametrization", "reparameterisation"],
    "h3-055": ["transposed convolution", "transposed", "deconvolution", "upsampling"],
    "h3-056": ["cutout", "random erasing"],
    "h3-057": ["triplet", "contrastive loss", "contrastive"],
    "h3-058": ["wasserstein", "earth mover"],
    "h3-059": ["capsule", "capsnet"],
    "h3-060": ["umap", "uniform manifold approximation"],
}


def flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def cli(*args: str) -> list[dict[str, Any]]:
    out = subprocess.run(
        ["rag-glossary", *args, "--json"], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    data: list[dict[str, Any]] = json.loads(out)
    return data


def entry_text(entry_id: str) -> str:
    found = [e for e in cli("show", entry_id) if e["id"] == entry_id]
    e = found[0]
    aliases = " ".join(str(a) for a in e["aliases"])
    return f"{e['title']} {aliases} {e['body'] or ''}"


def check_rows(rows: list[dict[str, Any]], known: set[str]) -> list[str]:
    errors: list[str] = []
    if dict(Counter(str(r["kind"]) for r in rows)) != KINDS:
        errors.append(f"kinds: {Counter(str(r['kind']) for r in rows)}")
    for n, row in enumerate(rows, 1):
        rid, relevant = str(row["id"]), [str(x) for x in row["relevant"]]
        if rid != f"h3-{n:03d}" or not set(row) <= {
            "id",
            "question",
            "relevant",
            "kind",
            "must_include",
        }:
            errors.append(f"{rid}: id or keys")
        errors += [f"{rid}: unknown id {x}" for x in relevant if x not in known]
        if row["kind"] == "negative":
            if relevant or row.get("must_include"):
                errors.append(f"{rid}: negative with relevant ids or facts")
            continue
        facts = row.get("must_include") or []
        if not relevant or not facts:
            errors.append(f"{rid}: answerable without relevant ids or facts")
            continue
        text = " || ".join(flat(entry_text(x)) for x in relevant if x in known)
        for fact in facts:
            alternatives = [fact] if isinstance(fact, str) else list(fact)
            if not any(flat(a) in text for a in alternatives):
                errors.append(f"{rid}: fact not in its entries: {fact}")
    return errors


def check_negatives(rows: list[dict[str, Any]]) -> list[str]:
    corpus = "\n".join(
        p.read_text(encoding="utf-8", errors="replace").lower()
        for p in sorted((ROOT / "corpus").iterdir())
        if p.name != "README.md"
    )
    errors = []
    for row in rows:
        if row["kind"] != "negative":
            continue
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
    old = {
        flat(json.loads(line)["question"])
        for name in ("questions.jsonl", "holdout.jsonl", "holdout2.jsonl")
        for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines()
        if line
    }
    return [
        f"{r['id']}: same question as an existing set"
        for r in rows
        if flat(str(r["question"])) in old
    ]


def main() -> int:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    known = {str(e["id"]) for e in cli("entries")}
    errors = check_rows(rows, known) + check_negatives(rows) + check_duplicates(rows)
    kinds = dict(Counter(r["kind"] for r in rows))
    print("\n".join(errors) or f"OK: {len(rows)} questions, {kinds}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
