"""Round 24 post-fix H: a raw HTML definition list inside a Markdown page.

music-glossary is a Jekyll page whose glossary is one raw HTML ``<dl>``: it is read the way
the ``html`` dialect reads ``<dl>`` pairs (one entry per ``<dt>``, entities decoded, an
essay ``<dd>`` of several paragraphs its term's entry), not as blocks split at blank lines
that glued one term's definition to the next term's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.parsing import load_corpus, parse_text

M = "music-glossary#"
MUSIC = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "music-glossary"


def test_each_dt_of_a_raw_html_list_is_an_entry() -> None:
    entries = {e.id: e for e in load_corpus(MUSIC).entries}
    assert len(entries) == 316  # the sentence before the list and 315 <dt>s ("A", "At, to, by")
    assert entries[M + "étude"].title == "Étude" and entries[M + "étude"].line == 10
    assert entries[M + "fortissimo-ff"].body == "Very loud"
    assert entries[M + "da-capodc"].body == "From the beginning"
    baroque = entries[M + "baroque"].body
    assert baroque.startswith("The Baroque Period, 1600—1750\n") and "Handel" in baroque
    assert not any("&#" in e.title or "&#" in e.body for e in entries.values())


def test_markdown_around_the_list_is_still_read() -> None:
    text = (
        "# Notes\n\nSome words.\n\n<dl>\n  <dt>Alpha</dt><dd>First &amp; one</dd>\n"
        "  <dt>Beta</dt>\n  <dd>Second</dd>\n  <dt>Gamma / Gamma ray</dt><dd>Third</dd>\n</dl>\n\n"
        "## Delta\n\nFourth.\n"
    )
    found = [(e.title, e.body, e.line) for e in parse_text(text, "x", file="x.md")]
    assert ("Alpha", "First & one", 6) in found and ("Beta", "Second", 7) in found
    assert ("Delta", "Fourth.", 12) in found
    gamma = next(e for e in parse_text(text, "x", file="x.md") if e.title.startswith("Gamma"))
    assert "Gamma ray" in gamma.aliases


def test_a_list_in_code_or_with_few_terms_stays_markdown() -> None:
    fenced = "# Doc\n\n```html\n<dl>\n<dt>A1</dt><dd>x</dd>\n<dt>B1</dt><dd>y</dd>\n"
    fenced += "<dt>C1</dt><dd>z</dd>\n</dl>\n```\n"
    assert [e.title for e in parse_text(fenced, "x", file="x.md")] == ["Doc"]
    short = "# Doc\n\n<dl>\n<dt>A1</dt><dd>x</dd>\n</dl>\n"
    assert [e.title for e in parse_text(short, "x", file="x.md")] == ["Doc"]


@pytest.mark.slow
def test_music_answers_cite_the_term_alone(tmp_path_factory: pytest.TempPathFactory) -> None:
    music = shared_assistant(MUSIC, tmp_path_factory)
    cadenza = music.ask("whats a cadenza")
    assert cadenza.covered and cadenza.citations == (M + "cadenza",)
    assert "soloist" in cadenza.text and "Calando" not in cadenza.text
    dc = music.ask("dc written at the end of the last line, what does dc stand for")
    assert dc.citations == (M + "da-capodc",) and "From the beginning" in dc.text
