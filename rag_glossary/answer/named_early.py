"""Whether a sentence names its term as its subject, so that it reads alone; else the
term's name leads it in the answer ("Charging: It spends this turn charging ...").
Moved out of answer/pieces.py (round 53)."""

from __future__ import annotations

import re

from rag_glossary.answer.names import mentions
from rag_glossary.lazy_re import lazy_regex

SUBJECT_WORDS = 8  # a sentence whose term comes this early says what it is about
_SUBJECT_VERB = lazy_regex(r"is|are|was|were|refers?|means|describes|denotes|measures|provides")
# A sentence whose subject is a personal pronoun ("It spends this turn charging ...",
# "They are ..."): the pronoun stands for the entry's name, which the sentence does not say
# as its subject even when a word of it comes later ("charging" for Charging).
_PRONOUN_SUBJECT = lazy_regex(r"(?:It|They|He|She)(?:'s|’s)?\s")


def names_early(text: str, name: str) -> bool:
    """The sentence names its term before its first semicolon, and early: in its first
    SUBJECT_WORDS words or before its first verb of being ("In the context of image
    processing, a kernel is ..."); a qualifier ("(Object Detection)") may come later. Not
    "Authoritative source for a data set; agencies ... are the systems of record", nor "A
    connection between two nodes, modeled by the |Edge| class", nor a sentence whose
    subject is a pronoun ("It spends this turn charging ...": Charging's)."""
    clause = text.split(";", 1)[0]
    if _PRONOUN_SUBJECT.match(clause):
        return False
    words = clause.split()
    verb = next((i for i, w in enumerate(words) if _SUBJECT_VERB.fullmatch(w.lower())), 0)
    subject = " ".join(words[: max(SUBJECT_WORDS, verb)])
    bare = re.sub(r"\s*\([^()]*\)$", "", name) or name
    return mentions(clause, name) and mentions(subject, bare) and not _in_compounds(subject, bare)


def _in_compounds(text: str, name: str) -> bool:
    """A one-word name said only as part of hyphenated words: "deck-building card battles"
    says no "Deck" (Deck's "Player-constructed set of 30-40 cards used in deck-building
    ..." names no subject, so its name leads)."""
    if len(name.split()) != 1 or "-" in name:
        return False
    said = re.findall(rf"(?i)(?<![\w-]){re.escape(name)}\w*(?![\w-])", text)
    joined = re.findall(rf"(?i)[\w-]*(?:\w-{re.escape(name)}|{re.escape(name)}\w*-\w)[\w-]*", text)
    return bool(joined) and not said
