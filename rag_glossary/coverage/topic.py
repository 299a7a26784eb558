"""A topic said first, then a question about it: "shielded twisted pair, when do you
actually need it", "ancestral state reconstruction at internal nodes how does it work"."""

from __future__ import annotations

import re
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import REST_MAX_WORDS, KeyTerm, _key_term
from rag_glossary.coverage.phrases import FILLER, phrase_key, words
from rag_glossary.coverage.question_forms import asks_for_a_name, opens_with_action
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.wordclasses import (
    AUXILIARY,
    BE,
    BOUNDARY,
    FUNCTION_WORDS,
    MODALS,
    WH_WORDS,
)

# "wifi 6 (802.11ax)": a parenthesis after a name gives another name for it
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_REFERS_BACK = frozenset(str.split("it its they them that this these those"))
_ASKING_VERBS = BE | AUXILIARY | MODALS | {"s"}  # "what s": "what's" in words
_CONTRACTED = frozenset(("whats", "hows"))


def topic_first(question: str) -> KeyTerm | None:
    """The noun phrase a question opens with, when a wh-question later in it refers
    back to it ("..., when do you need it"): that phrase is what the question names."""
    said = words(_PARENTHESIS.sub("", question))
    if not said or said[0] in WH_WORDS | _CONTRACTED | _ASKING_VERBS | BOUNDARY:
        return None  # "in a multilevel model where ..., whats it called": a setting
    asks = _asks_at(said)
    if asks is None or not _refers_back(said[:asks], said[asks:]):
        return None
    if WH_WORDS.intersection(said[:asks]) or asks_for_a_name(" ".join(said)):
        return None  # a clause inside the topic, or a name asked for: described
    head = strip_scaffolding(" ".join(said[:asks]))
    term = _key_term(head)
    after = head.split()[len(term.text.split()) :]
    rest = [w for w in after if w not in FILLER]
    if not term.term_style or not head or head.split()[0] in BOUNDARY | FUNCTION_WORDS:
        return None  # "while training, how does ...", "in a game tree, how ...": a setting
    if after[:1] == ["with"]:
        return None  # "X with loss scaling, why is it needed": what comes with X is asked
    if len(rest) > REST_MAX_WORDS or opens_with_action(head):
        return None  # "visiting the nodes level by level, ...": an action described
    return replace(term, continues=True) if phrase_key(term.text.split()) else None


def _refers_back(topic: list[str], asked: list[str]) -> bool:
    """Whether the question refers back to the topic: by a pronoun, or by the initials of
    its words ("medium close-up framing, where does an mcu cut off")."""
    initials = "".join(w[0] for w in topic)
    known = FUNCTION_WORDS | _ASKING_VERBS
    spelled = any(len(w) >= 2 and initials.startswith(w) and w not in known for w in asked)
    return spelled or bool(_REFERS_BACK.intersection(asked))


def _asks_at(said: list[str]) -> int | None:
    """Where a wh-word and its verb ("when do", "how does", "whats") open a question."""
    for at in range(1, len(said) - 1):
        word, after = said[at], said[at + 1]
        if word in _CONTRACTED or (word in WH_WORDS and after in _ASKING_VERBS):
            return at
    return None


_STATEMENT_WORDS = 4  # "my teammate said open a pr when youre done": a statement, no topic
# "what (even) is X", and "what does X (actually) mean", the same question in other words
_WHAT_IS = re.compile(
    r"what (?:(?:even |actually |really |exactly )?(?:is|are|s) (?:an? |the )?(\w+(?: \w+){0,2})"
    r"|(?:does|do) (?:an? |the )?(\w+(?: \w+){0,2}?)(?: actually| really| even| exactly)? mean)"
)


def comma_parts(question: str) -> list[str]:
    """ "my teammate said open a pr when youre done, what is a pr": a statement that says a
    name, a comma, then "what is" that name: the question after the comma is what is
    asked (a topic or setting before the comma stays: "focal loss, what is it for")."""
    before, comma, after = question.rpartition(",")
    said = words(before)
    asked = _WHAT_IS.fullmatch(" ".join(words(after)))
    if not comma or len(said) < _STATEMENT_WORDS or said[0] in WH_WORDS or asked is None:
        return [question]
    name = (asked.group(1) or asked.group(2)).split()
    return [after] if _mentioned(name, said) else [question]


def _mentioned(name: list[str], said: list[str]) -> bool:
    """Whether the statement says the name: its words in a row, or one word spelled by the
    initials of words in a row ("what is twfe" after "two-way fixed effects")."""
    text = f" {' '.join(said)} "
    if f" {' '.join(name)} " in text:
        return True
    n = len(name[0])
    initials = {"".join(w[0] for w in said[at : at + n]) for at in range(len(said) - n + 1)}
    return len(name) == 1 and n >= 2 and name[0] in initials
