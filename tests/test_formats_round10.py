"""Round 10 outside glossaries (eval/formats/round10): every term a reader sees in the
file is an entry under its own title, and the entries' text is clean (no heading,
link-only reference or markup read as a definition)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.models import Entry
from rag_glossary.parsing import Corpus, load_corpus, parse_text, sniff_dialect

ROUND10 = ROOT / "eval" / "formats" / "round10"
EXPECTED_DIALECT = {
    "ai-history-glossary.json": "json",
    "datacommons-glossary.md": "generic",
    "delegation-risk-glossary.md": "md-terms",
    "h2o-glossary.rst": "rst",
    "html-css-glossary.html": "html",
    "ibm-ds-glossary.md": "md-terms",
    "ml-intro-glossary.md": "md-terms",
    "psyteachr-glossary.yml": "yaml",
    "responsible-ai-differential-privacy.yml": "yaml",
    "responsible-ai-prompt-injection.yml": "yaml",
}
# What the file itself writes and a reader would not call unclean text of a definition:
# "See X" cross-reference entries and code spans the glossary shows as code.
ALLOWED_DIRTY = {"see cross-reference", "backtick"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split()).casefold()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("round10")
    for name in EXPECTED_DIALECT:
        shutil.copy(ROUND10 / name, folder / name)
    return load_corpus(folder)


def _entries(corpus: Corpus, name: str) -> list[Entry]:
    source = Path(name).stem
    return [e for e in corpus.entries if e.source == source]


def test_every_saved_file_is_listed() -> None:
    saved = sorted(p.name for p in ROUND10.iterdir() if ".terms." not in p.name)
    assert saved == sorted(EXPECTED_DIALECT)


@pytest.mark.parametrize("name", sorted(EXPECTED_DIALECT))
def test_all_reference_terms_are_entries(corpus: Corpus, name: str) -> None:
    record = next(f for f in corpus.files if f.name == name)
    assert record.dialect == EXPECTED_DIALECT[name]
    reference = [
        _norm(t)
        for t in (ROUND10 / f"{Path(name).stem}.terms.txt").read_text("utf-8").splitlines()
        if t.strip()
    ]
    titles = [_norm(e.title) for e in _entries(corpus, name)]
    missing = [t for t in reference if t not in titles]
    assert missing == []
    # Not read as entries: the setext "Term: Definition" heading over the bullets, the
    # "## Term list" heading over the ### terms, a link-only <dd> read as its own term.
    assert not {"term definition", "term list"} & set(titles)
    assert len(titles) <= len(reference) + 1  # at most the page's own title


@pytest.mark.parametrize("name", sorted(EXPECTED_DIALECT))
def test_definitions_are_clean(corpus: Corpus, name: str) -> None:
    dirty = {
        e.title: reasons
        for e in _entries(corpus, name)
        if (reasons := set(dirty_reasons(e.body)) - ALLOWED_DIRTY)
    }
    # Four entries keep what the source writes: Parameters' text is two labelled
    # sub-lists, html-css's WHATWG <dd> is broken HTML ("<dd></dd>See ...</dd>"),
    # datacommons' Triple holds a table and a code block, and Topic names variables
    # whose names hold colons and commas ("Percent of Parent: 25 Years or More, ...").
    assert set(dirty) <= {"Parameters", "WHATWG", "Triple", "Topic"}, dirty


def test_plain_bullet_terms_keep_nested_items_in_their_text(corpus: Corpus) -> None:
    by_title = {e.title: e for e in _entries(corpus, "ml-intro-glossary.md")}
    assert by_title["Feature Column"].body.startswith("A set of related features")
    assert "Constrained Optimization" in by_title["Optimization"].body
    assert "Constrained Optimization" not in by_title
    assert by_title["SVM"].body == "Support Vector Machine"


def test_link_only_dd_is_not_part_of_the_definition(corpus: Corpus) -> None:
    by_title = {e.title: e for e in _entries(corpus, "html-css-glossary.html")}
    body = by_title["character encoding"].body
    assert body == (
        "The process of assigning numbers to graphical characters allowing them to be "
        "stored, transmitted, and transformed electronically."
    )


def test_code_span_link_text_is_kept_without_the_link(corpus: Corpus) -> None:
    by_title = {e.title: e for e in _entries(corpus, "datacommons-glossary.md")}
    body = by_title["DCID"].body
    assert "`geoId/06`" in body and "https://" not in body and "](" not in body
    assert "| country_id |" in by_title["Triple"].body  # the entry's table stays


def test_plain_bullet_glossary_without_headings_sniffs_as_terms() -> None:
    text = (ROUND10 / "ml-intro-glossary.md").read_text("utf-8")
    lines = text.splitlines()
    bullets = "\n\n".join(line for line in lines if line.startswith("- ") and ":" in line)
    assert sniff_dialect(bullets, "g.md") == "md-terms"
    # Under one heading per term such bullets are the terms' notes, not terms.
    notes = "## Accuracy\n\nShare right.\n\n- Formula: (TP + TN) / N\n- Note: misleading\n"
    assert sniff_dialect(notes * 3, "g.md") != "md-terms"


@pytest.mark.parametrize("marker,separator", [("- ", " - "), ("1. ", " \u2014 "), ("* ", ": ")])
def test_plain_list_terms_with_dash_separators_and_numbers(marker: str, separator: str) -> None:
    """ml-intro's bullets as other authors write them: ``- Epoch - A complete ...``,
    ``1. Epoch — A complete ...``; a hyphen inside a term (``Train-test``) is no separator."""
    text = (ROUND10 / "ml-intro-glossary.md").read_text("utf-8")
    items = [line[2:].split(": ", 1) for line in text.splitlines() if line.startswith("- ")]
    pairs = [(i[0], i[1]) for i in items if len(i) == 2 and i[1].strip()]
    pairs.append(("Train-test split", "Splitting a dataset into training and test parts."))
    body = "\n".join(f"{marker}{term}{separator}{rest}" for term, rest in pairs)
    document = f"# Machine Learning Glossary\n\n{body}\n"
    dialect = sniff_dialect(document, "g.md")
    assert dialect == "md-terms"
    titles = [e.title for e in parse_text(document, "g", dialect)]
    assert titles == [term for term, _ in pairs]


def test_rst_terms_a_blank_line_above_their_definition(corpus: Corpus) -> None:
    """h2o's terms sit unindented under an empty ``.. glossary::``, a blank line above
    each indented definition: docutils reads paragraph + block quote, a reader a term."""
    by_title = {e.title: e for e in _entries(corpus, "h2o-glossary.rst")}
    assert by_title["node"].body.startswith("In distributed computing systems nodes")
    assert "classification tree" in by_title["node"].body
    assert by_title["key"].body.startswith("The .hex key generated")  # a plain deflist item
    assert [e.title for e in _entries(corpus, "h2o-glossary.rst")][:3] == [
        "0xdata",
        "categorical",
        "cloud",
    ]


def test_empty_group_heading_over_deeper_terms_is_no_entry() -> None:
    """llm-glossary's ``## LLM Benchmarks for Coding`` holds only ``### Human Eval``...:
    a group label with no text of its own is not an entry; its terms still are."""
    entries = load_corpus(ROOT / "eval" / "corpora" / "llm-glossary").entries
    ids = {e.id for e in entries}
    assert "benchmarking#llm-benchmarks-for-coding" not in ids
    assert "benchmarking#human-eval" in ids
    groups = {"rag", "reasoning", "coding", "chatbot-assistance"}
    assert not {f"benchmarking#llm-benchmarks-for-{g}" for g in groups} & ids


def test_one_word_slug_spelled_out_by_its_definition_is_an_acronym(corpus: Corpus) -> None:
    """psyteachr's keys are lowercase slugs; ``nhst``'s definition spells it out."""
    by_id = {e.id: e for e in _entries(corpus, "psyteachr-glossary.yml")}
    assert by_id["psyteachr-glossary#nhst"].title == "NHST"
    assert "Null Hypothesis Signficance Testing" in by_id["psyteachr-glossary#nhst"].aliases
    assert by_id["psyteachr-glossary#ci"].title == "CI"
    assert "Confidence interval" in by_id["psyteachr-glossary#ci"].aliases
    assert "Comprehensive R Archive Network" in by_id["psyteachr-glossary#cran"].aliases
    # Words stay words: "alpha" is defined as "(stats) The cutoff value ...".
    assert by_id["psyteachr-glossary#alpha"].title == "Alpha"
    assert by_id["psyteachr-glossary#absolute-path"].title == "Absolute path"
