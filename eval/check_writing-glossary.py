"""Static checks of eval/corpora/writing-glossary/questions.jsonl (blind, written in round 22).

Run from the worktree root: ``python eval/check_writing-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one HTML page (``writing-glossary.html``, r12a/scripts's
``glossary/index.html``, Richard Ishida's "Glossary of script-related terms"), whose suffix
is in ``corpus_files.GLOSSARY_SUFFIXES``. The whole file is searched, head, scripts,
attributes and URLs included.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "writing-glossary"
N = "writing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (HTML comments and markup included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (letter spacing, shaping / conjunct,
    # justification / cursive, hyphenation, justification / kinsoku, combining character /
    # vowel sign, combining character sequence / ideograph, word boundary / BCCS, kinsoku /
    # ruby) is in the glossary
    f"{N}023": ["kerning", "kern", "kerned", "kerning pair"],
    f"{N}024": ["ligature", "ligatures"],
    f"{N}025": ["kashida", "tatweel", "keshideh", "elongation"],
    f"{N}026": ["widow", "widows", "orphan", "orphans", "widow line", "club line"],
    f"{N}027": ["hanging punctuation", "optical margin alignment", "margin kerning", "protrusion"],
    f"{N}028": ["anusvara", "candrabindu", "chandrabindu", "bindu", "nasalization", "nasalisation"],
    f"{N}029": [
        "variation selector",
        "variation selectors",
        "selector",
        "emoji presentation",
        "vs16",
        "vs15",
        "u+fe0f",
    ],
    f"{N}030": ["zero width space", "zero-width space", "zwsp", "u+200b"],
    f"{N}031": ["vertical", "vertical text", "vertical writing", "tategaki", "writing mode"],
    # named; most sharing a word with a title: NFKC (normalization form C / D), sentence
    # boundary (word boundary), tone mark (tone), word spacing (letter spacing, word boundary),
    # vowel harmony (the vowel entries), combining grapheme joiner (combining character,
    # grapheme), private use area, stressed syllable (the syllable entries), consonant mutation
    # (consonant cluster)
    f"{N}032": [
        "nfkc",
        "nfkd",
        "normalization form kc",
        "form kc",
        "compatibility",
        "compatibility decomposition",
    ],
    f"{N}033": ["sentence", "sentence boundary", "sentence break", "sentence segmentation"],
    f"{N}034": ["tone mark", "tone marks", "tone letter", "tone letters", "tone diacritic"],
    f"{N}035": ["word spacing", "word-spacing", "word space", "interword"],
    f"{N}036": ["vowel harmony", "harmony"],
    f"{N}037": ["combining grapheme joiner", "grapheme joiner", "cgj"],
    f"{N}038": ["private use", "private use area", "pua"],
    f"{N}039": ["stress", "stressed", "lexical stress", "stress accent"],
    f"{N}040": ["consonant mutation", "mutation", "lenition", "eclipsis", "consonant gradation"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
