"""Static checks of eval/corpora/eclipse-glossary/questions.jsonl (blind, round 36).

Run from the worktree root: ``python eval/check_eclipse-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one tab-separated file (``eclipse-glossary.tsv``, kvsankar/solar-eclipse-research's
``glossary.tsv``, a solar-eclipse prediction glossary generated from per-chapter ``terms.tsv``
fragments): a first line ``# slug<TAB>label<TAB>definition`` that is a commented-out header, a
second ``# GENERATED ...`` comment line, then 141 rows ``slug<TAB>label<TAB>definition``, with
LaTeX math (``$\\tan f_1$``), Greek and subscript characters (ΔT, μ, l₁, L₁′) in the labels.

Written blind while round 35's parser (main at f30f9f2) read 140 entries whose title is the slug
column, with no alias and an EMPTY body (the label and definition columns are not read), and
which drops the first data row (``aberration``). The anchors used are the slug column (what the
parser gives now). With empty bodies every must_include check fails; ``--source-text`` checks
the facts against the file's own row instead (label + definition of the row whose slug is the
anchor), which is how they were checked when written.
"""

from __future__ import annotations

import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "eclipse-glossary"
N = "eclipse-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (partial phase / obscuration, Baily's beads
    # and second contact, graze zone and totality, flash spectrum's chromosphere, umbra /
    # penumbra, totality, the Sun's disc, edge observation / site choice, Saros and the canon)
    # is in the glossary
    f"{N}023": [
        "filter",
        "filters",
        "glasses",
        "eye",
        "eyes",
        "retina",
        "viewer",
        "pinhole",
        "welder",
        "iso 12312",
    ],
    f"{N}024": ["diamond ring", "diamond", "jewel"],
    f"{N}025": ["shadow bands", "shadow band", "ripples", "ripple", "scintillation"],
    f"{N}026": ["corona", "coronal", "halo"],
    f"{N}027": ["lunar eclipse", "blood moon", "full moon", "red", "reddish"],
    f"{N}028": ["temperature", "cooling", "chill"],
    f"{N}029": ["transit", "venus", "mercury", "black dot"],
    f"{N}030": ["weather", "cloud", "clouds", "cloudy", "forecast", "climate", "climatology"],
    f"{N}031": ["antikythera", "gears", "gear", "mechanism", "bronze", "greek"],
    # named; several share a word with a title: eclipse year (Eclipse Magnitude / Season),
    # solar prominence (Canonical Solar Radius), Besselian year (Besselian Elements), equation
    # of time (Equation of the Equinoxes), greatest elongation (Greatest Eclipse), Julian day
    # (Length of Day), limb brightening (Limb-Darkening Function, Limb Profile)
    f"{N}032": ["umbraphile", "umbraphiles"],
    f"{N}033": ["metonic", "meton"],
    f"{N}034": ["eclipse year", "draconic year"],
    f"{N}035": ["prominence", "prominences"],
    f"{N}036": ["besselian year", "besselian epoch"],
    f"{N}037": ["equation of time"],
    f"{N}038": ["elongation"],
    f"{N}039": ["julian", "julian day", "jd"],
    f"{N}040": ["limb brightening", "brightening"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def source_rows() -> dict[str, str]:
    """slug column -> flattened label + definition, from the glossary file itself."""
    rows: dict[str, str] = {}
    for line in (FOLDER / "eclipse-glossary.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 3 and not line.startswith("#"):
            rows[cells[0]] = flat(f"{cells[1]} {cells[2]}")
    return rows


if __name__ == "__main__":
    if "--source-text" in sys.argv[1:]:
        ROWS = source_rows()
        heldout_checks.entry_text = lambda entry_id, corpus=None: ROWS[entry_id.split("#", 1)[1]]
        print("note: must_include checked against the file's rows, not the parsed bodies")
    sys.exit(run(PLAN))
