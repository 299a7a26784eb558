"""Static checks of eval/corpora/ihr-glossary/questions.jsonl (blind, round 56).

Run from the worktree root: ``python eval/check_ihr-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **HAML** view of a Rails application (``ihr-glossary.html.haml``:
resolvetosavelives/benchmarks' ``app/views/pages/glossary.html.haml``, the glossary page of
Resolve to Save Lives' tool for the WHO Benchmarks for International Health Regulations (IHR)
capacities). The whole page is the block of a Ruby call, ``= render layout:
"layouts/benchmark_document" do``, indented two spaces: ``%h1`` Glossary, a ``%p`` / ``%em`` /
``%strong`` "Note:" paragraph, then 58 terms, each a ``%p`` whose child ``%strong`` holds the
term on its own line (most ending in ``". "``) and whose plain-text lines hold the definition,
split by ``%a{href: ...}`` link tags, ``%em`` and ``%ul`` / ``%li`` lists (Field Epidemiology
Training Program: no full stop, its ``%ul`` a sibling of its ``%p``); two terms are only ``see
...`` pointers. Trailing spaces, curly quotes, an en dash; no newline at the end.

Written blind while the loader read no file from the folder (``.haml`` is not a glossary
suffix: ``entries`` exits 2, "no glossary files"): 0 of 58 terms. Until every keyed id is read,
this script checks by hand (``--by-hand``, also chosen automatically when the parser's ids do
not include the keyed ones): one entry per ``  %p`` line whose next line is ``    %strong``,
ANCHOR = the shared corpus README's ``slug`` of the term line (``point-of-entry``,
``public-health-emergency-of-international-concern-pheic``), text = the term and the text lines
up to the next ``  %p`` (HAML tag lines ``%strong`` / ``%a{...}`` / ``%em`` / ``%ul`` / ``%li``
dropped, link texts kept); the "Note:" paragraph (its ``%strong`` inside ``%em``) is not an
entry. The negatives' grep reads the whole ``.haml`` file.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "ihr-glossary"
GLOSSARY = FOLDER / "ihr-glossary.html.haml"
N = "ihr-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms: none may occur in the
# glossary file (whole words, case-insensitive). "contact" (close contact, contact point),
# "level" (FETP levels), "vaccine" (Health event), "symptom(s)" (Syndrome), "prevalence" (a
# citation in Incidence) and "conventions" (IHR) are in the file, so they are not listed.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Health measure / Point of
    # entry; Surveillance / Case; Epidemic / Incidence; Communicable disease / Infection; Health
    # care worker / Biosafety; Biosafety / Designated laboratories; Infection / Case; Case /
    # Incidence; Functional / Table top exercise)
    f"{N}023": ["quarantine", "isolation", "isolate", "quarantined"],
    f"{N}024": ["contact tracing", "tracing", "trace", "contacts", "follow-up", "follow up"],
    f"{N}025": [
        "reproduction number",
        "reproductive number",
        "r0",
        "secondary cases",
        "transmissibility",
    ],
    f"{N}026": ["herd immunity", "immunity", "vaccination coverage", "coverage", "immunization"],
    f"{N}027": [
        "personal protective equipment",
        "ppe",
        "mask",
        "masks",
        "gloves",
        "respirator",
        "protective",
    ],
    f"{N}028": ["biosafety level", "bsl", "bsl-3", "bsl-4", "containment level", "level 3"],
    f"{N}029": ["incubation", "incubation period", "latent", "latent period"],
    f"{N}030": ["case fatality", "fatality", "mortality", "death", "deaths", "dying", "die"],
    f"{N}031": ["after action review", "after-action", "debrief", "lessons learned", "review"],
    # named; several share a word with a title: syndromic surveillance (Surveillance,
    # Syndrome), chemical weapons convention (Chemical event), point of care (Point of entry),
    # emergency operations centre (Public health emergency ...), ship sanitation certificate
    # (Port), Joint External Evaluation (next to One Health's "monitoring and evaluation
    # framework"), case management (Case, Case definition), radiological event (Event, Chemical
    # event), laboratory information management system (Designated laboratories)
    f"{N}032": ["syndromic", "syndromic surveillance"],
    f"{N}033": ["chemical weapons", "weapons", "weapon"],
    f"{N}034": ["point of care", "point-of-care", "rapid test", "diagnostic test"],
    f"{N}035": [
        "emergency operations",
        "operations centre",
        "operations center",
        "eoc",
        "incident management",
        "incident",
    ],
    f"{N}036": ["ship sanitation", "sanitation", "certificate", "deratting"],
    f"{N}037": ["joint external evaluation", "jee", "external evaluation", "external"],
    f"{N}038": ["case management", "clinical management", "treatment", "clinical care"],
    f"{N}039": ["radiological", "radiation", "nuclear", "radionuclear", "radioactive"],
    f"{N}040": [
        "lims",
        "laboratory information",
        "information management",
        "information system",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

TAG = re.compile(r"^\s*%(strong|a\{|em|ul|li)\b")


def hand_entries() -> dict[str, str]:
    """id -> flat(term + text): one entry per ``%p`` whose first child is ``%strong``."""
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    entries: dict[str, str] = {}
    key, text = "", []

    def close() -> None:
        if key:
            assert key not in entries, key
            entries[key] = flat(" ".join(text))

    for i, line in enumerate(lines):
        if line.rstrip() == "  %p":
            close()
            key, text = "", []
            if i + 2 < len(lines) and lines[i + 1].rstrip() == "    %strong":
                key = f"ihr-glossary#{slug(lines[i + 2])}"
        elif key and not TAG.match(line):
            text.append(line.strip())
    close()
    assert len(entries) == 58, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        "the %p / %strong term paragraphs of the HAML view",
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
