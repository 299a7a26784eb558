"""Static checks of eval/corpora/trig-glossary/questions.jsonl (blind, round 41).

Run from the worktree root: ``python eval/check_trig-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one TypeScript data module in European Portuguese (``trig-glossary.ts``,
MariaTeresaNevesAntunes/www-trimundo-pt's ``src/data/glossario.ts``, the glossary of a
Lovable-built Vite/React trigonometry site for Portuguese students): an ``export interface
GlossaryTerm`` whose ``category`` is a union of seven string literals, then ``export const
glossary: GlossaryTerm[] = [`` with 46 object literals ``{ term, category, definition,
example? }`` (unquoted keys, double-quoted values, an optional ``example`` in 5, Unicode
maths: θ, π, ², −, →, ·). The questions are in Portuguese, typed like users type (lower case,
accents and cedillas sometimes missing, "oq" / "qto", Brazilian "sen", a few typos).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "trig-glossary"
N = "trig-glossary-"
# The key term(s) of each negative, lower case, Portuguese and English forms with usual
# synonyms and abbreviations: none may occur in the glossary file (whole words,
# case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Seno / Cosseno,
    # Radiano / Ângulo, Quadrante, Lei dos senos / Lei dos cossenos, Fórmula da soma de
    # ângulos, Fórmula do ângulo duplo, Frequência / Radiano, Seno / Cosseno, Onda sinusoidal's
    # "luz")
    f"{N}023": ["sohcahtoa", "soh", "cah", "toa", "mnemónica", "mnemonica", "mnemonic", "decorar"],
    f"{N}024": [
        "grado",
        "grados",
        "gradiano",
        "gradianos",
        "grad",
        "gon",
        "gradian",
        "centesimal",
    ],
    f"{N}025": [
        "redução",
        "reducao",
        "reduzir",
        "primeiro",
        "first quadrant",
        "ângulo de referência",
        "referência",
        "reference angle",
    ],
    f"{N}026": ["área", "area", "heron", "herão"],
    f"{N}027": [
        "prostaférese",
        "prostaferese",
        "werner",
        "produto",
        "produtos",
        "product-to-sum",
    ],
    f"{N}028": ["metade", "meio", "half", "half-angle", "bissetriz"],
    f"{N}029": [
        "velocidade angular",
        "angular velocity",
        "omega",
        "ω",
        "rad/s",
        "rotação",
        "rotacao",
        "gira",
    ],
    f"{N}030": [
        "hiperbólica",
        "hiperbólicas",
        "hiperbólico",
        "hyperbolic",
        "sinh",
        "cosh",
        "tanh",
        "catenária",
        "catenaria",
        "exponencial",
        "exponenciais",
    ],
    f"{N}031": [
        "snell",
        "refração",
        "refracção",
        "refracao",
        "refraction",
        "incidência",
        "incidencia",
        "descartes",
    ],
    # named; several share a word with a title: ângulo inscrito (Ângulo ...), lei das
    # tangentes (Lei dos senos / cossenos), triângulo escaleno (Triângulo ...), fórmula de
    # Euler (Fórmula ...), série de Taylor (Série de Fourier), teorema de Tales (Teorema de
    # Pitágoras), seno verso (Seno); esterradiano (next to Radiano), fasor (next to Fase)
    f"{N}032": ["inscrito", "inscrita", "inscribed"],
    f"{N}033": ["lei das tangentes", "tangentes", "law of tangents"],
    f"{N}034": ["escaleno", "scalene"],
    f"{N}035": ["euler", "complexo", "complexa", "imaginário", "imaginario"],
    f"{N}036": ["taylor", "maclaurin"],
    f"{N}037": [
        "esterradiano",
        "esferorradiano",
        "steradian",
        "ângulo sólido",
        "sólido",
        "solid angle",
    ],
    f"{N}038": ["tales", "thales"],
    f"{N}039": ["seno verso", "verso", "versine", "versin", "verseno", "coverseno"],
    f"{N}040": ["fasor", "fasores", "phasor"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
