"""How much the retriever's rank should count when choosing the answering entry (round 22, E2).

Two inputs: a measure dump (``eval/measure.py --dump``) and the log that
``eval/entry_rank_instrument.patch`` writes (``E2_LOG=path``) during the same measure: for
every question that reaches the merit in ``entry_choice._main_group``, each candidate's
rank, best-unit coverage, term signal, fused score, closest unit and the entry the rest of
the chain (closer_in_meaning, first_keeps, first_says_more, kind_of) would answer from had
the merit chosen it. So any merit variant replays offline without another measure.

    python eval/entry_rank_loso.py DUMP.json LOG.jsonl [-v]

Prints: overrides of the first hit in the dump (gain / lose a relevant citation), the same
on the merit path, each merit variant's changed answers (gain / lose), leave-one-set-out
per variant family, and "the first hit keeps the answer when closer in meaning"."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

Rec = dict[str, Any]
Cand = dict[str, Any]
Merit = Callable[[Cand, float], float]


def _outcome(first_rel: bool, chosen_rel: bool) -> str:
    if chosen_rel and not first_rel:
        return "gain"
    if first_rel and not chosen_rel:
        return "lose"
    return "both" if chosen_rel else "neither"


def dump_overrides(dump: list[Rec]) -> Counter[str]:
    """Answers whose citations skip the first hit, by what that did to a relevant citation."""
    count: Counter[str] = Counter()
    for r in dump:
        cits, top, rel = (
            r.get("citations") or [],
            r.get("top10") or [],
            set(r.get("relevant") or []),
        )
        if not cits or not top:
            continue
        count["answered"] += 1
        if top[0] in cits:
            continue
        count["override"] += 1
        count[
            _outcome(top[0] in rel, bool(rel & set(cits))) if rel else "no relevant (negative)"
        ] += 1
    return count


def joined(dump: list[Rec], log: list[Rec]) -> list[tuple[str, str, set[str], Rec]]:
    """(set, id, relevant, log record) for logged questions that have relevant entries."""
    by_key: dict[tuple[str, str], tuple[str, str, set[str]]] = {}
    for r in dump:
        key = (" ".join(r["question"].split()), (r.get("top10") or [""])[0])
        by_key.setdefault(key, (r["set"], r["id"], set(r.get("relevant") or [])))
    out = []
    for x in log:
        found = by_key.get((x["q"], x["hits"][0]))
        if found and found[2]:
            out.append((*found, x))
    return out


def pick(x: Rec, merit: Merit) -> str:
    cands = x["cands"]
    first = next((c["score"] for c in cands if c["rank"] == 0), None) or max(
        c["score"] for c in cands
    )
    return str(max(cands, key=lambda c: merit(c, first))["post"])


def rrf(k: float, weight: float = 1.0) -> Merit:
    return lambda c, _f: weight * (k + 1) / (k + 1 + c["rank"]) + 0.7 * c["cover"] + 0.3 * c["term"]


def margin(m: float) -> Merit:
    """A lower hit must beat the first's merit by ``m``."""
    return lambda c, f: rrf(60)(c, f) - (m if c["rank"] else 0.0)


def per_rank(m: float) -> Merit:
    return lambda c, f: rrf(60)(c, f) - m * c["rank"]


def fused(a: float) -> Merit:
    """The fused retrieval score relative to the first's instead of the rank."""
    return lambda c, f: a * (c["score"] / f if f else 0.0) + 0.7 * c["cover"] + 0.3 * c["term"]


FAMILIES: dict[str, dict[str, Merit]] = {
    "K": {f"K{k}": rrf(k) for k in (5, 10, 20, 30, 60, 90, 120, 180, 240, 500, 1000)},
    "weight": {f"w{w}": rrf(60, w) for w in (0, 0.25, 0.5, 0.75, 1, 2, 3, 5, 10)},
    "margin": {f"margin{m}": margin(m) for m in (0, 0.02, 0.05, 0.1, 0.2, 0.3)},
    "per_rank": {f"perrank{m}": per_rank(m) for m in (0, 0.01, 0.02, 0.05, 0.1)},
    "fused": {"K60": rrf(60)} | {f"fused{a}": fused(a) for a in (0.25, 0.5, 1, 2, 4)},
}


