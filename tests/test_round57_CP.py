"""Round 57 lane CP: citations that do not earn their place.

(1) A comparison side's function words, in the language that asked, are no words a title
must say: "coeficiente de ocupacion del suelo" names Coeficiente de ocupación de suelo,
not the one-word Suelo, which said all of its one word while the long title lacked the
side's "del" (obra-glossary-020 cited Suelo beside the other side's entry). (2)
``eval/extra_citations.py`` puts every answerable row of a measure dump in one group (why
its citations are not all relevant). Read on the real glossary with the real model.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.side_entry import _named_words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from extra_citations import mended, shape_of


def test_a_sides_function_words_say_no_name() -> None:
    assert _named_words("coeficiente ocupacion del suelo", "es") == {"coefic", "ocupac", "suelo"}
    # no language: every word counts, as before; a side of function words alone keeps them
    assert "del" in _named_words("coeficiente ocupacion del suelo", None)
    assert _named_words("de la", "es") == {"de", "la"}


@pytest.mark.parametrize(
    "question",
    [
        "diferencia entre coeficiente de ocupacion del suelo y coeficiente de utilizacion "
        "del suelo",
        "diferencia entre coeficiente de utilizacion del suelo y coeficiente de ocupacion "
        "del suelo",
    ],
)
def test_both_long_titles_are_the_sides(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    answer = shared_assistant("obra-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert sorted(answer.citations) == [
        "obra-glossary#coeficiente-de-ocupación-de-suelo",
        "obra-glossary#coeficiente-de-utilización-de-suelo",
    ]


def _row(
    cited: list[str], top: list[str], covered: bool = True, prec: float = 0.0
) -> dict[str, object]:
    return {
        "covered": covered,
        "citations": cited,
        "relevant": ["type-glossary#leg-1"],
        "top10": top,
        "metrics": {"citation_precision": prec},
    }


def test_each_answerable_row_has_one_group() -> None:
    leg, leg1, arm = "type-glossary#leg", "type-glossary#leg-1", "type-glossary#arm"
    assert shape_of(_row([], [leg1], covered=False)) == "refused"
    assert shape_of(_row([leg1], [leg1], prec=1.0)) == "relevant only"
    assert shape_of(_row([leg], [leg])) == "one wrong entry: the first hit"
    assert shape_of(_row([leg], [leg1, leg])) == "one wrong entry: moved off a right first hit"
    assert shape_of(_row([leg], [arm, leg])) == "one wrong entry: moved off a wrong first hit"
    # type-glossary-017 "which letters have a leg": Leg, then Leg's second entry
    assert shape_of(_row([leg, leg1], [leg, leg1], prec=0.5)) == "wrong first, relevant later"
    assert shape_of(_row([leg1, leg], [leg1], prec=0.5)) == "relevant first, another added"
    assert shape_of(_row([leg, arm], [leg])) == "all wrong"
    rows = [_row([leg1], [leg1], prec=1.0), _row([leg, leg1], [leg], prec=0.5)]
    assert mended(rows, "wrong first, relevant later") == 1.0
    assert mended(rows, "refused") == 0.75
