"""Round 22 post-fix lane F: replay the standout-judged verdicts under candidate rules.

Reads eval/refusal_features.py rows and a measure.py dump, replays CoverageJudge.result's
decision with the shipped rules (it must reproduce today's verdict on every row) and with
each candidate, and counts the flips: negatives newly answered (``neg+``) or refused
(``neg-``), answerable questions newly answered (``ans+``; ``right`` when the dump had it
right or its first hit is a relevant entry) or newly refused (``ans-``).

Candidates (none kept; README "How coverage is decided", round 22 post-fix lane F):

- ``inflect-*``: a regular inflection of an everyday word (``fills``, ``margins``,
  ``stretching``) counts as everyday, in all three uses or in one: the plain check, the
  specific-words count (coverage.SPECIFIC_MISSING), the unit veto's rare-word input;
  ``inflect-plain-recal`` also recalibrates the plain bar the same way
  (``--calib``: eval/refusal_calib.py output);
- ``short-entry-N``: no specific-words margin when the best entry's text has under N words;
- ``no-floor``: round 22's left-out floor removed;
- ``rescue-first-hit``: the unit rescue reads the first hit's best unit, not the best
  dense entry's;
- ``unit-standout-T``: a described question is answered when the entries' best unit
  cosines single one out (the standout z-score over them) by T.

    python eval/refusal_sim.py scratch/refusal.json /work/post22.json [--calib c.json] [-v]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag_glossary.coverage import SPECIFIC_MARGIN, SPECIFIC_MISSING  # noqa: E402
from rag_glossary.coverage.foreign_words import foreign_refuses  # noqa: E402
from rag_glossary.coverage.phrase_support import PACKAGED_RULE  # noqa: E402
from rag_glossary.coverage.unit_decision import UnitFeatures, load_decision  # noqa: E402
from rag_glossary.everyday import everyday_words  # noqa: E402
from rag_glossary.judgement_units import UNIT_OTHER_OFFSET  # noqa: E402

Row = dict[str, Any]
Everyday = Callable[[str], bool]


def shipped(word: str) -> bool:
    return word in everyday_words()


def inflected(word: str) -> bool:
    """Everyday, or a regular inflection (-s, -es, -ies, -ed, -ied, -ing) of an everyday word."""
    listed = everyday_words()
    return word in listed or any(base in listed for base in bases(word))


def bases(word: str) -> list[str]:
    found: list[str] = []
    if word.endswith(("ies", "ied")):
        found.append(word[:-3] + "y")
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        found.append(word[:-1])
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            found += [stem, stem + "e"]
            if len(stem) > 1 and stem[-1] == stem[-2]:
                found.append(stem[:-1])
    return [b for b in found if len(b) >= 3]


@dataclass(frozen=True)
class Rule:
    """One replayed decision: which everyday test each use reads, and the variants."""

    plain_words: Everyday = shipped
    specific_words: Everyday = shipped
    veto_words: Everyday = shipped
    specific_min_words: int = 0  # the best entry's text must have this many words
    floor: bool = True
    rescue_first_hit: bool = False
    plain_bars: dict[str, float] | None = None  # recalibrated plain bar per set
    unit_standout: float | None = None  # answer a described question at this unit standout


def _rare(row: Row, everyday: Everyday) -> int:
    return len({w[:4] for w in row["lacked1"] if not everyday(w)})


def _bar(row: Row, rule: Rule) -> float:
    lenient, plain_bar, floor, strict = row["cal"]
    if rule.plain_bars is not None:
        plain_bar = rule.plain_bars.get(row["set"], plain_bar)
    if row["route"] == "missing":
        return float(strict)
    described = row["described"]
    plain = all(rule.plain_words(w) for w in row["lacked3"])
    bar = min(lenient, plain_bar) if described and plain and plain_bar is not None else lenient
    specific = _rare(row, rule.specific_words) >= SPECIFIC_MISSING
    specific = specific and row.get("best_words", 10**6) >= rule.specific_min_words
    bar += SPECIFIC_MARGIN * (described and specific)
    return float(bar if floor is None or not rule.floor else max(bar, floor))


def covered(row: Row, rule: Rule = Rule()) -> bool:
    """CoverageJudge.result's verdict for a standout-judged row."""
    if row["other_name"]:
        return False
    margin = row["z"] - _bar(row, rule)
    ok = margin >= 0 and not (row["route"] == "described" and row["loose"]) and not row["sibling"]
    unit = row.get("best_unit")
    if "best_unit" in row and (unit is not None or not row["best_has_body"]):
        rare = _rare(row, rule.veto_words)
        decision = load_decision()
        if ok:
            ok = (
                decision.veto.logit(UnitFeatures(unit or 0.0, 0.0, margin, math.log1p(rare)))
                >= decision.veto.cut
            )
        elif not row["sibling"]:
            seen = (row["hit_units"][0] or 0.0) if rule.rescue_first_hit else (unit or 0.0)
            ok = decision.rescue.logit(UnitFeatures(seen, 0.0, margin)) > decision.rescue.cut
    if ok:
        ok = not phrase_refuses(row, unit or 0.0, margin)
    if ok:
        ok = not unit_elsewhere(row)
    ok = later_rules(row, ok, unit or 0.0, margin)
    if rule.unit_standout is not None and row["route"] == "described" and not row["other_name"]:
        ok = ok or row.get("unit_z", 0.0) >= rule.unit_standout
    return ok


