"""Static checks of eval/corpora/lidar-glossary/questions.jsonl (blind, round 42).

Run from the worktree root: ``python eval/check_lidar-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one RDF Turtle file (``lidar-glossary.ttl``: IEA-Wind-Task-32/wind-lidar-ontology
``glossary.ttl`` at 415d84e, the IEA Wind Task 32 wind lidar glossary): a SKOS concept scheme,
``@prefix`` lines, then 73 subjects ``:local.name a skos:Concept ;`` with ``skos:prefLabel``,
``skos:altLabel``, ``skos:definition``, ``skos:example``, ``skos:editorialNote`` literals tagged
``@en`` (one ``@de`` label), ``skos:broader`` / ``skos:narrower`` / ``skos:related`` links and a
few ``:units`` strings.

Written blind while the parser read no file from the folder (``.ttl`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``a skos:Concept`` subject, ANCHOR = the shared corpus README's ``slug`` of its
English ``skos:prefLabel`` (``Carrier to noise ratio`` -> ``carrier-to-noise-ratio``, the
source's typo kept: ``velocity-aziumth display`` -> ``velocity-aziumth-display``), text = the
English prefLabel, altLabels and definition (not examples or editorial notes); the negatives'
grep reads the ``.ttl`` file itself. The anchors are listed in
eval/corpora/lidar-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "lidar-glossary"
GLOSSARY = FOLDER / "lidar-glossary.ttl"
N = "lidar-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Time of flight / Line of sight's
    # "backscattered", Interlocks, Radial velocity / Windfield reconstruction, Measurement
    # height's "vertically-profiling", Optics module's "target", Carrier to noise ratio,
    # Probe / Time of flight's "pulse", Datum feature's "measurement window", Wind Iris's
    # nacelle) is in the glossary
    f"{N}023": ["aerosol", "aerosols", "particle", "particles", "dust", "particulate"],
    f"{N}024": ["eye", "eyes", "eye-safe", "safe", "laser safety", "laser class", "class 1"],
    f"{N}025": [
        "turbulence",
        "turbulence intensity",
        "gust",
        "gusts",
        "gusty",
        "standard deviation",
    ],
    f"{N}026": ["shear", "wind shear", "power law", "veer", "wind profile"],
    f"{N}027": ["hard target", "blade", "blades", "blockage", "obstruction"],
    f"{N}028": [
        "availability",
        "data availability",
        "filter",
        "filtering",
        "filtered",
        "threshold",
        "10-minute",
        "minute",
        "minutes",
    ],
    f"{N}029": [
        "pulse length",
        "pulse duration",
        "pulse width",
        "nanosecond",
        "nanoseconds",
        "range gate",
        "range gates",
    ],
    f"{N}030": ["wiper", "washer", "rain", "cleaning", "raindrops", "heater"],
    f"{N}031": ["yaw", "misalignment", "misaligned", "yaw error", "wind direction"],
    # named; several share a word with a title: coherent doppler lidar and doppler spectrum
    # (Doppler beam swinging), PPI scan (Simple / Compound / Sequential / Convergent scan),
    # fiber amplifier (Optical amplifier), battery management system (Battery ...), maximum
    # measurement range (Maximum ... slew rate, Measurement height / volume), dark current
    # (Detector); sodar, avalanche photodiode
    f"{N}032": ["coherent", "coherent doppler", "cdl"],
    f"{N}033": ["ppi", "plan position indicator", "plan-position indicator", "plan position"],
    f"{N}034": ["sodar", "acoustic", "sound detection"],
    f"{N}035": ["erbium", "erbium-doped", "edfa", "fiber amplifier", "fibre amplifier", "fiber"],
    f"{N}036": ["avalanche", "avalanche photodiode", "photodiode", "apd"],
    f"{N}037": ["battery management", "bms", "battery management system"],
    f"{N}038": ["maximum range", "max range", "measurement range", "maximum measurement range"],
    f"{N}039": ["dark current", "dark noise", "dark count"],
    f"{N}040": ["doppler spectrum", "spectrum", "spectra", "fft", "periodogram", "power spectrum"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

SUBJECT = re.compile(r"^:(\S+)\s+a\s+([^;]*);", re.M)


def en(block: str, prop: str) -> list[str]:
    """The @en literals of one property in one subject's block."""
    out: list[str] = []
    for m in re.finditer(rf"skos:{prop}\s+((?:\"[^\"]*\"@\w+\s*,?\s*)+)", block):
        out += re.findall(r"\"([^\"]*)\"@en\b", m.group(1))
    return out


def hand_entries() -> dict[str, str]:
    """id -> flat(prefLabel + altLabels + definition): one entry per skos:Concept subject."""
    text = GLOSSARY.read_text(encoding="utf-8")
    starts = list(SUBJECT.finditer(text))
    entries: dict[str, str] = {}
    for m, nxt in zip(starts, [*starts[1:], None], strict=True):
        if not re.search(r"skos:Concept\b(?!Scheme)", m.group(2)):
            continue  # the concept scheme itself
        block = text[m.start() : nxt.start() if nxt else len(text)]
        (title,) = en(block, "prefLabel")
        key = f"lidar-glossary#{slug(title)}"
        assert key not in entries, key
        body = " ".join(en(block, "definition"))
        entries[key] = flat(f"{title} {' '.join(en(block, 'altLabel'))} {body}")
    assert len(entries) == 73, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the skos:Concept subjects")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
