"""Static checks of eval/corpora/research-glossary/questions.jsonl (blind, round 44).

Run from the worktree root: ``python eval/check_research-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one BibTeX file in the bib2gls / glossaries-extra dialect
(``research-glossary.bib``: jonhall/HRResearchHandbook's ``Manuscript/Bibs/glossary.bib``,
saved by BibDesk): three ``%%`` comment lines, then 297 ``@entry{KEY, field = {value}, ...}``
records, tab-indented, with ``date-added`` / ``date-modified`` stamps, ``name``,
``description`` and sometimes ``parent``, ``plural`` or ``alias`` fields; values are braced
LaTeX (``\\gls{key}``, ``\\emph{...}``, ``\\enquote{...}``, ``\\parencite{...}``, ``\\%``).

Written blind while the loader read no file from the folder (``.bib`` is not one of its
suffixes): until it does, ``rag-glossary entries`` fails and this script falls back to a
by-hand reading (``--by-hand``, also chosen automatically): one entry per ``@entry``,
title = the ``name`` value with LaTeX reduced to its visible text (``\\emph{viva voce}`` ->
``viva voce``, ``\\href{URL}{PRISMA}`` -> ``PRISMA``), ANCHOR = the shared corpus README's
``slug`` of that title (``Integrated Development Environment (IDE)`` ->
``integrated-development-environment-ide``; not the BibTeX key, which differs for 8
entries), text = title + the visible text of ``description``; the negatives' grep reads the
``.bib`` file itself. The anchors used are listed in eval/corpora/research-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "research-glossary"
GLOSSARY = FOLDER / "research-glossary.bib"
N = "research-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (sample / statistical significance,
    # experimental research / randomisation, ethics, response option / questionnaire,
    # coding / reliability / investigator triangulation, plagiarism, hypothesis, bias /
    # observation bias, interview) is in the file
    f"{N}023": ["statistical power", "power analysis", "sample size", "effect size"],
    f"{N}024": ["blind", "blinding", "double-blind", "double blind", "masked"],
    f"{N}025": ["ethics board", "ethics committee", "review board", "irb", "approval", "approved"],
    f"{N}026": ["likert", "agree", "strongly"],
    f"{N}027": ["inter-rater", "interrater", "inter-coder", "intercoder", "kappa", "agreement"],
    f"{N}028": ["retraction", "retracted", "fraud", "misconduct", "fabrication"],
    f"{N}029": ["preregistration", "pre-registration", "preregister", "registered", "registration"],
    f"{N}030": ["placebo", "sugar pill"],
    f"{N}031": ["transcription", "transcribe", "transcript", "transcripts"],
    # named; several share a word with a title: external validity (Validity, Internal
    # Validity), quota sampling (Sampling and nine kinds of it), scoping review (Systematic
    # Review, Narrative Review, Review Article), survivorship bias (Bias and eleven kinds),
    # straw man fallacy (Fallacy, Logical Fallacy)
    f"{N}032": ["external validity", "ecological validity", "generalisability", "generalizability"],
    f"{N}033": ["quota"],
    f"{N}034": ["scoping"],
    f"{N}035": ["cronbach", "cronbachs"],
    f"{N}036": ["survivorship", "survivor"],
    f"{N}037": ["t-test", "t test", "ttest"],
    f"{N}038": ["h-index", "h index", "hirsch"],
    f"{N}039": ["straw man", "strawman"],
    f"{N}040": ["open access", "open-access"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

ENTRY = re.compile(r"^@entry\{([^,]+),", re.M)
FIELD = re.compile(r"\s*([\w-]+)\s*=\s*\{")


def braced(text: str, start: int) -> tuple[str, int]:
    """The value of the brace group opening at ``start`` and the index after it."""
    depth = 0
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1 : i], i + 1
    raise ValueError(f"unclosed brace at {start}")


def visible(latex: str) -> str:
    """LaTeX to its visible text: ``\\href{URL}{TEXT}`` -> TEXT, ``\\cmd{X}`` -> X."""
    latex = re.sub(r"\\href\{[^{}]*\}\{([^{}]*)\}", r"\1", latex)
    latex = re.sub(r"\\[A-Za-z]+\*?", " ", latex)
    return " ".join(latex.replace("{", "").replace("}", "").split())


def hand_entries() -> dict[str, str]:
    """id -> flat(title + description): one entry per ``@entry`` record."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    counts: dict[str, int] = {}
    for match in ENTRY.finditer(text):
        fields: dict[str, str] = {}
        pos = match.end()
        while field := FIELD.match(text, pos):
            value, pos = braced(text, field.end() - 1)
            fields[field.group(1).lower()] = value
            pos = pos + 1 if text[pos : pos + 1] == "," else pos
        title = visible(fields["name"])
        anchor = slug(title)
        seen = counts.get(anchor, 0)
        counts[anchor] = seen + 1
        key = f"research-glossary#{anchor}" + (f"-{seen}" if seen else "")
        entries[key] = flat(f"{title} {visible(fields.get('description', ''))}")
    assert len(entries) == 297, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the @entry records of the .bib file"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
