"""Static checks of eval/corpora/music-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_music-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``music-glossary.md``, harish-shivaram/shilly-jekyll's
``_classical/terms.md``, a Jekyll page whose body is an HTML ``<dl>`` of classical-music
terms with four period essays inside it), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "music-glossary"
N = "music-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Loco / Ottava, Tremolo / Glissando,
    # accents such as Sforzando, tempo words, Time signature, keys, Coda / Fine-like endings,
    # Vibrato's "richer tone") is in the glossary
    f"{N}023": ["ledger line", "ledger lines", "leger line", "leger lines", "ledger"],
    f"{N}024": [
        "arpeggio",
        "arpeggios",
        "arpeggiated",
        "arpeggiando",
        "broken chord",
        "broken chords",
    ],
    f"{N}025": ["syncopation", "syncopated", "offbeat", "off-beat", "off beat", "ragtime"],
    f"{N}026": ["metronome", "metronomes", "bpm", "beats per minute", "click track"],
    f"{N}027": ["clef", "clefs", "treble clef", "bass clef", "stave", "staff", "staves"],
    f"{N}028": ["modulation", "modulate", "modulates", "modulating", "key change"],
    f"{N}029": ["transposition", "transpose", "transposed", "transposing"],
    f"{N}030": ["cadence", "cadences", "perfect cadence", "authentic cadence", "chord progression"],
    f"{N}031": ["timbre", "tone colour", "tone color", "klangfarbe"],
    # named, sharing a word or a family with terms in the file (Hemiola ~ the 2/2, 3/4 and
    # 6/8 dances; Barcarolle ~ Nocturne, Siciliano; Dal segno ~ Da capo / Coda; Divertimento
    # ~ Cassation; Lieder ~ Aria / Ballad / Arietta ("song"); Trill / Mordent / Appoggiatura
    # ~ ornaments the file never names; Semitone / whole tone ~ Octave)
    f"{N}032": ["hemiola", "hemiolas", "hemiolia", "sesquialtera"],
    f"{N}033": ["barcarolle", "barcarole", "barcarola", "gondola song"],
    f"{N}034": ["dal segno", "segno", "d.s."],
    f"{N}035": ["divertimento", "divertimenti"],
    f"{N}036": ["lied", "lieder", "art song", "art songs", "song cycle", "kunstlied"],
    f"{N}037": ["trill", "trills", "trillo"],
    f"{N}038": ["appoggiatura", "acciaccatura", "grace note", "grace notes"],
    f"{N}039": ["mordent", "mordents", "pralltriller"],
    f"{N}040": ["semitone", "semitones", "half step", "whole tone", "whole step"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
