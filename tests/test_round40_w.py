"""Round 40 follow-up W: the entry that answers when the right one ranks first.

- a unit text many entries of one glossary say word for word ("Standard orbital mechanics
  term.") is boilerplate: no evidence in the entry choice for any of them;
- a question that says the first hit's whole title, and not a neighbour's, keeps it over
  a neighbour closer in meaning (closer_second, closer_in_meaning);
- a question asking a number of a subject whose entry states none answers from a close
  hit that states it (named_subject yields to states_asked_number).
"""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.boilerplate import own_body, own_units
from rag_glossary.answer.entry_choice import says_title_alone
from rag_glossary.answer.question import analyze
from rag_glossary.models import Hit
from rag_glossary.parsing import load_corpus


def _hit(corpus: str, anchor: str) -> Hit:
    entry = next(e for e in load_corpus(CORPORA / corpus).entries if e.anchor == anchor)
    return Hit(entry.id, entry.title, entry.source, entry.url, "", 1.0, entry)


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("soi in orbital mechanics?", "juno-glossary#sphere-of-influence"),
    ],
)
def test_boilerplate_is_no_evidence(
    question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(CORPORA / "juno-glossary", tmp_path_factory)
    assert assistant.ask(question).citations[0] == cited
    periapsis = _hit("juno-glossary", "periapsis")
    assert all("orbital" not in u.text for u in own_units(periapsis.entry))
    assert "orbital" not in own_body(periapsis.entry)


def test_question_saying_the_title_keeps_it() -> None:
    q = analyze("wie dick ist ein b schlauch")
    first = _hit("feuerwehr-glossary", "b-schlauch")
    second = _hit("feuerwehr-glossary", "verteiler")
    assert says_title_alone(q, first, second)
    assert not says_title_alone(q, second, first)


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("feuerwehr-glossary", "wie dick ist ein b schlauch", "feuerwehr-glossary#b-schlauch"),
        (
            "bst-glossary",
            "so i'm going through some old C code at work that keeps a sorted set of ids in"
            " a tree, and there's a comment above the insert function saying it has to fix"
            " up the colours afterwards or the tree breaks. someone told me it's a"
            " red-black tree. what actually is a red-black tree?",
            "bst-glossary#red-black-tree",
        ),
        (
            "bst-glossary",
            "which values can the balance factor take in an avl tree",
            "bst-glossary#avl-tree",
        ),
    ],
)
def test_named_first_hit_answers(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(CORPORA / corpus, tmp_path_factory)
    assert assistant.ask(question).citations[0] == cited
