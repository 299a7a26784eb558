"""Static checks of eval/corpora/wine-glossary/questions.jsonl (blind, round 38).

Run from the worktree root: ``python eval/check_wine-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one French Markdown help page of a winery-management SaaS
(``wine-glossary.md``, gestionmonchai/monchai's ``docs/help/GLOSSARY.md`` at commit 5c33f02):
an emoji ``##`` section per domain (viticulture, vinification, élevage, conditionnement,
réglementation, commercial, the app itself, units), ``###`` subsections, each holding a
two-column pipe table ``| Terme | Définition |`` with the term in bold; the bottle-format and
unit tables have other headers (``Format | Contenance``, ``Unité | Équivalence``, ``Unité |
Usage``). Questions are in French, as the app's French users would type them.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "wine-glossary"
N = "wine-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (moût / degré potentiel, lies / barrique,
    # vigne / insecticide, bouchon liège, dégorgement / tirage, macération, ébourgeonnage,
    # maturité / vendange, collage / filtration) is in the glossary
    f"{N}023": ["chaptalisation", "chaptaliser", "chaptalisé", "enrichissement", "sucrage"],
    f"{N}024": ["bâtonnage", "batonnage", "remuer", "remise en suspension"],
    f"{N}025": ["porte-greffe", "greffe", "greffage", "phylloxéra", "phylloxera", "puceron"],
    f"{N}026": ["bouchonné", "bouchonne", "goût de bouchon", "tca", "trichloroanisole", "moisi"],
    f"{N}027": ["remuage", "pupitre", "gyropalette", "gyropalettes"],
    f"{N}028": ["saignée", "saignee", "rosé", "rose"],
    f"{N}029": ["gel", "gelée", "gelées", "antigel", "bougies", "aspersion", "givre"],
    f"{N}030": ["passerillage", "passerillé", "surmaturation", "vendanges tardives", "tardives"],
    f"{N}031": ["tartrique", "tartre", "cristaux", "stabilisation", "stabulation", "froid"],
    # named; several share a word with a title: macération carbonique (Macération), cuve
    # tronconique (Cuve inox / béton / fibre), bouchon couronne (Bouchon liège / technique /
    # synthétique), chêne hongrois (Chêne français / américain), levures non-saccharomyces
    # (Levures, Levures indigènes), droits d'accise (Droits acquittés / suspendus), taille en
    # cordon de Royat (Taille); enherbement, flavescence dorée
    f"{N}032": ["carbonique", "co2", "gaz carbonique", "grappes entières"],
    f"{N}033": ["tronconique", "tronconiques"],
    f"{N}034": ["couronne", "capsule couronne"],
    f"{N}035": ["hongrois", "hongrie", "chêne de hongrie"],
    f"{N}036": ["saccharomyces", "non-saccharomyces", "torulaspora", "pichia"],
    f"{N}037": ["accise", "accises", "excise"],
    f"{N}038": ["enherbement", "enherbé", "herbe", "couvert végétal"],
    f"{N}039": ["flavescence", "dorée", "cicadelle", "phytoplasme"],
    f"{N}040": ["royat", "cordon", "guyot", "gobelet"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
