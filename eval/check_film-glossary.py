"""Static checks of eval/corpora/film-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_film-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``film-glossary.md``, hipstas/AudiAnnotate's
``videonnotationguide.md``, a list of paragraphs each opening with a bold ``**Term:**``),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "film-glossary"
N = "film-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Continuity editing / Shot-Reverse-Shot,
    # Montage / Cut, Framing / Scale, Direct sound / Dubbing, High / Low key lighting, Low key
    # lighting, Superimposition, Framing / Scale, Tracking Shot / Dolly shot) is in the glossary
    f"{N}023": [
        "180-degree rule",
        "180 degree rule",
        "180",
        "180-degree",
        "axis of action",
        "imaginary line",
        "line",
        "crossing the line",
    ],
    f"{N}024": ["kuleshov", "kuleshov effect", "soup", "coffin", "emotion"],
    f"{N}025": [
        "aspect ratio",
        "aspect",
        "letterbox",
        "letterboxing",
        "widescreen",
        "black bars",
        "bars",
        "pillarbox",
    ],
    f"{N}026": ["foley", "foley artist", "footstep", "footsteps", "post-production"],
    f"{N}027": [
        "three-point lighting",
        "three-point",
        "key light",
        "fill light",
        "backlight",
        "back light",
        "rim light",
    ],
    f"{N}028": ["day for night", "day-for-night", "night", "daylight", "nuit americaine"],
    f"{N}029": [
        "green screen",
        "greenscreen",
        "chroma key",
        "chroma",
        "bluescreen",
        "blue screen",
        "compositing",
        "composite",
    ],
    f"{N}030": ["rule of thirds", "thirds", "third", "grid", "golden ratio"],
    f"{N}031": [
        "handheld",
        "hand-held",
        "shaky cam",
        "shaky",
        "steadicam",
        "gimbal",
        "found footage",
    ],
    # named; sharing a word with a title: two shot and over the shoulder shot (the "... shot"
    # titles), dolly zoom (Dolly shot, Zoom), soft focus (Pull / Rack Focus), director's cut
    # (Cut), medium close-up (Medium Shot, Close-up), continuity error (Continuity editing),
    # motivated lighting (High / Low key lighting), title sequence (Sequence)
    f"{N}032": ["two shot", "two-shot"],
    f"{N}033": ["over the shoulder", "over-the-shoulder", "shoulder", "ots"],
    f"{N}034": ["dolly zoom", "vertigo effect", "vertigo", "contra-zoom", "trombone shot"],
    f"{N}035": ["soft focus", "soft-focus", "soft"],
    f"{N}036": ["director's cut", "directors cut", "director’s cut", "final cut"],
    f"{N}037": ["medium close-up", "medium close up", "mcu", "chest"],
    f"{N}038": ["continuity error", "continuity errors", "error", "errors", "mistake", "goof"],
    f"{N}039": ["motivated lighting", "motivated", "practical light", "practicals"],
    f"{N}040": ["title sequence", "opening credits", "credits", "title", "titles", "opening"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
