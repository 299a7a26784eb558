"""Static checks of eval/corpora/chem-glossary/questions.jsonl (blind, round 56).

Run from the worktree root: ``python eval/check_chem-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one JSON file in **Icelandic** (``chem-glossary.json``: the chapter-1
glossary of *Efnafræði*, the Icelandic translation of OpenStax *Chemistry 2e* served by the
reader SigurdurVilhelmsson/namsbokasafn-vefur, ``public/content/efnafraedi/glossary.json``,
CC BY 4.0): one object ``{"terms": [...]}`` whose 54 records each hold ``term`` (the
Icelandic term, lower case but for Celsíus / Fahrenheit / SI-einingar), ``english`` (the
English term of the original), ``definition`` (a one-line Icelandic definition, no final
full stop), ``chapter`` ("1" in every record) and ``section`` ("1.1" .. "1.6"), in the
alphabetical order of the English terms.

Written blind while the parser read 54 entries from the file (one per record, ids the slug
of ``term``, ``english`` as the alias where it differs), so the script checks the parser's
entries (``main`` falls back to a reading by hand only if the loader reads nothing).

Icelandic inflects (jón / jónir / jóna, þrýstingur / þrýstings), so besides the whole-word
NEGATIVE_TERMS every negative's stems are checked as substrings of the lower-cased file
(``main_stems_absent``).
"""

from __future__ import annotations

import json
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_stems_absent, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "chem-glossary"
GLOSSARY = FOLDER / "chem-glossary.json"
N = "chem-glossary-"
# The key term(s) of each negative, lower case, with inflected forms and usual synonyms
# (Icelandic and English): none may occur in the glossary file (whole words,
# case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Frumeind / Efni /
    # Massi; Frumeind / Rafgas's "rafhlaðinna atóma"; Fast efni / Gas / Eðlisbreyting;
    # Hitastig / Celsíus / Eðlismassi; Frumeind / Frumefni / Massi; Frumefni; Gas / Þyngd's
    # "kraftur"; Markverðir stafir / Nákvæm tala / Námundun; Vísindaleg aðferð / Tilgáta)
    f"{N}023": [
        "avogadro",
        "avogadrosartala",
        "tala avogadros",
        "mól",
        "mólið",
        "móli",
        "mole",
        "mol",
    ],
    f"{N}024": [
        "jón",
        "jónir",
        "jóna",
        "jónum",
        "jónin",
        "ion",
        "ions",
        "rafeind",
        "rafeindir",
        "rafeindar",
        "electron",
        "katjón",
        "anjón",
    ],
    f"{N}025": [
        "þurrgufun",
        "sublimation",
        "þurrís",
        "hamskipti",
        "hamskipta",
        "gufun",
        "uppgufun",
    ],
    f"{N}026": [
        "eðlisvarmi",
        "eðlisvarma",
        "specific heat",
        "varmarýmd",
        "varmi",
        "varma",
        "orka",
        "orku",
        "joule",
        "júl",
    ],
    f"{N}027": [
        "samsæta",
        "samsætur",
        "samsætu",
        "samsætna",
        "isotope",
        "isotopes",
        "nifteind",
        "nifteindir",
        "neutron",
    ],
    f"{N}028": [
        "lotukerfi",
        "lotukerfið",
        "lotukerfinu",
        "periodic table",
        "periodic",
        "sætistala",
        "sætistölu",
        "atomic number",
        "tafla",
        "taflan",
    ],
    f"{N}029": [
        "þrýstingur",
        "þrýstingurinn",
        "þrýsting",
        "þrýstings",
        "loftþrýstingur",
        "pressure",
        "pascal",
        "pa",
        "fermetra",
    ],
    f"{N}030": [
        "staðalform",
        "staðalformi",
        "scientific notation",
        "notation",
        "veldi",
        "veldisvísir",
        "ritháttur",
    ],
    f"{N}031": [
        "viðmiðunarhópur",
        "viðmiðunarhópurinn",
        "samanburðarhópur",
        "control group",
        "lyfleysa",
        "placebo",
        "samanburðarhópurinn",
    ],
    # named; several share a word with a title: mólmassi ("massi": Massi, Eðlismassi),
    # samgilt tengi (next to Sameind, Efnasamband), lögmál Boyles ("lögmál": Lögmál, Lögmál
    # um varðveislu efnis), seigja vökva ("vökvi": Vökvi), oxunartala ("tala": Nákvæm tala),
    # sýrustig ("stig": Hitastig), kristalgrind í föstu efni ("fast efni": Fast efni),
    # hálfgildistími (next to Sekúnda, "SI-eining tíma"), efnajafnvægi (next to
    # Efnabreytingar, Efnaeiginleikar)
    f"{N}032": ["mólmassi", "mólmassa", "molar mass", "mólþungi", "mólþyngd"],
    f"{N}033": ["samgilt", "samgild", "samgilt tengi", "covalent", "covalent bond", "efnatengi"],
    f"{N}034": ["boyle", "boyles", "lögmál boyles", "boyle's law"],
    f"{N}035": ["seigja", "seigju", "seigjan", "viscosity", "seigfljótandi"],
    f"{N}036": ["oxunartala", "oxunartölu", "oxun", "oxidation", "oxidation number"],
    f"{N}037": ["ph", "sýrustig", "sýrustigs", "sýra", "sýrur", "acid", "basi", "basískt"],
    f"{N}038": ["kristalgrind", "kristall", "kristal", "kristallað", "crystal", "lattice"],
    f"{N}039": ["hálfgildistími", "helmingunartími", "half-life", "geislavirkni", "geislavirk"],
    f"{N}040": ["efnajafnvægi", "jafnvægi", "jafnvægis", "equilibrium"],
}
# Substrings of the lower-cased file that must not occur (stems of the inflected forms
# above: "jón" and "mol" are left out, since "sjón" and "molecule" hold them).
NEGATIVE_STEMS = (
    "avogadro",
    "rafeind",
    "electron",
    "þurrgufun",
    "sublim",
    "þurrís",
    "hamskipt",
    "eðlisvarm",
    "varmarýmd",
    "samsæt",
    "isotop",
    "nifteind",
    "neutron",
    "lotukerf",
    "periodic",
    "sætistal",
    "þrýsting",
    "pressure",
    "staðalform",
    "veldi",
    "viðmiðunarhóp",
    "mólmass",
    "samgild",
    "samgilt",
    "covalent",
    "boyle",
    "seigj",
    "viscos",
    "oxun",
    "oxid",
    "sýrustig",
    "kristal",
    "crystal",
    "hálfgild",
    "helmingunar",
    "jafnvægi",
    "equilibri",
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + english + definition + section): one entry per record, ANCHOR = the
    shared corpus README's slug of ``term`` (the parser's reading gives the same 54 ids)."""
    records = json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"]
    entries: dict[str, str] = {}
    for record in records:
        key = f"chem-glossary#{slug(record['term'])}"
        assert key not in entries, key
        entries[key] = flat(
            f"{record['term']} {record['english']} {record['definition']} {record['section']}"
        )
    assert len(entries) == 54, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the records of the glossary's terms array"
    )


def main() -> int:
    return main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS)


if __name__ == "__main__":
    sys.exit(main())
