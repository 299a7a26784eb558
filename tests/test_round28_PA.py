"""Round 28 post-fix PA: what the HTML reader took wrongly from the first blind batch's
pages (cooking, weather; real entries of the eval corpora).

- a ``<dd>`` whose ``</dd>`` is lost (``</p`` + newline + ``</dd>``) ends at the next
  ``<dt>``, as a browser ends it: Denature's text is its own paragraph;
- an alphabet letter on its own line in a ``<dt>`` is no part of the term's title;
- a one-line "See X." entry's title is an alias of the entry X names;
- an HTML table inside an entry is pipe rows, and each body row is one unit to quote.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus
from bs4 import BeautifulSoup
from shared_index import shared_assistant

from rag_glossary.answer.segment import units
from rag_glossary.parsing.html_tree import close_open_items, without_letter_line

C = "cooking-glossary#"
W = "weather-glossary#"


def test_a_lost_dd_end_tag_ends_at_the_next_term() -> None:
    entries, _ = outside_corpus("cooking-glossary")
    denature = entries[f"{C}denature"].body
    assert denature.startswith("Denaturing is the changing of a protein's molecular shape")
    assert denature.endswith("are all examples of proteins being denatured.")
    assert "Dry heat" not in denature
    assert entries[f"{C}dry-heat"].body.startswith("Cooking methods generally fall")


def test_close_open_items_moves_later_terms_out() -> None:
    soup = BeautifulSoup(
        "<dl><dt>a</dt><dd><p>one</p\n </dd><dt>b</dt><dd>two</dd></dl>", "html.parser"
    )
    close_open_items(soup)
    assert [dd.get_text(" ", strip=True) for dd in soup.find_all("dd")] == ["one", "two"]
    nested = BeautifulSoup(
        "<dl><dt>a</dt><dd><ul><li><dl><dt>x</dt></dl></li></ul></dd></dl>", "html.parser"
    )
    close_open_items(nested)
    assert nested.find("dd").find("dt") is not None  # a list of its own stays inside


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("A\nà la minute", "à la minute"),
        ("[G]\ngastrique", "gastrique"),
        ("A\n", "A\n"),
        ("AB\nthing", "AB\nthing"),
        ("3\nthing", "3\nthing"),
    ],
)
def test_a_letter_line_before_the_term(text: str, title: str) -> None:
    assert without_letter_line(text) == title


def test_letter_headings_leave_titles_and_ids() -> None:
    entries, _ = outside_corpus("cooking-glossary")
    assert entries[f"{C}à-la-minute"].title == "à la minute"
    assert entries[f"{C}gastrique"].title == "gastrique"
    assert f"{C}a-à-la-minute" not in entries


def test_a_see_entry_names_its_target() -> None:
    entries, _ = outside_corpus("cooking-glossary")
    assert "wet heat" in entries[f"{C}moist-heat"].aliases
    assert entries[f"{C}wet-heat"].see_also == ("moist heat",)  # the stub stays, pointing on
    # a side of an "X or Y" title is its name already: no alias repeats it
    assert "umami" not in entries[f"{C}savory-or-umami"].aliases
    assert entries[f"{C}umami"].see_also == ("savory or umami",)
    typefaces, _ = outside_corpus("type-glossary")
    assert "Hanging figures" in typefaces["type-glossary#oldstyle-figures"].aliases


def test_an_html_table_is_pipe_rows_and_a_row_is_one_unit() -> None:
    entries, _ = outside_corpus("weather-glossary")
    body = entries[f"{W}beaufort-wind-scale"].body
    assert "| 7 | Near Gale | 49.9 – 61.2 kph |" in body
    assert "| 1 | Light Air |" in body  # the row whose <tr> was lost is a row of its own
    # round 30: a row reads as one statement, named by its name cell (table_rows.py)
    rows = [u.text for u in units(body) if u.text.startswith("Near Gale (Beaufort No. 7)")]
    assert len(rows) == 1 and rows[0].endswith(
        "Whole trees in motion. Effort needed to walk against the wind."
    )


def test_a_pipe_matrix_is_no_table() -> None:
    assert units("A matrix:\n| 1 0 |\n| 0 1 |") == units("A matrix:")


def test_cooking_and_weather_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    cooking = shared_assistant("cooking-glossary", tmp_path_factory)
    espagnole = cooking.ask("what is sauce espagnole made of")
    assert espagnole.citations == (f"{C}brown-sauce-or-espagnole",)
    assert "thickened with a brown roux" in espagnole.text
    umami = cooking.ask("umami meaning")
    assert umami.citations == (f"{C}savory-or-umami",)
    weather = shared_assistant("weather-glossary", tmp_path_factory)
    trees = weather.ask("at what beaufort number do whole trees start moving")
    assert trees.citations == (f"{W}beaufort-wind-scale",)
    assert "Near Gale (Beaufort No. 7)" in trees.text
