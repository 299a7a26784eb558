"""Static checks of eval/corpora/morph-glossary/questions.jsonl (blind, round 30).

Run from the worktree root: ``python eval/check_morph-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one MyST Markdown file (``morph-glossary.md``, UAlbertaALTLab/morphodict's
``docs/glossary.md``: the morphology / lexicography terms of the intelligent-dictionary app,
``###`` term headings, Markdown link reference definitions as hidden aliases, ``####``
relation sub-sections such as "Part of" / "Contains", MyST ``(label)=`` targets, a
``{contents}`` directive, an HTML ``<dl>``, a table, six "???" stubs), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "morph-glossary"
N = "morph-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (lemma / meaning / definition, inflectional
    # paradigm and lacuna, morpheme, derivational breakdown, root, word class, orthographical
    # representation / normatize, inflected form, source / target language) is in the glossary
    f"{N}023": [
        "homonym",
        "homonyms",
        "homonymy",
        "homograph",
        "homographs",
        "homophone",
        "homophones",
        "polysemy",
        "polysemous",
    ],
    f"{N}024": ["suppletion", "suppletive", "went"],
    f"{N}025": ["allomorph", "allomorphs", "allomorphy"],
    f"{N}026": ["compound", "compounds", "compounding", "compound word", "compound words"],
    f"{N}027": ["clitic", "clitics", "enclitic", "proclitic", "cliticization"],
    f"{N}028": [
        "agglutinative",
        "agglutination",
        "agglutinating",
        "polysynthetic",
        "turkish",
    ],
    f"{N}029": [
        "transliteration",
        "transliterate",
        "transliterated",
        "romanization",
        "romanisation",
        "romanized",
        "script",
    ],
    f"{N}030": ["ablaut", "apophony", "vowel gradation", "umlaut"],
    f"{N}031": ["loanword", "loanwords", "loan word", "borrowing", "borrowed", "borrow"],
    # named; several share a word with a title: bound morpheme (morpheme), noun phrase
    # (phrase), word order (word class), grammatical gender, past participle, translation
    # memory (translation), tag question (tag), language family (source / target language)
    f"{N}032": ["bound morpheme", "bound", "free morpheme"],
    f"{N}033": ["noun phrase", "np"],
    f"{N}034": ["word order", "sov", "svo", "constituent order"],
    f"{N}035": ["minimal pair", "minimal pairs"],
    f"{N}036": ["grammatical gender", "gender", "masculine", "feminine", "neuter"],
    f"{N}037": ["past participle", "participle", "participles"],
    f"{N}038": ["translation memory", "translation memories", "tmx"],
    f"{N}039": ["tag question", "tag questions", "question tag"],
    f"{N}040": [
        "language family",
        "language families",
        "proto-language",
        "protolanguage",
        "indo-european",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
