"""Round 57 lane WT: a question that names two glossary terms, one of them only as the
scene after a setting preposition ("in", "over", Vietnamese "trong"), asks about the
other; the scene's entry keeps the answer when its own text says the other's name.
Read on the real glossary entries (answer/setting_term.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from rag_glossary.answer.question import analyze
from rag_glossary.answer.setting_term import setting_other
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _entries(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(CORPORA / name).entries}


def _hits(name: str, *ids: str) -> list[Hit]:
    entries = _entries(name)
    return [Hit(i, entries[i].title, entries[i].source, None, "", 0.0, entries[i]) for i in ids]


@pytest.mark.parametrize(
    ("name", "question", "scene", "asked"),
    [
        (  # "when is XP awarded in gamification": Gamification's text says no XP
            "swarch-glossary",
            "trong gamification thi XP duoc cong khi nao",
            "swarch-glossary#gamification",
            "swarch-glossary#xp-experience-points",
        ),
        (
            "music-glossary",
            "my piano teacher wrote rubato over the nocturne im learning and just said "
            "'feel it', what does it actualy mean",
            "music-glossary#nocturne",
            "music-glossary#rubato",
        ),
    ],
)
def test_the_term_outside_the_scene_answers(
    name: str, question: str, scene: str, asked: str
) -> None:
    hits = _hits(name, scene, asked)
    other = setting_other(analyze(question), hits[0], hits)
    assert other is not None and other.id == asked


@pytest.mark.parametrize(
    ("name", "question", "scene", "other"),
    [
        (  # Two-tailed test's own text says "alternative hypothesis": the scene answers
            "stats-glossary",
            "in a two tailed test what does the alternative hypothesis say",
            "glossary_terms#two-tailed-test",
            "glossary_terms#alternative-hypothesis",
        ),
        (  # AVL tree's "... the AVL balance factor of each node is limited to ..."
            "bst-glossary",
            "which values can the balance factor take in an avl tree",
            "bst-glossary#avl-tree",
            "bst-glossary#balance-factor",
        ),
    ],
)
def test_a_scene_that_says_the_other_name_keeps_the_answer(
    name: str, question: str, scene: str, other: str
) -> None:
    hits = _hits(name, scene, other)
    assert setting_other(analyze(question), hits[0], hits) is None


def test_a_name_said_outside_any_scene_is_no_scene() -> None:
    # "XP in gamification": the first hit, XP, is said before the preposition
    hits = _hits(
        "swarch-glossary", "swarch-glossary#xp-experience-points", "swarch-glossary#gamification"
    )
    assert setting_other(analyze("how is XP earned in gamification"), hits[0], hits) is None
