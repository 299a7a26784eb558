"""Round 47 lane L: an equation after a label is found by a walk, not by a pattern whose
operands could split a run of characters in many ways (a fifth of a second a try on a line
of "a-a-a-..."); the structure check now also reads repeats inside bounded ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag_glossary.answer.formula_opening import opens_formula

_TRIG = Path(__file__).resolve().parent.parent / "eval/corpora/trig-glossary/trig-glossary.ts"
# the pattern it replaces: same verdicts, checked on 600k random strings as well
_OLD = re.compile(r"[^\s:=]{1,12}(?:\s*[-+−·*/^]?\s*[^\s:=]{1,12}){0,4}\s*[=≈≠≤≥]\s")


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Generaliza Pitágoras: c² = a² + b² − 2ab·cos C, válida para qualquer triângulo.", True),
        ("Em qualquer triângulo: a/sin A = b/sin B = c/sin C = 2R, onde R é o raio.", True),
        ("Inversa da tangente: cot θ = cos θ / sin θ.", True),
        ("arcsin: [−1, 1] → [−π/2, π/2].", False),
    ],
)
def test_an_equation_after_a_label_of_the_trig_glossary(text: str, opens: bool) -> None:
    assert opens_formula(text, text.index(": ") + 2) is opens


def test_the_walk_agrees_with_the_old_pattern_after_every_colon_of_a_glossary() -> None:
    text = _TRIG.read_text(encoding="utf-8")
    starts = [m.end() for m in re.finditer(r":\s*", text)] + [0]
    assert sum(opens_formula(text, at) for at in starts) > 10
    assert all(opens_formula(text, at) is bool(_OLD.match(text, at)) for at in starts)


def test_a_long_run_of_operand_characters_is_no_equation() -> None:
    assert not opens_formula("a-" * 500) and not opens_formula("保" * 1000 + " = x")
    assert opens_formula("abcdefghijklmnopq = 1")  # two operands of a run, as before
