"""Round 40 lane L: a pasted title broken over two lines beside its text (pasted.py), and
"also called" phrases of the glossary's language (data/name_phrases.json, body_names.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import fixture_entries

from rag_glossary.models import Entry
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
