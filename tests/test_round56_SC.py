"""Round 56 lane SC: comparisons asked in a Slavic language, their sides inflected.

A comparison read by a language's words ("rozdiel medzi X a Y", "чем отличается X от Y")
says its sides in the case its grammar needs (instrumental "obnovou", genitive "пакета"),
so their words end otherwise than the titles'. The side is matched with its entry by the
stems of the language that asked (``Question.language``); a side's function words stay
inside it when the name holds them ("obnovou k bodu v case"); a second side opening with
a preposition takes the first side's head in a head-first language ("poradie brán podľa X
vs podľa Y"); a Roman numeral in capitals is no conjunction ("błąd I rodzaju"). Stem keys
fold Polish "ą" to "ę" ("rzędu": Rząd) and Ukrainian doubled consonants ("панеллю":
Панель). Read on the real glossaries with the real model.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.question import analyze
from rag_glossary.coverage.head_first import head_lent
from rag_glossary.coverage.stem_names import stem_key
from rag_glossary.word_forms import polish_alternated, ukrainian_single


def test_the_language_that_asks_the_comparison_is_kept() -> None:
    q = analyze("rozdiel medzi obnovou k bodu v case a nacvicenou obnovou")
    assert q.shape == "compare"
    assert q.sides == ("obnovou k bodu v case", "nacvicenou obnovou")
    assert q.language == "sk"
    assert analyze("difference between mean and median").language is None


def test_a_second_side_opening_with_a_preposition_takes_the_first_sides_head() -> None:
    q = analyze(
        "poradie brán podľa nákladov na jeden beh vs podľa nákladov na znehodnotenie práce, "
        "v čom je rozdiel"
    )
    assert q.sides == (
        "poradie brán podľa nákladov na jeden beh",
        "poradie brán podľa nákladov na znehodnotenie práce",
    )
    function = frozenset(("podľa", "na", "v"))
    first, second = (
        ["poradie", "brán", "podľa", "nákladov", "na", "jeden", "beh"],
        ["podľa", "práce"],
    )
    assert head_lent(first, second, function) == (first, ["poradie", "brán", "podľa", "práce"])
    # a second side that names a thing of its own lends nothing
    assert head_lent(first, ["jeden", "beh"], function) is None
    assert head_lent(["na", "jeden", "beh"], ["na", "práce"], function) is None


def test_a_capital_roman_numeral_is_no_conjunction() -> None:
    q = analyze("czym rozni sie blad I rodzaju od bledu II rodzaju")
    assert q.sides == ("blad i rodzaju", "bledu ii rodzaju")
    # in lower case "i" joins two sides ("rozmiar grafu i rzad grafu")
    assert analyze("roznica miedzy rozmiar grafu i rzad grafu").sides == (
        "rozmiar grafu",
        "rzad grafu",
    )


def test_polish_nasal_and_ukrainian_doubled_consonants_fold() -> None:
    assert polish_alternated("rząd") == "rzęd"
    assert stem_key(["rzędu", "błędu"], "pl") == stem_key(["rząd", "błąd"], "pl")
    assert ukrainian_single("панеллю") == "панелю"
    assert stem_key(["бічною", "панеллю"], "uk") == stem_key(["бічна", "панель"], "uk")
    assert stem_key(["значенням"], "uk") == stem_key(["значення"], "uk")


@pytest.mark.parametrize(
    ("corpus", "question", "entries"),
    [
        # sdlc-glossary-021: both sides instrumental, one without its marks
        (
            "sdlc-glossary",
            "rozdiel medzi obnovou k bodu v case a nacvicenou obnovou",
            ("obnova-k-bodu-v-čase", "nacvičená-obnova"),
        ),
        # sdlc-glossary-020: the second side is the first side's head's
        (
            "sdlc-glossary",
            "poradie brán podľa nákladov na jeden beh vs podľa nákladov na znehodnotenie "
            "práce, v čom je rozdiel",
            ("poradie-podľa-nákladov-na-jeden-beh", "poradie-podľa-nákladov-na-znehodnotenie"),
        ),
        (
            "sdlc-glossary",
            "rozdiel medzi atomárnou úlohou a overiteľnou etapou",
            ("atomárna-úloha", "overiteľná-etapa"),
        ),
        (
            "iot-glossary",
            "rozdíl mezi cloudovou bránou a bránou pole",
            ("cloudová-brána", "brána-pole"),
        ),
        ("dotnet-glossary", "чем отличается сборка от пакета", ("сборка", "пакет")),
        ("obsidian-glossary", "різниця між темою і сніпетом", ("тема", "сніпет")),
        (
            "obsidian-glossary",
            "різниця між бічною панеллю і стрічковим меню",
            ("бічна-панель", "стрічкове-меню"),
        ),
        (
            "grafy-glossary",
            "czym się różni rozmiar grafu od rzędu grafu",
            ("rozmiar-grafu", "rząd-grafu"),
        ),
        (
            "statpl-glossary",
            "czym rozni sie blad I rodzaju od bledu II rodzaju",
            ("błąd-i-rodzaju", "błąd-ii-rodzaju"),
        ),
    ],
)
def test_both_inflected_sides_are_cited(
    tmp_path_factory: pytest.TempPathFactory,
    corpus: str,
    question: str,
    entries: tuple[str, str],
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert len(answer.citations) == 2
    for cited, entry in zip(answer.citations, entries, strict=True):
        assert cited.startswith(f"{corpus}#{entry}")
