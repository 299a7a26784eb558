"""Static checks of eval/corpora/juno-glossary/questions.jsonl (blind, round 40).

Run from the worktree root: ``python eval/check_juno-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one XLIFF 1.2 file (``juno-glossary.xlf``: JundrooPedro/JNO-Translation's
``glossary.xlf``, the English localisation glossary of the spaceflight sandbox game "Juno: New
Origins"): one ``<file>`` whose ``<body>`` holds 69 ``<trans-unit id="...">`` elements (ids
``juno-new-origins``, ``jno``, ..., ``body-00``..``body-21``, ``term-00``..``term-39``; seven
with ``translate="no"``), each a ``<source>`` term, a ``<target>`` repeating it word for word
(source and target language are both en-US) and a ``<note>`` holding the definition and the
translator's instructions.

Written blind while the parser read no file from the folder (``.xlf`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``<trans-unit>``, ANCHOR = the shared corpus README's ``slug`` of its ``<source>``
(``Handrew's Comet`` -> ``handrews-comet``, ``T.T.`` -> ``tt``), text = source + note; the
negatives' grep reads the ``.xlf`` file itself. The anchors are listed in
eval/corpora/juno-glossary/README.md.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "juno-glossary"
GLOSSARY = FOLDER / "juno-glossary.xlf"
N = "juno-glossary-"
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Sphere of Influence's gravity, orbit /
    # crew, re-entry / command pod, orbit / Semi-Major Axis, the bodies' trips, orbit /
    # Delta-V, Sphere of Influence, thrust / launch location's weight limits, part / craft)
    # is in the glossary
    f"{N}023": [
        "gravity assist",
        "slingshot",
        "flyby",
        "fly-by",
        "swing-by",
        "swingby",
        "gravity well",
    ],
    f"{N}024": ["docking", "dock", "docked", "docking port", "rendezvous", "berthing", "undock"],
    f"{N}025": ["parachute", "parachutes", "chute", "chutes", "drogue", "landing legs", "airbag"],
    f"{N}026": ["orbital period", "period", "revolution", "year"],
    f"{N}027": [
        "time warp",
        "timewarp",
        "warp",
        "time acceleration",
        "fast forward",
        "fast-forward",
    ],
    f"{N}028": [
        "hohmann",
        "transfer orbit",
        "transfer",
        "bi-elliptic",
        "circularize",
        "circularise",
    ],
    f"{N}029": ["escape velocity", "escape", "escape speed", "hyperbolic"],
    f"{N}030": ["twr", "thrust-to-weight", "thrust to weight", "thrust/weight"],
    f"{N}031": [
        "center of mass",
        "centre of mass",
        "center of gravity",
        "centre of gravity",
        "com",
        "cog",
        "balance point",
        "mass",
    ],
    # named; several share a word with a title: descending node (Ascending Node), mean anomaly
    # (True Anomaly), hill sphere (Sphere of Influence, nav sphere), argument of periapsis
    # (Periapsis), oxidizer tank (fuel tank), science points (Tech Points), geostationary
    # orbit (orbit)
    f"{N}032": ["descending node", "descending"],
    f"{N}033": ["mean anomaly", "eccentric anomaly", "mean motion"],
    f"{N}034": ["hill sphere", "hill", "roche"],
    f"{N}035": ["argument of periapsis", "argument of periapse", "argument of perigee", "argument"],
    f"{N}036": ["oxidizer", "oxidiser", "lox", "liquid oxygen", "oxidizer tank"],
    f"{N}037": ["science points", "science", "research points"],
    f"{N}038": ["geostationary", "geosynchronous", "gso", "geo", "geostationary orbit"],
    f"{N}039": ["lagrange", "lagrangian", "lagrange point", "l1", "l2", "l4", "l5"],
    f"{N}040": ["gimbal", "gimbaling", "gimballing", "thrust vectoring", "vectoring", "tvc"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(source + note): one entry per <trans-unit>."""
    entries: dict[str, str] = {}
    for unit in ET.parse(GLOSSARY).getroot().iter(f"{XLIFF}trans-unit"):
        source = unit.findtext(f"{XLIFF}source") or ""
        note = unit.findtext(f"{XLIFF}note") or ""
        key = f"juno-glossary#{slug(source)}"
        assert key not in entries, key
        entries[key] = flat(f"{source} {note}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the <trans-unit> elements")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
