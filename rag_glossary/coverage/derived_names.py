"""A term whose modifier is a word derived from the best entry's name: "normative
spelling" asked of Normatize ("the normative form of "alot" is "a lot"", "to normalize
the spelling ..."). The adjective says the entry's notion in another word class, so the
entry names the term, and its text must still say the noun the adjective modifies."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.coverage.phrases import strong_stem

# derivational endings that turn a verb or noun into an adjective, a verb or a noun
# ("normat|ive", "normat|ize", "standard|ize", "normal|ization"), longest first
_DERIVATIONAL = (
    "ization", "isation", "ational", "ative", "ation", "ical", "ize", "ise",
    "ive", "ity", "al", "ic",
)  # fmt: skip
_MIN_STEM = 4  # "norm" + "al": a shorter stem ("ac|tive") joins unrelated words


def derivational_stems(word: str) -> frozenset[str]:
    """``word`` without each derivational ending it may have ("normative": "norm",
    "normat"; "normatize": "normat")."""
    return frozenset(
        word[: -len(ending)]
        for ending in _DERIVATIONAL
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM
    )


def derived_from(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` in another word class, not an inflection of it."""
    if strong_stem(word) == strong_stem(name):
        return False  # the same word or its inflection: the title lookups' to judge
    stems = derivational_stems(word)
    return bool(stems & (derivational_stems(name) | {name})) or word in derivational_stems(name)


def modifier_derived(key: Sequence[str], names: Sequence[tuple[str, ...]], said: set[str]) -> bool:
    """ "normative spelling" and Normatize: a two-word term whose first word is derived
    from one of the entry's one-word names and whose noun the entry's text (``said``, as
    strong stems) says."""
    if len(key) != 2:
        return False
    modifier, noun = key
    derived = any(len(name) == 1 and derived_from(modifier, name[0]) for name in names)
    return derived and strong_stem(noun) in said
