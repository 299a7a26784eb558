"""Round 34 follow-up FD: a description naming the glossary's own field in passing.

- moss-glossary's files are named for moss, yet 1 of its 229 entries says "moss": "little
  lid on top of the moss spore case that pops off to let the spores out" is Operculum ("A
  small lid closing the orifice of a capsule; opens explosively to release the spores"),
  and "moss" is no specific thing the entry fails to say (judgement_field.py);
- git-glossary's entries say "git" (37 of 92), so there the word still counts: "does git
  ever automatically delete old objects nothing points to anymore" stays refused;
- a description opening with a bare noun phrase, no determiner ("balls of ice that fall out
  of big thunderstorms", "command that lists every router a packet passes through") names
  its kind in that phrase's head as one opening with "the" does: judgement_head's rule asks
  the answering entry for it (weather's Storm and net's Router say neither "ball" nor
  "command", in form or meaning), while "tool for getting out nails ..." is still Nail
  puller; an opening verb form ("kneading the clay", "blocking the old ditches") is no head.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.head_noun import opening_head
from rag_glossary.everyday import unsupported_rare
from rag_glossary.judgement_field import seldom_field_words
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
LID = "little lid on top of the moss spore case that pops off to let the spores out"


def test_a_field_word_few_entries_say_is_seldom() -> None:
    moss = load_corpus(CORPORA / "moss-glossary").entries
    assert "moss" in seldom_field_words(moss)
    git = load_corpus(CORPORA / "git-glossary").entries
    assert "git" not in seldom_field_words(git)
    assert seldom_field_words([]) == frozenset()


def test_a_seldom_field_word_is_no_unsupported_word() -> None:
    moss = {e.anchor: e for e in load_corpus(CORPORA / "moss-glossary").entries}
    capsule = " ".join((moss["capsule"].title, moss["capsule"].body))
    assert unsupported_rare(LID, capsule) == 3  # lid, moss, pops
    assert unsupported_rare(LID, capsule, frozenset({"moss"})) == 2


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("moss-glossary", LID, ("moss-glossary#operculum",)),
        (
            "git-glossary",
            "does git ever automatically delete old objects nothing points to anymore, whats "
            "that cleanup process",
            (),
        ),
    ],
)
def test_the_field_word_decides_with_the_real_model(
    corpus: str,
    question: str,
    cited: tuple[str, ...],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.citations == cited


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("fine network of hairline cracks that shows up in a glaze weeks after firing", "network"),
        ("balls of ice that fall out of big thunderstorms and dent cars", "balls"),
        ("tool for getting out nails that are stuck deep in the wood", "tool"),
        ("kneading the clay on the bench to push the air bubbles out before throwing", None),
        ("blocking the old drainage ditches so a dried out bog gets wet again", None),
        ("when a new sentence is 85% the same as one translated before", None),
        ("the big red button that cuts the power", None),  # head_noun's case, not this one
        ("signal getting weaker the further it goes down a long cable", None),
    ],
)
def test_the_head_of_a_bare_opening_phrase(question: str, head: str | None) -> None:
    found = opening_head(question)
    assert (found.word if found else None) == head


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("weather-glossary", "balls of ice that fall out of big thunderstorms and dent cars", ()),
        (
            "net-glossary",
            "command that lists every router a packet passes through on the way to a website",
            (),
        ),
        (
            "carpentry-glossary",
            "tool for getting out nails that are stuck deep in the wood",
            ("carpentry-glossary#nail-puller",),
        ),
    ],
)
def test_a_bare_opening_head_decides_with_the_real_model(
    corpus: str,
    question: str,
    cited: tuple[str, ...],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.citations == cited
