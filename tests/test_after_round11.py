"""Fixes after round 11's blind measurement, on the real glossaries that showed them."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import ROOT

from rag_glossary.parsing import load_corpus, parse_text

CORPORA = ROOT / "eval" / "corpora"


def _bodies(tmp_path: Path, name: str) -> dict[str, str]:
    for f in (CORPORA / name).iterdir():
        if f.name not in ("README.md", "questions.jsonl"):
            shutil.copy(f, tmp_path / f.name)
    return {e.id: e.body for e in load_corpus(tmp_path).entries}


def test_attribute_block_lines_are_not_text(tmp_path: Path) -> None:
    # Digital Earth Australia's glossary: "{#alos}" on the line above each "## Term"
    bodies = _bodies(tmp_path, "eo-glossary")
    assert bodies["dea-glossary#acquisition"] == "An image captured by a satellite sensor."
    assert not any("{#" in body for body in bodies.values())


def test_thematic_breaks_between_cards_are_not_text(tmp_path: Path) -> None:
    bodies = _bodies(tmp_path, "abtest-glossary")
    body = bodies["flashcards_section_13#612-p-value"]
    assert body.endswith("Probability of evidence.")
    assert not any(line.strip() == "---" for b in bodies.values() for line in b.split("\n"))


def test_a_setext_heading_and_a_list_keep_their_text() -> None:
    text = "# A\n\nOne.\n\n* * *\n\n# B\n\n- two\n- three\n\n___\n"
    assert [e.body for e in parse_text(text, "t.md")] == ["One.", "- two\n- three"]


def test_a_learn_more_pointer_is_not_an_answer_sentence(tmp_path: Path) -> None:
    from rag_glossary.answer import extractive_answer
    from rag_glossary.models import Hit

    for f in (CORPORA / "eo-glossary").glob("*.md"):
        if f.name != "README.md":
            shutil.copy(f, tmp_path / f.name)
    entries = {e.id: e for e in load_corpus(tmp_path).entries}
    geomedian = entries["dea-glossary#geomedian"]
    assert "Learn more: DEA Geometric Median" in geomedian.body  # the pointer is in the entry
    hit = Hit(geomedian.id, geomedian.title, geomedian.source, geomedian.url, "", 1.0, geomedian,
              {"term": 1.0})  # fmt: skip
    text, cited = extractive_answer([hit], "what is the geomedian")
    assert "Geometric median is a robust high-dimensional statistic" in text
    assert "Learn more" not in text and cited == (geomedian.id,)
