"""Dry run of the named-entry rule (judgement_named_rest.py; round 55 WN for English, round
56 NT in the glossary's own language) over measure dumps: for each bar, how many answered
questions it would refuse, per kind (negative: now refused; answerable: lost) and per
language, and every answered question whose fewest unsaid words reach ``--list`` (default
2), read with its first hits ("*": the answer cited another entry first). Static: no index;
the judge reads the question as the retriever normalized it, which this script cannot.

    python eval/named_rest_dry.py rows1.json[,rows2.json ...] [--list N] [--english]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

from rag_glossary.config import default_corpus_dir  # noqa: E402
from rag_glossary.coverage.glossary_language import corpus_language  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement_named_rest import unsaid_least  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.parsing.corpus import load_corpus  # noqa: E402

Glossary = tuple[dict[str, Entry], str | None]
_BARS = (2, 3, 4, 5, 6)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths")
    parser.add_argument("--list", type=int, default=2)
    parser.add_argument("--english", action="store_true", help="English glossaries too")
    args = parser.parse_args(argv)
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    glossaries: dict[str, Glossary] = {}
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for path in args.paths.split(","):
        for row in json.loads(Path(path).read_text(encoding="utf-8")):
            rows[(row["set"], row["id"])] = row
    counts: Counter[tuple[int, str, str]] = Counter()
    for row in sorted(rows.values(), key=lambda r: (r["set"], r["id"])):
        if not row["covered"] or not row["citations"] or row["set"] not in sets:
            continue
        corpus = str(sets[row["set"]].corpus or default_corpus_dir())
        if corpus not in glossaries:
            entries = load_corpus(corpus).entries
            glossaries[corpus] = ({e.id: e for e in entries}, corpus_language(entries))
        by_id, language = glossaries[corpus]
        if language is None and not args.english:
            continue
        hits = [by_id[i] for i in row["top10"] if i in by_id]
        least = unsaid_least(row["question"], hits, language) if hits else None
        if least is None:
            continue
        kind = "answerable" if row["relevant"] else "negative"
        if row["relevant"] and not row["metrics"].get("citation_precision"):
            kind = "answerable (wrong entry)"
        for bar in _BARS:
            if least >= bar:
                counts[(bar, kind, language or "en")] += 1
        if least >= args.list:
            mark = "" if hits[0] == by_id.get(row["citations"][0]) else "*"
            title = mark + hits[0].title[:27]
            print(f"{least} {kind:24} {row['id']:26} {title:28} | {row['question']}")
    for bar in _BARS:
        kinds = Counter[str]()
        for (b, kind, _), n in counts.items():
            if b == bar:
                kinds[kind] += n
        print(f"bar {bar}: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
