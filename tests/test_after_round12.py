"""Fixes after round 12's blind measurement, on the real glossary that showed them."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import ROOT

from rag_glossary.parsing import load_corpus, parse_text, sniff_dialect

VECSEARCH = ROOT / "eval" / "corpora" / "vecsearch-glossary"


def _entries(tmp_path: Path) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    shutil.copy(VECSEARCH / "concepts.md", tmp_path / "concepts.md")
    return {e.id: (e.title, e.body, e.aliases) for e in load_corpus(tmp_path).entries}


def test_terms_defined_in_their_own_sentence_are_entries(tmp_path: Path) -> None:
    # OpenSearch's "Vector search concepts": "- A [**_space_**](url) defines how ..."
    # bullets under six "##" sections; the sections group terms, they are not terms
    assert sniff_dialect((VECSEARCH / "concepts.md").read_text(encoding="utf-8")) == "md-terms"
    entries = _entries(tmp_path)
    assert len(entries) == 30
    title, body, _ = entries["concepts#space"]
    assert title == "space"
    assert body.startswith("A space defines how similarity or distance between two vectors")
    assert "{{site.url}}" not in body and "**" not in body
    # a bracket closing the bold term names it twice (round 49 lane PB): both names
    assert entries["concepts#product-quantization-pq"][2] == ("Product quantization", "PQ")
    assert "concepts#vector-representations" not in entries  # a section heading, no term


def test_a_list_with_one_item_that_is_not_a_term_stays_text() -> None:
    # every item must open its sentence with a bold term: a list of notes that
    # bolds a word in some items is the text of the heading above it
    text = (
        "## Tuning\n\nSome advice.\n\n"
        "- **Batch size** matters for speed.\n"
        "- Use a **small** learning rate at first.\n"
        "- Check the validation loss.\n"
    )
    entries = parse_text(text, "notes.md")
    assert [e.title for e in entries] == ["Tuning"]
    assert "Batch size matters for speed." in entries[0].body


def test_a_linked_bold_term_after_an_article_opens_an_item() -> None:
    text = (
        "# Terms\n\n"
        "- An [**_engine_**](https://example.org/e) is the library that runs a method.\n"
        "- A **method** is an algorithm that organises vectors.\n"
        "- **Space**, also called a metric, says how distance is measured.\n"
    )
    entries = parse_text(text, "terms.md")
    assert [e.title for e in entries] == ["engine", "method", "Space"]
    assert entries[0].body == "An engine is the library that runs a method."
