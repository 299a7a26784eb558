"""Static checks of eval/corpora/liikenne-glossary/questions.jsonl (blind, round 49).

Run from the worktree root: ``python eval/check_liikenne-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Finnish Markdown page (``liikenne-glossary.md``: HSLdevcom/helmet-docs's
``docs/sanasto.md``, the glossary of the HELMET travel demand model's documentation): Jekyll
front matter, a ``# Sanasto`` heading, one intro sentence, then 60 ``* **Term** ...`` bullets
in which the bold term is the subject of the defining sentence (``* **Estimointi** tarkoittaa
...``, ``* **Agenttimalli** eli yksilömalli mallintaa ...``): no colon or dash after the term;
seven bullets are only ``ks. "X"`` pointers.

Written blind while the parser read 0 entries from the file ("read as dialect md-terms: no
bold terms, term tables or definition lists"): until it does, ``rag-glossary entries`` fails
and this script falls back to a by-hand reading (``--by-hand``, also chosen automatically):
one entry per ``* **`` bullet, title = the bold text, ANCHOR = the shared corpus README's
``slug`` of that title (``Kiertomatka  (tour)`` -> ``kiertomatka--tour``, its double space
kept; ``Sentroidi (centroid)`` -> ``sentroidi-centroid``; ``Lähtöpaikka ja määräpaikka`` ->
``lähtöpaikka-ja-määräpaikka``), text = title + the rest of the bullet line; the negatives'
grep reads the ``.md`` file itself. The anchors used are listed in
eval/corpora/liikenne-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "liikenne-glossary"
GLOSSARY = FOLDER / "liikenne-glossary.md"
N = "liikenne-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms, abbreviations and the
# Finnish inflected forms a reader would look for: none may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Estimointi / Validointi / Reitin
    # valinta, Lähtötieto / Validointi, Kulkutapa / Kysyntämalli, Hyötyfunktio / Vastus,
    # Kulkutavan valinta / Logit-malli, Kysyntämalli / Ennusteskenaario, Tarjontamalli /
    # Malli, Kulkutapa / Ulkoinen liikenne, Viivytysfunktio / Linkki) is in the file
    f"{N}023": [
        "kalibrointi",
        "kalibroida",
        "kalibroidaan",
        "kalibroinnin",
        "calibration",
        "viritys",
        "viritetään",
        "virittäminen",
    ],
    f"{N}024": [
        "liikennelaskenta",
        "liikennelaskennat",
        "liikennelaskennan",
        "liikennelaskentoja",
        "laskentapiste",
        "mittauspiste",
        "mittaukset",
        "traffic count",
        "counts",
    ],
    f"{N}025": [
        "autonomistus",
        "auton omistus",
        "autonomistuksen",
        "autoistuminen",
        "autotiheys",
        "kotitalous",
        "kotitalouden",
        "kotitaloudella",
        "car ownership",
    ],
    f"{N}026": [
        "ajan arvo",
        "aika-arvo",
        "ajan arvon",
        "value of time",
        "ajansäästö",
        "maksuhalukkuus",
    ],
    f"{N}027": [
        "jousto",
        "joustot",
        "hintajousto",
        "elastisuus",
        "elasticity",
        "lipun hinta",
        "lippujen hinta",
        "taksa",
    ],
    f"{N}028": ["indusoitu", "indusoitunut", "herätetty", "induced", "lisäliikenne", "moottoritie"],
    f"{N}029": [
        "päästö",
        "päästöt",
        "päästöjä",
        "hiilidioksidi",
        "hiilidioksidia",
        "co2",
        "emissio",
        "emissiot",
        "ilmasto",
    ],
    f"{N}030": [
        "tavaraliikenne",
        "tavaraliikenteen",
        "kuorma-auto",
        "kuorma-autot",
        "rekka",
        "rekat",
        "raskas liikenne",
        "jakeluliikenne",
        "jakeluautot",
        "freight",
    ],
    f"{N}031": [
        "kapasiteetti",
        "kapasiteetin",
        "välityskyky",
        "kaista",
        "jono",
        "jonoutuminen",
        "jonoutua",
        "capacity",
    ],
    # named; several share a word with a title: aktiviteettipohjainen malli (Malli,
    # Agenttimalli), probit-malli (Logit-malli), mixed logit (Nested logit), seutulinja
    # (U-linja), kiertoliittymä (Kiertomatka), matkakortti (Matka)
    f"{N}032": ["aktiviteettipohjainen", "activity-based", "aktiviteetti", "aktiviteetit"],
    f"{N}033": ["probit"],
    f"{N}034": ["gravitaatiomalli", "gravitaatio", "gravity"],
    f"{N}035": ["mixed logit", "mixed", "sekoitelogit"],
    f"{N}036": ["monte carlo", "simulointi", "simulaatio", "mikrosimulointi"],
    f"{N}037": ["seutulinja", "seutulinjat", "seutuliikenne"],
    f"{N}038": ["kiertoliittymä", "kiertoliittymät", "liikenneympyrä", "roundabout"],
    f"{N}039": ["matkakortti", "matkakortin", "matkakortilla"],
    f"{N}040": ["regressio", "regressiomalli", "lineaarinen regressio", "pienimmän neliösumman"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)
BULLET = re.compile(r"^\* \*\*(.+?)\*\*(.*)$")


def hand_entries() -> dict[str, str]:
    """id -> flat(title + definition): one entry per ``* **Term**`` bullet line."""
    entries: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        m = BULLET.match(line)
        if not m:
            continue
        title, body = m.groups()
        key = f"liikenne-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {body}")
    assert len(entries) == 60, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the * **Term** bullets of the Markdown page"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