def unit_elsewhere(row: Row) -> bool:
    """judgement.CoverageJudge._unit_elsewhere on a row (round 23): the closest answer unit
    is another entry's than the first hit's and the unit standout is under the index's unit
    bar plus the offset (a described question only; rows without the bar: no rule)."""
    bar = row.get("unit_bar")
    if bar is None or row["route"] != "described" or "unit_z" not in row or not row["hits"]:
        return False
    return bool(row["unit_best"] != row["hits"][0] and row["unit_z"] < bar + UNIT_OTHER_OFFSET)


def later_rules(row: Row, ok: bool, best_unit: float, margin: float) -> bool:
    """The rules CoverageJudge.result applies after unit_elsewhere, on a described question
    (rounds 24-29: words unmatched, foreign words, head noun unsaid, common words; then the
    owned rescue). All but the foreign-words cut read only the question, the hits and the
    standout, so refusal_features.py records their verdicts; rows written before round 30
    lack them (no rule)."""
    if row["route"] != "described":
        return ok
    named_other = bool(row["other_name"])
    ok = ok and not (row.get("words_unmatched") and not named_other)
    ok = ok and not foreign_refuses(row.get("foreign_count", 0), margin, best_unit)
    ok = ok and not row.get("head_unsaid") and not row.get("only_common")
    return ok or bool(row.get("owned") and not named_other)


def phrase_refuses(row: Row, best_unit: float, margin: float) -> bool:
    """judgement.CoverageJudge._leaves_part_unsaid on a row: when the glossary names the
    question's setting, only the support of what is asked there decides (lanes X, R)."""
    if "weakest" not in row:  # no phrase rule or unit vectors: nothing to replay
        return False
    if row.get("asked_in_setting") is not None and PACKAGED_RULE.setting_cut is not None:
        asked = row.get("setting_weakest")
        return asked is not None and asked < PACKAGED_RULE.setting_cut
    weakest = row.get("weakest")
    return weakest is not None and PACKAGED_RULE.refuses(best_unit, weakest, margin)


def flips(
    rows: list[Row], dump: dict[tuple[str, str], Row], rule: Rule, verbose: bool
) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row in rows:
        before, after = covered(row), covered(row, rule)
        if before == after:
            continue
        kind = "ans" if row["relevant"] else "neg"
        right = bool(dump[(row["set"], row["id"])]["metrics"].get("answer_hit"))
        right = right or row["hits"][0] in row["relevant"]
        tag = (
            kind + ("+" if after else "-") + (" right" if kind == "ans" and after and right else "")
        )
        counts[tag] += 1
        if verbose:
            print(f"  {tag:10} {row['id']:28} {row['question'][:80]} | {row['hits'][0]}")
    return counts


def rules(calib: dict[str, Any] | None) -> dict[str, Rule]:
    out = {
        "inflect-all": Rule(inflected, inflected, inflected),
        "inflect-plain": Rule(plain_words=inflected),
        "inflect-specific": Rule(specific_words=inflected),
        "inflect-veto": Rule(veto_words=inflected),
        **{f"short-entry-{n}": Rule(specific_min_words=n) for n in (15, 20, 25, 30, 40)},
        "no-floor": Rule(floor=False),
        "rescue-first-hit": Rule(rescue_first_hit=True),
        **{f"unit-standout-{t}": Rule(unit_standout=t) for t in (3.0, 4.0, 5.0, 6.0)},
    }
    if calib:
        bars = {name: float(c["new"]["plain"]) for name, c in calib.items()}
        out["inflect-plain-recal"] = Rule(plain_words=inflected, plain_bars=bars)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("features", type=Path)
    p.add_argument("dump", type=Path)
    p.add_argument("--calib", type=Path)
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args()
    rows = [r for r in json.loads(args.features.read_text()) if r["route"] not in ("found", "none")]
    dump = {(d["set"], d["id"]): d for d in json.loads(args.dump.read_text())}
    wrong = [r["id"] for r in rows if covered(r) != r["covered"]]
    print(
        f"{len(rows)} standout-judged rows; the replay differs from today's verdict on {len(wrong)}"
    )
    calib = json.loads(args.calib.read_text()) if args.calib else None
    for name, rule in rules(calib).items():
        print(name, dict(sorted(flips(rows, dump, rule, args.verbose).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
