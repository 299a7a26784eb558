"""Round 24 post-fix X: an exact name with the words that ask something of it
(coverage/lookup.py, coverage/name_lookup.py).

- "what does a ups cover": after a subject that is exactly a title or alias, the last
  word is the verb even when it ends like a noun ("cover", "-er"; energy-019);
- "whats a good pue number": a value word after an exact name ("number", "value",
  "figure"), maybe with a judging adjective before it ("good", "bad"), asks the value of
  that name, not a longer name (energy-016). Without an exact name inside, the phrase
  stays a name the glossary lacks ("rossby number", "capacity market").
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

EN, OC = "energy-glossary#", "ocean-glossary#"
EN_016 = "whats a good pue number, what counts as perfect"
EN_019 = "what does a ups cover in the gap when utility power is lost"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (EN_016, EN + "pue"),
        ("what is a typical pue value", EN + "pue"),
        (EN_019, EN + "ups"),
    ],
)
def test_an_exact_name_with_what_is_asked_of_it(question: str, entry: str) -> None:
    found = outside_coverage("energy-glossary").check(question, [entry])
    assert found.found, found
    assert found.entry_ids == (entry,), found


@pytest.mark.parametrize(
    ("corpus", "question", "best", "missing"),
    [
        ("energy-glossary", "capacity market", EN + "capacity-factor", "capacity market"),
        ("energy-glossary", "heat rate", EN + "heat-rejection", "heat rate"),
        ("ocean-glossary", "rossby number meaning", OC + "patankar-scheme", "rossby number"),
    ],
)  # fmt: skip
def test_no_exact_name_inside_stays_missing(
    corpus: str, question: str, best: str, missing: str
) -> None:
    found = outside_coverage(corpus).check(question, [best])
    assert found.named_missing == missing, found


@pytest.mark.parametrize(
    ("question", "cited", "said"),
    [(EN_016, EN + "pue", "1.0 = perfect"), (EN_019, EN + "ups", "battery backup")],
)
def test_real_ranking(
    question: str, cited: str, said: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("energy-glossary", tmp_path_factory).ask(question)
    assert answer.covered, answer.text
    assert answer.citations[0] == cited, answer.text
    assert said in answer.text
