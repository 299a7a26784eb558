"""A question that names its answering entry but asks a thing the entry does not say
(round 55 WN).

"can i cancel a policy i only bought last week and get my money back": the question says
Policy's title, so Policy stands out, but what it asks (cancel, bought, week, money) is
nowhere in Policy's text; the title is the setting of the question, not what it asks.
Answered with Policy's definition, the reply reads as if the glossary covered it. So a
covered question is refused when the first hit's title or an alias is said in it word for
word, the question asks neither what a name is or means nor a comparison, it is no story
(at most ``_REST_MOST`` words beside the name), and ``_UNSAID`` or more of its other
content words are nowhere in the entry's text (stems or their first ``_PREFIX`` letters).
An answerable of the same shape names the entry and asks what it is ("my buddy keeps
talking about trimix ..., what actually is it"), or asks a fact of it that the entry's
text says in its own words ("which squares count as the center when people talk about
center control": center, squares).

An English question of an English glossary is read by the English function words and
question forms; an English question's words are not said by a glossary written in
another language, so it is not read there.

A question in the glossary's own language (round 56 NT; data/question_forms.json) is read
by that language's function words and question forms (``naming_words``): "com es fa la
corba de supervivencia dels pacients segons el subtipus molecular" names Subtipus
molecular and asks corba, supervivencia, pacients, none of which it says. Not read: a
question asking what a name means, is called, or how two differ in the language's own
forms; one asking how many, how much or which ("validator चलाने के लिए कितना ETH stake
करना जरूरी है": the entry says "32 ETH स्टेक"); one opening with a question word and only
frame words before the name ("τι ειναι το καρεναρισμα και πως το εκαναν παλια": what it
is, and a second part); one whose named entry is written in English (a Turkish
glossary's "liste: A built-in Python sequence ..."). Words take endings and clitics the
English stems do not read, so a word is said by one it holds or that holds it, or that
opens as it does but for a two-letter ending (``_inflected_form``).

Outside English (round 56 WN) a word is unsaid when none of the first hits says it in a
form (English keeps the fewest of one hit): "ka padaro pristatymo pranesimas su prekiu
likuciu sandely" is answered by Pristatymo pranešimas, whose neighbour Pirkimo
sąskaita-faktūra says "prekių"; and of a query asking two questions ("...? kaip tada suma
perskaiciuojama") only the one naming the entry is read, as a second part after "what is
X" is not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.language_asks import asked_language, asks_what_in_language
from rag_glossary.answer.question import asks_define
from rag_glossary.coverage.glossary_language import (
    VERSUS,
    function_words,
    naming_words,
    question_forms,
    with_plain,
)
from rag_glossary.coverage.listed_terms import CONTRAST_WORDS
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.marks import plain
from rag_glossary.models import Entry

# the fewest content words beside the name the entry must not say; the most a question
# may say beside the name (a longer one is a story around a "what is X" the forms miss)
_UNSAID = 4
# outside English (round 56 NT), where the question may ask no number or kind (``_reading``)
# and a word's forms are read by their letters: chosen on the 35 such sets' rows (3 refuses
# 3 negatives and no answerable, 2 refuses 4 and 11)
_UNSAID_OTHER = 3
_REST_MOST = 10
_PREFIX = 5
_SHORTEST = 3  # shorter words ("u", "pc", "atc") are not read
_HELD = 4  # a word held in another, or holding it, is its form outside English
_ENDING = 2  # the letters of an ending two forms of a word may differ in
_HITS = 3  # the first hits read: the named one and the two after it

# words that ask what a name is, means or is called, or what counts as it (its
# definition's criterion: "how fast must the pressure fall to count as explosive
# deepening"), or compare two things
_MEANING = frozenset(
    str.split(
        "whats mean means meaning meant definition define defined definiton stand stands "
        "called call term explain explained describe count counts counted qualify qualifies"
    )
)
# listed_terms' contrast words and the verbs and preposition of a comparison
_CONTRAST = frozenset((*CONTRAST_WORDS, "compare", "compared", "between"))
# "what is", "what even is", "what does that actually mean", "what the eyewall actually is"
_WHAT_IS = lazy_regex(r"(?i)\bwhat(?:'s|s)?(?:\s+\w+){0,3}?\s+(?:is|are|does|do|mean|means)\b")


def named_rest_unsaid(query: str, entries: Sequence[Entry], language: str | None) -> bool:
    """Whether ``query`` names the first of ``entries`` (the first hits) but asks of it
    ``_UNSAID`` or more words that neither its text nor any other of ``entries`` says
    (``language``: the glossary's; None for English). Another hit saying what is asked
    may be the answer ("which diagnostic test checks whether units manipulated the running
    variable ...": Manipulation, second, after Running variable)."""
    least = unsaid_least(query, entries, language)
    return least is not None and least >= (_UNSAID if language is None else _UNSAID_OTHER)


def unsaid_least(query: str, entries: Sequence[Entry], language: str | None) -> int | None:
    """The fewest content words of ``query`` beside the first entry's name that one of the
    first ``_HITS`` entries does not say; None when the question does not name the first
    entry, asks what a name is or compares, is longer than ``_REST_MOST`` words beside the
    name, or is not read in the glossary's language."""
    if not entries:
        return None
    entry = entries[0]
    said = [plain(w) for w in words(query)]
    reading = _reading(query, said, language)
    if reading is None:
        return None
    if language is not None:
        said = _naming_question(query, entry) or said
    span = _named_span(said, entry)
    if span is None or (language is not None and not _asks_of(entry, said[: span[0]], language)):
        return None
    start, end = span
    rest = [w for w in said[:start] + said[end:] if content_word(w, reading)]
    if len(rest) > _REST_MOST:
        return None
    if language is None:
        return min(len(unsaid_stems(rest, other)) for other in entries[:_HITS])
    # outside English a word one of the first hits says in its form is said: the answering
    # entry and its neighbours write the question's words in their own inflections
    return len(set.intersection(*(unsaid_stems(rest, other, True) for other in entries[:_HITS])))


def _naming_question(query: str, entry: Entry) -> list[str] | None:
    """The words of the one question of ``query`` (parts ended by "?") that names
    ``entry``, when ``query`` asks more than one: "ar erpnext galima israsyt saskaita kita
    valiuta nei saskaitu lenteles? kaip tada suma perskaiciuojama" asks of Valiuta its
    first part; the second asks on through it ("tada": then), in its own words."""
    parts = [p for p in _QUESTION_END.split(query) if p.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        said = [plain(w) for w in words(part)]
        if _named_span(said, entry) is not None:
            return said
    return None


def _reading(query: str, said: Sequence[str], language: str | None) -> frozenset[str] | None:
    """The words of ``query`` that are no content (its language's function words and
    question forms), or None when the question is not read: it asks what a name is or
    means or is called, compares, or (outside English) asks how many or which, or it is
    not in the glossary's language (an English question's words are not said by a
    glossary written in another)."""
    asked = asked_language(query, language)
    if language is None:
        if not query.isascii() or asked is not None or _asks_name_or_contrast(query, said):
            return None
        return function_words("en")
    forms = question_forms().get(language)
    if forms is None or asked != language or asks_what_in_language(query, language):
        return None
    # and how many, how much or which ("kitna", "quin"): a number or one of its kinds the
    # entry states in its own way ("32 ETH", "CMS3"), not in the question's words
    asking = with_plain(forms.meaning | forms.called | forms.contrast | forms.between | forms.asks)
    if not asking.isdisjoint(said) or not VERSUS.isdisjoint(said):
        return None
    return naming_words(language)


def _asks_of(entry: Entry, before: Sequence[str], language: str) -> bool:
    """Whether a question in ``language`` naming ``entry`` after the words ``before`` asks
    a thing of it: the entry is written in that language (not in English: "liste: A
    built-in Python sequence ..." of a Turkish glossary says no Turkish question's
    words), and the question does not open with a question word and only frame words
    before the name, which asks what the name is, whatever a second part adds ("was ist
    die atemschutzüberwachung und wozu ...", "τι ειναι το καρεναρισμα και πως ...")."""
    text = words(" ".join((entry.title, entry.body)))
    own = sum(w in function_words(language) for w in text)
    if own < sum(w in function_words("en") for w in text):
        return False
    frame = naming_words(language)
    question = with_plain(question_forms()[language].question)
    return not (before and before[0] in question and all(w in frame for w in before))


def unsaid_by_all(rest: Sequence[str], entries: Sequence[Entry], inflected: bool = False) -> int:
    """How many stems of ``rest`` none of ``entries`` says in any form (``unsaid_stems``);
    0 for no entries."""
    unsaid = [unsaid_stems(rest, entry, inflected) for entry in entries]
    return len(set.intersection(*unsaid)) if unsaid else 0


def unsaid_stems(rest: Sequence[str], entry: Entry, inflected: bool = False) -> set[str]:
    """The stems of ``rest`` that ``entry``'s text says in no form: its stem or its first
    ``_PREFIX`` letters. ``inflected``: a language whose words take clitics and endings the
    English stems do not read, where a word is said by one it holds or that holds it
    ("الاعضاء" by "أعضاء", "pacients" by "pacient"), or that opens as it does but for
    its last ``_ENDING`` letters ("γραμμη", "γραμμες"); "supervivencia" is no form of
    "supervisat"."""
    text = words(" ".join((entry.title, *entry.aliases, entry.body)))
    stems = set(phrase_key(text))
    plain_text = {plain(w) for w in text}
    prefixes = {w[:_PREFIX] for w in plain_text}
    return {
        key[0]
        for w in rest
        if (key := phrase_key([w])[:1])
        and key[0] not in stems
        and not (_inflected_form(w, plain_text) if inflected else w[:_PREFIX] in prefixes)
    }


def _inflected_form(word: str, text: set[str]) -> bool:
    return any(
        (len(t) >= _HELD and t in word)
        or (len(word) >= _HELD and word in t)
        or _opening(word, t) >= max(_PREFIX, min(len(word), len(t)) - _ENDING)
        for t in text
    )


def _opening(one: str, other: str) -> int:
    """How many letters ``one`` and ``other`` open with alike."""
    n = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        n += 1
    return n


def _named_span(said: Sequence[str], entry: Entry) -> tuple[int, int] | None:
    """Where the entry's title or an alias is said word for word (the first found)."""
    for name in (entry.title, *entry.aliases):
        run = [plain(w) for w in words(name)]
        n = len(run)
        for at in range(len(said) - n + 1) if n else ():
            if list(said[at : at + n]) == run:
                return at, at + n
    return None


def _asks_name_or_contrast(query: str, said: Sequence[str]) -> bool:
    words_said = set(said)
    if not words_said.isdisjoint(_MEANING) or not words_said.isdisjoint(_CONTRAST):
        return True
    return bool(_WHAT_IS.search(query)) or asks_define(query)


def content_word(word: str, frame: frozenset[str]) -> bool:
    """Whether ``word`` can say what a question asks: ``_SHORTEST`` letters or more, no
    word of the language's ``frame``, no number."""
    return len(word) >= _SHORTEST and word not in frame and not _NUMBER.match(word)


_NUMBER = re.compile(r"^\d")
_QUESTION_END = re.compile("[?\uff1f\u037e\u061f]")  # ? and its full-width, Greek, Arabic forms
