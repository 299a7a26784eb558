"""Static checks of eval/corpora/batteri-glossary/questions.jsonl (blind, round 45).

Run from the worktree root: ``python eval/check_batteri-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Norwegian (bokmål)** (``batteri-glossary.md``,
johla/dunkelflaute-bess's ``ORDLISTE.md``, CC BY 4.0): the glossary of a notebook project
on whether grid batteries (BESS) can cover a Dunkelflaute. ``##`` topic sections holding
``**Term** *(english term)*`` or ``**ACRONYM** — *Expansion*`` lines with the definition
on the next line (no blank line between), sections split by ``---`` rules, two Markdown
tables (unit prefixes, time factors) and a bold "Konvertering" line over a bullet list.
The parser reads 38 entries: terms whose bold is followed by an italic ``*(...)*`` are not
entries of their own but folded into the entry before them, and seven are lost (see the
README). The questions are keyed to the entries whose text holds the answer. They are in
Norwegian, typed as Norwegians do (lower case, æ/ø/å sometimes written a/o, a typo or two).

The negative-term check matches whole words: every negative lists its key words with
inflected forms, English names and abbreviations.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "batteri-glossary"
N = "batteri-glossary-"
# The key term(s) of each negative, lower case, Norwegian and English forms with usual
# synonyms and abbreviations: none may occur in the glossary file (whole words,
# case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (HVAC's
    # "brannhåndtering", LFP's "branntrygg"; Etterspørselsrespons's "lading av elbiler";
    # Kapasitetsmarked; NMC's "brukes mest i bil" and "stasjonær"; Merit-orden's price;
    # NTC's "soner"; renewables.ninja's "solproduksjon"; Frekvensrespons's 50 Hz; Reserve's
    # "utfall")
    f"{N}023": [
        "thermal runaway",
        "termisk rusning",
        "rusning",
        "kjedereaksjon",
        "overopphetet",
        "overoppheting",
        "overopphetes",
    ],
    f"{N}024": [
        "v2g",
        "vehicle-to-grid",
        "vehicle to grid",
        "toveislading",
        "toveis",
        "bidireksjonal",
        "bidirectional",
    ],
    f"{N}025": [
        "nettleie",
        "nettleia",
        "nettleien",
        "effekttariff",
        "effektledd",
        "kapasitetsledd",
        "tariff",
        "tariffer",
    ],
    f"{N}026": [
        "second-life",
        "second life",
        "gjenbruk",
        "gjenbrukes",
        "gjenbrukte",
        "resirkulering",
        "resirkulere",
        "recycling",
        "vraket",
    ],
    f"{N}027": [
        "negative priser",
        "negativ pris",
        "negative",
        "negativ",
        "minuspris",
        "under null",
    ],
    f"{N}028": [
        "prisområde",
        "prisområder",
        "prisomrade",
        "prissone",
        "prissoner",
        "områdepris",
        "no1",
        "no2",
        "no3",
        "no4",
        "no5",
        "sør-norge",
        "nord-norge",
    ],
    f"{N}029": [
        "plusskunde",
        "plusskunder",
        "prosumer",
        "solcellepanel",
        "solcellepaneler",
        "solceller",
        "solcelle",
        "takanlegg",
    ],
    f"{N}030": ["svingmasse", "inertia", "treghet", "roterende", "rotasjonsenergi"],
    f"{N}031": [
        "black start",
        "blackstart",
        "dødstart",
        "svartstart",
        "blackout",
        "strømstans",
        "strømbrudd",
    ],
    # named; several share a word with a title: vanadium flow battery (Batterilager),
    # solid-state battery (Batterilager), LMFP (LFP), LCOH (LCOE / LCOS, Hydrogen), CAES
    # (Pumpekraft's neighbourhood), peak shaving (Mid-merit / peak), FCR (Reserve,
    # Frekvensrespons), SOH (SOC's "State of"), Nord Pool spot price (Arbitrasje's
    # neighbourhood)
    f"{N}032": ["vanadium", "redox", "flytbatteri", "flow battery", "strømningsbatteri"],
    f"{N}033": ["faststoffbatteri", "faststoff", "solid-state", "solid state"],
    f"{N}034": [
        "lmfp",
        "litium-mangan-jernfosfat",
        "manganese iron phosphate",
        "lithium manganese iron phosphate",
    ],
    f"{N}035": ["lcoh", "levelized cost of hydrogen", "hydrogenkostnad"],
    f"{N}036": ["caes", "trykkluft", "trykkluftlager", "compressed air"],
    f"{N}037": ["peak shaving", "peak-shaving", "shaving", "toppkapping", "topplastkapping"],
    f"{N}038": ["fcr", "frequency containment", "afrr", "mfrr", "ffr"],
    f"{N}039": ["soh", "state of health", "helsetilstand"],
    f"{N}040": ["nord pool", "nordpool", "elspot", "spotpris", "spotprisen", "day-ahead"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
