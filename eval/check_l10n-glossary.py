"""Static checks of eval/corpora/l10n-glossary/questions.jsonl (blind, round 34).

Run from the worktree root: ``python eval/check_l10n-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``l10n-glossary.md``, unicode-org/message-format-wg's
``docs/glossary-and-resources.md``, the MessageFormat working group's localization and
message-formatting terms: bold-term bullets with " - " or ":" separators under ``###``
sections, then a "Synonyms" section of plain ``- term - definition`` bullets, many of them
"see _X_" pointers), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "l10n-glossary"
N = "l10n-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (localizability of the TMS / CAT entries,
    # placeholder type's 'plural', locale, file format / syntax, translation memory, the
    # machine translation and TM matching entries) is in the glossary
    f"{N}023": [
        "pseudolocalization",
        "pseudo-localization",
        "pseudolocalisation",
        "pseudotranslation",
        "pseudo-translation",
        "pseudo",
        "truncation",
        "truncated",
    ],
    f"{N}024": [
        "plural rules",
        "plural rule",
        "plural categories",
        "plural forms",
        "cldr",
        "plurals",
    ],
    f"{N}025": ["collation", "collate", "sorting", "sort order", "alphabetical", "sort"],
    f"{N}026": ["utf-8", "utf8", "utf", "unicode", "encoding", "bytes"],
    f"{N}027": ["termbase", "term base", "terminology database", "tbx", "style guide"],
    f"{N}028": ["transcreation", "transcreate", "creative translation"],
    f"{N}029": ["transliteration", "transliterate", "romanization", "romanisation", "cyrillic"],
    f"{N}030": ["fuzzy match", "fuzzy", "match rate", "leverage", "exact match"],
    f"{N}031": ["byte order mark", "bom", "byte order"],
    # named; several share a word with a title: translation memory exchange (Translation Memory),
    # gettext PO files (file format), Unicode normalization, string freeze, language pack
    # (language), common locale data repository (locale), SRX (segment), BLEU (Machine
    # Translation)
    f"{N}032": ["tmx", "translation memory exchange"],
    f"{N}033": ["bidi", "bidirectional"],
    f"{N}034": ["gettext", "po files", "portable object", ".po"],
    f"{N}035": ["normalization", "normalisation", "nfc", "nfd", "nfkc"],
    f"{N}036": ["string freeze", "freeze", "code freeze"],
    f"{N}037": ["language pack", "language packs", "langpack"],
    f"{N}038": ["common locale data repository", "cldr", "locale data"],
    f"{N}039": ["srx", "segmentation rules", "segmentation rules exchange", "segmentation"],
    f"{N}040": ["bleu", "bleu score", "bilingual evaluation understudy"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
