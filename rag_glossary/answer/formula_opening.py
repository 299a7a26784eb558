"""Whether a text opens with an equation: "c² = a² + b²", "E = mc²", "sin θ / cos θ = tan θ".

Up to five operands of up to twelve characters (no blank, colon or "="), each after blanks
and an optional operator, then a relation and a blank. Written as a walk over the
positions an operand can end at: as one pattern, a run of operand characters splits into
operands in too many ways (a line of "a-a-a-..." took a fifth of a second a try).
"""

from __future__ import annotations

_OPERANDS = 5
_OPERAND_CHARS = 12
_OPERATORS = frozenset("-+−·*/^")
_RELATIONS = frozenset("=≈≠≤≥")


def _after_blanks(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _operand_ends(text: str, start: int) -> set[int]:
    ends: set[int] = set()
    at = start
    while at < len(text) and at - start < _OPERAND_CHARS:
        if text[at].isspace() or text[at] in ":=":
            break
        at += 1
        ends.add(at)
    return ends


def _relation_at(text: str, at: int) -> bool:
    at = _after_blanks(text, at)
    return at + 1 < len(text) and text[at] in _RELATIONS and text[at + 1].isspace()


def opens_formula(text: str, start: int = 0) -> bool:
    """Operands joined by operators, then a relation: the text from ``start`` states one."""
    starts = {start}
    for _ in range(_OPERANDS):
        ends = {end for at in starts for end in _operand_ends(text, at)}
        if any(_relation_at(text, end) for end in ends):
            return True
        starts = set()
        for end in ends:
            at = _after_blanks(text, end)
            starts.add(at)
            if at < len(text) and text[at] in _OPERATORS:
                starts.add(_after_blanks(text, at + 1))
    return False
