"""Round 28 post-fix PN: described answers that leave the first hit for a later sentence.

Reads a ``measure.py --dump`` file. For every covered question that names no term (the
judgement's described route: the standout decides and no missing name is asked for) it
computes, for the answer's first citation against the search's first hit:

- ``departs``: the first citation is not ``top10[0]``;
- ``positions``: where the quoted units sit in the cited entry (``answer.segment.entry_units``;
  0 is the defining sentence; units found in the answer text as word runs);
- ``rare_idf``: the highest BM25 idf (the index's own ``LexicalIndex.idf``) of a question
  token the quoted units, the title or an alias hold (0: none shared); ``median_vocab`` /
  ``median_tokens``: the index's median idf over its vocabulary / over its word occurrences;

joined with the outcome: ``right`` (the first citation is relevant), ``wrong`` (an
answerable question answered from an irrelevant entry) or ``negative`` (answered, nothing
relevant). The brief's conjunction is ``departs and (no quoted unit is the defining one or
rare_idf <= median)``; ``--loso`` also fits the idf cut leaving each set out.

    python eval/departed_units.py --dump /work/r28/base98.json --out /tmp/pn.json --loso
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.answer.segment import entry_units  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement import _described, not_a_name  # noqa: E402
from rag_glossary.lexical import LexicalIndex, tokenize  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402

Row = dict[str, Any]
BAD = ("wrong", "negative")


def run(text: str) -> str:
    return " " + " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) + " "


def outcome(row: Row) -> str:
    if not row["relevant"]:
        return "negative"
    return "right" if row["citations"][0] in row["relevant"] else "wrong"


def departs(row: Row, by_id: dict[str, Entry]) -> bool:
    """The first citation is another entry than the first hit (a copy under the same
    title in another file of the corpus is the same entry)."""
    cited, top1 = row["citations"][0], row["top10"][0]
    if cited == top1:
        return False
    return top1 not in by_id or by_id[cited].title.casefold() != by_id[top1].title.casefold()


def quoted_positions(entry: Entry, answer: str) -> list[int]:
    said = run(answer)
    found = []
    for i, unit in enumerate(entry_units(entry)):
        words = run(unit.text)
        if words.strip() and words in said:
            found.append(i)
    return found


def medians(lexical: LexicalIndex) -> tuple[float, float]:
    """The index's median idf over its vocabulary and over its word occurrences."""
    by_token = {t: lexical.idf(t) for t in lexical.vocab}
    dfs = {t: int(lexical._indptr[c + 1] - lexical._indptr[c]) for t, c in lexical.vocab.items()}
    weighted = sorted((by_token[t], dfs[t]) for t in by_token)
    half, seen, middle = sum(dfs.values()) / 2, 0, 0.0
    for idf, df in weighted:
        seen += df
        if seen >= half:
            middle = idf
            break
    return statistics.median(by_token.values()), middle


def features(row: Row, by_id: dict[str, Entry], lexical: LexicalIndex) -> Row:
    cited = by_id[row["citations"][0]]
    positions = quoted_positions(cited, row["answer"])
    units = entry_units(cited)
    quoted = " ".join(units[i].text for i in positions)
    held = set(tokenize(" ".join((cited.title, *cited.aliases, quoted))))
    shared = [t for t in dict.fromkeys(tokenize(row["question"])) if t in held]
    return {
        "set": row["set"],
        "id": row["id"],
        "question": row["question"],
        "outcome": outcome(row),
        "cited": cited.title,
        "top1": by_id[row["top10"][0]].title if row["top10"][0] in by_id else "",
        "departs": departs(row, by_id),
        "positions": positions,
        "rare_idf": max((lexical.idf(t) for t in shared), default=0.0),
        "rare_word": max(shared, key=lexical.idf, default=""),
    }


def collect(dump: list[Row], wanted: set[str]) -> list[Row]:
    covered: dict[str, list[Row]] = {}
    for row in dump:
        if row["covered"] and row["citations"] and (not wanted or row["set"] in wanted):
            covered.setdefault(row["set"], []).append(row)
    out: list[Row] = []
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in covered:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        by_id = {e.id: e for e in r.entries}
        med_vocab, med_tokens = medians(r.lexical)
        for row in covered[qset.name]:
            term = r.coverage.check(row["question"], row["top10"][:5])
            if not_a_name(term):
                term = replace(term, term_style=False)
            if not _described(term) or row["citations"][0] not in by_id:
                continue
            f = features(row, by_id, r.lexical)
            out.append({**f, "median_vocab": med_vocab, "median_tokens": med_tokens})
        print(qset.name, len(out), file=sys.stderr, flush=True)
    return out


