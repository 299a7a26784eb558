"""Round 43 lane P1: Android string resources (``res/values/*.xml``, root ``<resources>``)
kept as glossaries: a string-array of whole entries (term, ``\\n`` escape or ``|``, text),
parallel arrays of names and definitions, ``<string>`` pairs named alike
(parsing/android_strings.py). An app's interface strings give no entries.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 43, lane P1").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.android_strings import android_text
from rag_glossary.parsing.dialects import parse_file, parse_text

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def heroclix() -> dict[str, Entry]:
    return _by_anchor("heroclix-glossary.xml")


def test_each_item_of_a_string_array_is_an_entry_split_at_its_first_line_escape(
    heroclix: dict[str, Entry],
) -> None:
    assert len(heroclix) == 155
    action = heroclix["action"]
    assert action.title == "ACTION"
    assert action.body == "A character’s attack, move, or use of a power or ability."
    assert action.line == 12


def test_titles_are_slugged_as_written(heroclix: dict[str, Entry]) -> None:
    for anchor in ("d6-or-2d6", "place-or-put", "grenade-types", "kod", "collectors-number"):
        assert anchor in heroclix
    assert heroclix["kod"].title == "KO’D"
    # an item whose term opens on its own indented line
    assert heroclix["indoors"].body.startswith("Anywhere on a battle map labeled")


def test_an_or_bracket_gives_both_names_as_aliases(heroclix: dict[str, Entry]) -> None:
    assert set(heroclix["place-or-put"].aliases) >= {"PLACE", "PUT"}
    assert set(heroclix["d6-or-2d6"].aliases) >= {"D6", "2D6"}


def test_escapes_wraps_and_icon_slots_read_as_the_app_shows_them(
    heroclix: dict[str, Entry],
) -> None:
    assert heroclix["3-d-object"].body == (
        "A three-dimensional sculpture marked with the 3d symbol."
    )
    paragraphs = heroclix["event-dial"].body.split("\n\n")
    assert len(paragraphs) == 2 and paragraphs[1].startswith("Event Dials with a point cost")
    keywords = heroclix["generic-keywords"].body.splitlines()
    assert keywords[0] == "- Animal" and len(keywords) == 27
    assert all("\\n" not in e.body and "#" not in e.title for e in heroclix.values())


def test_a_pipe_parts_term_and_definition() -> None:
    sumo = _by_anchor("zummies-glossary.xml")
    assert list(sumo)[:3] == ["rikishi", "banzuke", "kimarite"]
    assert sumo["dohyo"].body.startswith("The ring in which Sumo bouts are held.")


def test_a_spaced_dash_parts_term_and_definition_and_repeated_filler_is_not_counted() -> None:
    terms = _by_anchor("finquiz-terms.xml")
    assert terms["аверс"].body == "лицевая сторона монеты."
    assert "элемент2" not in terms and len(terms) == 23


@pytest.mark.parametrize(
    ("name", "anchor", "start"),
    [
        ("smartgadget-glossary.xml", "dew-point", "The dew point is the temperature"),
        ("dyne-glossary.xml", "chefs-knife", "A chef's knife, also known as a cook's knife"),
    ],
)
def test_strings_paired_by_name_are_term_and_definition(name: str, anchor: str, start: str) -> None:
    entries = _by_anchor(name)
    assert entries[anchor].body.startswith(start)
    assert not any("wikipedia" in a for a in entries)  # a lone string is no entry


def test_strings_paired_by_name_are_question_and_answer() -> None:
    faq = _by_anchor("istayhealthy-glossary.xml")
    entry = faq["what-is-viral-load"]
    assert entry.body == "The amount of HIV virus in blood (measured as per unit blood mm3)."
    cd4 = faq["what-is-cd4-count"].body.split("\n\n")
    # a line escape after a sentence parts paragraphs; one inside a sentence is a wrap
    assert cd4[1] == (
        "The count is measured per unit (mm3) of blood and indicates the health of the"
        " immune system."
    )


@pytest.mark.parametrize(
    "name", ["istayhealthy-strings.xml", "istayhealthy-medications.xml", "zummies-strings.xml"]
)
def test_an_apps_interface_strings_give_no_entries(name: str) -> None:
    assert parse_file(FORMATS / name) == []


def test_parallel_arrays_of_names_and_definitions() -> None:
    text = """<resources>
      <string-array name="names">
        <item>Alpha</item><item>Beta</item><item>Gamma</item></string-array>
      <string-array name="texts">
        <item>The first letter of the Greek alphabet.</item>
        <item>The second letter of the Greek alphabet.</item>
        <item>The third letter of the \\"Greek\\" alphabet.</item>
      </string-array></resources>"""
    entries = parse_text(text, "greek", "xml")
    assert [(e.title, e.line) for e in entries] == [("Alpha", 3), ("Beta", 3), ("Gamma", 3)]
    assert entries[2].body == 'The third letter of the "Greek" alphabet.'


def test_android_text() -> None:
    assert android_text("  It\\'s   a\n   \\u00e9t\\u00e9 \\@home ") == "It's a été @home"
    assert android_text('"  kept  spaces "') == "kept spaces"


_PAIRS = """
  <string name="{0}_1_{1}">Dew Point</string>
  <string name="{0}_1_{2}">The temperature at which the water vapour in air condenses.</string>
  <string name="{0}_2_{1}">Heat Index</string>
  <string name="{0}_2_{2}">How hot it feels when humidity is added to the heat.</string>
  <string name="{0}_3_{1}">Humidity</string>
  <string name="{0}_3_{2}">The amount of water vapour in the air, as a share.</string>
</resources>"""


@pytest.mark.parametrize(
    ("markers", "count"),
    [(("onboarding", "title", "description"), 0), (("glossary", "term", "def"), 3)],
)
def test_title_and_description_pairs_must_be_most_of_an_apps_strings(
    markers: tuple[str, str, str], count: int
) -> None:
    """Among an app's 162 interface strings, three "x_title" / "x_description" pairs are
    screens, three "x_term" / "x_def" pairs a glossary."""
    strings = (FORMATS / "istayhealthy-strings.xml").read_text(encoding="utf-8")
    text = strings.replace("</resources>", _PAIRS.format(*markers))
    assert len(parse_text(text, "app", "xml")) == count
