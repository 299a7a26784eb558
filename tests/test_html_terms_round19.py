"""Round 19: HTML glossaries whose terms open paragraphs in bold (Word/LibreOffice/Confluence
exports: ``<P><STRONG>Term<BR></STRONG>definition</P>``), read one entry per term paragraph;
prose with bold emphasis and pages with heading or ``<dl>`` terms read as before."""

from __future__ import annotations

import pytest
from helpers import ROOT

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.md_leads import bold_lead

FIXTURE = ROOT / "tests" / "data" / "word-export-glossary.htm"


@pytest.fixture(scope="module")
def by_title() -> dict[str, Entry]:
    return {e.title: e for e in parse_file(FIXTURE)}


def test_each_bold_term_paragraph_is_one_entry(by_title: dict[str, Entry]) -> None:
    # The page's one heading ("Glossary of Storage Terms") used to hold every definition.
    assert list(by_title) == [
        "Bloom filter",
        "Checkpoint",
        "WAL",
        "Compaction",
        "Page split",
        "Tombstone",
        "Index",
        "Memtable",
        "LSM TREE",
        "Write-ahead log",
    ]


def test_bold_run_then_line_break_opens_the_definition(by_title: dict[str, Entry]) -> None:
    # <STRONG>Bloom filter<BR></STRONG> and <STRONG>Checkpoint</STRONG><BR>
    assert by_title["Bloom filter"].body == (
        "A probabilistic structure that answers whether a key may be in a set, "
        "with no false negatives."
    )
    assert by_title["Checkpoint"].body.startswith("The moment at which every dirty page")
    assert by_title["WAL"].body == "See Write-ahead log ."  # bold inside a definition: text
    # Word's <B><P>Term<BR></B>definition</P>: the definition falls outside the paragraph.
    assert by_title["Compaction"].body.startswith("The merging of sorted runs")


def test_run_in_colon_and_dash_forms(by_title: dict[str, Entry]) -> None:
    assert by_title["Tombstone"].body.startswith("a marker written in place")  # <b>T</b> def
    assert by_title["Index"].body.startswith("a structure that maps")  # "Index:" is a term here
    assert by_title["Memtable"].body.startswith("the in-memory buffer")  # "<b>M</b> - def"
    wal = by_title["Write-ahead log"]  # <font> wrapper, &nbsp; in the term, "&#8212;" dash
    assert wal.body.startswith("an append-only file")
    assert wal.id == "word-export-glossary#write-ahead-log"


def test_term_paragraph_alone_takes_the_paragraphs_below(by_title: dict[str, Entry]) -> None:
    # class=MsoNormal paragraphs, <span> wrappers, an all-caps term in its own paragraph.
    body = by_title["LSM TREE"].body
    assert body.startswith("A log-structured merge tree: writes go to a memtable")
    assert body.endswith("then the runs from newest to oldest.")
    assert "Write-ahead" not in body


def test_unbolded_term_line_on_a_term_line_page_is_a_term(by_title: dict[str, Entry]) -> None:
    # "<P>Page split<BR>Dividing ..." (the author forgot the bold): not Compaction's text.
    assert by_title["Page split"].body.startswith("Dividing a full page")
    assert "Page split" not in by_title["Compaction"].body


PROSE = """<html><body>
<p>The engine keeps <b>two</b> copies of every page.</p>
<p><b>Note:</b> checkpoints run every five minutes by default.</p>
<p>Compaction merges runs in the background and drops deleted keys.</p>
<p><b>Important</b> - never delete the log while the server runs.</p>
<p>Reads consult the memtable first, then the runs from newest to oldest.</p>
<p>A bloom filter per run skips runs that cannot hold the key.</p>
<p><strong>Tip:</strong> size the cache to the working set.</p>
<p>Writes are acknowledged once the log is flushed.</p>
</body></html>"""


def test_prose_with_some_bold_openers_is_not_split() -> None:
    assert parse_text(PROSE, "notes", "html") == []  # 3 of 8 paragraphs: not mostly terms


def test_bold_table_of_names_without_text_is_not_split() -> None:
    cells = "".join(f"<tr><td><p><b>d_{n}</b></p></td></tr>" for n in range(8))
    page = f"<html><body><p>Functions:</p><table>{cells}</table></body></html>"
    assert parse_text(page, "names", "html") == []


def test_section_numbers_in_bold_are_not_terms() -> None:
    page = (
        "<html><body><ol>"
        + "".join(f"<li><strong>1.{n}</strong> Chapter {n}</li>" for n in range(6))
        + "</ol></body></html>"
    )
    assert parse_text(page, "toc", "html") == []


def test_pages_with_heading_terms_read_as_before() -> None:
    page = (
        "<html><body>"
        + "".join(
            f"<h3>Term {n}</h3><p><b>Definition:</b> meaning {n}.</p><p><b>Example {n}</b> - x</p>"
            for n in range(4)
        )
        + "</body></html>"
    )
    titles = [e.title for e in parse_text(page, "terms", "html")]
    assert titles == ["Term 0", "Term 1", "Term 2", "Term 3"]


def test_real_html_glossaries_are_unchanged() -> None:
    real = {
        ROOT / "eval" / "corpora" / "bayes-glossary" / "bayes-glossary.html": 71,
        ROOT / "eval" / "formats" / "ai-engineer-glossary.html": 67,
        ROOT / "eval" / "formats" / "round10" / "html-css-glossary.html": 65,
    }
    for path, count in real.items():
        assert len(parse_file(path)) == count, path.name


def test_markdown_bold_lead_still_needs_a_separator() -> None:
    # The run-in reading is the HTML pages' (where paragraphs mostly open bold), not Markdown's.
    assert bold_lead("**Important** never delete the log.") is None
    assert bold_lead("**Tombstone** a marker.", run_in=True) == ("Tombstone", " a marker.", ())
