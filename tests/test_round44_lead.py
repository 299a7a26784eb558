"""Round 44 lead: the Clojure reader finds each bracket's close in one pass.

A scan per form made a long line of unclosed brackets quadratic (`make bench`'s one-megabyte
line took 15 s in this dialect); the one-pass matching must give the very closes the scan
gave, on real files and on unbalanced input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.parsing.clojure_reader import FormReader, clojure_tokens
from rag_glossary.parsing.source_tokens import Token

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def scanned_close(toks: list[Token], i: int) -> int:
    """The bracket closing the one at ``i`` by a plain depth count (the former rule)."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].kind == "open":
            depth += 1
        elif toks[j].kind == "close":
            depth -= 1
            if depth == 0:
                return j
    return len(toks)


@pytest.mark.parametrize(
    "text",
    [
        (FIXTURES / "datomic-glossary.clj").read_text(encoding="utf-8"),
        (FIXTURES / "prais2-content.cljc").read_text(encoding="utf-8"),
        "(def x [1 {:a (b c} ] ] ) [[[ {:open 1",  # stray closes and brackets never closed
        ") ] (a [b {c",
    ],
)
def test_one_pass_closes_equal_the_depth_scan(text: str) -> None:
    toks = clojure_tokens(text)
    reader = FormReader(toks, text)
    opens = [i for i, t in enumerate(toks) if t.kind == "open"]
    assert opens
    assert [reader.close_of(i) for i in opens] == [scanned_close(toks, i) for i in opens]


def test_a_form_after_commas_still_starts_its_line() -> None:
    text = '[:a {:title "A"}\n ,, stray-symbol here\n :b {:title "B"}]'
    toks = clojure_tokens(text)
    reader = FormReader(toks, text)
    stray = next(i for i, t in enumerate(toks) if t.text == "stray-symbol")
    here = next(i for i, t in enumerate(toks) if t.text == "here")
    assert reader._line_start(stray) and not reader._line_start(here)