Rule = Callable[[Row], bool]


def not_defining(f: Row) -> bool:
    """No quoted unit is the entry's first (unknown positions count as defining)."""
    return bool(f["positions"]) and min(f["positions"]) > 0


def conjunction(median: str, cut: float = 0.0) -> Rule:
    def rule(f: Row) -> bool:
        return bool(f["departs"]) and (not_defining(f) or f["rare_idf"] <= f[median] + cut)

    return rule


def rare_only(median: str, cut: float = 0.0) -> Rule:
    def rule(f: Row) -> bool:
        return bool(f["departs"]) and f["rare_idf"] <= f[median] + cut

    return rule


def tally(rows: Sequence[Row], rule: Rule) -> Counter[str]:
    return Counter(f["outcome"] for f in rows if rule(f))


def report(name: str, rows: Sequence[Row], rule: Rule, show: bool = True) -> None:
    hit = [f for f in rows if rule(f)]
    c = Counter(f["outcome"] for f in hit)
    print(f"{name}: negative {c['negative']}, wrong {c['wrong']}, right {c['right']}")
    if show:
        for f in hit:
            pos = f["positions"] or "?"
            print(
                f"   {f['outcome']:8} {f['id']} cited {f['cited']!r} top1 {f['top1']!r}"
                f" pos {pos} rare {f['rare_word']!r} {f['rare_idf']:.2f}"
                f" (median {f['median_tokens']:.2f})"
            )


CUTS = [x / 4 for x in range(-24, 13)]


def gain(rows: Sequence[Row], rule: Rule) -> float:
    c = tally(rows, rule)
    return c["negative"] + c["wrong"] - 3 * c["right"]


def loso(rows: Sequence[Row], median: str, departs_only: bool) -> None:
    """The idf cut fitted on the other sets (most bad refused per right lost at 3:1)."""
    total: Counter[str] = Counter()
    cuts: Counter[float] = Counter()
    for left in sorted({f["set"] for f in rows}):
        train = [f for f in rows if f["set"] != left]

        make = rare_only if departs_only else conjunction
        best = max(CUTS, key=lambda c: (gain(train, make(median, c)), -c))
        cuts[best] += 1
        total += tally([f for f in rows if f["set"] == left], make(median, best))
    kind = "departs & rare_idf<=cut" if departs_only else "departs & (later unit | rare<=cut)"
    print(f"LOSO {kind} ({median}): {dict(total)}; cuts {dict(cuts)}")


def auc(rows: Sequence[Row], median: str) -> float:
    """How well a low rare_idf (under the median) ranks the bad answers above the right."""
    bad = [float(f[median] - f["rare_idf"]) for f in rows if f["outcome"] in BAD]
    good = [float(f[median] - f["rare_idf"]) for f in rows if f["outcome"] == "right"]
    pairs = [(b > g) + 0.5 * (b == g) for b in bad for g in good]
    return sum(pairs) / max(1, len(pairs))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", required=True)
    parser.add_argument("--sets", default="")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--rows", type=Path, help="read the rows --out wrote instead")
    parser.add_argument("--loso", action="store_true")
    args = parser.parse_args(argv)
    if args.rows:
        rows = json.loads(args.rows.read_text())
    else:
        rows = collect(
            json.loads(Path(args.dump).read_text()), set(filter(None, args.sets.split(",")))
        )
    if args.out:
        args.out.write_text(json.dumps(rows))
    print("covered described answers:", dict(Counter(f["outcome"] for f in rows)))
    print("departing:", dict(Counter(f["outcome"] for f in rows if f["departs"])))
    print("unmatched answers (no unit found):", sum(1 for f in rows if not f["positions"]))
    report("departs & later unit", rows, lambda f: bool(f["departs"]) and not_defining(f))
    for median in ("median_vocab", "median_tokens"):
        report(f"departs & rare_idf<={median}", rows, rare_only(median))
        report(f"brief's conjunction ({median})", rows, conjunction(median))
        moved = [f for f in rows if f["departs"]]
        both = f"all {auc(rows, median):.3f}, departing {auc(moved, median):.3f}"
        print(f"AUC of {median} - rare_idf: {both}")
        if args.loso:
            loso(rows, median, departs_only=False)
            loso(rows, median, departs_only=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
