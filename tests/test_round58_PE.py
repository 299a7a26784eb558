"""Round 58 lane PE: a data record's names in other languages and its alternative names
(parsing/record_names.py, data_language.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.glossary_language import (
    corpus_language,
    glossary_language,
    question_forms,
)
from rag_glossary.language_stems import function_words_left
from rag_glossary.lexical import index_tokens
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.record_names import language_code, names_of

# KristoR/andmed-et-en data/terms.yml (eval/corpora/andmed-glossary), four records as written
ANDMED = """- en: data warehouse
  et: andmeladu
  alt:
    et:
    - andmeait
    en: []
  definition: Struktureeritud andmete keskne hoidla analüüsi ja aruandluse jaoks.
  references:
  - title: 'Wikipedia: Data warehouse'
    url: https://en.wikipedia.org/wiki/Data_warehouse
  example: Andmeladu koondab müügiandmed eri süsteemidest ühte analüüsikihti.
- en: slowly changing dimension
  et: aeglaselt muutuv dimensioon
  alt:
    et: []
    en:
    - SCD
  definition: Dimensioon, mille väärtused muutuvad ajas harva ja vajavad versioonihaldust.
- en: data lakehouse
  et: andmejärvladu
  alt:
    et: []
    en: []
- en: data mesh
  et: andmevõrk
  alt:
    et:
    - andmevõrgustik
    en: []
- en: database
  et: andmebaas
  alt:
    et: []
    en: []
"""


def _entries(text: str, file: str = "g.yml") -> dict[str, Entry]:
    return {e.title: e for e in parse_text(text, "g", file=file)}


def test_bilingual_term_base_keeps_the_other_language_and_the_alternatives() -> None:
    entries = _entries(ANDMED)
    assert list(entries) == [
        "data warehouse", "slowly changing dimension", "data lakehouse", "data mesh", "database",
    ]  # fmt: skip
    warehouse = entries["data warehouse"]
    assert warehouse.aliases == ("andmeladu", "andmeait")
    assert warehouse.body.startswith("Struktureeritud andmete keskne hoidla")
    assert warehouse.fields == (
        "example: Andmeladu koondab müügiandmed eri süsteemidest ühte analüüsikihti.",
    )  # beside a definition the names are aliases only
    scd = entries["slowly changing dimension"]
    assert scd.aliases == ("SCD", "aeglaselt muutuv dimensioon")
    # a record with no definition says its names: no empty entry
    mesh = entries["data mesh"]
    assert mesh.aliases == ("andmevõrk", "andmevõrgustik")
    assert mesh.body == "Estonian: andmevõrk; andmevõrgustik"
    assert not mesh.is_stub
    assert entries["data lakehouse"].body == "Estonian: andmejärvladu"
    assert entries["database"].aliases == ("andmebaas",)


def test_the_same_records_as_json() -> None:
    records = [
        {"en": "data mart", "et": "andmekiht", "alt": {"et": ["teemaandmeladu"], "en": []}},
        {"en": "data vault", "et": "andmehoidla", "alt": {"et": [], "en": []}},
        {
            "en": "data catalog",
            "et": "andmekataloog",
            "alt": {"et": [], "en": ["metadata catalog"]},
            "definition": "Andmevarade register koos metaandmetega ja otsinguga.",
        },
    ]
    entries = _entries(json.dumps(records, ensure_ascii=False), "g.json")
    assert entries["data mart"].aliases == ("andmekiht", "teemaandmeladu")
    assert entries["data mart"].body == "Estonian: andmekiht; teemaandmeladu"
    catalog = entries["data catalog"]
    assert catalog.aliases == ("metadata catalog", "andmekataloog")
    assert catalog.body.startswith("Andmevarade register")


# pottery-glossary's term_en / term_ru records (eval/corpora/pottery-glossary), as written
POTTERY = """[
  {
    "term_en": "ABSORPTION",
    "term_ru": "Водопоглощение",
    "definition_en": "The capacity of fired clay to absorb water.  Measuring absorption serves as a gauge of vitrification.",
    "definition_ru": ""
  },
  {
    "term_en": "ADDITIVE",
    "term_ru": "аддитивный метод, аддитивное формообразование",
    "definition_en": "Adding clay to surface of work as forming/decorating method.  See subtractive.",
    "definition_ru": ""
  }
]"""  # noqa: E501


def test_language_suffixed_terms_give_the_other_languages_names() -> None:
    entries = _entries(POTTERY, "g.json")
    assert entries["ABSORPTION"].aliases == ("Водопоглощение",)
    assert entries["ABSORPTION"].body.startswith("The capacity of fired clay")
    assert entries["ADDITIVE"].aliases == (
        "аддитивный метод", "аддитивное формообразование",
    )  # fmt: skip
    assert "Russian" not in entries["ADDITIVE"].body


def test_term_and_aliases_keyed_by_language_inside_the_fields() -> None:
    text = """
- term: {en: Affect, cs: Afekt}
  definition: {en: A feeling or emotion as shown in behaviour., cs: Pocit nebo emoce.}
  aliases: {en: [emotion display], cs: [citové hnutí]}
- term: {en: Arousal, cs: Vzrušení}
  definition: {en: The state of being awake and reactive to stimuli., cs: Stav bdělosti.}
