"""The term a question asks about when it names two glossary terms and one of them only
sets the scene: "trong gamification thi XP duoc cong khi nao" (when is XP awarded *in*
gamification) asks about XP, "wrote rubato over the nocturne ... what does it mean" asks
about rubato. The scene term comes after a setting preposition ("in", "during", "over",
Vietnamese "trong", ...); the asked term is named elsewhere in the question.

The scene's entry keeps the answer when its own text says the other term's name: then it
is the glossary's place for the fact asked ("in a two tailed test what does the
alternative hypothesis say": Two-tailed test's "... when the alternative hypothesis
states ..."; "balance factor ... in an avl tree": AVL tree's "... the AVL balance factor
of each node is limited to ..."). Round 57, lane WT."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.boilerplate import own_body
from rag_glossary.answer.entry_filters import says_name
from rag_glossary.answer.names import core
from rag_glossary.answer.pieces import has_text
from rag_glossary.answer.question import Question
from rag_glossary.models import Hit

SETTING_RANKS = 3  # the asked term's entry is among the first hits (TITLED_RANKS)

# a preposition that puts what follows as the scene, with an optional determiner; the
# text is core()'s: lower case, punctuation gone
_SETTING = r"(?:in|inside|within|during|over|trong|dans|durante|während|im|bei)"
_DETERMINER = r"(?:(?:a|an|the|my|our|this|that|your|một|các|những)\s+)?"
_AFTER_SETTING = re.compile(rf"(?:^|\s){_SETTING}\s+{_DETERMINER}$")


def _names(hit: Hit) -> list[str]:
    return [n for n in {core(name) for name in (hit.title, *hit.entry.aliases)} if n]


def _spans(name: str, said: str) -> list[int]:
    """Where ``name`` starts as whole words in ``said`` (padded with spaces)."""
    return [m.start() + 1 for m in re.finditer(rf"(?= {re.escape(name)} )", said)]


def _only_in_setting(hit: Hit, said: str) -> list[tuple[int, int]] | None:
    """The spans of ``hit``'s names in the question when every one follows a setting
    preposition; None when a name is said elsewhere or not at all."""
    spans = [(at, at + len(n)) for n in _names(hit) for at in _spans(n, said)]
    if not spans or not all(_AFTER_SETTING.search(said[:at].rstrip() + " ") for at, _ in spans):
        return None
    return spans


def setting_other(q: Question, chosen: Hit, hits: Sequence[Hit]) -> Hit | None:
    """A hit among the first ``SETTING_RANKS`` whose name the question says outside the
    scene, when the chosen entry is named only as the scene and its text does not say
    that hit's name; None otherwise. Not for a comparison or a two-part question, which
    ask about both terms."""
    if q.sides or q.two_part:
        return None
    said = f" {core(q.text)} "
    scene = _only_in_setting(chosen, said)
    if scene is None:
        return None
    chosen_words = set(" ".join(_names(chosen)).split())
    body = own_body(chosen.entry)
    for hit in hits[:SETTING_RANKS]:
        if hit is chosen or hit.id == chosen.id or not has_text(hit):
            continue
        for name in _names(hit):
            if set(name.split()) <= chosen_words:
                continue  # a word of the scene's own name
            spans = [
                at
                for at in _spans(name, said)
                if not any(s <= at < e or at <= s < at + len(name) for s, e in scene)
                and not _AFTER_SETTING.search(said[:at].rstrip() + " ")
            ]
            if spans and not says_name(body, hit):
                return hit
    return None
