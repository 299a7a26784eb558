"""Round 43 lane C, comparisons missing the sentence that tells a side apart (real entries
of the eval corpora, real BM25 idf, no model: the hits are the measured run's first five).

A later sentence of a side's opening paragraph that names the side and says what it is not
or cannot do ("... replies cannot be sent for a notice", "An image does not have state")
joins that side's answer while the side stays within SIDE_WORDS; a side already at its
length, or a sentence that does not name the side, adds nothing.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer

CDE, DOCKER, LISP = "cde-glossary#", "docker-glossary#", "lisp-glossary#"


@pytest.mark.parametrize(
    ("corpus", "question", "hits", "said"),
    [
        (
            "cde-glossary",
            "difference between a notice and a request in tooltalk",
            [CDE + n for n in ("notice", "edict", "request", "reject-a-request", "category")],
            "replies cannot be sent for a notice",
        ),
        (
            "docker-glossary",
            "docker image vs container",
            [
                DOCKER + n
                for n in ("container-image", "container", "image", "docker", "copy-on-write")
            ],
            "An image does not have state and it never changes",
        ),
        (
            "lisp-glossary",
            "macro function vs special function - whats the difference",
            [
                LISP + n
                for n in (
                    "macro-function",
                    "special-function",
                    "function-cell",
                    "function",
                    "special-variable",
                )
            ],
            "they cannot create new special functions",
        ),
    ],
)
def test_a_side_says_what_it_is_not(corpus: str, question: str, hits: list[str], said: str) -> None:
    text, cited = outside_answer(corpus, question, *hits)
    assert said in text
    assert len(cited) == 2


def test_a_sentence_not_naming_the_side_is_not_added() -> None:
    # "These colors are emitted by screen elements and not reflected ...": no name of RGB
    text, _ = outside_answer(
        "gimp-glossary",
        "rgb vs cmyk - which one is additive and which is subtractive",
        *("gimp-glossary#" + n for n in ("cmy-cmyk", "lab", "rgb", "ycbcr", "hsv")),
    )
    assert "not reflected as they are with paint" not in text
