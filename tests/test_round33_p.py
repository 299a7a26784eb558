"""Round 33 lane P (parser): titles, aliases and cell text the round 32 readers saw wrong.

Each rule is read off a real entry of eval/corpora and checked on the real corpus, with
titles or rows of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer, outside_corpus, ranked_hits

from rag_glossary.answer.stubs import _expansion
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.title_names import joined_names, without_stray_question

# --- "Name, ACR": the acronym after a comma ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Low-pass filter, LPF", ["Low-pass filter", "LPF"]),  # radio: strict initials
        ("Antenna tuner, ATU", ["Antenna tuner", "ATU"]),  # radio: TUner gives two letters
        ("LP, Long-path", ["LP", "Long-path"]),  # radio: the acronym first
        ("Sporadic E, ES", []),  # radio: ES is not spelled by "Sporadic E" in order
        ("E, Ed", []),  # music: a one-letter word is no acronym
        ("Belgian Lace, Lacing", []),  # beer: no acronym
        ("Fork, Hard", []),  # bitcoin: an inverted title
    ],
)
def test_an_acronym_after_a_comma_is_an_alias(title: str, names: list[str]) -> None:
    assert joined_names(title) == names


def test_the_radio_rows_answer_to_their_acronyms() -> None:
    entries, _ = outside_corpus("radio-glossary")
    assert entries["radio-glossary#low-pass-filter-lpf"].aliases == ("Low-pass filter", "LPF")
    assert "ATU" in entries["radio-glossary#antenna-tuner-atu"].aliases


# --- an acronym row whose text only spells it out loosely --------------------------------


def test_dwh_spelled_out_loosely_is_its_definition_not_a_stub() -> None:
    # "**DWH**: Data Warehouse": WareHouse gives W and H; the row is the expansion, no stub
    text, cited = outside_answer("dwh-glossary", "what does DWH stand for", "dwh-glossary#dwh")
    assert cited == ("dwh-glossary#dwh",)
    assert "Data Warehouse" in text and "no definition" not in text


@pytest.mark.parametrize(
    ("acronym", "said", "expansion"),
    [
        ("OLAP", "Online Analytical Processing", True),  # dwh: OnLine
        ("UUID", "Universally Unique Identifier", True),  # dwh: IDentifier
        ("GB", "Gigabyte", False),  # dwh: one word
        ("XCom", "Cross-Communication (Airflow)", False),  # dwh: not all capitals
    ],
)
def test_a_stub_row_spelling_its_acronym_loosely(acronym: str, said: str, expansion: bool) -> None:
    entries, _ = outside_corpus("dwh-glossary")
    entry = entries[f"dwh-glossary#{acronym.lower()}"]
    assert entry.body == said
    (hit,) = ranked_hits(entries, entry.id)
    assert (_expansion(hit) == said) is expansion


# --- a source link in a table cell -------------------------------------------------------


def test_a_bracketed_wikipedia_link_leaves_the_cell_text() -> None:
    entries, _ = outside_corpus("radio-glossary")
    muf = entries["radio-glossary#muf"].body
    assert "Wikipedia" not in muf and muf.endswith("at a specified time.")
    assert "Wikipedia" not in entries["radio-glossary#grey-line"].body


def test_a_bracketed_link_that_is_no_source_label_stays() -> None:
    html = (
        "<table><tr><th>Term</th><th>Definition</th></tr>"
        '<tr><td>MUF</td><td>The top frequency (<a href="https://x.org/muf">MUF chart</a>).'
        "</td></tr>"
        '<tr><td>LUF</td><td>The lowest usable frequency (<a href="https://en.wikipedia.org/'
        'wiki/LUF">Wikipedia: Lowest usable frequency</a>)</td></tr>'
        "<tr><td>QSL</td><td>A card confirming a contact.</td></tr></table>\n"
    )
    bodies = {e.title: e.body for e in parse_text(f"# Radio\n\n{html}", "r", file="r.md")}
    assert bodies["MUF"] == "The top frequency (MUF chart)."
    assert bodies["LUF"] == "The lowest usable frequency"


# --- a stray question mark before a title's bracket -------------------------------------


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Save More Tomorrow? (or SMarT)", "Save More Tomorrow (or SMarT)"),  # behecon
        ("Is it futile? (FAQ)", "Is it futile? (FAQ)"),  # a question
        ("Optional (?)", "Optional (?)"),  # gamedev: the mark in the bracket
        ("What is a DAG?", "What is a DAG?"),
    ],
)
def test_a_stray_question_mark_before_a_bracket_goes(title: str, shown: str) -> None:
    assert without_stray_question(title) == shown


def test_behecon_keeps_its_id_without_the_question_mark() -> None:
    entries, _ = outside_corpus("behecon-glossary")
    entry = entries["behecon-glossary#save-more-tomorrow-or-smart"]
    assert entry.title == "Save More Tomorrow (or SMarT)" and "SMarT" in entry.aliases


# --- a closing summary list that repeats the terms --------------------------------------


def test_a_summary_list_repeating_the_terms_gives_no_entries() -> None:
    entries, _ = outside_corpus("dwh-glossary")
    assert "dwh-glossary#star-schema-1" not in entries
    assert "dwh-glossary#grain-1" not in entries
    assert "dwh-glossary#scd-type-2" in entries  # a new name in the list stays
    assert entries["dwh-glossary#star-schema"].body.startswith("Database design")


_PAGE = """# Glossary

**Grain**: The level of detail one row of a fact table holds, set before modelling.

**Star Schema**: A fact table in the middle, joined to one table per dimension around it.

**Surrogate Key**: A key the warehouse makes up, independent of the source's own keys.

## Summary

**Key Concepts**:
- **Grain**: Level of detail
- **Star Schema**: Facts surrounded by dimensions
- **Surrogate Key**: System-generated identifier
- **SCD Type 2**: Full history with versioning
"""


def test_only_the_repeats_of_a_summary_list_go() -> None:
    titles = [e.title for e in parse_text(_PAGE, "d", file="d.md")]
    assert titles.count("Grain") == 1 and titles.count("Star Schema") == 1
    assert "SCD Type 2" in titles


def test_a_later_list_saying_more_is_no_summary() -> None:
    page = _PAGE.replace("Level of detail", "Level of detail " + "and more " * 20)
    page = page.replace("Facts surrounded", "Facts surrounded " + "and more " * 20)
    titles = [e.title for e in parse_text(page, "d", file="d.md")]
    assert titles.count("Grain") == 2 and titles.count("Star Schema") == 2
    assert titles.count("Surrogate Key") == 2  # 1 repeat of 4 is no summary: all stay
