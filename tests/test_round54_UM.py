"""Round 54 lane UM: a non-English glossary's word asked after a name the glossary never
writes.

batteri-glossary-035 ("lcoh kostnad"), dotnet-glossary-038 ("winui 3 чем отличается") and
trmalzeme-glossary-036 ("pourbaix diyagramı nasıl okunur") name a thing no entry writes in any
form (LCOH, WinUI, the Pourbaix diagram) before a word some entry's text does ("kostnad",
"отличается", "diyagramı"); that word was the key term, found, and an entry sharing it was
answered. The phrase from the unknown word on is missing (coverage/unknown_named.py). Before
an entry's name, or when the word before is an everyday word, the question stays found.
adopsi-glossary-039 ("value-based adoption model (VAM) itu apa") spells with its acronym a
longer name than Adoption, opening before it (unknown_named.spelled_around).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.unknown_named import spelled_around, unknown_before
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _index(name: str) -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / name).entries)


@pytest.fixture(scope="module")
def indexes() -> dict[str, CoverageIndex]:
    return {}


def _get(indexes: dict[str, CoverageIndex], name: str) -> CoverageIndex:
    if name not in indexes:
        indexes[name] = _index(name)
    return indexes[name]


@pytest.mark.parametrize(
    ("corpus", "question", "missing"),
    [
        ("batteri-glossary", "lcoh kostnad", "lcoh kostnad"),
        # since round 55 (lane SL) "чем отличается" is a Russian question form: the name alone
        ("dotnet-glossary", "winui 3 чем отличается", "winui 3"),
        ("trmalzeme-glossary", "pourbaix diyagramı nasıl okunur", "pourbaix diyagramı"),
    ],
)
def test_glossary_word_after_an_unknown_name_is_missing(
    indexes: dict[str, CoverageIndex], corpus: str, question: str, missing: str
) -> None:
    term = _get(indexes, corpus).check(question)
    assert term.found is False and term.key_term == missing


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        # an entry's name after a word no entry writes: what is asked of the name
        ("boatyard-glossary", "απο τι υλικα φτιαχνοταν το ρετσινοπαλαμισμα"),
        ("feuerwehr-glossary", "wie dick ist ein b schlauch"),
        ("geotech-glossary", "hur stor måste en sten vara för att räknas som block"),
        # the glossary's own words before its word
        ("batteri-glossary", "hva er lcos"),
    ],
)
def test_names_and_known_words_stay_found(
    indexes: dict[str, CoverageIndex], corpus: str, question: str
) -> None:
    assert _get(indexes, corpus).check(question).found


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # adopsi-glossary-039: VAM spells a longer name than Adoption, opening before it
        ("value-based adoption model (VAM) itu apa", False),
        # TAM is the entry's own acronym: its title spelled whole
        ("technology acceptance model (TAM) itu apa", True),
    ],
)
def test_acronym_spelling_words_around_a_name(
    indexes: dict[str, CoverageIndex], question: str, found: bool
) -> None:
    term = _get(indexes, "adopsi-glossary").check(question)
    assert term.found is found
    if not found:
        assert term.key_term == "value based adoption model"


def test_spelled_around_reads_a_hyphened_word_as_one_letter() -> None:
    said = ["value", "based", "adoption", "model", "vam", "itu", "apa"]
    assert spelled_around(said, ["adoption"]) == "value based adoption model"
    # the name alone spelled: no longer name ("adoption model (am)" opens with the name)
    assert spelled_around(["adoption", "am"], ["adoption"]) is None
    # two letters: too short to leave a word out
    assert spelled_around(["value", "based", "adoption", "va"], ["adoption"]) is None


def test_unknown_before_reads_the_word_just_before_the_term() -> None:
    unknown = {"pourbaix", "winui"}.__contains__
    frame = {"nasıl", "чем"}
    assert unknown_before(["pourbaix", "diyagramı", "nasıl"], "diyagramı", frame, unknown) == (
        "pourbaix diyagramı"
    )
    assert unknown_before(["winui", "3", "чем", "отличается"], "отличается", frame, unknown) == (
        "winui 3 чем отличается"
    )
    # four content words: a longer question says more than a name and its kind
    long = ["pourbaix", "diyagramı", "nasıl", "okunur", "hemen", "şimdi"]
    assert unknown_before(long, "diyagramı", frame, unknown) is None
    # the term first: nothing unknown before it
    assert unknown_before(["diyagramı", "pourbaix"], "diyagramı", frame, unknown) is None
