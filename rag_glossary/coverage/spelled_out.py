"""A question that spells an acronym out in brackets ("what crf value (constant rate
factor) should i pick") names that thing twice; when the glossary has neither the acronym
nor its spelling, the question names a term the glossary lacks, whatever entry its other
words ("value") bring first (coverage/lookup.py). So does a name with its own acronym in
brackets ("data on mdt (dom)") that the glossary has neither of. A spelling said after
"as in" ("epic as in explicitly parallel instruction computing") names it as a bracket does."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag_glossary.coverage.phrases import phrase_key, words

_BRACKETED = re.compile(r"\(([^()]+)\)")
_SHORTEST = 2  # "et": the fewest letters an acronym spelled out has
_AS_IN = re.compile(r"\b(?:as in|i\.e\.)[ ,:]+([^,.;:?!()]+)", re.IGNORECASE)


def expansion_unsaid(question: str, acronym: str, texts: Sequence[str]) -> bool:
    """Whether the question spells ``acronym`` out (in brackets or after "as in": the
    initials of all its words, or of its content words) and none of ``texts`` (the found
    entries' words, spaced) says those words."""
    spelling = _BRACKETED.search(question) or _AS_IN.search(question)
    said = words(spelling.group(1)) if spelling else []
    key = phrase_key(said)
    initials = {"".join(w[0] for w in said), "".join(w[0] for w in key)}
    if not key or acronym.replace(" ", "") not in initials:
        return False
    return not any(all(f" {w} " in text for w in key) for text in texts)


def spelled_acronym(question: str) -> tuple[str, str] | None:
    """The acronym and its bracketed spelling, when a word of the question before the
    bracket is the initials of the bracket's words (all of them, or its content words)."""
    bracket = _BRACKETED.search(question)
    if bracket is None:
        return None
    said = words(bracket.group(1))
    key = phrase_key(said)
    initials = {"".join(w[0] for w in said), "".join(w[0] for w in key)}
    before = words(question[: bracket.start()])
    acronym = next((w for w in before if len(w) >= _SHORTEST and w in initials), None)
    return (acronym, " ".join(said)) if acronym and len(said) >= _SHORTEST else None


def acronym_after(question: str) -> tuple[str, str] | None:
    """ "data on mdt (dom) explained": a bracketed word that is the initials of the words
    right before it (every word, the small ones too) is their acronym: the name, then it,
    in the question's order (a refusal names the term as written)."""
    bracket = _BRACKETED.search(question)
    if bracket is None:
        return None
    said, before = words(bracket.group(1)), words(question[: bracket.start()])
    if len(said) != 1 or len(said[0]) < _SHORTEST or len(before) < len(said[0]):
        return None
    named = before[-len(said[0]) :]
    return (" ".join(named), said[0]) if "".join(w[0] for w in named) == said[0] else None


def both_missing(question: str, missing: Callable[[str], bool]) -> str | None:
    """The bracketed pair as asked when ``missing`` holds for the acronym and its spelling."""
    pair = spelled_acronym(question) or acronym_after(question)
    if pair is None or not all(missing(name) for name in pair):
        return None
    return f"{pair[0]} ({pair[1]})"
