"""Static checks of eval/corpora/erp-glossary/questions.jsonl (blind, round 56).

Run from the worktree root: ``python eval/check_erp-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Markdown page in **Lithuanian** (``erp-glossary.md``: erpnext/foundation's
``foundation/www/docs/user/manual/lt/introduction/concepts-and-terms.md``, "Sąvokos ir
apibrėžimai", the volunteer Lithuanian translation of the ERPNext user manual's "Concepts and
Terms" page; MIT): an ``<!-- add-breadcrumbs -->`` comment, a ``#`` title and one-line
introduction, nine ``###`` module sections (Pagrindinės sąvokos, Apskaita, Pardavimas,
Pirkimas, Ištekliai, Žmogiškųjų išteklių valdymas, Gamyba, Svetainė, Nustatymai / pakeitimai)
between ``* * *`` rules, and 55 ``#### Term`` headings, each over a one- to four-sentence
Lithuanian definition and a ``> Module > Page`` breadcrumb blockquote (two for Kainoraštis,
none for Sandėlio apskaitos knygos įrašas), ending with a ``{next}`` placeholder. No English
names: the translation keeps only Lithuanian titles, some of them mistranslated or misspelt
(``Apmokęstinimo pasiūlymas`` for Quotation, ``Pirkimo užsąkymas``, ``Pardavimo galimybe``),
and the text has typos left from a non-Lithuanian keyboard (``J8s``, ``pa2iu``). The parser
reads 55 entries, one per ``####`` heading (ids the slug of the heading, diacritics kept),
which this script checks against.

Lithuanian inflects heavily: every negative lists its key words in the case forms a definition
could use, their usual Lithuanian synonyms and the English original; the grep is whole-word
and case-insensitive.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "erp-glossary"
N = "erp-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (Lithuanian and English):
# none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Pardavimo
    # sąskaita-faktūra, Sąskaita / Finansiniai metai, Kainoraštis / Apmokęstinimo
    # pasiūlymas, Adresas's "parduotuvė", Klientas / Klientų grupė, Lankomumas, Žurnalo įrašas,
    # Sandėlis / Sandėlio apskaitos knygos įrašas, Darbo užsakymas / Darbuotojas)
    f"{N}023": [
        "prenumerata",
        "prenumeratos",
        "subscription",
        "recurring",
        "periodinė",
        "periodinės",
        "pasikartojanti",
        "pasikartojančios",
        "kas mėnesį",
    ],
    f"{N}024": [
        "nusidėvėjimas",
        "nusidėvėjimo",
        "amortizacija",
        "amortizacijos",
        "depreciation",
        "ilgalaikis turtas",
        "ilgalaikio",
        "turtas",
        "turto",
    ],
    f"{N}025": [
        "pvm",
        "vat",
        "pridėtinės vertės",
        "pridėtinės",
        "mokestis",
        "tax",
        "procentas",
        "procentų",
    ],
    f"{N}026": [
        "kasa",
        "kasos",
        "kasoje",
        "pos",
        "point of sale",
        "grynais",
        "grynaisiais",
        "kasos aparatas",
    ],
    f"{N}027": [
        "taškai",
        "taškus",
        "taškų",
        "lojalumo",
        "lojalumas",
        "loyalty",
        "points",
    ],
    f"{N}028": [
        "viršvalandžiai",
        "viršvalandžių",
        "overtime",
        "valandos",
        "valandas",
        "valandų",
    ],
    f"{N}029": [
        "bankas",
        "banko",
        "bank",
        "išrašas",
        "išrašą",
        "suderinimas",
        "reconciliation",
    ],
    f"{N}030": [
        "fifo",
        "lifo",
        "savikaina",
        "savikainą",
        "savikainos",
        "vidutinė",
        "įkainojimas",
        "valuation",
    ],
    f"{N}031": [
        "projektas",
        "projektą",
        "projektų",
        "užduotis",
        "užduotys",
        "užduočių",
        "task",
        "project",
        "timesheet",
        "laiko",
    ],
    # named; several share a word with a title: pirkimo biudžetas (Pirkimo kvitas / užsąkymas
    # / sąskaita-faktūra), mokėjimo įrašas (the "... įrašas" titles), kliento portalas (next
    # to Klientas), darbo pamaina (Darbo stotis / užsakymas), pardavimo piltuvas (the
    # "Pardavimo ..." titles), daikto variantas (Daiktas, Daiktų grupė), pelno ir nuostolių
    # ataskaita (next to Sąskaita), atlyginimo avansas (Atlyginimo įrašas / lapelis), tiekėjų
    # vertinimo kortelė (Tiekėjas, Vertinimas)
    f"{N}032": ["biudžetas", "biudžeto", "budget"],
    f"{N}033": ["mokėjimo įrašas", "mokėjimo", "mokėjimas", "payment entry", "payment"],
    f"{N}034": ["portalas", "portalo", "portal"],
    f"{N}035": ["pamaina", "pamainos", "shift", "grafikas"],
    f"{N}036": ["piltuvas", "piltuvo", "funnel"],
    f"{N}037": ["variantas", "variantai", "varianto", "variant"],
    f"{N}038": ["pelno", "nuostolių", "ataskaita", "profit and loss", "profit"],
    f"{N}039": ["avansas", "avanso", "advance"],
    f"{N}040": ["kortelė", "kortelės", "scorecard"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
