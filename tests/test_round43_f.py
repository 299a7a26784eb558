"""Round 43 lane F: a plain description's missing "term" in everyday words however inflected.

"the dumbest possible controller, motor fully on when you're under the target ..." extracts
the "term" "dumbest", a superlative of an everyday word. Read as an everyday word
(judgement_terms.everyday_form) it opens a plain description, judged by the standout
(Bang-bang control), not refused as a missing name; a specialist word stays a name.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.judgement_terms import everyday_description, everyday_form


def test_inflected_everyday_words_are_everyday() -> None:
    for word in ("dumbest", "biggest", "agents", "running"):
        assert everyday_form(word), word
    for word in ("cafetiere", "chroma", "tensor", "rulebook"):
        assert not everyday_form(word), word
    q = "the dumbest possible controller, motor fully on when you're under the target"
    assert everyday_description(q, ["dumbest"])
    # a word no everyday word inflects stays a name
    assert not everyday_description(
        "the agents rulebook from situations to moves", ["agents", "rulebook"]
    )
    assert not everyday_description("the cafetiere on the table in my kitchen", ["cafetiere"])


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        (
            "controls-glossary",
            "the dumbest possible controller, motor fully on when you're under the target and "
            "fully off when you're over it, nothing to tune",
            "controls-glossary#bang-bang-control",
        ),
    ],
)
def test_plain_descriptions_are_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == cited
