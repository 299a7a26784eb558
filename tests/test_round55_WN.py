"""Round 55, lane WN: a question naming its answering entry but asking what the entry's
text does not say (judgement_named_rest.py).

insurance-glossary-025 ("can i cancel a policy i only bought last week and get my money
back, ...") was answered with Policy's definition: the question says Policy's title, but
none of what it asks (cancel, bought, week, money, window). A question that names the entry
and asks what it is, or asks a fact the entry's text says, keeps its answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_retriever

from rag_glossary.judgement_named_rest import named_rest_unsaid
from rag_glossary.judgement_reasons import NAMED_REST_REASON
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _entry(corpus: str, title: str) -> Entry:
    return next(e for e in load_corpus(CORPORA / corpus).entries if e.title == title)


@pytest.mark.parametrize(
    ("corpus", "title", "question"),
    [
        (
            "insurance-glossary",
            "Policy",
            "can i cancel a policy i only bought last week and get my money back, "
            "is there a window for that",
        ),
        (
            "k8s-glossary",
            "Pod",
            "how does a pod ask for a durable disk that survives the pod being deleted "
            "and rescheduled",
        ),
        (
            "grid-glossary",
            "private key",
            "i forgot the passphrase that protects my private key file, how do i recover it",
        ),
    ],
)
def test_named_entry_asked_what_it_does_not_say(corpus: str, title: str, question: str) -> None:
    assert named_rest_unsaid(question, [_entry(corpus, title)], None)


@pytest.mark.parametrize(
    ("corpus", "title", "question"),
    [
        # asks what the named thing is, after a story
        (
            "dive-glossary",
            "Trimix",
            "my buddy keeps talking about trimix for his deep trip next month and i just "
            "nod along, what actually is it",
        ),
        (
            "weather-glossary",
            "Eye Wall",
            "we had a lesson on typhoons today and the teacher kept pointing at the eye wall "
            "on the satellite picture, i still dont get what the eyewall actually is",
        ),
        # asks what counts as the named thing: its definition's criterion
        (
            "weather-glossary",
            "Explosive Deepening",
            "how fast does the central pressure have to fall to count as explosive deepening",
        ),
        # asks a fact whose words the entry says (fewer than four left unsaid)
        (
            "chess-glossary",
            "Center Control",
            "which squares count as the center when people talk about center control",
        ),
        (
            "flora-glossary",
            "Ray floret",
            "how many petals are fused together in a ray floret and where do they sit in the "
            "flower head",
        ),
    ],
)
def test_named_entry_asked_what_it_says(corpus: str, title: str, question: str) -> None:
    assert not named_rest_unsaid(question, [_entry(corpus, title)], None)


def test_another_hit_saying_what_is_asked() -> None:
    question = (
        "which diagnostic test checks whether units manipulated the running variable "
        "around the threshold"
    )
    named = _entry("causal-glossary", "Running variable")
    assert named_rest_unsaid(question, [named], None)
    # Manipulation, the second hit, says it: the composer answers from it
    assert not named_rest_unsaid(question, [named, _entry("causal-glossary", "Manipulation")], None)


def test_only_english_questions_of_english_glossaries() -> None:
    policy = _entry("insurance-glossary", "Policy")
    question = "can i cancel a policy i only bought last week and get my money back"
    assert named_rest_unsaid(question, [policy], None)
    assert not named_rest_unsaid(question, [policy], "de")  # a German glossary's words


def test_title_not_said_word_for_word() -> None:
    policy = _entry("insurance-glossary", "Policy")
    question = "can i cancel a contract i only bought last week and get my money back"
    assert not named_rest_unsaid(question, [policy], None)


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        (
            "can i cancel a policy i only bought last week and get my money back, "
            "is there a window for that",
            False,
        ),
        ("what is a policy", True),
    ],
)
def test_with_the_model(
    question: str, covered: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = shared_retriever(CORPORA / "insurance-glossary", tmp_path_factory)
    result = retriever.retrieve(question, k=5)
    assert result.covered is covered
    if not covered:
        assert result.reason == NAMED_REST_REASON