def changes(
    recs: list[tuple[str, str, set[str], Rec]], merit: Merit, only: set[str] | None = None
) -> list[tuple[str, str, str, str]]:
    out = []
    for s, qid, rel, x in recs:
        new, old = pick(x, merit), x["final"]
        if (only is None or s in only) and new != old:
            out.append(
                (
                    qid,
                    old,
                    new,
                    _outcome(old in rel, new in rel)
                    .replace("both", "neutral")
                    .replace("neither", "neutral"),
                )
            )
    return out


def net(ch: list[tuple[str, str, str, str]]) -> int:
    return sum(c[3] == "gain" for c in ch) - sum(c[3] == "lose" for c in ch)


def loso(
    recs: list[tuple[str, str, set[str], Rec]], family: dict[str, Merit]
) -> tuple[Counter[str], Counter[str]]:
    sets = sorted({r[0] for r in recs})
    total: Counter[str] = Counter()
    picks: Counter[str] = Counter()
    for held in sets:
        rest = set(sets) - {held}
        best = max(family, key=lambda n: net(changes(recs, family[n], rest)))
        picks[best] += 1
        total.update(c[3] for c in changes(recs, family[best], {held}))
    return total, picks


def first_when_closer(recs: list[tuple[str, str, set[str], Rec]], lead: float) -> Counter[str]:
    """The first hit takes the answer back when its closest unit beats the chosen's by ``lead``."""
    count: Counter[str] = Counter()
    for _s, _qid, rel, x in recs:
        cands = {c["id"]: c for c in x["cands"]}
        first, final = x["hits"][0], x["final"]
        if final == first or first not in cands or final not in cands:
            continue
        a, b = cands[first]["best"], cands[final]["best"]
        if a is not None and b is not None and a > b + lead:
            count[
                _outcome(final in rel, first in rel)
                .replace("both", "neutral")
                .replace("neither", "neutral")
            ] += 1
    return count


def main() -> None:
    with open(sys.argv[1]) as f:
        dump = json.load(f)
    with open(sys.argv[2]) as f:
        log = [json.loads(line) for line in f]
    print("dump overrides:", dict(dump_overrides(dump)))
    recs = joined(dump, log)
    assert all(pick(x, rrf(60)) == x["final"] for *_, x in recs), "replay differs from the run"
    merit_path: Counter[str] = Counter()
    for *_, rel, x in recs:
        if x["final"] != x["hits"][0]:
            merit_path[_outcome(x["hits"][0] in rel, x["final"] in rel)] += 1
    print(
        f"merit path: {len(recs)} questions with relevant ids; overrides of the first hit:",
        dict(merit_path),
    )
    per_set: defaultdict[str, int] = defaultdict(int)
    for name, family in FAMILIES.items():
        for variant, merit in family.items():
            ch = changes(recs, merit)
            outcomes = Counter(c[3] for c in ch)
            print(
                f"{variant:12s} changed={len(ch):3d} gain={outcomes['gain']:2d}"
                f" lose={outcomes['lose']:2d} net={net(ch):+d}"
            )
            for c in ch if "-v" in sys.argv else []:
                print("    ", *c)
        total, picks = loso(recs, family)
        per_set[name] = total["gain"] - total["lose"]
        print(f"LOSO {name}: {dict(total)} picks={dict(picks)}")
    for lead in (0.0, 0.02, 0.04, 0.06, 0.08):
        print(f"first hit back when closer by > {lead}:", dict(first_when_closer(recs, lead)))


if __name__ == "__main__":
    main()
