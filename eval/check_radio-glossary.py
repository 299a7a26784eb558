"""Static checks of eval/corpora/radio-glossary/questions.jsonl (blind, round 32).

Run from the worktree root: ``python eval/check_radio-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Jekyll Markdown page (``radio-glossary.md``, teear/teear.github.com's
``_posts/radio/2015-01-18-radio-related-terms.md`` at c71cc49, "Some Radio Related Terms":
an 11 m / CB DX and amateur radio glossary written as one raw HTML ``<table>`` of
``<tr><td>Term</td><td>Explanation</td></tr>`` rows, many empty, with HTML comments hiding
rows and notes), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``. The parser does not
read the table as rows: the relevant ids are the 20 blocks it makes (see the folder's
README.md for the per-row anchors a table-aware parser would give).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "radio-glossary"
N = "radio-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (HTML comments included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (RF gain / TX, Simplex / Split operation,
    # HI's "telegraphy", Locator / callsigns, QSB / Copy-like Q-codes, Feed line / Base,
    # RF gain, Aurora / Backscatter / Sporadic E) is in the glossary
    f"{N}023": ["dummy load", "dummy", "load", "resistor"],
    f"{N}024": ["repeater", "repeaters", "duplex"],
    f"{N}025": ["morse", "cw", "dots", "dashes", "dit", "dah", "straight key", "key", "keyer"],
    f"{N}026": ["phonetic", "phonetic alphabet", "alpha", "bravo", "charlie", "nato"],
    f"{N}027": [
        "rst",
        "signal report",
        "report",
        "readability",
        "s-meter",
        "s meter",
    ],
    f"{N}028": ["lightning", "arrestor", "arrester", "grounding", "ground rod"],
    f"{N}029": ["squelch", "mute", "hiss", "ctcss"],
    f"{N}030": ["moon", "moonbounce", "eme", "earth-moon-earth"],
    f"{N}031": ["meteor", "meteors", "meteor scatter", "shooting star", "shooting stars"],
    # named; several share a word with a title: log periodic antenna (Half-wave antenna), ladder
    # line (Feed line, Transmission line, Grey line), solar flare (Solar Flux Index), qso party
    # (QSL card and the QSO of many bodies), critical angle (Critical Frequency, Take-off
    # angle), agc (Gain, RF gain), qrn (the Q-code rows), aeronautical mobile (Mobile /M,
    # Maritime mobile /MM, Static mobile), band plan (Band)
    f"{N}032": ["log periodic", "log-periodic", "lpda"],
    f"{N}033": ["ladder line", "ladder", "window line", "twin lead", "twinlead"],
    f"{N}034": ["solar flare", "flare", "flares"],
    f"{N}035": ["qso party", "party"],
    f"{N}036": ["critical angle"],
    f"{N}037": ["agc", "automatic gain control"],
    f"{N}038": ["qrn", "natural noise"],
    f"{N}039": ["aeronautical", "aeronautical mobile"],
    f"{N}040": ["band plan", "bandplan"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
