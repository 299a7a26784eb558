"""What entries' names and definitions say: acronyms, both halves of a
"BLEU (Bilingual Evaluation Understudy)" title, and a definition's genus."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.keyterms import phrase_key, words
from rag_glossary.models import Entry

_GENUS_WORDS = 6
_GENUS_END = frozenset(str.split("that which who whose where when used to for of in with is are"))
_PARENTHESIS = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")


def entry_names(entry: Entry) -> list[str]:
    """Title and aliases, and both halves of a "BLEU (Bilingual Evaluation Understudy)" title."""
    names = [entry.title, *entry.aliases]
    for name in list(names):
        if parts := _PARENTHESIS.match(name):
            names.extend(parts.groups())
    return names


def describes_a_kind(question: str) -> bool:
    """ "a test to compare ...", "the distribution you use when ...": a bare description."""
    said = words(question)
    return len(said) >= 4 and said[0] in ("a", "an", "the", "some", "any")


def genus(body: str) -> tuple[str, ...]:
    """What a definition says its term is: "A continuous probability distribution [that]"."""
    head: list[str] = []
    for word in words(body)[:_GENUS_WORDS]:
        if word in _GENUS_END:
            break
        head.append(word)
    return phrase_key(head)


def spells(acronym: str, key: Sequence[str]) -> bool:
    """Whether each word of ``key``, in order, gives ``acronym`` its first letter and
    maybe a few more of its own ("iqr": Interquartile range, "sem": standard error mean)."""
    if not key or len(acronym) < len(key) or acronym[0] != key[0][0]:
        return False
    if len(key) == 1:
        return _subsequence(acronym[1:], key[0][1:])
    return any(
        _subsequence(acronym[1:cut], key[0][1:]) and spells(acronym[cut:], key[1:])
        for cut in range(1, len(acronym) - len(key) + 2)
    )


def _subsequence(letters: str, word: str) -> bool:
    """Inner letters an acronym takes are consonants ("IQR"); "MAE" is not Margin of error."""
    if any(c in "aeiou" for c in letters):
        return False
    it = iter(word)
    return all(c in it for c in letters)
