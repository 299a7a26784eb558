"""Round 53 lane WF: Finnish questions without function words.

- liikenne-glossary-017 "kelpaako hsl:n liput u-linjalla" was read as English ("kelpaako
  hsl is not in the glossary"): no Finnish function word, its verb asks with the clitic
  -ko. The clitics -ko / -kö (and -pa / -pä on a frame word) now mark a Finnish question
  (question_forms.json "clitics", "frame_clitics"; asked_in_language.clitic_asked).
- Read as Finnish, its title U-linja is said inflected at the end ("u-linjalla"), where no
  lookup met it (whole question, opening, first or last clause only): in a language whose
  names take case endings anywhere ("cases"), the one title the words say in another form
  decides (language_words._inflected_name); so does Sijoittelualue in "montako
  sijoittelualuetta helmetissä on" (liikenne-glossary-015).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.asked_in_language import asked_words, clitic_asked

CORPUS = "liikenne-glossary"


@pytest.mark.parametrize(
    ("word", "asks"),
    [
        ("kelpaako", "verb"),  # kelpaa + ko: is it valid
        ("pitääkö", "verb"),
        ("onko", "frame"),  # on (is) + ko
        ("ovatko", "frame"),
        ("mikäpä", "frame"),  # mikä (what) + pä
        ("verkko", None),  # a doubled consonant is the word's own: network
        ("kauppa", None),  # shop
        ("tapa", None),  # "ta" is no frame word: -pa asks only on one
    ],
)
def test_finnish_question_clitic(word: str, asks: str | None) -> None:
    assert clitic_asked(word, "fi") == asks


def test_clitics_only_in_a_language_listing_them() -> None:
    assert clitic_asked("kelpaako", "sv") is None
    assert asked_words(("kelpaako", "liput"), "sv") is None


def test_clitic_marks_a_finnish_question() -> None:
    said = ("kelpaako", "hsl", "n", "liput", "u", "linjalla")
    assert asked_words(said, "fi") == said  # no function word, Finnish all the same
    assert asked_words(("onko", "u", "linja", "bussi"), "fi") == ("u", "linja", "bussi")


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("kelpaako hsl:n liput u-linjalla", "u-linja"),  # U-linja said inflected, last
        ("montako sijoittelualuetta helmetissä on", "aluejako"),  # Sijoittelualue, inflected
    ],
)
def test_inflected_title_anywhere_answered(
    question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(CORPUS, tmp_path_factory).ask(question)
    assert answer.covered
    assert f"{CORPUS}#{cited}" in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # clitic questions the glossary does not cover stay refused
        "saako mallista laskettua paljonko liikenteestä tulee hiilidioksidia",
        "jos rakennetaan uus moottoritie niin tuleeko sinne lisää autoja pelkästään sen "
        "takia että tie on olemassa",
    ],
)
def test_clitic_question_not_covered_refused(
    question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert not shared_assistant(CORPUS, tmp_path_factory).ask(question).covered
