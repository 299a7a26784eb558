"""Round 49 lane PB: Markdown bullets whose bold term is the subject of its own sentence.

``* **Aggregointi** tarkoittaa ...``, ``- **Beat** is the regular pulse ...``, ``- El **beat**
es ...``: no colon or dash after the term. A long list whose items mostly open so, each term
once and one word after the terms shared (the defining verb), is a glossary: each item an
entry, its whole sentence (the term included) the text. A feature list, a changelog or a
note naming one bold word item after item is none. A bracket closing the bold term gives
its two names; an item that only points on (``**Noodi (node)** ks. ”Solmu”``) names the
entry it points to. Ids never change: the title slug stays.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 49, lane PB").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import FORMATS, by_title, fixture_entries

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.md_leads import sentence_lead
from rag_glossary.parsing.md_terms import parse_md_terms
from rag_glossary.pointer_words import pointed_name

_SANASTO = "helmet-sanasto-fi.md"


def _sections(text: str) -> list[Section]:
    return parse_md_terms(text, "x", FieldSpec()).sections


def test_finnish_glossary_of_subject_terms_reads_every_bullet(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, _SANASTO)
    assert len(entries) == 60  # 53 definitions and 7 pointers, one entry per bullet
    found = by_title(entries)
    # the sentence keeps its subject: "Aggregointi tarkoittaa ..." reads right
    assert found["Aggregointi"].body.startswith("Aggregointi tarkoittaa tietojen")
    # the one bullet going on after a comma with a capital still opens an entry
    sentroidi = found["Sentroidi (centroid)"]
    assert sentroidi.body.startswith("Sentroidi (centroid), EMMEssä myös zone, on")
    assert "Konnektori (connector) on linkki" not in sentroidi.body


@pytest.mark.parametrize(
    ("anchor", "names"),
    [
        ("kiertomatka--tour", {"Kiertomatka", "tour"}),  # two blanks before the bracket
        ("matkaketju-trip-chain", {"Matkaketju", "trip chain"}),
        ("konnektori-connector", {"Konnektori", "connector"}),
    ],
)
def test_bracket_closing_the_bold_term_names_it_twice(
    tmp_path: Path, anchor: str, names: set[str]
) -> None:
    entries = {e.anchor: e for e in fixture_entries(tmp_path, _SANASTO)}
    assert names <= set(entries[anchor].aliases)  # the id keeps the whole title's slug


def test_pointer_bullets_point_to_the_entry_they_name(tmp_path: Path) -> None:
    found = by_title(fixture_entries(tmp_path, _SANASTO))
    # "* **Noodi (node)** ks. ”Solmu”": the pointer's text is the pointer; its names go
    # to the entry it names, and it sees that entry
    assert found["Noodi (node)"].see_also == ("Solmu",)
    assert "Noodi" in found["Solmu"].aliases
    # "ks. ”Matka”" names "Matka (trip)" by its name before the bracket
    assert found["Yksisuuntainen matka"].see_also == ("Matka (trip)",)
    assert "Yksisuuntainen matka" in found["Matka (trip)"].aliases
    assert "Sijoittelu" in found["Reitin valinta"].aliases


@pytest.mark.parametrize(
    ("name", "titles", "opening"),
    [
        # every item of a short list opens so (read before this round too)
        ("earsketch-music-basics-en.md", ["Beat", "Rhythm", "Duration", "Tempo"], "Beat is"),
        # the Spanish translation puts the article before the bold term
        ("earsketch-music-basics-es.md", ["beat", "ritmo", "duración", "tempo"], "El beat es"),
    ],
)
def test_short_lists_of_subject_terms_in_other_languages(
    name: str, titles: list[str], opening: str
) -> None:
    text = (FORMATS / name).read_text(encoding="utf-8")
    sections = _sections(text)
    assert [s.title for s in sections] == titles
    assert sections[0].body.startswith(opening)


# The shape of a page of ML notes (code index file 48064411367): 20-odd "* **Term** is ..."
# items in one list with a picture and two plain sentences among them. Written out here.
_NOTES = """\
Basic Ideas
------------
* **Learning** is the process of improving at a task.
* **Model** is a description of a system.
* **Prediction** is what a model outputs.
* **Loss** is the penalty for a bad prediction.
* **Training** is the process of fitting a model's parameters.
* **Inference** is applying a trained model to new examples.
* **Overfitting** is when a model does well on training data only.
* **Hyperparameter** is a setting chosen before training.
* ![curve.png](curve.png)
* A neural network stacks layers of neurons. Each neuron weighs its inputs.
* **Binary Classification** is predicting one of two classes.
"""


def test_a_long_list_of_subject_terms_may_hold_other_items() -> None:
    sections = _sections(_NOTES)
    titles = [s.title for s in sections]
    assert titles[:3] == ["Learning", "Model", "Prediction"]
    assert titles[-1] == "Binary Classification"
    assert sections[0].body == "Learning is the process of improving at a task."


@pytest.mark.parametrize(
    "text",
    [
        # a feature list: the words after the bold all differ, one item does not open so
        "## Features\n\n- **Fast** startup in under a millisecond.\n"
        "- **Small** footprint with no dependencies.\n- **Cross-platform** support.\n"
        "- **Typed** API with full annotations.\n- **Pluggable** backends for storage.\n"
        "- **Tested** on every commit.\n",
        # a changelog: the bold word is the verb
        "## 2.1.0\n\n- **Fixed** a crash when saving.\n- **Added** dark mode.\n"
        "- **Removed** the old exporter.\n- **Changed** the default port.\n"
        "- Dropped Python 3.8.\n",
        # a design note naming the same classes item after item
        "## Design\n\n- **Player** has a board and an algorithm.\n"
        "- **Player** subclasses inherit from it.\n- **Algorithm** is abstract.\n"
        "- **Algorithm** has a board.\n- **Board** is a grid.\n- Tests live in tests/.\n",
    ],
)
def test_lists_that_bold_a_word_give_no_entries(text: str) -> None:
    assert _sections(text) == []


def test_pointer_words_of_finnish_and_hungarian() -> None:
    assert pointed_name("ks. ”Mallialue”.") == "”Mallialue”."
    assert pointed_name("Ks. myös ”HS15-alue”") == "”HS15-alue”"
    assert pointed_name("Lásd még: Vektor") == "Vektor"
    assert pointed_name("Kaikki mallit") is None


def test_sentence_lead_goes_on_in_lower_case_of_any_script() -> None:
    assert sentence_lead("**Ääni** on värähtelyä.") is not None
    assert sentence_lead("**Sentroidi**, EMMEssä myös zone, on solmu.") is None
    assert sentence_lead("**Sentroidi**, EMMEssä myös zone, on solmu.", loose=True) is not None
