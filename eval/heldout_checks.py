"""Static checks of a blind held-out question file (eval/holdout2.md, eval/holdout3.md).

They never search or answer: they only read the corpus through `rag-glossary entries --json`
and `rag-glossary show --json ID`, and check that

- every line is a JSON object with the expected keys, ids in order, kinds as planned;
- every relevant id exists, and every must_include fact (or one of its alternatives) occurs in
  the text of at least one relevant entry (same normalisation as the key-fact metric);
- the key term of every negative occurs nowhere in corpus/ (case-insensitive, whole words);
- no question repeats one of the earlier question files.

Each set's plan is in its own script (check_holdout2.py, check_holdout3.py).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Plan:
    path: Path
    id_prefix: str
    kinds: dict[str, int]
    negative_terms: dict[str, list[str]]  # the key term(s) of each negative: none in the corpus
    earlier: tuple[str, ...]  # question files in eval/ it must not repeat


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


def check_rows(plan: Plan, rows: list[dict[str, Any]], known: set[str]) -> list[str]:
    errors: list[str] = []
    if dict(Counter(str(r["kind"]) for r in rows)) != plan.kinds:
        errors.append(f"kinds: {Counter(str(r['kind']) for r in rows)}")
    for n, row in enumerate(rows, 1):
        rid, relevant = str(row["id"]), [str(x) for x in row["relevant"]]
        if rid != f"{plan.id_prefix}{n:03d}" or not set(row) <= {
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


def check_negatives(plan: Plan, rows: list[dict[str, Any]]) -> list[str]:
    corpus = "\n".join(
        p.read_text(encoding="utf-8", errors="replace").lower()
        for p in sorted((ROOT / "corpus").iterdir())
        if p.name != "README.md"
    )
    errors = []
    for row in rows:
        if row["kind"] != "negative":
            continue
        terms = plan.negative_terms.get(str(row["id"]), [])
        if not terms:
            errors.append(f"{row['id']}: no key term listed")
        errors += [
            f"{row['id']}: '{t}' is in the corpus"
            for t in terms
            if re.search(rf"\b{re.escape(t)}\b", corpus)
        ]
    return errors


def check_duplicates(plan: Plan, rows: list[dict[str, Any]]) -> list[str]:
    old = {
        flat(json.loads(line)["question"])
        for name in plan.earlier
        for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines()
        if line
    }
    return [
        f"{r['id']}: same question as an existing set"
        for r in rows
        if flat(str(r["question"])) in old
    ]


def run(plan: Plan) -> int:
    rows = [json.loads(line) for line in plan.path.read_text(encoding="utf-8").splitlines() if line]
    known = {str(e["id"]) for e in cli("entries")}
    errors = (
        check_rows(plan, rows, known) + check_negatives(plan, rows) + check_duplicates(plan, rows)
    )
    kinds = dict(Counter(r["kind"] for r in rows))
    print("\n".join(errors) or f"OK: {len(rows)} questions, {kinds}")
    return 1 if errors else 0
