"""Whether a question is asked in the glossary's own language, and its words without that
language's frame (round 37; split from glossary_language.py in round 56).

glossary_language.py names the glossary's language and holds its function words and question
forms (data/question_forms.json); here a question is read by them. It is in that language
when it says one of the language's function words or question forms that English lacks
(``language_marks``: "ist", "quoi"), a word a question clitic closes ("kelpaako"), one of the
language's phrases ("la gi"), or it is wholly the language's frame around words English lacks
("co to wspolczynnik zmiennosci"); ``asked_words`` then drops the frame, and the words left
are read as other_language.py reads a short question.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Sequence

from rag_glossary.coverage.glossary_language import (
    LanguageForms,
    foreign_only,
    frame_words,
    function_words,
    question_forms,
    with_plain,
)
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.coverage.speech_words import speech
from rag_glossary.everyday import everyday_words
from rag_glossary.word_forms import hyphen_ended


@functools.cache
def language_marks(language: str) -> frozenset[str]:
    """The words that say a question is in ``language``: its function words and question
    forms that are no English words ("ist", "quoi", "signification"; not "was", "vs")."""
    forms = question_forms().get(language)
    english = everyday_words() | function_words("en")
    marks = (
        foreign_only(language) | frozenset(w for w in forms.frame if w not in english)
        if forms
        else foreign_only(language)
    )
    return frozenset(w for w in with_plain(marks) if w not in english)


def asked_words(
    said: Sequence[str], language: str, kept: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[str, ...] | None:
    """The question's words (``said``) without the language's function words and question
    forms (and a frame word a clitic closes: "onko") but the ``kept`` ones
    (capital_names.py), if the question is in that language (None: no word of it that
    English lacks, ``language_marks``, or that a question clitic closes, ``clitic_asked``:
    "kelpaako", no phrase of the language, ``says_phrase``, it is not wholly the language's
    frame around words English lacks, ``_framed_foreign``, and its text as asked,
    ``asked``, writes no Hungarian ending after a hyphen: "call stack-ben mi tarolodik",
    round 53 HC)."""
    if (
        not any(w in language_marks(language) or clitic_asked(w, language) for w in said)
        and not _framed_foreign(said, language)
        and not says_phrase(said, language)
        and not (language == "hu" and hyphen_ended(asked))
    ):
        return None
    dropped = frame_words(language) - kept
    return tuple(
        w
        for w in said
        if w not in dropped and clitic_asked(w, language) != "frame" and not speech(w, language)
    )


# the fewest letters a word keeps before a question clitic ("on" of "onko")
_CLITIC_BASE = 2


def clitic_asked(word: str, language: str) -> str | None:
    """How a word with a question clitic of ``language`` (question_forms ``clitics``,
    ``frame_clitics``) asks: "frame" when what precedes the clitic is a frame word
    ("onko": is it; "mikäpä": what), "verb" when a question clitic closes another word
    ("kelpaako": is it valid), a question all the same (round 53 WF; None: no such word,
    or an English one). A doubled consonant before the ending ("verkko", "kauppa") is the
    word's own, no clitic."""
    forms = question_forms().get(language)
    if forms is None or word in english_words():
        return None
    frame = frame_words(language)
    endings = [(c, True) for c in forms.clitics] + [(c, False) for c in forms.frame_clitics]
    for clitic, asks in endings:
        base = word[: -len(clitic)]
        if not word.endswith(clitic) or len(base) < _CLITIC_BASE or base[-1] == clitic[0]:
            continue
        if base in frame:
            return "frame"
        if asks and any(c in "aeiouyäö" for c in base):
            return "verb"
    return None


def first_asked(said: Sequence[str], forms: LanguageForms) -> Sequence[str]:
    """ "vad är markradon och hur gör man huset radonsäkert": the words before the first
    "and" that a question word follows, a first question of its own (none: no such "and")."""
    joined = (i for i, w in enumerate(said[:-1]) if w in forms.joins)
    return next((said[:i] for i in joined if said[i + 1] in forms.question), ())


# a word of two to eight capitals or digits opening with a capital: an abbreviation
_CAPITALS = re.compile(r"(?<![^\W_])[A-Z\u00c0-\u00de][A-Z0-9\u00c0-\u00de]{1,7}(?![^\W_])")


def capital_names(question: str, names: Container[tuple[str, ...]]) -> frozenset[str]:
    """The words (lowercased) the question writes in capitals that name an entry, which
    ``asked_words`` keeps though they are frame words typed in small letters: "vad står PA
    för när man pratar om jordtryck" asks of aktivt jordtryck's symbol PA, no Swedish "på"
    typed without its ring. None when the whole question is in capitals (shouted)."""
    if not any(c.islower() for c in question):
        return frozenset()
    found = (w.lower() for w in _CAPITALS.findall(question))
    return frozenset(w for w in found if phrase_key([w]) in names)


def says_phrase(said: Sequence[str], language: str) -> bool:
    """Whether ``said`` holds one of the language's phrases (question_forms ``phrases``)."""
    forms = question_forms().get(language)
    return forms is not None and any(
        tuple(said[i : i + len(p)]) == p for p in forms.phrases for i in range(len(said))
    )


def _framed_foreign(said: Sequence[str], language: str) -> bool:
    """Whether the question opens with a frame word of ``language`` and every word of it is
    one or no English word, and there are both: "co to wspolczynnik zmiennosci" is Polish
    though "co" and "to" are English words too. A question opening with its term ("fba
    come funziona") is left to the marks: its frame words may be English lookalikes. In a
    language that asks at the end (``frame_last``: Turkish "difüzyon yapıyor mu") the
    question closes with its frame word instead; in any language a question closing with
    two frame words ("amqp co to je") asks as one opening with them."""
    frame, english = frame_words(language), english_words()
    framed = [w in frame for w in said]
    forms = question_forms().get(language)
    closes = len(framed) > 2 and framed[-1] and framed[-2]
    return (
        bool(framed)
        and (framed[-1 if forms and forms.frame_last else 0] or closes)
        and not all(framed)
        and all(f or w not in english for w, f in zip(said, framed, strict=True))
    )


@functools.cache
def english_words() -> frozenset[str]:
    """Everyday English words and English function words."""
    return everyday_words() | function_words("en")
