"""Round 47 lane PB: key-value resource files (.NET ``.resx``, Java ``.properties``, Apple
``.strings``) read as glossaries when their values define their keys (help texts), each value
as its runtime reads it (parsing/resource_files.py, resource_glossary.py). An application's
labels and messages give no entries.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 47, lane PB").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.resource_files import parse_properties, parse_resx, parse_strings
from rag_glossary.parsing.sniff_formats import sniff_format

FORMATS = Path(__file__).parent / "fixtures" / "formats"
SPEC = FieldSpec()


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def geometa() -> dict[str, Entry]:
    return _by_anchor("geometa-glossary.resx")


@pytest.mark.parametrize(
    ("name", "dialect"),
    [("Definitions.resx", "resx"), ("help.properties", "properties"), ("a.strings", "strings")],
)
def test_resource_files_are_listed_and_read_by_suffix(
    tmp_path: Path, name: str, dialect: str
) -> None:
    assert Path(name).suffix in GLOSSARY_SUFFIXES
    assert sniff_format("<root/>", name) == dialect
    (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in glossary_files(tmp_path)] == [name]


def test_every_help_text_of_a_resx_is_an_entry_titled_by_its_key(
    geometa: dict[str, Entry],
) -> None:
    assert len(geometa) == 393  # the schema comment's sample <data name="Name1"> is none
    abstract = geometa["md_identification_abstract"]
    assert abstract.id == "geometa-glossary#md_identification_abstract"
    assert abstract.title == "MD_Identification_abstract"
    assert abstract.aliases == ("MD Identification abstract",)
    assert abstract.body.startswith("A brief narrative summary of the resource's content.")
    assert abstract.line == 702
    east = geometa["ex_geographicboundingbox_eastboundlongitude"]
    assert east.aliases == ("EX Geographic bounding box east bound longitude",)
    assert "-180.0 <= x <= 180.0" in east.body  # &lt;= as the XML reader decodes it
    assert geometa["fgdc_contact_tddtty"].title == "FGDC_Contact_tddtty"
    assert geometa["md_band_maxvalue"].aliases == ("MD Band max value",)
    # a definition that lost its closing full stop is still one ("From: ISO 19115")
    assert geometa["md_keywords_keyword"].body.endswith("From: ISO 19115")


@pytest.mark.parametrize(
    "name",
    [
        "esri-metadata-issues.resx",  # "attribute label is required"
        "esri-metadata-labels.resx",  # "Cancel", "New Contact", a few error messages
        "loan-calculator-en.strings",  # labels and "please try again!" messages
        "publishing-glossary-labels.properties",  # "Sign in", named glossary.properties
    ],
)
def test_an_applications_labels_and_messages_give_no_entries(tmp_path: Path, name: str) -> None:
    shutil.copy(FORMATS / name, tmp_path)
    with pytest.raises(CorpusError, match="an application's resource strings, no glossary"):
        load_corpus(tmp_path)


def test_properties_help_texts_read_with_java_separators_and_markup() -> None:
    tooltips = _by_anchor("prism-tooltips.properties")
    assert len(tooltips) == 151
    country = tooltips["personaldetailsresidencecountry"]
    assert country.title == "personalDetails.residence.country"
    assert country.aliases == ("personal details residence country",)
    assert country.body.startswith("The country in which you are permanently resident.")
    assert tooltips["myappstoggleall"].body == "Toggle all applications for download."
    assert tooltips["assignreviewerfirstname"].body == "The new reviewer's first name."
    referees = tooltips["referencesdetailssectioninfo"].body
    assert "<b>" not in referees and "You must supply details of three referees." in referees


def test_properties_continuations_and_html_breaks_are_read_as_swing_shows_them() -> None:
    help_texts = _by_anchor("oriedita-help.properties")
    grid = help_texts["drawdiagonalgridlinesaction"]
    assert grid.body == (
        "Display diagonal lines on each grid cell.\n\n"
        "Create equilateral triangle grid by using diagonal grid lines with 60° grid angle."
    )
    assert grid.line == 1
    assert help_texts["drawtwocoloredcpaction"].body == (
        "Create two-color crease pattern with selected crease lines."
    )


def test_properties_escapes_comments_and_separators() -> None:
    text = (
        "# comment\n"
        "! another = comment\n"
        "MD_Band_maxValue = The longest wavelength that the sensor is capable of \\\n"
        "    collecting within a designated band.\n"
        "MD_Band_minValue:The shortest wavelength that the sensor is capable of collecting.\n"
        "CI_Citation\\:ISBN=An international standard book number \\u00e9 associated.\n"
        "cloudCover=The area obscured by clouds, as a percentage: 50% of the image.\n"
        "empty\n"
    )
    parsed = parse_properties(text, "x", SPEC)
    assert [(s.title, s.line) for s in parsed.sections] == [
        ("MD_Band_maxValue", 3),
        ("MD_Band_minValue", 5),
        ("CI_Citation:ISBN", 6),
        ("cloudCover", 7),  # "50% of" is no placeholder
    ]
    assert parsed.sections[0].body == (
        "The longest wavelength that the sensor is capable of collecting within a designated band."
    )
    assert "number \u00e9 associated" in parsed.sections[2].body


def test_strings_file_of_definitions_with_comments_and_escapes() -> None:
    # the blind file's first help texts written as an Apple .strings file
    text = (
        "/* Address elements */\n"
        '"CI_Address_city" = "The city of the location. Data type: CharacterString.";\n'
        "// the state\n"
        '"CI_Address_administrativeArea" = "The state or province of the location.\\n'
        'From: ISO 19115:2003.";\n'
        'CI_Address_country = "The country of the location. Data type: \\"ISO 3166\\".";\n'
    )
    parsed = parse_strings(text, "x", SPEC)
    assert [(s.title, s.line) for s in parsed.sections] == [
        ("CI_Address_city", 2),
        ("CI_Address_administrativeArea", 4),
        ("CI_Address_country", 5),
    ]
    assert parsed.sections[1].body == (
        "The state or province of the location.\n\nFrom: ISO 19115:2003."
    )
    assert parsed.sections[2].body.endswith('Data type: "ISO 3166".')
    assert parsed.sections[0].aliases == ["CI Address city"]


def test_resx_values_that_are_not_text_are_no_entries() -> None:
    data = "".join(
        f'<data name="Term{n}" xml:space="preserve"><value>The term number {n} of this'
        f" glossary, defined here.</value><comment>note {n}</comment></data>"
        for n in range(3)
    )
    text = (
        "<root><!-- <data name='Name1'><value>this is my long string.</value></data> -->"
        f"{data}"
        '<data name="Bitmap1" mimetype="application/x-microsoft.net.object.binary.base64">'
        "<value>The base64 text of an image here.</value></data>"
        '<data name="Icon1" type="System.Resources.ResXFileRef, System.Windows.Forms">'
        "<value>Resources/Icon1.ico;System.Drawing.Icon, System.Drawing that is.</value></data>"
        '<data name="&gt;&gt;label1.Name"><value>The label that names the form.</value></data>'
        "</root>"
    )
    parsed = parse_resx(text, "x", SPEC)
    assert [s.title for s in parsed.sections] == ["Term0", "Term1", "Term2"]
    assert parsed.sections[0].body == "The term number 0 of this glossary, defined here."
