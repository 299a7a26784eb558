"""Round 28 lane L: does the first hit *own* the refused question's specific words?

For every question refused on main (``--base``, a measure.py dump) whose retriever has a
first hit, the question's words (lexical.tokenize: BM25's tokens, stop words out, plurals
folded) and adjacent token pairs, and which of them the first hit's text (title, aliases,
body) has while no entry of another title has them (copies of one title count once):

- ``own``: owned words; ``own_bi``: owned pairs; ``said``: question words the hit has;
- ``rare``: per owned word, its BM25 idf; the question's words no entry has (``absent``);
- ``reason``: the verdict's reason, ``named_missing``: the key term found missing;
- ``owned_lib``: what rag_glossary.coverage.ownership counts (content words and pairs,
  less the hit's own name words), ``unit_first``: the first hit's title holds the answer
  unit closest to the question of any entry; ``judged``: eval/refusal_features.py's row.

eval/ownership_loso.py picks the rule from these rows.

Rows are split by ``group``: ``right`` (answerable, first hit relevant), ``wrong``
(answerable, first hit not relevant), ``neg`` (negative).

    python eval/ownership_features.py --base /work/r28/base95.json --out /work/r28/own.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

from measure import open_retriever  # noqa: E402
from refusal_features import features as judged_row  # noqa: E402

from rag_glossary.calibration import unit_standout  # noqa: E402
from rag_glossary.coverage.ownership import Ownership  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.lexical import tokenize  # noqa: E402


def _pairs(tokens: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(tokens))


def entry_tables(entries: Any) -> tuple[list[set[str]], list[set[tuple[str, str]]], list[str]]:
    words, pairs, groups = [], [], []
    for e in entries:
        parts = [tokenize(p) for p in (e.title, *e.aliases, e.body)]
        words.append({t for p in parts for t in p})
        pairs.append({b for p in parts for b in _pairs(p)})
        groups.append(" ".join(tokenize(e.title)))
    return words, pairs, groups


def _unit_first(r: Any, query: str, at: int) -> bool:
    if r.units is None:
        return False
    qvec = r.encoder.encode_queries([query])[0]
    top, _ = unit_standout(qvec, r.units, r.entry_vectors, r._title_groups)
    return top >= 0 and r._title_groups[top] == r._title_groups[at]


def _name_words(entry: Any) -> list[str]:
    return sorted({t for p in (entry.title, *entry.aliases) for t in tokenize(p)})


def features(r: Any, query: str, tables: Any, owner: Ownership) -> dict[str, Any]:
    words, pairs, groups = tables
    res = r.retrieve(query, k=5)
    if not res.hits:
        return {}
    at = r._position[res.hits[0].id]
    toks = tokenize(query)
    q = [t for t in dict.fromkeys(toks) if len(t) >= 3 and not t.isdigit()]
    qb = _pairs(toks)
    holders: dict[Any, set[str]] = defaultdict(set)
    for i, (ws, ps) in enumerate(zip(words, pairs, strict=True)):
        for t in q:
            if t in ws:
                holders[t].add(groups[i])
        for b in qb:
            if b in ps:
                holders[b].add(groups[i])
    mine = groups[at]
    own = [t for t in q if t in words[at] and holders[t] == {mine}]
    own_bi = [" ".join(b) for b in qb if b in pairs[at] and holders[b] == {mine}]
    return {
        "first": res.hits[0].id,
        "name_words": _name_words(r.entries[at]),
        "hits": [h.id for h in res.hits],
        "reason": res.reason,
        "covered": res.covered,
        "named_missing": res.key_term_found is False,
        "key_term": res.key_term,
        "q_words": q,
        "said": [t for t in q if t in words[at]],
        "own": own,
        "own_bi": own_bi,
        "owned_lib": [k if isinstance(k, str) else " ".join(k) for k in owner.owned(query, at)],
        "unit_first": _unit_first(r, res.query, at),
        "df": {t: len(holders[t]) for t in q},
        "idf": {t: r.lexical.idf(t) for t in q},
        "absent": [t for t in q if not holders[t]],
        "n_groups": len(set(groups)),
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--base", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    base = json.loads(args.base.read_text())
    want = set(filter(None, args.sets.split(",")))
    refused: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in base:
        if not row["covered"] and row["top10"] and (not want or row["set"] in want):
            refused[row["set"]].append(row)
    out = []
    index_root = ROOT / "indexes"
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in refused:
            continue
        r = open_retriever(qset, index_root)
        tables = entry_tables(r.entries)
        owner = Ownership.of(r.entries, r._title_groups.tolist())
        for row in refused[qset.name]:
            f = features(r, row["question"], tables, owner)
            if not f:
                continue
            if not row["relevant"]:
                group = "neg"
            else:
                group = "right" if f["first"] in row["relevant"] else "wrong"
            f["judged"] = judged_row(r, row["question"])
            out.append(
                {
                    "set": row["set"],
                    "id": row["id"],
                    "kind": row["kind"],
                    "question": row["question"],
                    "group": group,
                    **f,
                }
            )
        print(qset.name, len(refused[qset.name]), file=sys.stderr, flush=True)
    args.out.write_text(json.dumps(out, indent=0, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
