"""Dry run of the named-entry rule (judgement_named_rest.py, round 55 WN) over measure
dumps: every answered question the rule would refuse, read with its first hits (as the
judge reads them; "*": the answer cited another entry first),
and the count per kind (negative: now refused; answerable: lost). Static: no index. The
judge reads the question as the retriever normalized it, which this script cannot: round
55's measure refused 16 of the 17 negatives it lists (pm-glossary-027's "compares" reads
"compare", a comparison word).

    python eval/named_rest.py rows1.json[,rows2.json ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

from rag_glossary.config import default_corpus_dir  # noqa: E402
from rag_glossary.coverage.glossary_language import corpus_language  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement_named_rest import named_rest_unsaid  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.parsing.corpus import load_corpus  # noqa: E402

Glossary = tuple[dict[str, Entry], str | None]


def main(paths: str) -> int:
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    glossaries: dict[str, Glossary] = {}
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for path in paths.split(","):
        for row in json.loads(Path(path).read_text(encoding="utf-8")):
            rows[(row["set"], row["id"])] = row
    counts: Counter[str] = Counter()
    for row in rows.values():
        if not row["covered"] or not row["citations"] or row["set"] not in sets:
            continue
        corpus = str(sets[row["set"]].corpus or default_corpus_dir())
        if corpus not in glossaries:
            entries = load_corpus(corpus).entries
            glossaries[corpus] = ({e.id: e for e in entries}, corpus_language(entries))
        by_id, language = glossaries[corpus]
        hits = [by_id[i] for i in row["top10"] if i in by_id]
        cited = by_id.get(row["citations"][0])
        if not hits or not named_rest_unsaid(row["question"], hits, language):
            continue
        entry = hits[0]
        mark = "" if entry == cited else "*"
        kind = "answerable" if row["relevant"] else "negative"
        if row["relevant"] and not row["metrics"].get("citation_precision"):
            kind = "answerable (wrong entry)"
        counts[kind] += 1
        title = mark + entry.title[:27]
        print(f"{kind:24} {row['id']:28} {title:28} | {row['question']}")
    print(dict(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
