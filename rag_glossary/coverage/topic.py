"""A topic said first, then a question about it: "shielded twisted pair, when do you
actually need it", "ancestral state reconstruction at internal nodes how does it work"."""

from __future__ import annotations

import re
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import _REST_MAX_WORDS, KeyTerm, _key_term
from rag_glossary.coverage.phrases import _FILLER, phrase_key, words
from rag_glossary.coverage.question_forms import asks_for_a_name
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.wordclasses import (
    _AUXILIARY,
    _BE,
    _BOUNDARY,
    _FUNCTION_WORDS,
    _MODALS,
    _WH_WORDS,
)

# "wifi 6 (802.11ax)": a parenthesis after a name gives another name for it
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_REFERS_BACK = frozenset(str.split("it its they them that this these those"))
_ASKING_VERBS = _BE | _AUXILIARY | _MODALS | {"s"}  # "what s": "what's" in words
_CONTRACTED = frozenset(("whats", "hows"))


def topic_first(question: str) -> KeyTerm | None:
    """The noun phrase a question opens with, when a wh-question later in it refers
    back to it ("..., when do you need it"): that phrase is what the question names."""
    said = words(_PARENTHESIS.sub("", question))
    if not said or said[0] in _WH_WORDS | _CONTRACTED | _ASKING_VERBS | _BOUNDARY:
        return None  # "in a multilevel model where ..., whats it called": a setting
    asks = _asks_at(said)
    if asks is None or not _REFERS_BACK.intersection(said[asks:]):
        return None
    if _WH_WORDS.intersection(said[:asks]) or asks_for_a_name(" ".join(said)):
        return None  # a clause inside the topic, or a name asked for: described
    head = strip_scaffolding(" ".join(said[:asks]))
    term = _key_term(head)
    after = head.split()[len(term.text.split()) :]
    rest = [w for w in after if w not in _FILLER]
    if not term.term_style or not head or head.split()[0] in _BOUNDARY | _FUNCTION_WORDS:
        return None  # "while training, how does ...", "in a game tree, how ...": a setting
    if after[:1] == ["with"]:
        return None  # "X with loss scaling, why is it needed": what comes with X is asked
    if len(rest) > _REST_MAX_WORDS or term.text.split()[0].endswith("ing"):
        return None  # "visiting the nodes level by level, ...": an action described
    return replace(term, continues=True) if phrase_key(term.text.split()) else None


def _asks_at(said: list[str]) -> int | None:
    """Where a wh-word and its verb ("when do", "how does", "whats") open a question."""
    for at in range(1, len(said) - 1):
        word, after = said[at], said[at + 1]
        if word in _CONTRACTED or (word in _WH_WORDS and after in _ASKING_VERBS):
            return at
    return None
