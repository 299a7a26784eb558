"""Whether a phrase spells an acronym or numeronym out (``DAG``: ``directed acyclic
graph``, ``K8s``: ``Kubernetes``).

Its own module, free of the parsers, so that the answer composer can ask it without
importing every dialect (``rag_glossary.parsing`` costs ~0.13 s at start-up).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rag_glossary.lazy_re import lazy_regex

_ACRONYM_WORDS = {"of", "and", "the", "a", "an", "to", "for", "in", "on", "with", "by", "per"}
# "K8s", "i18n", "a11y": first letter, how many letters are left out, last letter.
NUMERONYM = lazy_regex(r"([A-Za-z])([1-9][0-9]?)([A-Za-z])")


def initials_of(words: Sequence[str]) -> set[str]:
    """The initials of all the words, and of the words without "of", "and", "the"..."""
    content = [w for w in words if w.casefold() not in _ACRONYM_WORDS]
    found = {"".join(w[0] for w in words).casefold(), "".join(w[0] for w in content).casefold()}
    if sum(w[0].isupper() for w in words) >= 2:  # "Bon de Livraison", "Indice de ... Totaux"
        found.add("".join(w[0] for w in words if not _small_word(w)).casefold())
    return found


def _small_word(word: str) -> bool:
    """A lower-case word of one to three letters between capitalised ones (``de``, ``d'``,
    ``of``): a title-cased expansion's function word, in any language."""
    return word.islower() and len(word) <= 3


def spelled_by(acronym: str, words: Sequence[str]) -> bool:
    """The acronym is the words' initials (with or without "of", "and", ...)."""
    return len(words) >= 2 and _unaccented(acronym) in {_unaccented(i) for i in initials_of(words)}


def _unaccented(text: str) -> str:
    """``DAE`` is spelled by ``Document Administratif Électronique``."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c)
    )


def looks_like_acronym(text: str) -> bool:
    return sum(ch.isupper() for ch in text) >= 2 and any(ch.isalpha() for ch in text)


def word_list(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)  # letters of any script: "Délai Avant Récolte"


def numeronym_expansion(numeronym: str, sentence: str) -> list[str]:
    """``K8s`` defined as ``Kubernetes. An open source system ...`` gets ``Kubernetes``: the
    definition's first word (after an optional ``K8s:``) has the numeronym's first and last
    letters and as many letters between them as its number says."""
    sentence = re.sub(rf"^{re.escape(numeronym)}\s*[:\-–]\s*", "", sentence)
    word = re.match(r"[A-Za-z]+(?![\w-])", sentence)
    if word is None:
        return []
    first, count, last = numeronym[0], int(numeronym[1:-1]), numeronym[-1]
    text = word.group(0)
    spelled = text[0].casefold() == first.casefold() and text[-1].casefold() == last.casefold()
    return [text] if spelled and len(text) == count + 2 else []


def spells_out(short: str, phrase: str) -> bool:
    """``phrase`` is what the acronym or numeronym ``short`` abbreviates (``DAG``: ``directed
    acyclic graph``, ``K8s``: ``Kubernetes``)."""
    if NUMERONYM.fullmatch(short):
        return numeronym_expansion(short, phrase) == [phrase]
    return looks_like_acronym(short) and spelled_by(short, word_list(phrase))


# "Extract, Transform, Load - ...": the definition's leading words up to a sentence or
# clause end (a spaced dash, a parenthesis, a colon).
_LISTED_HEAD = lazy_regex(r"^(.*?)(?:\s[-–—]\s|[.;:(\n]|$)")


def listed_expansion(acronym: str, sentence: str) -> list[str]:
    """``ETL`` defined as ``Extract, Transform, Load``, ``ACID`` as ``Atomicity, Consistency,
    Isolation, Durability - ...``: a comma list of one word per letter spells the acronym
    out (the first clause, cut at the first comma, holds one word of it)."""
    head = _LISTED_HEAD.match(sentence.strip())
    words = head.group(1) if head else ""
    items = [re.sub(r"^(?:and|or)\s+", "", i.strip()) for i in words.split(",")]
    if len(items) < 2 or any(len(i.split()) != 1 or not i[:1].isalpha() for i in items):
        return []
    spelled = "".join(i[0] for i in items).casefold() == acronym.casefold()
    return [", ".join(items)] if spelled else []
