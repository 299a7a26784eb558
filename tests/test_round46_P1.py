"""Round 46 lane P1: Markdown term tables whose header is in any language. The table's cells
decide: a first column of distinct short names beside a column of sentences is a term table
(sniff_formats._term_cells makes such a page ``md-terms``), and a column of distinct short
names beside the term gives aliases (md_tables._name_columns).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 46, lane P1").
"""

from __future__ import annotations

import pytest
from format_fixtures import FORMATS

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.sniff import sniff_dialect


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def swedish() -> dict[str, Entry]:
    return _by_anchor("csharp-glossary.md")


@pytest.mark.parametrize(
    "name",
    [
        "csharp-glossary.md",
        "bem-dictionary-ru.md",
        "wiki-glosario-es.md",
        "netzwerktechnik-begriffe-de.md",
    ],
)
def test_a_page_holding_a_term_table_under_any_header_is_read_as_one(name: str) -> None:
    text = (FORMATS / name).read_text(encoding="utf-8")
    assert sniff_dialect(text, name) == "md-terms"


def test_every_row_is_an_entry_keyed_by_its_first_cell(swedish: dict[str, Entry]) -> None:
    assert len(swedish) == 66
    assert "ordlista" not in swedish  # the page's title heading is no entry
    for anchor in ("öppen-källkod", "rekursivt-anrop", "il-kod", "måsvingar", "cpu", "jit"):
        assert anchor in swedish
    assert swedish["arv"].title == "Arv"


def test_second_name_column_gives_aliases(swedish: dict[str, Entry]) -> None:
    assert swedish["arv"].aliases == ("Inheritence",)
    assert swedish["rekursivt-anrop"].aliases == ("Recursive call",)
    assert swedish["cpu"].aliases == ()  # the same name twice is no alias
    assert "Engelska" not in swedish["arv"].body


def test_ragged_rows_read_as_github_shows_them(swedish: dict[str, Entry]) -> None:
    # no closing pipe
    assert "exekverbar (körbar)" in swedish["exekvera"].body
    # an extra empty cell after the last one
    assert "T.ex metoder, egenskaper, och fält." in swedish["medlem"].body
    # a tab where a pipe belongs: description and comment in one cell
    assert "Används för att definera start och slut på kodblock" in swedish["måsvingar"].body
    # trailing tabs after the last pipe
    assert swedish["apostrof"].body.rstrip().endswith("datatypen Char")
    # facts only in the comment column stay in the entry
    assert "Syntaxfel är ingen bugg" in swedish["bugg"].body


def test_columns_that_are_no_names_give_no_aliases() -> None:
    russian = _by_anchor("bem-dictionary-ru.md")
    block = russian["блок"]
    assert block.aliases == ()  # "Пример упоминания" repeats link titles across rows
    assert block.body.startswith("Часть дизайна страницы")
    spanish = _by_anchor("wiki-glosario-es.md")
    assert spanish["libros"].aliases == ()  # an emoji column
    # a table of references (ID, author, year, URL) gives no entries
    assert not any(e.title.startswith("R00") for e in spanish.values())
    assert spanish["mapa-conceptual"].body.startswith("Representación visual")
