"""Round 38 follow-up B (grid and biodiv glossaries' readings).

- "what port does X listen on" asks a number, as "what year" and "what size" do: the
  answer keeps the sentence that states it (grid-glossary's server entry, "for GridFTP it
  is port 2811", was cut one sentence before it).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.question import analyze


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("what port does gridftp listen on", "number"),
        ("which side is port when youre actually sitting in the boat rowing", "content"),
    ],
)
def test_what_port_asks_a_number(question: str, shape: str) -> None:
    assert (analyze(question).shape == "number") == (shape == "number")


def test_the_port_sentence_is_kept(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("grid-glossary", tmp_path_factory).ask(
        "what port does gridftp listen on"
    )
    assert "2811" in answer.text
    assert list(answer.citations[:1]) == ["grid-glossary#server"]
