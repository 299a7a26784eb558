"""Round 40 lane L: a pasted title broken over two lines beside its text (pasted.py), and
"also called" phrases of the glossary's language (data/name_phrases.json, body_names.py)."""

from __future__ import annotations

import pytest
from format_fixtures import fixture_entries

from rag_glossary.models import Entry
from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.parsing.name_phrases import text_language
from rag_glossary.parsing.pasted import broken_titles


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    entries = fixture_entries(tmp_path_factory.mktemp("farm"), "farm-glossary.ipynb")
    return {e.id.split("#", 1)[1]: e for e in entries}


def test_broken_pasted_title_is_one_term(farm: dict[str, Entry]) -> None:
    # "3. Commercial Where cattle are fed ... Feed usually is" / "Feed Lot: purchased, ..."
    lot = farm["commercial-feed-lot"]
    assert lot.title == "Commercial Feed Lot"
    assert lot.body == (
        "Where cattle are fed for others on a custom basis. Feed usually is\n"
        "purchased, labor is hired."
    )
    assert farm["farm-feed-lot"].body == (
        "Where cattle feeding is complementary with other farming enterprises."
    )
    assert farm["dry-lot-feeding"].title == "Dry Lot Feeding"


def test_a_wrapped_line_alone_is_no_broken_title() -> None:
    # the line above continues a sentence (no paragraph opens there): nothing joins
    lines = [
        "Nutrient: A substance essential for normal body metabolism, growth",
        "And Production Goes on over several lines of the text here",
        "Includes: carbohydrates, fats and water.",
    ]
    heads = {2: "Includes"}
    assert broken_titles(lines, [2], heads) == (lines, [])


# --- "also called" in the glossary's language ----------------------------------------------


@pytest.fixture(scope="module")
def obra(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    entries = fixture_entries(tmp_path_factory.mktemp("obra"), "obra-glossary.js")
    return {e.title: e for e in entries}


def test_spanish_glossary_gives_its_tambien_llamado_names(obra: dict[str, Entry]) -> None:
    # "... evita la penetración de aire o agua en el edificio. También llamado sellador de junta."
    assert obra["Obturador"].aliases == ("sellador de junta",)
    assert obra["Zapatas Corridas"].aliases == ("zapata lineal",)
    # "comúnmente llamadas estribos pero que ...": mid-sentence, a clause follows: no name
    assert obra["Fleje"].aliases == ()


def test_a_glossary_language_is_read_from_its_entries(obra: dict[str, Entry]) -> None:
    texts = [f"{e.title} {e.body}" for e in obra.values()]
    assert text_language(texts) == "es"
    assert text_language(["Overfitting when a model fits the noise of the training data"]) is None


@pytest.mark.parametrize(
    ("language", "body", "names"),
    [
        ("fr", "Un vin jeune. Aussi appelé vin primeur.", ["vin primeur"]),
        ("de", "Ein Dichtstoff für Fugen. Auch als Fugendichtung bezeichnet.", ["Fugendichtung"]),
        ("de", "Der Speicher im Chip. Auch Flash genannt.", ["Flash"]),
        ("it", "Un muro portante. Detto anche muro maestro.", ["muro maestro"]),
        ("pt", "Um material vedante. Também chamado selante de junta.", ["selante de junta"]),
        ("es", "Una viga. También llamada trabe o viga maestra.", ["trabe", "viga maestra"]),
    ],
)
def test_each_language_gives_its_names(language: str, body: str, names: list[str]) -> None:
    assert also_known_aliases(body, language) == names


def test_another_language_phrase_is_no_name_in_an_english_glossary() -> None:
    body = "A sealant for joints. También llamado sellador de junta."
    assert also_known_aliases(body) == []
    assert also_known_aliases(body, "es") == ["sellador de junta"]
    assert also_known_aliases("A tool.\nAlso called Docker Engine", "es") == ["Docker Engine"]


def test_a_name_is_short_and_no_clause() -> None:
    # a relative clause after the phrase is prose, not a name
    assert also_known_aliases("Una viga. También llamada viga que se apoya.", "es") == []
    assert also_known_aliases("A beam. Also called the beam that carries.") == []
