"""Parsing speed on inputs meant to be slow: a one-megabyte line in every dialect, and
the growth of parse time with the size of a file (a section of `make bench`).

The unit tests check the same inputs without a clock (tests/test_parse_linear.py):
work counted in calls, and the structure of every regular expression.

    python eval/bench_parse.py            # prints the rows
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rag_glossary.parsing import DIALECTS, parse_text

ROOT = Path(__file__).resolve().parent.parent
LINE_UNIT = "See [a](#b) {% x `c` <mark>d</mark> **e :f: [[g|h]] ![i](j) (AB) "
GROWTH_FILE = ROOT / "corpus" / "ai-glossary-m.md"


def _seconds(text: str, dialect: str | None = None) -> float:
    started = time.perf_counter()
    if dialect is None:
        parse_text(text, "bench")
    else:
        parse_text(text, "bench", dialect)
    return time.perf_counter() - started


def one_megabyte_line() -> dict[str, float]:
    """Per dialect, the slowest of the line alone, as a heading and with a '#' after it."""
    line = (LINE_UNIT * (1_000_000 // len(LINE_UNIT) + 1))[:1_000_000]
    return {
        dialect: round(max(_seconds(text, dialect) for text in (line, "# " + line, line + "#")), 2)
        for dialect in DIALECTS
    }


def growth() -> dict[str, float]:
    """Parse time of a corpus file repeated 4 and 32 times (8x the text: linear is 8)."""
    text = GROWTH_FILE.read_text(encoding="utf-8")
    _seconds(text)  # first-use work aside
    small = _seconds(text * 4)
    big = _seconds(text * 32)
    return {"x4_s": round(small, 3), "x32_s": round(big, 3), "ratio": round(big / small, 2)}


def run_parse_bench() -> dict[str, Any]:
    return {"one_mb_line_s": one_megabyte_line(), "growth": growth()}


def markdown(result: dict[str, Any]) -> str:
    lines = result["one_mb_line_s"]
    slowest = max(lines, key=lines.__getitem__)
    grown = result["growth"]
    return (
        "Parsing (in process):\n\n"
        "| what | value |\n|---|---:|\n"
        f"| a one-megabyte line, slowest dialect ({slowest}) | {lines[slowest]} s |\n"
        f"| a one-megabyte line, median over {len(lines)} dialects | "
        f"{sorted(lines.values())[len(lines) // 2]} s |\n"
        f"| `{GROWTH_FILE.name}` x32 over x4 (8x the text; linear is 8) | "
        f"{grown['ratio']} ({grown['x32_s']} s / {grown['x4_s']} s) |\n"
    )


def main() -> int:
    result = run_parse_bench()
    for dialect, seconds in result["one_mb_line_s"].items():
        print(f"{dialect:12} {seconds:6.2f} s  one-megabyte line")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
