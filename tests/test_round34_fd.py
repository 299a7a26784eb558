"""Round 35 follow-up FD: a description naming the glossary's own field in passing.

- moss-glossary's files are named for moss, yet 1 of its 229 entries says "moss": "little
  lid on top of the moss spore case that pops off to let the spores out" is Operculum ("A
  small lid closing the orifice of a capsule; opens explosively to release the spores"),
  and "moss" is no specific thing the entry fails to say (judgement_field.py);
- git-glossary's entries say "git" (37 of 92), so there the word still counts: "does git
  ever automatically delete old objects nothing points to anymore" stays refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

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
