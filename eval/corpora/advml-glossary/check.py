"""Static checks of eval/corpora/advml-glossary/questions.jsonl (blind, held out in round 7).

Run from the worktree root: ``python eval/corpora/advml-glossary/check.py``. It never searches
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
PREFIX = "advml-glossary-"
KEYS = {"id", "question", "relevant", "kind", "must_include"}
KINDS = {
    "term": 8,
    "alias": 6,
    "paraphrase": 10,
    "content": 9,
    "comparison": 4,
    "two-part": 3,
    "negative": 24,
}
GLOSSARY_SUFFIXES = (".md", ".markdown", ".txt", ".csv", ".tsv", ".json", ".yml", ".yaml", ".rst")
# The key term(s) of each negative, with usual synonyms and abbreviations: none may occur.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (defenses, attacks) is present
    "advml-glossary-041": [
        "randomized smoothing",
        "randomised smoothing",
        "gaussian",
        "majority vote",
    ],
    "advml-glossary-042": ["backdoor", "back door", "backdoors", "trojan", "trigger"],
    "advml-glossary-043": [
        "gradient masking",
        "obfuscated gradient",
        "obfuscated gradients",
        "shattered gradients",
        "obfuscated",
    ],
    "advml-glossary-044": ["fgsm", "fast gradient sign", "fast gradient", "epsilon"],
    "advml-glossary-045": ["universal adversarial", "universal perturbation", "universal"],
    "advml-glossary-046": [
        "lipschitz",
        "spectral normalization",
        "spectral norm",
        "singular value",
    ],
    "advml-glossary-047": ["threat model", "threat modeling", "threat modelling"],
    "advml-glossary-048": ["prompt injection", "prompt", "jailbreak", "llm", "chatbot"],
    "advml-glossary-049": ["differential privacy", "differentially private", "dp-sgd"],
    "advml-glossary-050": ["feature squeezing", "squeezing", "bit depth"],
    "advml-glossary-051": [
        "zeroth order",
        "zeroth-order",
        "zoo",
        "finite difference",
        "finite differences",
        "confidence score",
        "confidence scores",
    ],
    "advml-glossary-052": ["bit-flip", "bit flip", "bit flips", "rowhammer"],
    # named, sharing a word with an entry title
    "advml-glossary-053": ["label smoothing"],
    "advml-glossary-054": ["transfer learning", "fine-tuning", "fine tuning", "finetuning"],
    "advml-glossary-055": ["balanced accuracy"],
    "advml-glossary-056": ["patch embedding", "patch embeddings", "vision transformer", "vit"],
    "advml-glossary-057": [
        "black-box optimization",
        "black box optimization",
        "bayesian optimization",
    ],
    "advml-glossary-058": ["confidence interval", "confidence intervals"],
    "advml-glossary-059": ["huber", "robust regression"],
    "advml-glossary-060": ["momentum"],
    # plain off-glossary ML terms
    "advml-glossary-061": ["random forest", "random forests"],
    "advml-glossary-062": ["k-means", "kmeans", "k means"],
    "advml-glossary-063": ["lstm", "long short-term memory"],
    "advml-glossary-064": ["word2vec"],
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
