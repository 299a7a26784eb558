"""Answers whose first citation is not the retriever's first hit, and what names the first hit.

Reads a ``measure.py --dump`` file. A *departure* is a covered answerable row whose first
citation differs from ``top10[0]``: *right* when the first hit is not relevant and the cited
entry is, *wrong* when the first hit is relevant and the cited entry is not. For each it
tells whether the question contains the first hit's title, an alias, or an acronym its
first sentence defines ("dynamically sized type (DST)"), and the same of the cited entry:
the separating feature post-fix PW of round 27 looked for. With ``--lower`` it lists instead
the answers whose first citation the question does not name while it contains a title,
alias or acronym of two or more words of the second or third hit (rust-004's "inherent
implementation"), marked FIX / BREAK / same by relevance were that hit cited instead.

    python eval/departures.py --dump /work/r27/final95b.json
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402

ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)")
WORD = re.compile(r"[a-z0-9]+")


def stems(text: str) -> set[str]:
    """Six-letter stems of the text's words of three letters or more."""
    return {w[:6] for w in WORD.findall(text.lower()) if len(w) > 2}


def idf_share(question: str, entry: Entry, df: Counter[str], n: int) -> float:
    """The IDF-weighted share of the question's stems the entry's title and text hold."""
    asked = stems(question)
    weight = {s: math.log((n + 1) / (df[s] + 1)) for s in asked}
    held = asked & stems(entry.title + " " + entry.body)
    return sum(weight[s] for s in held) / max(1e-9, sum(weight.values()))


def words(text: str) -> str:
    return " " + " ".join(WORD.findall(text.lower())) + " "


def names(entry: Entry) -> list[str]:
    """The title, aliases and first-sentence acronyms of an entry, as padded word strings."""
    first = re.split(r"(?<=[.!?])\s", entry.definition.strip(), maxsplit=1)[0]
    found = [entry.title, *entry.aliases, *ACRONYM.findall(first)]
    return [w for w in (words(n) for n in found) if w.strip()]


def named_in(entry: Entry, question: str) -> bool:
    q = words(question)
    return any(n in q for n in names(entry))


def departure(row: dict[str, Any]) -> str | None:
    if not row["covered"] or not row["relevant"] or not row["citations"]:
        return None
    top1, cited, relevant = row["top10"][0], row["citations"][0], set(row["relevant"])
    if cited == top1:
        return None
    if top1 not in relevant and cited in relevant:
        return "right"
    if top1 in relevant and cited not in relevant:
        return "wrong"
    return "neither"


def lower_named(row: dict[str, Any], by_id: dict[str, Entry]) -> str | None:
    """FIX / BREAK / same if a lower top-3 hit named in the question replaced the first citation."""
    cited, question = by_id[row["citations"][0]], row["question"]
    if named_in(cited, question):
        return None
    for hit in row["top10"][1:3]:
        if any(len(n.split()) >= 2 and n in words(question) for n in names(by_id[hit])):
            good, now = hit in row["relevant"], cited.id in row["relevant"]
            return "FIX" if good and not now else "BREAK" if now and not good else "same"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", required=True)
    parser.add_argument("--sets", default="")
    parser.add_argument("--lower", action="store_true", help="the lower-hit title test")
    args = parser.parse_args(argv)
    wanted = set(filter(None, args.sets.split(",")))
    rows: dict[str, list[dict[str, Any]]] = {}
    for row in json.loads(Path(args.dump).read_text()):
        answered = row["covered"] and row["relevant"] and row["citations"]
        if (not wanted or row["set"] in wanted) and (departure(row) or (args.lower and answered)):
            rows.setdefault(row["set"], []).append(row)
    counts: Counter[tuple[str, bool, bool]] = Counter()
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in rows:
            continue
        entries = open_retriever(qset, ROOT / "indexes").entries
        by_id = {e.id: e for e in entries}
        df = Counter(s for e in entries for s in stems(e.title + " " + e.body))
        for row in rows[qset.name]:
            if args.lower:
                outcome = lower_named(row, by_id)
                if outcome:
                    counts[(outcome, True, True)] += 1
                    print(f"{outcome} {row['set']} {row['id']} {row['question']}")
                continue
            kind = departure(row)
            assert kind is not None
            top1, cited = by_id[row["top10"][0]], by_id[row["citations"][0]]
            key = (kind, named_in(top1, row["question"]), named_in(cited, row["question"]))
            counts[key] += 1
            top1_idf = idf_share(row["question"], top1, df, len(entries))
            cited_idf = idf_share(row["question"], cited, df, len(entries))
            counts[(kind + " idf:top1>=cited", top1_idf >= cited_idf, True)] += 1
            print(f"== {kind} top1-named={key[1]} cited-named={key[2]} {row['set']} {row['id']}")
            print(f"   {row['question']}")
            print(
                f"   top1 {top1.title!r} ({top1_idf:.2f}); cited {cited.title!r} ({cited_idf:.2f})"
            )
    for key, n in sorted(counts.items()):
        print(key, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
