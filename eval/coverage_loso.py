"""Round 14 experiment: refit the unit second opinion (coverage/unit_decision.py) on all
sets with candidate features, leave-one-set-out, from eval/coverage_features.py rows.

    python eval/coverage_loso.py scratch/cov.json [VETO_FEATURES RESCUE_FEATURES [OUT.json]]

Features are comma lists of the names in ``derived``. The baseline is today's verdict
(``covered_now``); the refit replaces today's veto and rescue on the same population.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from unit_loso import fit_cut

Row = dict[str, Any]
COST = 3


def derived(f: Row) -> dict[str, float]:
    dense = f["dense"]
    d1 = dense[0][1] if dense else 0.0
    u = [max(x, 0.0) for x in f["ubest"]]
    u1 = u[0] if u else 0.0
    return {
        "u1": u1,
        "d1": d1,
        "zbar": f["z"] - f["bar"],
        "u3": max(u[:3]) if u else 0.0,
        "u1_rest": u1 - (max(u[1:5]) if len(u) > 1 else 0.0),
        "d12": d1 - (dense[1][1] if len(dense) > 1 else 0.0),
        "nw": float(np.log1p(f["n_words"])),
        "u1_nw": u1 * float(np.log1p(f["n_words"])),
        "d1_nw": d1 * float(np.log1p(f["n_words"])),
        "absc": float(f["rare_absent_corpus"]),
        "abst": float(f["rare_absent_top"]),
        "absc_any": float(f["rare_absent_corpus"] > 0),
        "missing": float(f["route"] == "missing"),
        "rm": float(np.log1p(f.get("unsupported_all", f["rare_absent_top"]))),
        "abst3": float(min(f["rare_absent_top"], 3)),
        "abst_share": f["rare_absent_top"] / max(f["n_rare"], 1),
        "abst_log": float(np.log1p(f["rare_absent_top"])),
        "absc_log": float(np.log1p(f["rare_absent_corpus"])),
    }


def in_scope(f: Row) -> bool:
    return f["route"] in ("described", "missing")


def population(rows: list[Row], covered: bool) -> list[Row]:
    return [
        r
        for r in rows
        if in_scope(r)
        and r["pre_covered"] == covered
        and not (r["top_has_body"] and r["ubest"] and r["ubest"][0] < -0.5)
        and (covered or not (r["sibling"] and r["route"] == "missing"))
    ]


def fit_flip(pop: list[Row], names: list[str], covered: bool) -> tuple[np.ndarray, float, float]:
    x = np.array([[derived(r)[n] for n in names] for r in pop])
    y = np.array([bool(r["relevant"]) for r in pop])
    return fit_cut(x, y, covered, COST)


def decide(
    rows: list[Row], veto: list[str], rescue: list[str], held: str | None
) -> dict[int, bool]:
    """Covered per row id (of the held-out set, or all rows when held is None)."""
    out: dict[int, bool] = {}
    for r in rows:
        if held is None or r["set"] == held:
            out[id(r)] = bool(r["pre_covered"])
    for names, covered in ((veto, True), (rescue, False)):
        if not names:
            continue
        pop = population(rows, covered)
        w, b, cut = fit_flip([r for r in pop if r["set"] != held], names, covered)
        for r in pop:
            if id(r) in out:
                z = np.array([derived(r)[n] for n in names]) @ w + b
                if (z < cut) if covered else (z > cut):
                    out[id(r)] = not covered
    return out


def counts(rows: list[Row], covered: dict[int, bool]) -> dict[str, list[float]]:
    per: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        c = per[r["set"]]
        if r["relevant"]:
            c[2] += 1
            c[3] += not covered[id(r)]
        else:
            c[0] += 1
            c[1] += not covered[id(r)]
    return per


def compare(rows: list[Row], new: dict[int, bool], label: str, show: bool = False) -> None:
    base = counts(rows, {id(r): r["covered_now"] for r in rows})
    now = counts(rows, new)
    sa = sum(b[1] / b[0] for b in base.values() if b[0])
    na = sum(b[1] / b[0] for b in now.values() if b[0])
    sf = sum(b[3] / b[2] for b in base.values() if b[2])
    nf = sum(b[3] / b[2] for b in now.values() if b[2])
    bad = [s for s in base if base[s][1] - now[s][1] > 1 or now[s][3] - base[s][3] > 1]
    neg = sum(now[s][1] - base[s][1] for s in base)
    ans = sum(now[s][3] - base[s][3] for s in base)
    print(
        f"{label:50s} abstain {sa:.3f}->{na:.3f} ({na - sa:+.3f}) f_abst {sf:.3f}->{nf:.3f} "
        f"({nf - sf:+.3f}) neg refused {neg:+d} ans refused {ans:+d} sets losing >1: {bad}"
    )
    if show:
        for s in base:
            if base[s] != now[s]:
                print(
                    f"  | {s} | abst {base[s][1]}/{base[s][0]} -> {now[s][1]} | f_abst "
                    f"{base[s][3]}/{base[s][2]} -> {now[s][3]} |"
                )
        for r in rows:
            if new[id(r)] != r["covered_now"]:
                d = derived(r)
                print(
                    f"    {'ANS' if r['relevant'] else 'NEG'} {r['id']} {r['route']} "
                    f"now={int(r['covered_now'])} u1={d['u1']:.2f} d1={d['d1']:.2f} "
                    f"zbar={d['zbar']:.2f} nw={r['n_words']} | {r['question'][:70]}"
                )


NAMES = {"u1": "best_unit", "d1": "best_chunk", "zbar": "standout_margin", "rm": "rare_missing"}


def write(rows: list[Row], veto: list[str], rescue: list[str], path: Path) -> None:
    """The decision fitted on every set, as rag_glossary/data/unit_decision.json holds it."""
    out: dict[str, Any] = {"model": "sentence-transformers/all-MiniLM-L6-v2", "cost": COST}
    for key, names, covered in (("veto", veto, True), ("rescue", rescue, False)):
        w, b, cut = fit_flip(population(rows, covered), names, covered)
        weights = {NAMES[n]: round(float(x), 4) for n, x in zip(names, w, strict=True)}
        out[key] = {"weights": weights, "bias": round(b, 4), "cut": round(cut, 4)}
    path.write_text(json.dumps(out, indent=1) + "\n")


def main() -> int:
    rows: list[Row] = json.loads(Path(sys.argv[1]).read_text())
    veto = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else []
    rescue = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else []
    out = [a for a in sys.argv[4:] if a.endswith(".json")]
    if out:
        write(rows, veto, rescue, Path(out[0]))
    sets = list(dict.fromkeys(r["set"] for r in rows))
    fitted = decide(rows, veto, rescue, None)
    compare(rows, fitted, f"fitted veto {veto} rescue {rescue}")
    loso: dict[int, bool] = {}
    for s in sets:
        loso.update(decide(rows, veto, rescue, s))
    compare(rows, loso, "LOSO", show="-v" in sys.argv)
    for names, covered in ((veto, True), (rescue, False)):
        if names:
            w, b, cut = fit_flip(population(rows, covered), names, covered)
            print(
                "veto" if covered else "rescue",
                dict(zip(names, w.round(4).tolist(), strict=True)),
                round(b, 4),
                round(cut, 4),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
