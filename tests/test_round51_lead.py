"""Round 51 lead: a dotted abbreviation of short parts ends no sentence before a lower-case
word (answer/sentences.py ``_NEVER_FINAL``): the readers of geotech (Swedish) and powerbi
(Danish) saw "t.ex. Av vatten", "m.fl." ending an answer and "F.eks." splitting one.
Real entries of the two blind sets, read by the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.sentences import sentences
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def bodies() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("geotech-glossary", "powerbi-glossary"):
        out.update({e.id: e.body for e in load_corpus(CORPORA / name).entries})
    return out


@pytest.mark.parametrize(
    ("entry_id", "abbreviation"),
    [
        ("geotech-glossary#bergart", "t.ex. block"),
        ("geotech-glossary#bergdubb", "t.ex. pålspets"),
        ("powerbi-glossary#cross-filter-krydsfiltrering", "f.eks. vælger"),
    ],
)
def test_a_dotted_abbreviation_before_a_lower_case_word_stays_in_its_sentence(
    bodies: dict[str, str], entry_id: str, abbreviation: str
) -> None:
    body = bodies[entry_id]
    assert abbreviation in " ".join(body.split())
    split = sentences(body)
    assert any(abbreviation in s for s in split), split
    first = abbreviation.split()[0]
    assert not any(s.rstrip().endswith(first) for s in split), split


def test_a_dotted_abbreviation_before_a_capital_may_still_end_a_sentence() -> None:
    assert sentences("The agency is based in the U.S. The next office opened in 2020.") == [
        "The agency is based in the U.S.",
        "The next office opened in 2020.",
    ]
    assert sentences("Konens massa, spetsvinkel m.fl. faktorer är standardiserade. Sedan mer.") == [
        "Konens massa, spetsvinkel m.fl. faktorer är standardiserade.",
        "Sedan mer.",
    ]
