"""Round 42 follow-up E: right answers refused on the round's new sets (real entries, real
model). A five-letter slip that swaps two neighbouring letters of a one-word title
("thnuk": thunk), a title's code word said alone ("g702" of AIA G702), and the asking part
of a long story: a later clause that asks the reader ("can someone explain X"), and a
statement opened by a filler ("so i'm hacking on ...").
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms

_STOP_STARE = (
    "im doing my masters on wind resource assessment and my supervisor keeps saying the lidar"
    " in our campaign ran in stop-stare mode. i nodded along but honestly have no clue what"
    " that means, can someone explain stop-stare?"
)
_FUDGE = (
    "so i'm hacking on a small perl 6 compiler and a handful of the official spec tests just"
    " blow up on it. someone on the irc channel told me to 'fudge' those tests for now instead"
    " of deleting them. what does fudging a test actually mean?"
)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        (_STOP_STARE, "stop stare"),
        (_FUDGE, "fudging a test"),
        ("so what is a thunk", "thunk"),
    ],
)
def test_the_asking_part_of_a_story_gives_the_term(question: str, term: str) -> None:
    assert extract_key_terms(question)[0].text == term


def test_a_pronoun_asked_after_a_story_is_no_term() -> None:
    question = (
        "my uncle keeps bees and gathers mushrooms, and a guy from the forestry ministry called"
        " that a non wood forest product. which one?"
    )
    assert extract_key_terms(question)[0].text != "one"


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("raku-glossary", "whats a thnuk in perl6", "raku-glossary#thunk"),
        ("lidar-glossary", _STOP_STARE, "lidar-glossary#stop-stare"),
        ("raku-glossary", _FUDGE, "raku-glossary#fudge"),
        (
            "contractor-glossary",
            "what does the g702 cover sheet summarize",
            "contractor-glossary#aia-g702",
        ),
    ],
)
def test_refused_right_answers_are_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == cited
