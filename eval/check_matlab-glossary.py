"""Static checks of eval/corpora/matlab-glossary/questions.jsonl (blind, round 55).

Run from the worktree root: ``python eval/check_matlab-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one LaTeX source file (``matlab-glossary.tex``: AllenDowney/
PhysicalModelingInMatlab's ``book/glossary.tex``, the back-matter glossary of Allen B.
Downey's textbook *Physical Modeling in MATLAB*). It is a plain LaTeX **description list**, not
the ``glossaries`` package: ``\\chapter{Glossary}``, ``\\begin{description}``, then 94
``\\item[Term] definition`` paragraphs (hard-wrapped, one blank line between them), two items
commented out with ``%`` (Cross product, dot product), ``\\lstinline{...}`` code, ``$...$``
math, TeX quotes, ``\\mbox`` / ``\\linebreak``, and ``\\end{description}``.

Written blind while the parser read no entry from the file (``entries`` exits with "no
\\newglossaryentry, \\newacronym or \\newabbreviation definitions"): 0 of 94 terms. Until every
keyed id is read, this script checks by hand (``--by-hand``, also chosen automatically when
the parser's ids do not include the keyed ones): one entry per uncommented ``\\item[Term]``,
ANCHOR = the shared corpus README's ``slug`` of the bracketed term (parenthesised qualifiers
kept: ``element-of-a-matrix``, ``partial-de-pde``), text = term + definition up to the next
``\\item`` or ``\\end{description}``, ``%`` comment lines dropped. The negatives' grep reads the
whole ``.tex`` file (the commented-out items too).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "matlab-glossary"
GLOSSARY = FOLDER / "matlab-glossary.tex"
N = "matlab-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (English, the glossary's
# language, and MATLAB's own names): none may occur in the glossary file (whole words,
# case-insensitive). "debug" is in the file (Scaffolding), so 025 lists only the tool's names.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Matrix / String / Vector;
    # Time step / Numerical method; Scaffolding / Workspace; Loop / Loop variable; Function
    # handle / Function; Matrix / Transpose; Numerical method / Series; Floating-point /
    # Absolute error; State / Phase plot / Trajectory)
    f"{N}023": ["cell array", "cell", "cellfun", "heterogeneous"],
    f"{N}024": ["ode45", "ode23", "runge", "kutta", "adaptive", "step size", "solver"],
    f"{N}025": ["breakpoint", "breakpoints", "debugger", "dbstop", "keyboard", "pause"],
    f"{N}026": ["while", "while loop", "do-while"],
    f"{N}027": ["anonymous", "anonymous function", "lambda", "inline"],
    f"{N}028": ["determinant", "det", "inverse", "invertible", "singular", "inv"],
    f"{N}029": [
        "integral",
        "integration",
        "quadrature",
        "trapz",
        "trapezoid",
        "trapezoidal",
        "area",
        "simpson",
    ],
    f"{N}030": ["epsilon", "eps", "machine precision", "round-off", "roundoff", "rounding"],
    f"{N}031": [
        "equilibrium",
        "fixed point",
        "steady state",
        "steady-state",
        "stable",
        "stationary",
    ],
    # named; several share a word with a title: sparse / identity matrix (Matrix), stiff
    # differential equation (Differential equation (DE), Ordinary DE (ODE)), recursive
    # function (Function; next to Recurrently), global variable (Variable, Input / Output /
    # Loop variable), Taylor series (Series); struct (next to Matrix, Vector), Simulink (next
    # to Script, M-file), eigenvalue (next to Matrix, Norm)
    f"{N}032": ["sparse", "sparse matrix"],
    f"{N}033": ["identity", "identity matrix", "eye"],
    f"{N}034": ["stiff", "stiffness"],
    f"{N}035": ["recursive", "recursion"],
    f"{N}036": ["struct", "structs", "structure", "structure array", "field", "fields"],
    f"{N}037": ["global", "global variable"],
    f"{N}038": ["simulink", "block diagram"],
    f"{N}039": ["eigenvalue", "eigenvalues", "eigenvector", "eig"],
    f"{N}040": ["taylor", "taylor series", "power series"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

ITEM = re.compile(r"^\\item\[([^\]]+)\]", re.M)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition): one entry per uncommented ``\\item[Term]``."""
    text = GLOSSARY.read_text(encoding="utf-8")
    body = text[text.index("\\begin{description}") : text.index("\\end{description}")]
    body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("%"))
    matches = list(ITEM.finditer(body))
    entries: dict[str, str] = {}
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        term = m.group(1)
        definition = body[m.end() : nxt.start() if nxt else len(body)]
        key = f"matlab-glossary#{slug(term)}"
        assert key not in entries, key
        entries[key] = flat(f"{term} {definition}")
    assert len(entries) == 94, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        "the uncommented \\item[Term] paragraphs of the description list",
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
