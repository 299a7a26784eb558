"""Static checks of eval/corpora/geotech-glossary/questions.jsonl (blind, round 51).

Run from the worktree root: ``python eval/check_geotech-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one TBX file (``geotech-glossary.tbx``: sprakradet/tbx-conversion's
``TBX_files_ready_to_push/383/383_1.tbx``, the first 100-entry batch, adhesion ..
geohydrologi, of TNC's Swedish "Geoteknisk ordlista" of 1975 as converted for
EuroTermBank, CC BY 4.0). Its root element is ``<martifHeader>`` (no ``<martif>``), which
holds ``<fileDesc>``, ``<encodingDesc>`` and the ``<text><body>`` of 100 ``<termEntry>``
elements; each has ``<langSet>``s for sv, en, de, fr, ru, fi of ``<ntig><termGrp><term>``
(TBX-Basic's ``ntig``, not ``tig``), and on the Swedish side a ``<descripGrp><descrip
type="definition">`` (94 of 100 entries), ``<note>``s (some twice: in the ``ntig`` and in
the ``langSet``) and ``<ref type="crossReference"|"see">`` links. Definitions and questions
are in Swedish.

Written blind while the parser read the file as 100 entries, ids from the slug of the first
Swedish term (``bankpåle``, ``dy`` / ``dy-1``), not the termEntry ids (``bankpaale``,
``dy-1`` / ``dy-2``). ``--by-hand`` (also chosen when the parser's ids do not include the
keyed ones) reads the same way: one entry per ``<termEntry>``, ANCHOR = the shared corpus
README's ``slug`` of the first Swedish ``<term>`` (``-1`` for a repeat), text = every term
of every language, the Swedish definitions and notes. The negatives' grep reads the
``.tbx`` file itself (every language).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "geotech-glossary"
GLOSSARY = FOLDER / "geotech-glossary.tbx"
N = "geotech-glossary-"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The key term(s) of each negative, lower case, with usual synonyms (Swedish, English,
# German where handy): none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Betongpåle, Bentonit's
    # "lera" / Flytbenägen jord / Flytjord, Erosion / Bank, Berg / Borrning, Berg / Bergart,
    # Berg / Geofysik, Effektiv kornstorlek / Dispersion's "sedimentationsanalys",
    # Frostdjup / Frostaktiv jord, Densitet / Bärighet)
    f"{N}023": ["kapning", "kapa", "kapar", "pålkapning", "cut-off"],
    f"{N}024": ["kvicklera", "kvick", "quick clay", "sensitivitet", "sensitiv"],
    f"{N}025": ["skred", "jordskred", "lerskred", "ras", "landslide", "släntstabilitet"],
    f"{N}026": ["sprängning", "spränga", "spränger", "sprängämne", "dynamit", "blasting"],
    f"{N}027": ["injektering", "injektera", "grouting", "cementbruk", "tätning"],
    f"{N}028": ["radon", "markradon", "radonsäker", "radonsäkert"],
    f"{N}029": ["siktning", "siktanalys", "sikt", "såll", "kornkurva", "sieve", "sieve analysis"],
    f"{N}030": ["permafrost", "dauerfrostboden", "pergélisol", "ikirouta"],
    f"{N}031": ["packning", "packa", "packar", "vibroplatta", "kompaktering", "proctor"],
    # named; several share a word with a title: vilojordtryck (Aktivt jordtryck), stålpåle
    # (Betongpåle, Friktionspåle, Bankpåle), plasticitetsindex (Flytindex), skjuvmodul
    # (Deformationsmodul, Elasticitetsmodul, Bäddmodul), bergbult (Bergdubb, Bergsko),
    # vibrohejare (Fallhejare, Dieselhejare), grundvattenrör (Bundet / Fritt grundvatten),
    # konsolideringskoefficient (Förkonsolideringsspänning), mosstorv (Filttorv)
    f"{N}032": ["vilojordtryck", "jordtryck i vila", "earth pressure at rest", "k0"],
    f"{N}033": ["stålpåle", "stålpålar", "steel pile", "stahlpfahl"],
    f"{N}034": ["plasticitetsindex", "plasticity index", "plastic index", "plastizitätszahl"],
    f"{N}035": ["skjuvmodul", "shear modulus", "schubmodul", "g-modul"],
    f"{N}036": ["bergbult", "bergbultar", "bultning", "rock bolt", "felsanker"],
    f"{N}037": ["vibrohejare", "vibratory hammer", "vibrator", "vibrationsramme"],
    f"{N}038": ["grundvattenrör", "standpipe", "observationsrör", "piezometer"],
    f"{N}039": ["konsolideringskoefficient", "coefficient of consolidation", "cv"],
    f"{N}040": ["mosstorv", "vitmossa", "vitmossetorv", "sphagnum"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(terms + Swedish definitions and notes): one entry per ``<termEntry>``."""
    root = ET.parse(GLOSSARY).getroot()
    assert root.tag == "martifHeader", root.tag
    entries: dict[str, str] = {}
    for entry in root.iter("termEntry"):
        sets = entry.findall("langSet")
        swedish = next(s for s in sets if s.get(LANG) == "sv")
        anchor = base = slug(next(swedish.iter("term")).text or "")
        n = 0
        while f"geotech-glossary#{anchor}" in entries:
            n += 1
            anchor = f"{base}-{n}"
        terms = [t.text or "" for s in sets for t in s.iter("term")]
        texts = [d.text or "" for d in swedish.iter("descrip")]
        texts += [x.text or "" for x in swedish.iter("note")]
        entries[f"geotech-glossary#{anchor}"] = flat(" ".join(terms + texts))
    assert len(entries) == 100, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the <termEntry> elements of the TBX body"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
