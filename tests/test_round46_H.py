"""Round 46: a key-term lookup takes time polynomial in the term's length.

The lookup falls back on shorter spans of a term (a field word, a kind word, a verb
dropped), and each span on its shorter spans. Unremembered, the same spans were looked up
again along every path: over the Swedish C# word list read as ONE entry (a table the
parser did not split, so every word is a field word) the blind measure of round 46 hung
for minutes on one 17-word question. Counted here by lookups, not seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.keyterms import KeyTerm
from rag_glossary.models import Entry

TABLE = ROOT / "eval" / "corpora" / "csharp-glossary" / "csharp-glossary.md"
QUESTION = (
    "hur skriver man en list-klass en gång som funkar för vilken typ som helst, "
    "med T inom vinkelparenteser"
)
LONG = "hur skriver man en list klass en gång som funkar för vilken typ som helst med t inom"
BOUND = 2_000  # distinct spans x flags; before the memo: 40,107 lookups at 12 words


class _TooMany(Exception):
    pass


def _one_entry_glossary() -> CoverageIndex:
    body = "\n".join(Path(TABLE).read_text(encoding="utf-8").splitlines()[2:])
    entry = Entry(
        "csharp-glossary#ordlista",
        "csharp-glossary",
        "ordlista",
        "Ordlista",
        (),
        body,
        (),
        None,
        "csharp-glossary.md",
        1,
    )
    return CoverageIndex([entry])


@pytest.mark.parametrize("may_end_in_verb", [False, True])
def test_a_long_term_over_a_one_entry_glossary_takes_few_lookups(may_end_in_verb: bool) -> None:
    index = _one_entry_glossary()
    assert "typ" in index._field  # the shape that branched: every word names the field
    looked = 0
    correct = index._correct

    def counted(key: tuple[str, ...]) -> tuple[str, ...]:
        nonlocal looked
        looked += 1
        if looked > BOUND:
            raise _TooMany(f"more than {BOUND} lookups for one key term")
        return correct(key)

    index._correct = counted  # type: ignore[method-assign]
    found = index._check_term(KeyTerm(LONG, True, may_end_in_verb=may_end_in_verb))
    assert found.found is False
    assert 0 < looked <= BOUND


def test_the_whole_question_is_judged_at_once() -> None:
    index = _one_entry_glossary()
    assert index.check(QUESTION, ["csharp-glossary#ordlista"]).found is False