"""
    entries = _entries(text)
    affect = entries["Affect"]
    assert affect.body.startswith("A feeling or emotion as shown in behaviour.")
    assert affect.aliases == ("emotion display", "Afekt", "citové hnutí")
    assert entries["Arousal"].aliases == ("Vzrušení",)


def test_glosario_records_give_the_other_languages_terms() -> None:
    text = """
- slug: absolute_error
  en: {term: absolute error, def: The absolute value of the difference between two values.}
  es: {term: error absoluto, def: El valor absoluto de la diferencia entre dos valores.}
- slug: accuracy
  en: {term: accuracy, def: The fraction of predictions a model gets right on a test set.}
  de: {term: Genauigkeit, def: Der Anteil richtiger Vorhersagen eines Modells.}
"""
    entries = _entries(text)
    assert entries["absolute error"].aliases == ("error absoluto",)
    assert entries["accuracy"].aliases == ("Genauigkeit",)
    assert entries["accuracy"].body.startswith("The fraction of predictions")


def test_prose_and_plain_fields_are_no_names() -> None:
    # an image's alt text is a string, no language-keyed names: it stays a field
    text = """
- term: Aperture
  definition: The opening in a lens through which light passes into the camera.
  alt: Diagram of an aperture with its blades half closed
- term: Bokeh
  definition: The look of the out-of-focus parts of a photograph.
"""
    entries = _entries(text)
    assert entries["Aperture"].aliases == ()
    assert "alt: Diagram of an aperture with its blades half closed" in entries["Aperture"].fields
    # a record keyed by language whose sibling is prose, or an id, gives no name
    text = """
- en: lineage
  et: andmete päritolu
  id: lineage-1
  fi: Seda terminit kasutatakse sageli metaandmete halduses. Vt ka päritolu.
- en: metadata
  et: metaandmed
  definition: Andmed andmete kohta, nende päritolu, vormingu ja tähenduse kirjeldus.
- en: data quality
  et: andmekvaliteet
"""
    entries = _entries(text)
    assert entries["lineage"].aliases == ("andmete päritolu",)
    assert entries["lineage"].body == "Estonian: andmete päritolu"


def test_language_codes_and_names() -> None:
    assert language_code("et") == "et"
    assert language_code("pt-BR") == "pt"
    assert language_code("zh_Hans") == "zh"
    assert language_code("alt") is None
    assert language_code("xx") is None
    assert names_of(["andmeait", "andmeladu"]) == ["andmeait", "andmeladu"]
    assert names_of("Dimensioon, mille väärtused muutuvad ajas. Ja veel.") == []


# --- phase 2: Estonian (question_forms.json "et", language_stems.py, glossary_language.py) --

ROOT = Path(__file__).resolve().parent.parent
ANDMED_DIR = ROOT / "eval" / "corpora" / "andmed-glossary"


@pytest.fixture(scope="module")
def andmed() -> CoverageIndex:
    return CoverageIndex(load_corpus(ANDMED_DIR).entries)


def test_a_term_base_labelled_in_estonian_is_read_in_estonian() -> None:
    assert corpus_language(load_corpus(ANDMED_DIR).entries) == "et"
    # the excerpt: three of its five records have no definition and say "Estonian: ..."
    assert corpus_language(parse_text(ANDMED, "g", file="g.yml")) == "et"
    # a language named in a few entries names nothing; unknown entry counts neither
    assert glossary_language({"estonian": 2, "data": 10}, entries=10) is None
    assert glossary_language({"estonian": 10, "data": 10}) is None
    assert glossary_language({"estonian": 6, "data": 10}, entries=10) == "et"
    # English (no question forms of its own here) is never named so
    assert glossary_language({"english": 10, "nákvæmni": 1}, entries=10) is None


def test_estonian_words_stem_alike_with_or_without_marks() -> None:
    entry = index_tokens("Andmejärv võimaldab talletada IoT toorvooge; šardimine", "et")
    asked = index_tokens("andmejarv voimaldab sardimine", "et")
    stems = {t for t in asked if t.startswith("~")}
    assert stems and stems <= set(entry)
    assert {"mis", "on", "kas", "see"} <= function_words_left("et")


def test_estonian_question_forms() -> None:
    forms = question_forms()["et"]
    assert {"nimetatakse", "kutsutakse", "nimi"} <= forms.called
    assert {"tähendab", "keeles"} <= forms.meaning
    assert {"vahe", "erinevus"} <= forms.contrast


@pytest.mark.parametrize(
    ("question", "key_term"),
    [
        ("mis on andmeladu?", "andmeladu"),
        ("kas andmeait on mingi päris termin? mida see tähendab", "andmeait"),
        ("teemaandmeladu inglise keeles", "teemaandmeladu"),
        ("mis on SCD andmelaos", "scd"),
    ],
)
def test_estonian_names_are_found(andmed: CoverageIndex, question: str, key_term: str) -> None:
    found = andmed.check(question)
    assert found.found and not found.generic
    assert found.key_term == key_term


def test_english_prose_naming_a_language_in_every_entry_stays_english() -> None:
    # a cooking glossary whose every entry said where its word came from ("from the French")
    # is still English: only a term base with too few sentences is named by a language name
    cooking = load_corpus(ROOT / "eval" / "corpora" / "cooking-glossary").entries
    assert corpus_language(cooking) is None
    said = [replace(e, body=f"{e.body} The word is from the French.") for e in cooking]
    assert corpus_language(said) is None
