"""A comparison asked in a glossary's own language, read as the English one (round 38).

question.py reads a comparison by English words ("difference between X and Y", "X vs Y"),
so "unterschied hsi und hse" or "skillnad mellan humlor och solitärbin" was read as one
term and answered by one side. A language's contrast words, and the words joining two sides
("und", "oder", "och", "eller"), are data (data/question_forms.json); its function words
come from the ``stop-words`` package. A question holding one of a language's contrast
words and one of its words that English lacks compares the two names joined
next to it: the run of words before the join and the run after it, each ending at a
function word of the language ("bsrr oder odr zum pin setzen": bsrr, odr). It is then read
as "difference between X and Y". A new language needs data only.

Thai writes no blanks between its words ("american option ต่างกันตรงไหน"): its listed words
are set apart inside a run of Thai letters first (round 53 WC), so the same reading finds
them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from rag_glossary.answer.language_asks import asked_glossary
from rag_glossary.coverage.asked_in_language import language_marks
from rag_glossary.coverage.glossary_language import (
    VERSUS,
    LanguageForms,
    comparison_forms,
    function_words,
    with_plain,
)
from rag_glossary.coverage.head_first import head_lent
from rag_glossary.thai_text import THAI, any_tones, untoned
from rag_glossary.word_marks import WORD

_CLAUSES = re.compile(r"\s*(?:[,;:?!]|\.(?=\s|$)|\s[-\u2013\u2014]+\s)\s*")
_WORD = re.compile(rf"{WORD}(?:[-'](?:{WORD}))*")


def compared_in_language(question: str) -> str | None:
    """The comparison the question asks, as "difference between X and Y" (None: it holds
    no contrast word of a language in data/question_forms.json, or no two joined sides)."""
    compared = comparison_read(question)
    return compared[1] if compared is not None else None


def comparison_read(question: str) -> tuple[str, str] | None:
    """The language whose words ask the comparison, and the comparison as
    ``compared_in_language`` reads it (None: as there)."""
    question = _thai_spaced(question) if THAI.search(question) else question
    said = _WORD.findall(question.lower())
    # the glossary's language first ("која је разлика између": Serbian, not Bulgarian)
    prior = asked_glossary()
    for language, forms in sorted(comparison_forms().items(), key=lambda lf: lf[0] != prior):
        if _contrast(language).isdisjoint(said) or language_marks(language).isdisjoint(said):
            continue
        for clause in _CLAUSES.split(question):
            if sides := _joined_sides(_clause_words(clause), language, forms):
                return language, f"difference between {sides[0]} and {sides[1]}"
    return None


_ROMAN = re.compile(r"[IVX]{1,4}")


def _clause_words(clause: str) -> list[str]:
    """The clause's words in lower case, but for a Roman numeral in capitals in a clause
    that writes lower case: "błąd I rodzaju" says the numeral, not the word "i" (and)."""
    said = _WORD.findall(clause)
    cased = clause != clause.upper()
    return [w if cased and _ROMAN.fullmatch(w) else w.lower() for w in said]


def _thai_spaced(question: str) -> str:
    """The question with blanks either side of each Thai word that asks, contrasts or
    joins ("ต่างกันตรงไหน": "ต่างกัน ตรงไหน"), the longest first ("แตกต่าง", not "ต่าง"),
    each as listed though typed with other tone marks or none ("ตางกัน": "ต่างกัน")."""
    pattern, listed = _thai_words()
    return pattern.sub(lambda m: f" {listed.get(untoned(m.group()), m.group())} ", question)


@functools.cache
def _thai_words() -> tuple[re.Pattern[str], Mapping[str, str]]:
    forms = comparison_forms()["th"]
    said = sorted(
        forms.question | forms.contrast | forms.between | forms.joins | forms.from_joins,
        key=lambda w: (-len(untoned(w)), w),
    )
    listed: dict[str, str] = {}
    for word in said:
        listed.setdefault(untoned(word), word)
    return re.compile("|".join(map(any_tones, said))), listed


@functools.cache
def _contrast(language: str) -> frozenset[str]:
    """The language's contrast words, typed with or without their marks ("διαφορα")."""
    return with_plain(comparison_forms()[language].contrast)


