"""Static checks of eval/corpora/a11y-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_a11y-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``a11y-glossary.md``, CivicActions/accessibility's
``_guide/glossary.md``, Jekyll front matter then one ``##`` heading per term), whose suffix
is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "a11y-glossary"
N = "a11y-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (front matter included: "roles", "description" and "tree" occur
# there or in Null alt text, so they are not listed).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Visual / Programmatic focus, Hover state
    # and focus state, Captions / Transcript, Contrast, Semantic markup / HTML, Modal dialogue
    # box, False positives, Widget) is in the glossary
    f"{N}023": ["skip link", "skip links", "skip navigation", "skip", "bypass blocks", "bypass"],
    f"{N}024": ["tab order", "focus order", "tabindex", "reading order", "sequence"],
    f"{N}025": [
        "audio description",
        "audio descriptions",
        "described video",
        "narration",
        "descriptive",
    ],
    f"{N}026": [
        "color blindness",
        "colour blindness",
        "color blind",
        "colour blind",
        "colorblind",
        "colourblind",
        "daltonism",
        "deuteranopia",
        "protanopia",
    ],
    f"{N}027": [
        "aria",
        "wai-aria",
        "role",
        "accessible rich internet applications",
        "attribute",
        "attributes",
    ],
    f"{N}028": ["sign language", "asl", "interpreter", "interpretation", "deaf", "signing"],
    f"{N}029": ["keyboard trap", "focus trap", "trap", "trapped"],
    f"{N}030": [
        "axe",
        "lighthouse",
        "wave",
        "automated",
        "checker",
        "scanner",
        "audit",
        "automated testing",
    ],
    f"{N}031": ["target size", "touch target", "tap target", "touch", "tremor", "tremors"],
    # named; sharing a word with a title: screen magnifier (Screen reader), accessibility tree
    # (Accessibility), UAAG (User agent, ATAG), European Accessibility Act (European Harmonized
    # Accessibility Standards, ADA), section 255 (Section 504 / 508), speech recognition
    # (Screen reader's "speech"), plain language (Language of parts), assistive listening
    # (Assistive technologies), progressive enhancement (Graceful degradation)
    f"{N}032": [
        "screen magnifier",
        "screen magnifiers",
        "magnifier",
        "magnification",
        "zoom",
        "zoomtext",
    ],
    f"{N}033": ["accessibility tree", "accessibility api", "accessibility apis"],
    f"{N}034": ["uaag", "user agent accessibility guidelines"],
    f"{N}035": ["european accessibility act", "eaa", "directive 2019/882"],
    f"{N}036": ["section 255", "255", "telecommunications act", "telecommunications"],
    f"{N}037": ["speech recognition", "voice recognition", "voice control", "dictation", "dragon"],
    f"{N}038": ["plain language", "plain english", "readability", "reading level"],
    f"{N}039": [
        "assistive listening",
        "assistive listening device",
        "hearing loop",
        "induction loop",
        "hearing aid",
        "hearing",
    ],
    f"{N}040": ["progressive enhancement", "progressive"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
