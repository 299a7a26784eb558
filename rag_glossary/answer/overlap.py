"""Word overlap between a question and a unit: the idf-weighted share of the question's
own words a unit contains, matched by stem and, inside an entry, by another form of a word."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from rag_glossary.answer.segment import Unit
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.word_forms import fold

Idf = Callable[[str], float]


def coverage(
    focus: frozenset[str], unit: Unit, idf: Idf, context: str = "", *, forms: bool = False
) -> float:
    """The idf-weighted share of the question's own words the unit contains; with
    ``forms``, another form of a word counts ("likely" finds "likelihood")."""
    if not focus:
        return 0.0
    tokens, words, opened = _said_forms(f"{context} {unit.lead} {unit.text}", unit.text)
    total = sum(idf(t) for t in focus)
    found = sum(
        idf(t)
        for t in focus
        if stem(numeral(t)) in words or t in opened or (forms and close_form(t, tokens))
    )
    return found / total if total else 0.0


# the same entries' units recur from question to question (and each search with
# answer_first on composes the answer: answer_first.py)
@functools.lru_cache(maxsize=4096)
def _said_forms(text: str, unit_text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A unit's tokens, the stems it says and the closed forms of its open compounds (an
    open compound matches its closed form whole, never by stem or as another form)."""
    tokens = frozenset(tokenize(text)) | closed_compounds(text)
    words = frozenset(stem(numeral(t)) for t in tokens) | opening_forms(unit_text)
    return tokens, words, frozenset(open_compounds(text))


# word pieces joined by hyphens: "UTF-8", "state-of-the-art"
_HYPHENATED = lazy_regex(r"[^\W_]+(?:-[^\W_]+)+")


def closed_compounds(text: str) -> set[str]:
    """The closed forms of the text's hyphenated compounds, whole and two pieces at a time
    ("UTF-8": "utf8", "co-training": "cotraining").
    English writes one compound open, hyphenated or closed, and a question typed fast
    closes it ("valid utf8"), while the tokenizer splits the hyphenated form into pieces
    that are not the asked word."""
    out: set[str] = set()
    for run in _HYPHENATED.findall(text):
        pieces = run.split("-")
        joined = ["".join(pieces), *("".join(p) for p in itertools.pairwise(pieces))]
        out.update(t for j in joined for t in tokenize(j))
    return out


def open_compounds(text: str) -> set[str]:
    """The closed forms of two adjacent words of three letters or more: English writes a
    compound open or closed, "name spaces" in the text, "namespaces" in the question."""
    words = [w if _OPEN_WORD.fullmatch(w) else "" for w in _ANY_WORD.findall(text)]
    return {t for a, b in itertools.pairwise(words) if a and b for t in tokenize(a + b)}


_PIECE = lazy_regex(r"[a-z]{3,}")
_OPEN_WORD = lazy_regex(r"[A-Za-z]{3,}")
_ANY_WORD = lazy_regex(r"[\w-]+")


# "what 3 kinds of metrics": a glossary writes small numbers as words ("three types");
# "one" is left out, as it is mostly a pronoun ("one of the")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMERALS = {word: str(n) for n, word in enumerate((*_NUMBER_WORDS, "eleven", "twelve"), 2)}


def numeral(token: str) -> str:
    """A small number written as a word, as its digits ("three": "3")."""
    return _NUMERALS.get(token, token)


CLOSE_PREFIX = 5  # "optimal" and "optimum", "likely" and "likelihood" share this much


def close_form(token: str, tokens: AbstractSet[str]) -> bool:
    """Another form of ``token`` is among ``tokens``: they share all but the last three
    letters of the shorter, and at least CLOSE_PREFIX ("transformer" and "translation" do not)."""
    if any(_inflects(token, other) or _inflects(other, token) for other in tokens):
        return True  # "blowing" finds "blow", too short to share CLOSE_PREFIX letters
    if any(_latin_plural(token, other) or _latin_plural(other, token) for other in tokens):
        return True  # "indexes" finds "indices", "matrix" finds "matrices"
    if len(token) <= CLOSE_PREFIX:
        return False
    for other in tokens:
        if len(other) > CLOSE_PREFIX and other[:CLOSE_PREFIX] == token[:CLOSE_PREFIX]:
            shared = next(
                (i for i, (a, b) in enumerate(zip(token, other, strict=False)) if a != b),
                min(len(token), len(other)),
            )
            if shared >= min(len(token), len(other)) - 3:
                return True
    return False


_ENDINGS = ("ing", "ed", "es")
MIN_BASE = 3  # "blow" + "ing"; a shorter base ("be" + "ing") is no word's form


def _inflects(form: str, base: str) -> bool:
    """``form`` is ``base`` with a verb ending ("blowing", "blowed": "blow")."""
    return len(base) >= MIN_BASE and form[len(base) :] in _ENDINGS and form.startswith(base)


def _latin_plural(plural: str, other: str) -> bool:
    """``plural`` is the Latin plural of ``other``'s word, as tokens (a final "s" gone):
    "indice" of "index" or "indexe", "matrice" of "matrix", "vertice" of "vertex"."""
    if not plural.endswith("ice") or len(plural) < 6:
        return False
    base = plural[:-3]
    return other in (f"{base}ex", f"{base}ix", f"{base}exe", f"{base}ixe")


def opening_forms(text: str) -> frozenset[str]:
    """The stems of the base forms of the participles a text opens with: a glossary
    defines an action or a quality by them ("Decking Out: Falling and hitting the
    ground", "Astringency: Drying, puckering sensation") where a question says the plain
    verb or adjective ("when you fall ... and hit the ground", "dry puckery feeling"),
    whose stem the participle's six letters miss ("fallin", "hittin"). A participle later
    in a text keeps its own stem: there it tells of something else ("a dentist who
    specializes in treating nerve infections" for "a dentist who only treats kids")."""
    opening = itertools.takewhile(lambda t: fold(t) != t, tokenize(text))
    return frozenset(stem(fold(t)) for t in opening)


def stem(token: str) -> str:
    # Matching only: "detect" finds "detection", "computed" finds "compute".
    return token[:6] if len(token) > 6 else token
