"""Round 10, key terms: a phrase some entry's body happens to hold is no name when it
is a fragment of the question's clause (a pronoun in it, or an adverb, particle,
preposition or determiner at its edge). The question is then judged as described,
by how its best entry stands out. Real entries of eval/corpora glossaries."""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage

from rag_glossary.coverage.question_forms import not_a_name


@pytest.mark.parametrize(
    "phrase",
    ["rather", "out", "at once", "it decide", "the distribution you", "i split my data"],
)
def test_a_clause_fragment_is_not_a_name(phrase: str) -> None:
    assert not_a_name(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["protobuf", "theory of mind", "secure aggregation", "differential privacy", "customer"],
)
def test_a_noun_phrase_is_still_a_name(phrase: str) -> None:
    assert not not_a_name(phrase)


# fl-glossary-037 ("how do you work out how much ...") left this list in round 36: "out" now
# goes with its verb (coverage/scaffolding._LEAD; tests/test_round36_a.py).
@pytest.mark.parametrize(
    ("name", "question", "fragment"),
    [
        (
            "fl-glossary",
            "rather than handing over the real records, can each site train a model that"
            " makes fake look-alike rows with the same statistics and share those instead",
            "rather",
        ),
        (
            "diarization-glossary",
            "two people talk at once on a single channel, how do i split that into two"
            " clean audio tracks with one voice each",
            "at once",
        ),
    ],
)
def test_a_fragment_found_in_body_text_does_not_decide(
    name: str, question: str, fragment: str
) -> None:
    term = outside_coverage(name).check(question)
    assert (term.key_term, term.how) == (fragment, "text")
    assert term.generic and term.described  # judged by the standout, not found


def test_a_name_found_only_in_body_text_still_decides() -> None:
    # fl-glossary has no "protobuf" entry; its text names it
    term = outside_coverage("fl-glossary").check("what is protobuf")
    assert (term.key_term, term.how, term.found) == ("protobuf", "text", True)
    assert not term.generic and not term.described
