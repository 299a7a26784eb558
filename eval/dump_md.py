"""`eval/measure.py --dump` rows as one Markdown file per set, for graders.

python eval/dump_md.py rows.json out/      # out/questions.md, out/cv-glossary.md, ...
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def question_md(r: dict[str, Any]) -> str:
    """One question: what was asked and expected, what was answered and cited."""
    answer = "\n".join("    " + line for line in r["answer"].splitlines())
    return (
        f"### {r['id']} [{r['kind']}] {r['question']}\n"
        f"- relevant: {', '.join(r['relevant']) or '(none: negative)'}\n"
        f"- must_include: {json.dumps(r.get('must_include'))}\n"
        f"- covered: {r['covered']}; cited: {', '.join(r['citations'])}\n"
        f"- top5: {', '.join(r['top10'][:5])}\n"
        f"- metrics: {json.dumps(r['metrics'])}\n\n" + answer + "\n"
    )


def write_sets(rows: Sequence[dict[str, Any]], out: Path) -> list[str]:
    """Write ``out/SET.md`` for every set in ``rows``; the set names, sorted."""
    out.mkdir(parents=True, exist_ok=True)
    by_set: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_set.setdefault(r["set"], []).append(r)
    for name, set_rows in by_set.items():
        (out / f"{name}.md").write_text(
            "\n".join(question_md(r) for r in set_rows), encoding="utf-8"
        )
    return sorted(by_set)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python eval/dump_md.py ROWS.json OUT_DIR", file=sys.stderr)
        return 2
    rows = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    print(write_sets(rows, Path(args[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
