"""Static checks of eval/corpora/lingo-glossary/questions.jsonl (blind, round 57).

Run from the worktree root: ``python eval/check_lingo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one JavaScript module in **Latvian** (``lingo-glossary.js``:
IvarsSaudinis/react-lingo's ``src/assets/vocabulary.js``, the word list of a Latvian "Lingo"
word-guessing game; no licence stated): a UTF-8 byte order mark, then ``export const data =
{"vocabulary": [...]}`` whose 1268 records each hold a numeric ``id`` (1..1268), a ``title``
(a five-letter Latvian word, lower case, in Latvian alphabetical order: abaks .. žūžas), a
``level`` (1-3, the author's guess of how hard the word is) and a ``definition`` (one or two
Latvian dictionary sentences in the style of Tēzaurs.lv / LLVV, some only a cross-reference
such as "Dem. --> acs." or "Astere."). Records are written either over six lines or, when
short, on one line (``{ "id": 4, "title": "acīte", ... }``); the JSON inside the ``export``
is valid. The words cover every field of the general vocabulary: plants and animals with
Latin names and species counts, chemistry, units, music, crafts, history, everyday things.

Written blind while the parser read 1268 entries from the file (one per record, ids
``lingo-glossary#`` + the record's numeric ``id``, title the word, body the definition, no
aliases), so the script checks the parser's entries (``run``).

Latvian inflects (stārķis / stārķa / stārķi, lavīna / lavīnas / lavīnu): every negative lists
its key words in the case forms a definition could use, their usual synonyms and the English
word; the grep is whole-word and case-insensitive.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "lingo-glossary"
N = "lingo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (Latvian and English):
# none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Ibiss's
    # "stārķveidīgo", Stabs; Gripa / Lepra / Cinga / Ģikts; Čells / Oboja / Kokle / Gongs;
    # Jurģi / Jumis / Meija; Magma / Plūdi / Kalns; Nauda / Prece / Cents / Krona; Lauva /
    # Saiga / Hiēna; Datne / Fails / Ports / Baits; Panna / Plovs / Putra)
    f"{N}023": ["stārķis", "stārķi", "stārķa", "stārķu", "stārķim", "stork", "storks"],
    f"{N}024": [
        "diabēts",
        "diabēta",
        "diabētu",
        "diabētiķis",
        "cukura diabēts",
        "cukurslimība",
        "insulīns",
        "insulīna",
        "insulīnu",
        "diabetes",
        "insulin",
    ],
    f"{N}025": [
        "klavieres",
        "klavierēm",
        "klavieru",
        "klavīres",
        "pianīns",
        "flīģelis",
        "taustiņi",
        "taustiņiem",
        "piano",
        "keyboard",
    ],
    f"{N}026": [
        "jāņi",
        "jāņu",
        "jāņos",
        "jāņus",
        "līgo",
        "līgosvētki",
        "saulgrieži",
        "saulgriežu",
        "ugunskurs",
        "ugunskuru",
        "midsummer",
    ],
    f"{N}027": [
        "zemestrīce",
        "zemestrīces",
        "zemestrīci",
        "seismisks",
        "seismiskā",
        "earthquake",
        "seismic",
    ],
    f"{N}028": [
        "inflācija",
        "inflācijas",
        "inflāciju",
        "cenu kāpums",
        "sadārdzinājums",
        "inflation",
    ],
    f"{N}029": [
        "degunradzis",
        "degunradži",
        "degunradža",
        "degunradžu",
        "rhinoceros",
        "rhino",
    ],
    f"{N}030": [
        "pārlūks",
        "pārlūkprogramma",
        "pārlūkprogrammu",
        "internets",
        "internetā",
        "interneta",
        "mājaslapa",
        "mājaslapas",
        "browser",
        "internet",
    ],
    f"{N}031": [
        "pankūkas",
        "pankūka",
        "kartupeļu",
        "kartupeļi",
        "kartupelis",
        "draniki",
        "pancake",
        "potato",
    ],
    # named; several share a word with a title: saules aptumsums ("saule": Saule), gaisa
    # balons ("gaisa": Gaiss), nulles deklarācija ("nulle": Nulle), asins grupa (Asins and
    # Grupa are both titles), kredītkarte ("karte": Karte), sniega lavīna (next to Krusa,
    # Sarma), skābais lietus ("skābe": Skābe; Gāzma's "lietus"), dziesmu svētki (next to
    # Daina, Himna, Koris), skolas autobuss ("skola": Skola)
    f"{N}032": ["aptumsums", "aptumsuma", "aptumsumu", "eclipse"],
    f"{N}033": ["balons", "balonu", "balona", "gaisa balons", "aerostats", "balloon"],
    f"{N}034": ["deklarācija", "deklarācijas", "deklarāciju", "nulles deklarācija", "declaration"],
    f"{N}035": ["asins grupa", "asinsgrupa", "asins grupas", "blood type", "blood group"],
    f"{N}036": [
        "kredītkarte",
        "kredītkartes",
        "kredītkarti",
        "kredīts",
        "maksājumu karte",
        "credit card",
    ],
    f"{N}037": ["lavīna", "lavīnas", "lavīnu", "sniega lavīna", "avalanche"],
    f"{N}038": ["skābais lietus", "skābā lietus", "skābo lietu", "skābie lieti", "acid rain"],
    f"{N}039": ["dziesmu svētki", "dziesmu svētkos", "dziesmusvētki", "song festival"],
    f"{N}040": ["autobuss", "autobusu", "autobusa", "autobusā", "skolas autobuss", "bus"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
