"""Round 41 lane A: answerable descriptions refused as a missing name (real entries, model).

"the button on the microphone you hold down so you can talk", "a radio set up and used in
your car", "the exact clock time when the rupture started": a question opened by "a", "an"
or "the" whose extracted "term" is everyday English words only ("button", "radio set up",
"exact clock time") and that says four or more words besides it describes in plain words
what the glossary names otherwise (PTT, Mobile /M, origin time): it is judged as described,
not against the strict bar of a missing name (judgement_terms.everyday_description). A
described kind the glossary has a family of, answered by an entry of another kind ("the
distribution you use instead of the normal ..."), stays refused (TermCoverage.wrong_kind);
a "what is X" question and a specialist name are not touched.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage import TermCoverage
from rag_glossary.judgement_terms import everyday_description, not_a_name


def _missing(term: str, clean: bool = True, wrong_kind: bool = False) -> TermCoverage:
    return TermCoverage(term, False, "", (), True, clean=clean, wrong_kind=wrong_kind)


def test_an_everyday_term_opening_a_long_description_is_no_name() -> None:
    q = "the button on the microphone you hold down so you can talk"
    assert everyday_description(q, ["button"])
    assert not_a_name(_missing("button"), q)
    assert not_a_name(_missing("radio set up", clean=False), "a radio set up and used in your car")
    # a family's kind answered by another kind stays a missing name
    q = "the distribution you use instead of the normal when the sample is small"
    assert not not_a_name(_missing("distribution you", clean=False, wrong_kind=True), q)
    # no opening determiner, too few words, or a word no everyday list has
    assert not everyday_description("what is the button on the microphone", ["button"])
    assert not everyday_description("the button on it", ["button"])
    assert not everyday_description("the cafetiere on the table in my kitchen", ["cafetiere"])
    # without the question, as before
    assert not not_a_name(_missing("button"))


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        (
            "radio-glossary",
            "the button on the microphone you hold down so you can talk",
            "radio-glossary#ptt",
        ),
        ("radio-glossary", "a radio set up and used in your car", "radio-glossary#mobile-m"),
        (
            "seismo-glossary",
            "the exact clock time when the rupture started",
            "seismo-glossary#origin-time",
        ),
    ],
)
def test_plain_descriptions_are_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == cited


def test_a_described_kind_of_a_family_stays_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("stats-glossary", tmp_path_factory)
    question = (
        "the distribution you use instead of the normal when the sample is small and the sd "
        "is unknown"
    )
    assert not assistant.ask(question).covered
