"""Static checks of eval/corpora/latexgls-glossary/questions.jsonl (blind, round 44).

Run from the worktree root: ``python eval/check_latexgls-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one BibTeX data file for bib2gls (``latexgls-glossary.bib``: nlct/bib2gls's
``src/doc/bib2gls-terms.bib``, the glossary of terms of the bib2gls user manual): a
``% Encoding: UTF-8`` comment, then 60 ``@entry{label, field={value}, ...}`` records, each with
a ``name`` field (the term), a ``description`` field (the definition, LaTeX markup such as
``\\gls{primaryentry}``, ``\\csopt{sort}``, ``\\sectionref{...}``) and optional ``plural``,
``text`` and ``user1`` fields; values are brace-delimited and may nest braces.

Written blind while the parser read no file from the folder (``.bib`` is not a loader
suffix): until it does, ``rag-glossary entries`` fails and this script falls back to a
by-hand reading (``--by-hand``, also chosen automatically): one entry per ``@entry``, title =
the ``name`` field, ANCHOR = the shared corpus README's ``slug`` of that title (``principal
(or primary) location`` -> ``principal-or-primary-location``, ``Java locale`` ->
``java-locale``, ``top-level entry`` -> ``top-level-entry``), text = every field value of the
record (name, text, plural, description; LaTeX commands left in, ``flat`` turns ``~`` and
backslashes into spaces); the negatives' grep reads the ``.bib`` file itself. The anchors used
are listed in eval/corpora/latexgls-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "latexgls-glossary"
GLOSSARY = FOLDER / "latexgls-glossary.bib"
N = "latexgls-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (primary / tertiary collator strength,
    # location list's ranges, definition index, dual entry, description fields, main
    # glossary, document / resource locale, order of use index, hierarchical glossary) is in
    # the file
    f"{N}023": [
        "letter-by-letter",
        "letter by letter",
        "word-by-word",
        "word by word",
        "word order",
        "letter order",
    ],
    f"{N}024": ["ff", "12ff", "12f", "et seq", "passim"],
    f"{N}025": ["numbered", "numbering", "running number", "enumerate"],
    f"{N}026": ["acronym", "acronyms", "abbreviation", "abbreviations", "short form", "long form"],
    f"{N}027": ["paragraph", "paragraphs", "multi-paragraph", "blank line"],
    f"{N}028": ["style", "styles", "column", "columns", "table", "tabular", "layout"],
    f"{N}029": ["german", "babel", "polyglossia", "translate", "translated", "translation"],
    f"{N}030": ["first use", "first-use", "reset", "unset", "full form"],
    f"{N}031": ["letter group", "letter groups", "group", "groups", "heading", "headings"],
    # named; several share a word with a title: orphan entry (Lonely child entry, Parent
    # entry), grandchild entry (Child entry, Ancestor), lookbehind (Regular expression),
    # crossref field (Cross-reference field), entry counting (Record count), natural sort
    # (the collator strengths), unicode normalization (Encoding)
    f"{N}032": ["xindy"],
    f"{N}033": ["makeindex", "makeglossaries"],
    f"{N}034": ["orphan", "orphans", "orphaned"],
    f"{N}035": ["grandchild", "grandchildren", "grandparent"],
    f"{N}036": ["natural sort", "natural order", "natural"],
    f"{N}037": ["lookbehind", "look-behind", "lookahead", "look-ahead"],
    f"{N}038": ["normalization", "normalisation", "nfc", "nfd"],
    f"{N}039": ["crossref"],
    f"{N}040": ["entry counting", "entrycounting", "counting"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def braced(text: str, start: int) -> tuple[str, int]:
    """The text inside the brace group opening at ``text[start]`` and the index after it."""
    assert text[start] == "{", text[start : start + 20]
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i], i + 1
    raise ValueError("unbalanced braces")


def fields(body: str) -> dict[str, str]:
    """``label, key={value}, ...`` -> {key: value} (values brace-delimited, may nest)."""
    out: dict[str, str] = {}
    for m in re.finditer(r"(\w+)`?\s*=\s*\{", body):
        if m.start() and body[m.start() - 1] not in ", \n\t":
            continue
        value, _ = braced(body, m.end() - 1)
        out.setdefault(m.group(1).lower(), value)
    return out


def hand_entries() -> dict[str, str]:
    """id -> flat(all field values): one entry per ``@entry{...}`` record."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for m in re.finditer(r"@entry\s*\{", text):
        body, _ = braced(text, m.end() - 1)
        f = fields(body)
        key = f"latexgls-glossary#{slug(f['name'])}"
        assert key not in entries, key
        entries[key] = flat(" ".join([f["name"], *(v for k, v in f.items() if k != "name")]))
    assert len(entries) == 60, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the @entry records")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
