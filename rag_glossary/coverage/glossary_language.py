"""Which language a glossary in another language is written in, and how a question in that
language is read (round 37).

other_language.py reads a short question by the name it says, but only when most of its
words are not English: a German glossary of English technical names ("was ist ein literal
pool", "wie viel sram hat der stm32f103") failed that test and kept German frames in its key
term ("ist ein literal pool is not in the glossary"). Here the glossary's own words name its
language: the one whose function words (the ``stop-words`` package's lists, BSD, 34
languages in 60 kB, no dependencies) make up the largest share of its word occurrences,
counted once per entry as ``in_other_language`` counts them. A question with one of that
language's function words that English lacks ("ist", "der", "är") is in that language; its
function words and the few words that ask what a name means or how two differ
(QUESTION_FORMS, kept per language as data) are dropped, and the words left are read as
other_language.py reads a short question.
English glossaries never reach this (their language is None), so an English word that is a
function word elsewhere ("die", "also", "war") stays a word there.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from stop_words import LANGUAGE_MAPPING, get_stop_words

from rag_glossary.everyday import everyday_words

# a language's function words must make up this share of the glossary's word occurrences,
# and more than English's (stm-glossary's German .29, bee-glossary's Swedish .32; in the
# English sets no other language's reaches .07, English's own .14 to .35)
MIN_FUNCTION_SHARE = 0.1


# The words of a language, beyond its function words, that frame a question about a name:
# what it means, what it is called, how two differ ("unterschied hsi und hse" asks about
# the names it says, as a short question does). Only the languages a test or design set
# covers; another language's questions lose their function words alone.
QUESTION_FORMS: Mapping[str, frozenset[str]] = {
    "de": frozenset(
        {"bedeutung", "bedeutet", "heißt", "heisst", "erklärt", "erklärung"}
        | {"unterschied", "unterschiede", "unterscheiden"}
    ),
    "sv": frozenset(
        {"betyder", "betydelse", "menas", "innebär", "kallas"}
        | {"skillnad", "skillnaden", "skillnader"}
    ),
}


@functools.cache
def function_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_stop_words(language))


@functools.cache
def _foreign_only(language: str) -> frozenset[str]:
    """The language's function words that are no English words ("ist", not "was")."""
    english = everyday_words() | function_words("en")
    return frozenset(w for w in function_words(language) if w not in english)


@functools.cache
def _languages_of() -> Mapping[str, tuple[str, ...]]:
    """Each function word and the languages it is one of: a glossary is read in one pass."""
    table: dict[str, list[str]] = {}
    for code in LANGUAGE_MAPPING:
        for w in function_words(code):
            table.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in table.items()}


def glossary_language(doc_freq: Mapping[str, int]) -> str | None:
    """The language (ISO 639-1) whose function words are the largest share of the
    glossary's word occurrences, if that share is MIN_FUNCTION_SHARE or more and English's
    is smaller (None: English, or no language stands out)."""
    total = sum(doc_freq.values())
    counts = dict.fromkeys(LANGUAGE_MAPPING, 0)
    languages_of = _languages_of()
    for w, n in doc_freq.items():
        for code in languages_of.get(w, ()):
            counts[code] += n
    best = max((c for c in counts if c != "en"), key=lambda c: counts[c])
    share = counts[best] / total if total else 0.0
    return best if share >= MIN_FUNCTION_SHARE and counts[best] > counts["en"] else None


def asked_words(said: Sequence[str], language: str) -> tuple[str, ...] | None:
    """The question's words (``said``) without the language's function words and question
    forms, if the question is in that language (None: no function word of it that English
    lacks)."""
    if not any(w in _foreign_only(language) for w in said):
        return None
    dropped = function_words(language) | QUESTION_FORMS.get(language, frozenset())
    return tuple(w for w in said if w not in dropped)
