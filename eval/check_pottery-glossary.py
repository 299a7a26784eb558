"""Static checks of eval/corpora/pottery-glossary/questions.jsonl (blind, round 34).

Run from the worktree root: ``python eval/check_pottery-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JSON file (``pottery-glossary.json``, Anastasia462208/pdf-translator-server's
``ceramic_dictionary_en_ru.json``, an English-Russian ceramics dictionary whose English terms
and definitions are the A-B part of Vince Pitelka's "Glossary of Ceramics Terminology"): a
top-level array of 50 objects with ``term_en`` / ``term_ru`` / ``definition_en`` /
``definition_ru`` keys (every ``definition_ru`` empty), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.

Written blind while round 33's parser read 0 entries from the file ("no list or mapping of
terms with definitions"): until the parser reads the array of records, ``rag-glossary
entries`` exits with an error and this check stops there (the "relevant id exists" and
must_include checks need the parsed entries); the anchors are the slugs of the whole
``term_en`` value ("BARREL ARCH; ROMAN ARCH" -> ``barrel-arch-roman-arch``), and
eval/corpora/pottery-glossary/README.md lists them. Round 34's parser lane P reads the records
(PARSER_VERSION 67); the four ``;`` titles were re-keyed to their first name (README).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "pottery-glossary"
N = "pottery-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Bloating / Air-Floated, Bat / Banding
    # Wheel, Blistering / Beading Glaze, Blackware Firing, Blunger's casting slip, Alumina Wax's
    # "sticking", Aventurine / Body Reduction, Bat / Applique, Applique / Additive) is in the
    # glossary
    f"{N}023": [
        "wedging",
        "wedge",
        "wedged",
        "kneading",
        "knead",
        "kneaded",
        "de-airing",
        "deairing",
        "pugmill",
        "pug mill",
    ],
    f"{N}024": ["centering", "centre", "centred", "centring", "center", "centered", "coning"],
    f"{N}025": ["crazing", "craze", "crazed", "crazes", "crackle", "hairline"],
    f"{N}026": ["raku", "tongs", "newspaper", "post-firing"],
    f"{N}027": [
        "deflocculant",
        "deflocculate",
        "deflocculated",
        "deflocculation",
        "sodium silicate",
        "darvan",
    ],
    f"{N}028": ["kiln wash", "shelf wash", "shelf", "shelves", "batt wash"],
    f"{N}029": ["celadon", "celadons", "jade"],
    f"{N}030": ["trimming", "trim", "trimmed", "foot ring", "footring", "foot"],
    f"{N}031": ["sgraffito", "scratching", "scratch", "scratched", "incising", "incised"],
    # named; several share a word with a title: fire clay and china clay (Ball Clay), kiln
    # sitter and downdraft kiln (Bell Kiln, Bank Kiln), tenmoku glaze (Beading Glaze), back
    # stamp (Back-Burning, Back Pressure), alumina hydrate (Alumina, Alumina Wax), annealing
    # point (Annealing), terra sigillata
    f"{N}032": ["fire clay", "fireclay", "fire-clay"],
    f"{N}033": ["kiln sitter", "sitter", "kiln-sitter"],
    f"{N}034": ["tenmoku", "temmoku"],
    f"{N}035": ["china clay", "kaolin", "kaolinite"],
    f"{N}036": ["backstamp", "back stamp", "back-stamp", "chop mark", "maker's mark"],
    f"{N}037": [
        "alumina hydrate",
        "hydrate",
        "aluminum hydroxide",
        "aluminium hydroxide",
        "calcined alumina",
        "calcined",
    ],
    f"{N}038": ["downdraft", "down-draft", "down draft", "updraft", "crossdraft", "cross-draft"],
    f"{N}039": ["annealing point", "strain point", "glass transition"],
    f"{N}040": ["terra sigillata", "sigillata", "terra sig"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
