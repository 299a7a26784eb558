"""Head-term coverage: does the glossary have the term a question asks about?

A glossary question usually names one term ("what is batch normalization",
"how does beam search decoding work"). We strip the question's scaffolding to
find that key term, then look for it, strongest first: as a title or alias
(normalized, or a near spelling), then as a phrase in some entry's text, with
typos corrected word by word against the corpus vocabulary. Every word of the
term must stand together: a shared word ("batch", "search") is not coverage.

A question that describes instead of naming ("copying the look of a painting
onto a photo") has no key term worth checking; ``TermCoverage.term_style`` is
then False and the retriever judges it by how clearly the best entry stands
out (see calibration.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag_glossary.calibration import Calibration, confidence_of
from rag_glossary.coverage.keyterms import KeyTerm, extract_key_terms, phrase_key, words
from rag_glossary.coverage.lookup import CoverageIndex, TermCoverage

__all__ = [
    "TEXT_FOUND",
    "CoverageIndex",
    "KeyTerm",
    "TermCoverage",
    "Verdict",
    "extract_key_terms",
    "judge",
    "missing_sibling",
    "phrase_key",
    "standout_bar",
    "standout_decides",
    "words",
]


@dataclass(frozen=True)
class Verdict:
    """Whether the glossary covers a question, how sure, and why."""

    covered: bool
    confidence: float
    reason: str


# A description with this many rare words its best entry lacks must stand out this far
# above its bar (round 8: 14 negatives refused, 1 answerable lost over 16 sets).
SPECIFIC_MISSING = 3
SPECIFIC_MARGIN = 2.0

TEXT_FOUND = "key term found (text)"  # the reason when only some entry's text has the term
# the standout path's refusals of a described question (judgement_called.py may overturn them)
NO_STANDOUT = "no entry stands out"
SPECIFIC_UNSAID = "best entry lacks the question's specific words"
# the Arabic script (and its supplements): the packaged English model reads it letter by
# letter, so a missing name's "standout" entry is one written with like letters ("بدعت":
# برید), never other words for the same thing (round 52 FP)
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_FOUND_CONFIDENCE = {
    "title": 0.95,
    "fuzzy-title": 0.9,
    "title-words": 0.9,
    "acronym": 0.85,
    "symbol": 0.85,
    "named-entry": 0.8,
    "said-name": 0.9,
    "said-together": 0.8,
    "text": 0.8,
}


def judge(
    term: TermCoverage,
    standout: float,
    calibration: Calibration,
    threshold: float = 0.5,
    plain: bool = False,
    unsupported: int = 0,
    loose: bool = False,
) -> Verdict:
    """A named term decides on its own; otherwise the best entry must stand out.

    A term-style question whose term the glossary lacks is covered only if its
    best entry stands out past the strict bar (it may use other words for the
    same thing); a described question needs the lenient bar, or the plain bar
    if that is lower and the question is ``plain`` (everyday.py), and clearly
    more when ``unsupported`` (rare question words its best entry lacks) is high;
    never when its best entry is ``loose`` (described_support.py).
    """
    if term.key_term is None:
        return Verdict(False, 0.0, "nothing to look up")
    if term.other_name:
        return Verdict(False, 0.0, "asks the name of something other than its best entry")
    if term.found and not term.generic:
        return Verdict(True, _FOUND_CONFIDENCE[term.how], f"key term found ({term.how})")
    bar = standout_bar(term, calibration, plain, unsupported)
    if term.found is False and term.term_style:
        confidence = confidence_of(standout, bar)
        if _mostly_arabic(term.key_term):
            confidence = min(confidence, threshold - 0.01)
        rescued = confidence >= threshold and not term.sibling
        reason = "key term missing" + (", but one entry stands out" if rescued else "")
    else:
        specific = unsupported >= SPECIFIC_MISSING
        confidence = confidence_of(standout, bar)
        reason = "best entry stands out" if confidence >= threshold else NO_STANDOUT
        if specific and confidence < threshold:
            reason = SPECIFIC_UNSAID
        if loose:
            confidence = min(confidence, threshold - 0.01)
            reason = "best entry is hardly related to the question"
    covered = confidence >= threshold and not missing_sibling(term)
    return Verdict(covered, round(confidence, 4), reason)


def _mostly_arabic(text: str) -> bool:
    """Whether more than half of the text's letters are of the Arabic script."""
    letters = [c for c in text if c.isalpha()]
    return sum(bool(_ARABIC_SCRIPT.match(c)) for c in letters) * 2 > len(letters)


def standout_decides(term: TermCoverage) -> bool:
    """Whether the verdict rests on the standout (no key term found, or a generic one)."""
    return term.key_term is not None and not (term.found and not term.generic)


def missing_sibling(term: TermCoverage) -> bool:
    """A named term the glossary lacks whose sibling it has: never covered."""
    return bool(term.sibling and term.found is False and term.term_style)


def standout_bar(
    term: TermCoverage, calibration: Calibration, plain: bool = False, unsupported: int = 0
) -> float:
    """The standout a question must reach: strict for a missing named term, else the
    lenient bar (the plain one if lower for a ``plain`` question), raised when
    ``unsupported`` is high, never below the corpus's floor (calibration.py)."""
    if term.found is False and term.term_style:
        return calibration.strict
    bar = calibration.lenient
    if plain and calibration.plain is not None:
        bar = min(bar, calibration.plain)
    bar += SPECIFIC_MARGIN * (unsupported >= SPECIFIC_MISSING)
    return bar if calibration.floor is None else max(bar, calibration.floor)
