"""Round 37 lane C: the composer on answers that cite the right entry but miss a fact or
add a citation (real entries, real model).

- of one file's two entries of one title (a homonym's "-1" entry), the one whose quoted
  text says the question's own words beyond the title answers a question about a detail;
  the other, which says none of them, adds a citation and no answer (Ligature's
  "gadzook", Opening's "develop queen in later stages"); a bare term still shows both.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        (
            "type-glossary",
            "whats the name of the little connecting embellishment in a ligature",
            ("type-glossary#ligature",),
        ),
        (
            "chess-glossary",
            "in the opening when am i supposed to bring out my queen",
            ("chess-glossary#opening-1",),
        ),
        ("type-glossary", "ligature", ("type-glossary#ligature", "type-glossary#ligature-1")),
    ],
)
def test_the_homonym_that_says_the_asked_words_answers(
    tmp_path_factory: pytest.TempPathFactory, corpus: str, question: str, cited: tuple[str, ...]
) -> None:
    assistant = shared_assistant(corpus, tmp_path_factory)
    assert assistant.ask(question).citations == cited
