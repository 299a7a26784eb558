"""Static checks of eval/corpora/rpy-glossary/questions.jsonl (blind, round 36).

Run from the worktree root: ``python eval/check_rpy-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one kramdown Markdown page (``rpy-glossary.md``, gvwilson/tidynomicon's
``_en/gloss.md`` at ad0cf13, "The Tidynomicon: A Brief Introduction to R for Python
Programmers", CC BY 4.0): YAML front matter, then a definition list of 69 terms, each term
line ``**Term**{:#g:slug}:`` (a kramdown span IAL glued to the bold term, then a trailing
colon) followed by a ``:   definition`` line with 4-space-indented, hard-wrapped continuation
lines, in-page ``(#g:slug)`` links, and a closing Liquid ``{% include links.md %}`` line.
The parser reads 69 of 69 (ids ``rpy-glossary#g<slug>``: the ``g:`` prefix's colon dropped;
titles keep the trailing colon), no aliases.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "rpy-glossary"
N = "rpy-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Vector / Homogeneous, Environment /
    # Higher-order function, Storage allocation, Functional programming, Filter / Select /
    # Group, Tibble, Homogeneous / Heterogeneous, Condition / Error, Aggregation's strings)
    # is in the glossary
    f"{N}023": ["factor", "factors", "categorical", "levels"],
    f"{N}024": ["closure", "closures", "enclosing", "enclosure"],
    f"{N}025": ["garbage", "garbage collection", "garbage collector", "gc"],
    f"{N}026": ["recursion", "recursive", "recursively", "recurse"],
    f"{N}027": ["join", "joins", "joined", "joining", "merge", "merging"],
    f"{N}028": [
        "pivot",
        "pivoting",
        "reshape",
        "reshaping",
        "spread",
        "gather",
        "long format",
        "wide format",
    ],
    f"{N}029": ["coercion", "coerce", "coerced", "coerces", "conversion", "convert", "converted"],
    f"{N}030": ["breakpoint", "breakpoints", "debugger", "debugging", "debug", "browser", "pause"],
    f"{N}031": [
        "interpolation",
        "interpolate",
        "string interpolation",
        "glue",
        "sprintf",
        "paste",
        "template",
    ],
    # named; several share a word with a title: r6 class (Constructor / Helper / Validator
    # (class)), snapshot testing (Setup / Teardown (testing)), list column (List
    # comprehension), atomic vector (Vector, Empty vector), mocking in a unit test (Unit
    # test), native pipe (Pipe operator), package namespace (Package); s4 (next to S3),
    # lexical scoping (next to Environment)
    f"{N}032": ["r6"],
    f"{N}033": ["s4"],
    f"{N}034": ["snapshot", "snapshots", "golden file"],
    f"{N}035": ["list column", "list-column", "list columns", "list-columns"],
    f"{N}036": ["atomic", "atomic vector"],
    f"{N}037": ["scoping", "scope", "scopes", "lexical", "dynamic scoping"],
    f"{N}038": ["mock", "mocks", "mocking", "mocked", "stub", "stubs"],
    f"{N}039": ["native pipe", "native", "base pipe"],
    f"{N}040": ["namespace", "namespaces", "namespacing"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
