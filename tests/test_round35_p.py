"""Round 35 lane P (parser): two glossary files of round 35's blind sets that the parser read
badly, saved byte for byte under tests/fixtures/formats/ (SOURCES.md says where from).

- a 1990s plain-text ``Term: definition`` textfile (CRLF, Ctrl-Z, an ASCII-art banner,
  80-column wrapping, ``ACRONYM: Expansion - definition``, a signature footer);
- a Markdown page of ``###`` terms with diagrams after definitions, sub-term bullets under
  a heading's own definition, credits sections of bold names, an alphabetical index of
  bare bold names and a ``**Source:**`` footer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import by_title, fixture_entries

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.body_names import opening_names
from rag_glossary.parsing.markdown import page_note

# --- telco-glossary.TXT: a BBS textfile ----------------------------------------------------


@pytest.fixture
def telco(tmp_path: Path) -> dict[str, Entry]:
    return by_title(fixture_entries(tmp_path, "telco-glossary.TXT"))


def test_telco_reads_every_term_and_nothing_else(telco: dict[str, Entry]) -> None:
    assert len(telco) == 59  # 54 paragraphs and the five crossbar varieties
    assert "telco-glossary" not in telco  # the title line and the banner of dots
    assert "circuit" not in telco


def test_wrapped_line_that_looks_like_a_term_continues_its_paragraph(
    telco: dict[str, Entry],
) -> None:
    body = telco["BORSCHT Circuit"].body
    assert body.endswith(
        "Battery, Overvoltage, Ringing, Supervision, Coding, Hybrid, and\nTesting."
    )


def test_deeper_indented_sub_items_stay_terms(telco: dict[str, Entry]) -> None:
    assert telco["No.5 Crossbar"].body.endswith("suburban applications; (1948)")
    assert telco["Crossbar Tandem"].body == "A machine used for interlocal office switching."


def test_signature_footer_is_no_part_of_the_last_term(telco: dict[str, Entry]) -> None:
    assert all("Exodus" not in e.body for e in telco.values())


def test_acronym_expansions_and_opening_names_are_aliases(telco: dict[str, Entry]) -> None:
    assert "Automatic Call Distributor" in telco["ACD"].aliases
    assert "Traffic Service Position System" in telco["TSPS"].aliases
    assert "Numbering Plan Area" in telco["NPA"].aliases  # "NPA: Numbering Plan Area."
    assert "Strowger switch" in telco["SxS"].aliases
    assert "Crossbar" in telco["X-bar"].aliases
    assert telco["Fast Busy"].aliases == ("reorder",)
    assert telco["Alert"].aliases == ()  # "To indicate ..., (ringing).": a note, no name


def test_opening_names_need_the_dash() -> None:
    assert opening_names("SxS", "(Step-by-Step or Strowger switch) - An electromechanical") == [
        "Step-by-Step switch",
        "Strowger switch",
    ]
    assert opening_names("Busy Signal", "(Called-line-busy) An audible signal") == []


def test_a_two_line_preamble_of_ascii_art_is_the_page_note() -> None:
    banner = "The Bell Glossary   courtesy of Exodus\n```\n........\n.  by  ..\n/\\<\\ /\\<\\\n```"
    assert page_note("telco-glossary", banner, 50)
    assert not page_note("telco-glossary", "One.\nTwo lines of text.\nThree lines.", 50)


def test_a_term_line_after_a_blank_line_inside_a_one_line_per_term_file_stays() -> None:
    text = "Alpha: the first letter.\nBeta: the second letter.\nGamma: the third letter.\n"
    assert [e.title for e in parse_text(text, "greek")] == ["Alpha", "Beta", "Gamma"]


# --- flycast-glossary.md: ### terms, diagrams, kinds, credits, an A-Z index ----------------


@pytest.fixture
def flycast(tmp_path: Path) -> list[Entry]:
    return fixture_entries(tmp_path, "flycast-glossary.md")


def test_definitions_followed_by_a_diagram_are_read(flycast: list[Entry]) -> None:
    found = by_title(flycast)
    for title in ("Straight Fly Leg", "Tailing Loop", "Casting Arc", "Drift", "Drag"):
        assert found[title].body and "![" not in found[title].body
    assert found["Tailing Loop"].id == "flycast-glossary#tailing-loop"
    assert found["Tailing Loop"].body.startswith("A Loop with a Concave Fly Leg")


def test_a_heading_defining_a_few_listed_kinds_is_an_entry(flycast: list[Entry]) -> None:
    found = by_title(flycast)
    assert found["Mends"].body.startswith("Manipulating fly line layout")
    assert "- Aerial Mends - Mending before" in found["Mends"].body
    assert found["Aerial Mends"].body == "Mending before fly line/leader lands on water."
    assert "Snap T" in found and "Snap C / Circle C / Circle Spey" in found
    assert found["Snap Cast"].body.startswith("An Upstream Sustained Anchor Cast")
    assert "Hauling" not in found  # no definition of its own: the heading of two terms


def test_a_section_that_is_itself_a_definition_is_an_entry(flycast: list[Entry]) -> None:
    found = by_title(flycast)
    assert found["Fly Casting"].body.startswith("Using a flexible lever")
    assert not {"Introduction", "Loops", "Rod Movements During Pause"} & found.keys()


def test_credits_index_and_page_records_are_no_entries(flycast: list[Entry]) -> None:
    titles = {e.title for e in flycast}
    for junk in ("Bryan Martin", "Mark Surtees", "Belgian Cast", "Gebetsroither Cast"):
        assert junk not in titles
    assert not titles & {"Updated", "Source", "Left Bank", "Elliptical Cast"}
    assert not [e.id for e in flycast if e.id.endswith("-1")]  # no index duplicates
    assert len(flycast) == 104  # 100 of the 103 terms, Newton's laws as three


def test_letter_index_of_bare_bold_names_gives_no_terms() -> None:
    terms = "## Terms\n\n**Gaff**: a hook on a pole.\n\n**Hook**: a bent wire.\n\n"
    index = "## Index\n\n### G\n**Gaff**\n\n### H\n**Hook**\n**Hook Set**\n"
    assert [e.title for e in parse_text(terms + index, "t", "md-terms")] == ["Gaff", "Hook"]


# --- earlyclues-glossary.txt: "Term - definition" lines, bare terms -------------------------


def test_dash_term_lines_are_terms_when_most_paragraphs_open_so(tmp_path: Path) -> None:
    found = by_title(fixture_entries(tmp_path, "earlyclues-glossary.txt"))
    assert found["Agency"].body == "Ability to take action of an entity or actor"
    assert found["Wex"].body == "recursive connections between elements in the Associatrix"
    assert found["Field State"].body == ""  # listed with no definition: its own entry
    assert "Field State" not in found["Existosphere"].body
    assert len(found) == 24


def test_a_dash_in_prose_paragraphs_names_no_term() -> None:
    text = "We met at noon - it rained.\n\nThe plan failed.\n\nSo we left home.\n"
    assert len(parse_text(text, "notes")) == 1