def _joined_sides(said: list[str], language: str, forms: LanguageForms) -> tuple[str, str] | None:
    # "arasindaki" typed for "arasındaki": a frame word without its letters' marks
    stop = with_plain(function_words(language) | forms.frame | forms.between)
    # "overfitting-க்கும் underfitting-க்கும்": an "and" written as an ending after a hyphen
    said = [part for w in said for part in _ending_apart(w, forms.joins)]
    for at, word in enumerate(said):
        if word not in forms.joins | forms.from_joins | VERSUS:
            continue
        before = said[:at]
        if word in VERSUS and (alike := _parallel(before, said[at + 1 :], stop)):
            return alike
        if word in forms.from_joins:
            # "czym X różni się od Y": the contrast verb between the first side and "od"
            before = _trimmed(before[::-1], stop)[::-1]
        left = _run(reversed(before), stop)[::-1]
        # "az egyenloseg es az ekvivalencia kozott": an article opens the second side
        right = _run(_trimmed(said[at + 1 :], stop), stop)
        if between := _between_side(said[:at], language, forms):
            # "entre coeficiente de ocupacion del suelo y coeficiente de utilizacion del
            # suelo": the side after "between" keeps its function words, and the other side
            # the ones it shares ("de", "del"), not a new one ("pour l'élevage")
            after = said[at + 1 :]
            lead = len(after) - len(_trimmed(after, stop))
            left, right = between, _run(after[lead:], stop - frozenset(between))
        elif forms.head_first and (lent := head_lent(before, said[at + 1 :], stop)):
            # "poradie brán podľa X vs podľa Y": the second side is the first's head's
            left, right = lent[0], _run(lent[1], with_plain(forms.frame | forms.between))
        if left and right:
            return " ".join(left), " ".join(right)
    return None


def _parallel(before: list[str], after: list[str], stop: frozenset[str]) -> tuple[str, str] | None:
    """ "foshuíomh an domhain dhúnta vs foshuíomh an domhain oscailte": two names alike but
    for their last word, around "vs", whose shared start holds a function word ("an") that
    would end a side read up to the first one; the longest such pair."""
    for size in range(min(len(before), len(after)), 2, -1):
        left, right = before[-size:], after[:size]
        head = left[:-1]
        alike = head == right[:-1] and left[-1] != right[-1]
        # the function word inside the shared start, none opening or ending a name
        inside = stop.intersection(head[1:]) and not stop.intersection(
            (head[0], left[-1], right[-1])
        )
        if alike and inside:
            return " ".join(left), " ".join(right)
    return None


def _ending_apart(word: str, joins: frozenset[str]) -> list[str]:
    """A word and the "and" / "or" ending it takes after a hyphen, apart (Tamil "-க்கும்",
    "X and Y" said "X-க்கும் Y-க்கும்"); any other word whole."""
    head, _, ending = word.rpartition("-")
    return [head, ending] if head and ending in joins else [word]


def _run(said: Iterable[str], stop: frozenset[str]) -> list[str]:
    """The words up to the first one of ``stop``."""
    run: list[str] = []
    for word in said:
        if word in stop:
            break
        run.append(word)
    return run


def _between_side(said: list[str], language: str, forms: LanguageForms) -> list[str]:
    """The words after the last ``between`` word of ``said``, if it is preceded by the
    contrast word and the side holds a function word (else []: the plain run reads it)."""
    at = max((i for i, w in enumerate(said) if w in forms.between), default=-1)
    if at < 1 or said[at - 1] not in forms.contrast:
        return []
    side = said[at + 1 :]
    stop = function_words(language) | forms.frame
    side = _trimmed(side, stop)[::-1]
    side = _trimmed(side, stop)[::-1]
    return side if side and all(w not in forms.frame for w in side) else []


def _trimmed(said: list[str], stop: frozenset[str]) -> list[str]:
    """``said`` without its leading words of ``stop``."""
    at = next((i for i, w in enumerate(said) if w not in stop), len(said))
    return said[at:]
