"""A missing compound whose best entry is named only by its modifier: "chroma keying" is a
keying, and Chroma (the entry the search ranks first) names what it keys on, not the thing
asked; "amalgam tattoo" is no Amalgam. Such a best entry is a neighbour of the term, never
other words for it, so the term is judged missing like a sibling's (coverage/lookup.py)."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.coverage.phrases import phrase_key, word_bag

_PREPOSITIONS = frozenset(str.split("of in on for with from to by at about"))
# "named", "used": a participle after a name is the question's verb, no head of a compound
_VERB_ENDINGS = ("ed",)


def named_by_modifier(key_term: str, names: Sequence[Sequence[str]]) -> bool:
    """Whether one of ``names`` (the best entry's name word lists) is exactly the key
    term's modifiers, the term's head word being in none of them."""
    said = key_term.split()
    if len(said) < 2 or _PREPOSITIONS.intersection(said) or said[-1].endswith(_VERB_ENDINGS):
        return False
    head = set(word_bag(phrase_key(said[-1:])))
    modifiers = set(word_bag(phrase_key(said[:-1])))
    if not head or not modifiers or head <= modifiers:
        return False
    bags = [set(word_bag(tuple(n))) for n in names if n]
    if any(head & bag for bag in bags):
        return False
    return any(bag == modifiers for bag in bags)


def modifier_reworded(key: Sequence[str], names: Sequence[Sequence[str]], text: str) -> bool:
    """ "healing wish" and the entry Wish ("Heals whatever is in that slot"): a two-word
    name whose head is the entry's whole name and whose -ing modifier the entry's text
    says only in another form of the word is a kind of its own, not that entry."""
    if len(key) != 2 or not key[0].endswith("ing") or [key[1]] not in [list(n) for n in names]:
        return False
    return f" {key[0]} " not in f" {text} "
