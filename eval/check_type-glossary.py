"""Static checks of eval/corpora/type-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_type-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``type-glossary.md``, nikbearbrown/AI4ED's
``An_Illustrated_Glossary_of_Type_for_Generative_AI.md``: numbered "NN. Term:" paragraphs,
then an A-Z list of "- **Term**: definition" bullets), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "type-glossary"
N = "type-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file ("web", "pairs", "hanging", "align", "measure", "gaps" do occur,
# in other senses, and are not listed).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Leading / Baseline, Swash / Uppercase,
    # Tracking / Kerning, Weight / Width, Ligature, Serif / Beak, Antiqua / Fett, EOT /
    # Embedding, Counter / Tracking) is in the glossary
    f"{N}023": ["widow", "widows", "orphan", "orphans", "runt"],
    f"{N}024": ["drop cap", "drop caps", "initial", "initials", "versal"],
    f"{N}025": ["justified", "justification", "justify", "flush", "ragged", "rag"],
    f"{N}026": ["variable font", "variable fonts", "variable", "interpolation"],
    f"{N}027": ["hyphen", "hyphens", "hyphenation", "hyphenate"],
    f"{N}028": ["slab", "slab serif", "egyptian", "clarendon"],
    f"{N}029": ["blackletter", "black letter", "fraktur", "gothic", "textura"],
    f"{N}030": ["woff", "woff2", "web font", "webfont", "font-face"],
    f"{N}031": ["rivers", "river"],
    # named; sharing a word with a title: baseline grid (Baseline), optical / metric kerning
    # (Kerning), font pairing (Font), type foundry (no title word), script typeface
    # (Typeface), hanging punctuation (Hanging figures), modular scale (none), stroke contrast
    # (Stroke), spine (none)
    f"{N}032": ["baseline grid", "grid"],
    f"{N}033": ["optical kerning", "metric kerning", "optical", "metric", "metrics"],
    f"{N}034": ["font pairing", "pairing", "pairings", "pair"],
    f"{N}035": ["type foundry", "foundry", "foundries"],
    f"{N}036": ["script", "scripts", "cursive", "calligraphy", "calligraphic"],
    f"{N}037": ["hanging punctuation", "optical margin alignment", "margin", "margins"],
    f"{N}038": ["modular scale", "type scale", "modular", "scale", "ratio"],
    f"{N}039": ["stroke contrast", "contrast", "modulation"],
    f"{N}040": ["spine"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
