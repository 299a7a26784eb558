"""Round 43 lane C: the one sentence between two picked sentences of a paragraph joins
them while the answer stays within MAX_ANSWER_WORDS (real entries of the eval corpora, real
BM25 idf, no model: the hits are the measured run's first five), so the answer reads as the
paragraph, not a jump over its middle ("Specifically it constrains the identities ...")."""

from __future__ import annotations

from answer_helpers import outside_answer

from rag_glossary.answer.next_said import said_between
from rag_glossary.answer.segment import Unit

GRID = "grid-glossary#"


def test_the_sentence_between_two_picked_ones_joins() -> None:
    text, cited = outside_answer(
        "grid-glossary",
        "what is a ca signing policy and where does gsi normally keep it",
        *(
            GRID + n
            for n in (
                "ca-signing-policy",
                "trusted-cas-directory",
                "ca-certificate",
                "certificate-revocation-list",
                "certificate-authority",
            )
        ),
    )
    assert cited == (GRID + "ca-signing-policy",)
    assert "Specifically it constrains the identities a CA is trusted to assert" in text
    assert text.index("bind to public keys") < text.index("Specifically") < text.index("In GSI")


def _unit(position: int, text: str, block: int = 0) -> tuple[Unit, list[str]]:
    return Unit(text=text, kind="sentence", position=position, block=block), ["x#y"]


def test_no_sentence_joins_over_the_length_cap_or_a_paragraph_break() -> None:
    long = " ".join(["word"] * 30) + "."
    pool = [_unit(0, long), _unit(1, long), _unit(2, "Short one here.")]
    picked = {0: pool[0], 2: pool[2]}
    assert said_between(pool, picked, 45) == 0 and 1 not in picked  # 45 + 30 > 70
    assert said_between(pool, picked, 34) == 30 and 1 in picked
    pool = [_unit(0, "One."), _unit(1, "Two.", block=1), _unit(2, "Three.", block=1)]
    picked = {0: pool[0], 2: pool[2]}
    assert said_between(pool, picked, 2) == 0 and 1 not in picked


def test_only_a_two_part_answer_takes_the_sentence_between() -> None:
    # "is the hazelcast rest api enabled by default" asks one thing: the sentence between
    # its picked ones ("You can interact with it using tools such as cURL ...") is not asked
    text, _ = outside_answer(
        "distsys-glossary",
        "is the hazelcast rest api enabled by default",
        *(
            "distsys-glossary#" + n
            for n in ("rest-api", "hazelcast-cluster", "hazelcast-clients", "operator", "clc")
        ),
    )
    assert "You can interact with it using tools such as cURL" not in text
