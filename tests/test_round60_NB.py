"""Round 60, lane NB: a how-to question a found title answers whose first hits say neither
the doing asked nor most of what it is done to (coverage/asked_how.py).

docker-glossary-026 ("how do i make a container come back up by itself after it crashes or
after the host reboots") was answered from libcontainer by the found rule, whose verdict
skips every unit, phrase and one-word check: "container" is a title. The question asks how
to do something (a restart policy) that none of the first three hits says. Answerables of
the same shape say the doing ("calculate" the lower limit) or ask it of the term itself
("compute the median odds ratio").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage.asked_how import how_to_unsaid
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _entries(corpus: str, ids: list[str]) -> list[Entry]:
    by_id = {e.id: e for e in load_corpus(CORPORA / corpus).entries}
    return [by_id[i] for i in ids]


_REFUSED = [
    (
        "docker-glossary",
        [
            "docker-glossary#libcontainer",
            "docker-glossary#overlay-network-driver",
            "docker-glossary#persistent-storage",
        ],
        "container",
        "how do i make a container come back up by itself after it crashes or after the host "
        "reboots",
    ),
    (
        "docker-glossary",
        [
            "docker-glossary#docker-trusted-content-program",
            "docker-glossary#base-image",
            "docker-glossary#organization-name",
        ],
        "image",
        "how do i pin an image by its sha256 content id instead of a name that can move to a "
        "newer build",
    ),
    (
        "datomic-glossary",
        [
            "datomic-glossary#attribute",
            "datomic-glossary#value-type",
            "datomic-glossary#data-function",
        ],
        "attribute",
        "can i change the type of an attribute after it already has data, like migrate a long "
        "to a string",
    ),
]

_KEPT = [
    (  # the entry says the doing: Lower limit says how it is calculated
        "stats-glossary",
        [
            "glossary_terms#lower-limit",
            "glossary_terms#interval-estimate",
            "glossary_terms#upper-limit",
        ],
        "lower limit",
        "how do you calculate the lower limit of an interval",
    ),
    (  # past the verb only the term itself and what its entry says
        "bayes-glossary",
        [
            "bayes-glossary#median-odds-ratio-mor",
            "bayes-glossary#bayes-factor",
            "bayes-glossary#estimand",
        ],
        "median odds ratio",
        "how do you compute the median odds ratio from tau",
    ),
    (
        "crypto-glossary",
        ["crypto-glossary#sybil-attack", "crypto-glossary#game", "crypto-glossary#protocol"],
        "sybil attack",
        "how do you prevent a sybil attack",
    ),
    (
        "research-glossary",
        [
            "research-glossary#boxplot",
            "research-glossary#bin-size",
            "research-glossary#box-and-whiskers-plot",
        ],
        "box plot",
        "how do i read a box plot",
    ),
]


@pytest.mark.parametrize(("corpus", "ids", "key_term", "question"), _REFUSED)
def test_how_to_unsaid_by_the_first_hits(
    corpus: str, ids: list[str], key_term: str, question: str
) -> None:
    assert how_to_unsaid(question, key_term, _entries(corpus, ids), None)


@pytest.mark.parametrize(("corpus", "ids", "key_term", "question"), _KEPT)
def test_how_to_said_by_its_entry(
    corpus: str, ids: list[str], key_term: str, question: str
) -> None:
    assert not how_to_unsaid(question, key_term, _entries(corpus, ids), None)


def test_read_only_in_english_and_how_to_questions() -> None:
    entries = _entries("docker-glossary", ["docker-glossary#libcontainer"])
    question = "how do i make a container come back up by itself after it crashes"
    assert not how_to_unsaid(question, "container", entries, "de")
    assert not how_to_unsaid(
        "why does a container come back up by itself after it crashes", "container", entries, None
    )
