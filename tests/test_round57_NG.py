"""Round 57, lane NG: an everyday word some entry's text has is a weak name in a description.

lustre-glossary-025 ("can i take a point in time copy of the whole filesystem before an
upgrade") was answered from Direct I/O: its key term, "point", is in an entry's text, and a
key term found covers the question whatever else it says. An everyday English word
(data/everyday_en.txt, or the glossary language's list) found only in some entry's text,
in a question of six content words or more, is found ``in_passing``: the question is
refused when its best entry is hardly related to it (described_support's loose check, the
cosine floor a description must pass). Judging it fully as a description (the standout's
bars, the unit vetoes, phrase_support, judgement_words) also refused paraphrases such as
"the company in the middle that books the carriers ..." (Freight Forwarder) and was
dropped. A specific word ("captions") is still found as usual, and so is an everyday word in
a short question.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_retriever

from rag_glossary.coverage.question_forms import everyday_word_in_a_description
from rag_glossary.judgement_reasons import PASSING_REASON

DOCUMENT = (
    "the document the carrier gives you as receipt of the goods and contract of carriage "
    "for the shipment"
)
CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
BITS = "how many bits are used to store each colour value of a pixel"


def test_everyday_word_in_a_long_question() -> None:
    assert everyday_word_in_a_description(DOCUMENT, "document", None)
    assert everyday_word_in_a_description(BITS, "bits", None)
    # a specific word is a name however long the question
    captions = "how many captions and images are in the microsoft coco caption dataset"
    assert not everyday_word_in_a_description(captions, "captions", None)
    # a short question asks about the word itself
    assert not everyday_word_in_a_description(
        "when did britain switch to decimal money", "britain", None
    )
    # two words are a phrase, judged by the other rules
    assert not everyday_word_in_a_description(DOCUMENT, "the document", None)


def test_found_in_text_in_passing() -> None:
    coverage = outside_coverage("supplychain-glossary")
    best = ["supplychain-glossary#freight-forwarder", "supplychain-glossary#procurement"]
    term = coverage.check(DOCUMENT, best)
    assert term.key_term == "document" and term.how == "text"
    assert term.found and term.in_passing and not term.generic
    codec = outside_coverage("codec-glossary")
    bits = codec.check(BITS, ["codec-glossary#bitrate", "codec-glossary#motion-compensation"])
    assert bits.key_term == "bits" and bits.in_passing


def test_everyday_word_in_a_short_question_is_found() -> None:
    coverage = outside_coverage("supplychain-glossary")
    best = ["supplychain-glossary#freight-forwarder"]
    short = coverage.check("which document does the carrier sign", best)
    assert short.key_term == "document" and short.how == "text"
    assert short.found and not short.generic and not short.in_passing


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("can i take a point in time copy of the whole filesystem before an upgrade", False),
        ("see how much I/O each batch job from the scheduler did on the servers", False),
        # the entry's own words around the everyday word: still answered
        ("what is direct i/o", True),
    ],
)
def test_with_the_model(
    question: str, covered: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = shared_retriever(CORPORA / "lustre-glossary", tmp_path_factory)
    result = retriever.retrieve(question, k=5)
    assert result.covered is covered
    if not covered:
        assert result.reason == PASSING_REASON
