"""Static checks of eval/corpora/scouting-glossary/questions.jsonl (blind, round 42).

Run from the worktree root: ``python eval/check_scouting-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JavaScript file in **Dutch** (``scouting-glossary.js``,
ThomasdenH/VinchemWoordenboek's ``script/content.js``, the "Vinchem Woordenboek" app of
Scouting Vinchem, Winsum): ``const content = { "words": [ ... ] };`` then ``export default
content;``. The array holds 313 JSON-style objects: 258 with ``woord`` / ``betekenis`` /
``prefix`` (part of speech, gender, plural) / ``voorbeeldzin`` / ``categorie`` (some also
``extra``), and 55 bare ``{"woord": X, "synonym": Y}`` cross-references with no definition.

Written blind while round 41's parser read 0 entries from the file ("read as dialect
javascript: no list or mapping of terms with definitions"): until the parser reads the
records, ``rag-glossary entries`` exits with an error and this check stops there (the
"relevant id exists" and must_include checks need the parsed entries). The anchors are the
shared corpus README's slug of each record's ``woord`` (the 258 defined records; the second
``welp`` slug, from ``W.E.L.P.``, would be ``welp-1`` and is not used);
eval/corpora/scouting-glossary/README.md lists them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "scouting-glossary"
GLOSSARY = FOLDER / "scouting-glossary.js"
N = "scouting-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file. Left out on purpose (they occur in the file in another sense):
# "haringen" (a voorbeeldzin of hakblok), "wacht" (the verb in three voorbeeldzinnen), "verband"
# ("in verband met"), "installeren" (a joke voorbeeldzin of teamleider), "noorden", "kaart",
# "knoop", "badge" (scoutingloterij), "eerste".
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (yells and kreten /
    # breaklightspel; uniform and das; welpenwet, bereidheidsverklaring, ontgroening; hike and
    # spooktocht; handbijl's blaren, kletspoot; vuurbaan's lucifers, peut, wapperplankje; lijntje
    # (omheining) and other groups crossing it; leiding and begeleiding; wachtlijst, barkaart)
    f"{N}023": ["morse", "morsecode", "morsealfabet", "seinen", "semafoor"],
    f"{N}024": ["dasring", "dasringen", "woggle"],
    f"{N}025": ["belofte", "beloftes", "beloven", "beloof", "installatie"],
    f"{N}026": ["kompas", "kompassen", "kompasnaald", "kaartlezen", "stafkaart"],
    f"{N}027": [
        "ehbo",
        "ehbo-doos",
        "verbanddoos",
        "verbandtrommel",
        "pleister",
        "pleisters",
        "eerste hulp",
    ],
    f"{N}028": ["vuursteen", "vuurstaal", "firesteel", "magnesium", "vonken"],
    f"{N}029": [
        "nachtwacht",
        "nachtwachten",
        "kampwacht",
        "wachtlopen",
        "wacht lopen",
        "bewaken",
        "bewaking",
    ],
    f"{N}030": ["vog", "verklaring omtrent gedrag"],
    f"{N}031": ["contributie", "lidmaatschap", "lidgeld", "jaarbijdrage"],
    # named; several share a word with a title: scouting academy (scouting), gaffa tape (duct
    # tape), kleine beer (kleine container), kim spel (spel), scouts en gidsen vlaanderen (leeuw
    # van Vlaanderen); jamboree, mastworp, spelinsigne, jota-joti share none
    f"{N}032": ["jamboree", "wereldjamboree"],
    f"{N}033": ["scouting academy", "academy"],
    f"{N}034": ["gaffa", "gaffa tape", "gaffer"],
    f"{N}035": ["kleine beer", "poolster", "sterrenbeeld"],
    f"{N}036": ["kim", "kimspel", "kim-spel"],
    f"{N}037": ["scouts en gidsen", "gidsen"],
    f"{N}038": ["mastworp", "paalsteek"],
    f"{N}039": ["spelinsigne", "spelinsignes", "insigne", "insignes"],
    f"{N}040": ["jota", "joti", "jota-joti", "jota joti"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(woord + synonym records pointing at it + betekenis): one entry per record
    with a ``betekenis``; a repeated slug gets ``-1`` (GitHub's rule)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    body = text[text.index("{") : text.rindex("};") + 1]
    body = re.sub(r",(\s*[}\]])", r"\1", body)  # one trailing comma after "synonym": "RSA"
    records = json.loads(body)["words"]
    synonyms: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        if "synonym" in rec:
            synonyms[rec["synonym"]].append(rec["woord"])
    entries: dict[str, str] = {}
    for rec in records:
        if "betekenis" not in rec:
            continue
        base = slug(rec["woord"])
        key, n = f"scouting-glossary#{base}", 0
        while key in entries:
            n += 1
            key = f"scouting-glossary#{base}-{n}"
        aliases = " ".join(synonyms[rec["woord"]])
        entries[key] = flat(f"{rec['woord']} {aliases} {rec['betekenis']}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the woord records")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
