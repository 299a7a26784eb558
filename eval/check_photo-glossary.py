"""Static checks of eval/corpora/photo-glossary/questions.jsonl (blind, round 29).

Run from the worktree root: ``python eval/check_photo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JSON file (``photo-glossary.json``, kevinkiklee/phototools.io's
``src/lib/i18n/messages/en/glossary.json``, a next-intl message catalogue: the terms are a
mapping of slug -> {term, definition} under ``glossary.entries``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``. The entry ids of ``relevant`` are the ones the parser's
slug rule gives the mapping's keys (``photo-glossary#SLUG``); at the time of writing the
parser reads no entry from this shape, so the id and fact checks fail (README.md).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "photo-glossary"
N = "photo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Light Meter / Reciprocal Rule, Light
    # Meter, Rule of Thirds, Shutter Speed, Vignetting / Polarizer, Pixel Pitch / Megapixel,
    # Underexposure, Wide-Angle / Tilt-Shift, Golden Hour / Underexposure) is in the glossary
    f"{N}023": ["sunny 16", "sunny sixteen", "sunny 16 rule", "sunny"],
    f"{N}024": [
        "spot metering",
        "spot meter",
        "spot",
        "center-weighted",
        "centre-weighted",
        "matrix metering",
        "evaluative metering",
        "evaluative",
    ],
    f"{N}025": ["leading lines", "leading line", "leading"],
    f"{N}026": [
        "rolling shutter",
        "rolling",
        "jello",
        "global shutter",
        "electronic shutter",
    ],
    f"{N}027": ["lens flare", "flare", "ghosting", "ghosts", "sun stars", "sunstar"],
    f"{N}028": ["moire", "moiré", "aliasing", "anti-aliasing", "low-pass filter", "olpf"],
    f"{N}029": ["fill flash", "flash", "fill-in flash", "speedlight", "speedlite", "strobe"],
    f"{N}030": ["barrel distortion", "distortion", "barrel", "pincushion", "mustache"],
    f"{N}031": ["silhouette", "silhouettes", "backlit", "backlighting", "backlight"],
    # named; sharing a word with a title: shutter priority (Shutter Speed), fisheye lens
    # (Prime / Zoom Lens), back focus (Autofocus, Focus Stacking), ETTR (Exposure ...), ISO
    # invariance (ISO), teleconverter, color grading (Color Temperature), gray card (Light
    # Meter's neighbourhood), sensor cleaning (Sensor Size)
    f"{N}032": ["shutter priority", "priority", "shutter-priority", "tv mode"],
    f"{N}033": ["fisheye", "fish-eye", "fish eye"],
    f"{N}034": [
        "back focus",
        "back focuses",
        "back-focus",
        "front focus",
        "front-focus",
        "micro-adjustment",
        "microadjustment",
        "af fine tune",
    ],
    f"{N}035": ["ettr", "expose to the right", "expose"],
    f"{N}036": ["iso invariance", "iso-invariant", "iso invariant", "invariance", "invariant"],
    f"{N}037": ["teleconverter", "tele-converter", "extender", "converter"],
    f"{N}038": ["color grading", "colour grading", "grading", "lut", "luts"],
    f"{N}039": ["gray card", "grey card", "middle gray", "middle grey", "18% gray", "gray", "grey"],
    f"{N}040": ["sensor cleaning", "cleaning", "dust", "sensor dust"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
