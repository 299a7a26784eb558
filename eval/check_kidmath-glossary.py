"""Static checks of eval/corpora/kidmath-glossary/questions.jsonl (blind, round 49).

Run from the worktree root: ``python eval/check_kidmath-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Go source file (``kidmath-glossary.go``: tgeorge06/skilldojo's
``internal/ost/ost.go`` at bd267e5, the package that builds Ohio's State Tests style
mathematics practice tests for grades 3 to 5): among types, functions and other data
(``blueprint``, ``Levels``, name lists), one exported map literal
``var Terms = map[string]string{`` of 50 ``"key": "plain-words definition",`` lines (keys
lower case, gofmt-aligned, some a plural or adjective form of another key: ``prism`` /
``prisms``, ``factor`` / ``factors``, ``unit`` / ``units``, ``quadrilateral`` /
``quadrilaterals``, ``rectangle`` / ``rectangular``), "the kid glossary" of the comment above it.

Written blind while the parser read 0 entries from the file ("read as dialect source: no
constructor calls or struct literals of glossary records"): until it does, ``rag-glossary
entries`` fails and this script falls back to a by-hand reading (``--by-hand``, also chosen
automatically): one entry per key of ``Terms``, title = the key, ANCHOR = the shared corpus
README's ``slug`` of the key (``line plot`` -> ``line-plot``, ``mixed number`` ->
``mixed-number``), text = key + definition (no escapes occur); the negatives' grep reads the
whole ``.go`` file itself (code and comments included). The anchors used are listed in
eval/corpora/kidmath-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "kidmath-glossary"
GLOSSARY = FOLDER / "kidmath-glossary.go"
N = "kidmath-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (the whole Go file: its code and comments too).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Perimeter / Round, Fraction /
    # Numerator / Denominator, Square / Product, Difference / Unit, Prism / Volume, Line plot /
    # Estimate, Triangle / Prism, Unit / Difference, Decimal / Hundredths) is in the file
    f"{N}023": ["radius", "diameter", "circle", "circles", "circumference", "center", "centre"],
    f"{N}024": ["reciprocal", "reciprocals", "flip", "flipped", "invert", "inverse", "upside"],
    f"{N}025": ["squared", "square number", "perfect square", "power", "powers", "times itself"],
    f"{N}026": ["negative", "negatives", "minus", "below zero", "less than zero"],
    f"{N}027": ["sphere", "spheres", "ball", "globe"],
    f"{N}028": ["average", "mean", "median", "mode"],
    f"{N}029": ["pyramid", "pyramids", "apex", "cone"],
    f"{N}030": ["clock", "elapsed", "minute", "minutes", "hour", "hours"],
    f"{N}031": ["cent", "cents", "dime", "dimes", "nickel", "nickels", "penny", "coin", "money"],
    # named; several share a word with a title: right triangle (Triangle), improper fraction
    # (Fraction), common denominator (Denominator), prime factorization (Prime, Factor),
    # surface area (Area), equilateral triangle (Triangle), order of operations, repeating
    # decimal (Decimal; the file's comment "before repeating one" is why only the phrases
    # are keyed), long division (Quotient, Remainder)
    f"{N}032": ["right triangle", "right angle", "right-angled", "hypotenuse"],
    f"{N}033": ["improper"],
    f"{N}034": ["common denominator", "lcd", "least common"],
    f"{N}035": ["factorization", "factorisation", "factor tree", "prime factors"],
    f"{N}036": ["surface area", "surface"],
    f"{N}037": ["equilateral", "isosceles", "scalene"],
    f"{N}038": ["order of operations", "pemdas", "bodmas"],
    f"{N}039": ["repeating decimal", "repeating decimals", "recurring", "terminating"],
    f"{N}040": ["long division"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

PAIR = re.compile(r'^\t"([^"]+)":\s*"([^"]*)",$', re.MULTILINE)


def hand_entries() -> dict[str, str]:
    """id -> flat(key + definition): one entry per key of ``var Terms``."""
    source = GLOSSARY.read_text(encoding="utf-8")
    start = source.index("var Terms = map[string]string{")
    body = source[start : source.index("\n}\n", start)]
    entries: dict[str, str] = {}
    for key, definition in PAIR.findall(body):
        anchor = f"kidmath-glossary#{slug(key)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{key} {definition}")
    assert len(entries) == 50, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the keys of the Go map literal var Terms"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
