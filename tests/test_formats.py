"""Glossaries in other formats (issue 13): real files from eval/formats, sniffing,
corpus.toml field names, and hostile variants (a warning naming the file, never a traceback)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import Corpus, load_corpus, parse_text, sniff_dialect

FORMATS = ROOT / "eval" / "formats"
GLOSSARY_FILES = sorted(
    p.name
    for p in FORMATS.iterdir()
    if p.suffix in (".md", ".csv", ".yml", ".json", ".rst", ".html") and p.name != "SOURCES.md"
)
EXPECTED_DIALECT = {
    "ai-engineer-glossary.html": "html",
    "cv-glossary.json": "json",
    "datascience-workbook-glossary.yml": "yaml",
    "image-processing-reference.md": "md-terms",
    "lakens-glossary.csv": "csv",
    "ml4bio-glossary.md": "md-terms",
    "stylish-glossary.rst": "rst",
    "temple-ml-glossary.md": "md-terms",
}
SHARE_FLOOR = 0.97


def _norm(text: str) -> str:
    # Punctuation aside: a slug key's reference term "nyquist shannon sampling theorem" is
    # the entry "Nyquist-Shannon Sampling Theorem" (and "... sift" is "... (SIFT)").
    return " ".join(re.sub(r"[^\w]+", " ", text).split()).casefold()


@pytest.fixture(scope="module")
def formats_corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("formats")
    for name in GLOSSARY_FILES:
        shutil.copy(FORMATS / name, folder / name)
    return load_corpus(folder)


def _reference(source: str) -> list[str]:
    lines = (FORMATS / f"{source}.terms.txt").read_text(encoding="utf-8").splitlines()
    return [_norm(t) for t in lines if t.strip()]


def _of_source(corpus: Corpus, source: str) -> list[Entry]:
    return [e for e in corpus.entries if e.source == source]


def test_every_saved_file_is_a_glossary_file() -> None:
    assert sorted(EXPECTED_DIALECT) == GLOSSARY_FILES


@pytest.mark.parametrize("name", GLOSSARY_FILES)
def test_reference_terms_are_entries_with_the_right_title_and_nothing_else(
    formats_corpus, name: str
) -> None:  # type: ignore[no-untyped-def]
    record = next(f for f in formats_corpus.files if f.name == name)
    assert record.dialect == EXPECTED_DIALECT[name]
    titles = [_norm(e.title) for e in _of_source(formats_corpus, record.source)]
    reference = _reference(record.source)
    unmatched = list(titles)
    found = 0
    for term in reference:
        if term in unmatched:
            unmatched.remove(term)
            found += 1
    assert found / len(reference) >= SHARE_FLOOR, [t for t in reference if t not in titles]
    assert unmatched == []  # no junk: headers, navigation, TOC, front matter


@pytest.mark.parametrize("name", GLOSSARY_FILES)
def test_each_entry_cites_the_line_where_its_term_is_written(formats_corpus, name: str) -> None:  # type: ignore[no-untyped-def]
    raw = (FORMATS / name).read_bytes().decode("utf-8", errors="replace")
    lines = raw.replace("\r\n", "\n").split("\n")
    record = next(f for f in formats_corpus.files if f.name == name)
    for entry in _of_source(formats_corpus, record.source):
        assert entry.location == f"{name}:{entry.line}"
        word = entry.title.split()[0].casefold().strip("()")
        line = lines[entry.line - 1].casefold()
        escaped = json.dumps(word)[1:-1]  # JSON may write naïve as na\u00efve
        assert word in line or escaped in line, (entry.id, line[:80])


def _entry(corpus, entry_id: str) -> Entry:  # type: ignore[no-untyped-def]
    entry = corpus.get(entry_id)
    assert entry is not None, entry_id
    return entry


def test_repeated_terms_get_numbered_anchors(formats_corpus) -> None:  # type: ignore[no-untyped-def]
    assert _entry(formats_corpus, "lakens-glossary#correlational-research").line == 34
    assert _entry(formats_corpus, "lakens-glossary#correlational-research-1").line == 45
    second = _entry(formats_corpus, "ml4bio-glossary#confusion-matrix-1")
    assert second.body.startswith("a table that summarizes")


def test_terms_without_a_definition_are_stubs(formats_corpus) -> None:  # type: ignore[no-untyped-def]
    stubs = [e for e in _of_source(formats_corpus, "lakens-glossary") if not e.body]
    assert len(stubs) == 42
    assert _entry(formats_corpus, "lakens-glossary#program-evaluation") in stubs


def test_an_explicit_id_in_the_page_wins_over_the_slug(formats_corpus) -> None:  # type: ignore[no-untyped-def]
    entry = _entry(formats_corpus, "ai-engineer-glossary#agents-md")
    assert entry.title == "AGENTS.md"
    assert formats_corpus.get("ai-engineer-glossary#agentsmd") is None


def test_slug_keyed_data_reads_as_words_and_keeps_its_key_as_anchor(formats_corpus) -> None:  # type: ignore[no-untyped-def]
    assert _entry(formats_corpus, "cv-glossary#box--sinc-dual").title == "Box sinc dual"
    assert (
        _entry(formats_corpus, "datascience-workbook-glossary#volcano-plot").title == "Volcano plot"
    )
    # Casing as the definition spells it; a trailing acronym of the words before it.
    nyquist = _entry(formats_corpus, "cv-glossary#nyquist-shannon-sampling-theorem")
    assert nyquist.title == "Nyquist-Shannon Sampling Theorem"
    sift = _entry(formats_corpus, "cv-glossary#scale-invariant-feature-transform-sift")
    assert (sift.title, sift.aliases) == ("Scale Invariant Feature Transform (SIFT)", ("SIFT",))
    assert _entry(formats_corpus, "cv-glossary#google-lenet").title == "Google LeNet"
    assert _entry(formats_corpus, "cv-glossary#second-moment-matrix-m").aliases == ()


def test_markdown_in_data_values_becomes_text(formats_corpus) -> None:  # type: ignore[no-untyped-def]
    classes = _entry(formats_corpus, "cv-glossary#classes-of-transformations").body
    assert classes.startswith("- Displacement: preserves distances")  # was "\\- **Displacement**"
    assert "**" not in classes and "\\" not in classes
    assert _entry(formats_corpus, "datascience-workbook-glossary#bashrc").title == ".bashrc"


def test_markup_becomes_text(formats_corpus) -> None:  # type: ignore[no-untyped-def]
    cnn = _entry(formats_corpus, "stylish-glossary#convolutional-neural-network")
    assert "class of Deep Neural Networks most" in cnn.body  # :term:`X <Y>` -> X
    assert "See also: https://en.wikipedia.org" in cnn.body
    bit = _entry(formats_corpus, "image-processing-reference#bit")  # [bit](url) as a term
    assert bit.body.startswith("a unit of information")
    activation = _entry(formats_corpus, "ai-engineer-glossary#activation-function")
    assert "neuron's weighted input" in activation.body  # &#39; decoded


# --- sniffing -------------------------------------------------------------------------


PIPE_CSV = "Word|Meaning\nepoch|one pass over the training data\nbatch|a slice of the data\n"
MD_TABLE_CSV = "| Term | Definition |\n|---|---|\n| epoch | one pass |\n| batch | a slice |\n"


@pytest.mark.parametrize(
    ("text", "name", "dialect"),
    [
        (PIPE_CSV, "g.csv", "csv"),
        (MD_TABLE_CSV, "g.csv", "md-terms"),
        ('[{"term": "epoch", "definition": "a pass"}]', "g.txt", "json"),
        ("<!DOCTYPE html><html><body><dl><dt>a</dt></dl></body></html>", "g.txt", "html"),
        ("Glossary\n========\n\n.. glossary::\n\n   epoch\n      A pass.\n", "g.txt", "rst"),
        ("- term: epoch\n  definition: a pass\n", "g.yml", "yaml"),
        ("**Epoch**: a pass.\n\n**Batch**: a slice.\n\n**Loss**: an error.\n", "g.md", "md-terms"),
        ("Epoch\n: a pass.\n\nBatch\n: a slice.\n\nLoss\n: an error.\n", "g.md", "md-terms"),
        ("# Epoch\n\nA pass.\n\n# Batch\n\nA slice.\n", "g.md", "generic"),
    ],
)
def test_sniffing_reads_the_content(text: str, name: str, dialect: str) -> None:
    assert sniff_dialect(text, name) == dialect


def test_a_pipe_delimited_csv_is_read() -> None:
    entries = parse_text(PIPE_CSV, "g", file="g.csv")
    assert [(e.title, e.body, e.line) for e in entries] == [
        ("epoch", "one pass over the training data", 2),
        ("batch", "a slice of the data", 3),
    ]


def test_csv_sniffs_semicolons_quoted_newlines_and_spaces_after_the_delimiter() -> None:
    text = (
        'Term; Definition; Example\n"epoch"; "one pass\nover the data"; run 10\n'
        "batch; a slice; 32\n"
    )
    entries = parse_text(text, "g", file="g.csv")
    assert [(e.title, e.line) for e in entries] == [("epoch", 2), ("batch", 4)]
    assert entries[0].body == "one pass\nover the data\nExample: run 10"


def test_a_tsv_with_an_abbreviation_column_gives_aliases_and_urls() -> None:
    text = "Name\tAbbreviation\tDescription\tURL\nsupport vector machine\tSVM\ta classifier\thttps://x.org/svm\n"
    (entry,) = parse_text(text, "g", file="g.tsv")
    assert entry.aliases == ("SVM",)
    assert entry.url == "https://x.org/svm"


def test_bold_bullets_and_colon_inside_the_bold() -> None:
    text = (
        "# Glossary\n\n- **Epoch** — one pass\n- **Batch:** a slice\n\n"
        "__Loss__ - an error\n  more text\n"
    )
    entries = parse_text(text, "g", "md-terms")
    assert [(e.title, e.body, e.line) for e in entries] == [
        ("Epoch", "one pass", 3),
        ("Batch", "a slice", 4),
        ("Loss", "an error\nmore text", 6),
    ]


def test_myst_glossary_blocks_in_both_styles() -> None:
    text = (
        "# Terms\n\n```{glossary}\n:sorted: true\n\nEpoch\n: one pass\n: a full sweep\n```\n\n"
        ":::{glossary}\nBatch\nmini-batch\n    a slice of the data\n:::\n"
    )
    entries = parse_text(text, "g")
    assert [(e.title, e.line) for e in entries] == [("Epoch", 6), ("Batch", 12)]
    assert entries[0].body == "one pass\n\na full sweep"
    assert entries[1].aliases == ("mini-batch",)


def test_rst_glossary_with_shared_definitions_and_plain_definition_lists() -> None:
    text = (
        "Glossary\n========\n\n.. glossary::\n   :sorted:\n\n   PDF\n   density\n"
        "      Probability :math:`p(x)` of :term:`CDF`.\n\n   CDF\n      Cumulative.\n\n"
        "Extra\n   A plain definition list item.\n\n.. toctree::\n   :maxdepth: 2\n\n   a\n"
    )
    entries = parse_text(text, "g", file="g.rst")
    assert [(e.title, e.aliases, e.line) for e in entries] == [
        ("PDF", ("density",), 7),
        ("CDF", (), 11),
        ("Extra", (), 14),
    ]
    assert entries[0].body == "Probability p(x) of CDF."


def test_rst_glossary_comments_between_terms_are_skipped() -> None:
    # Ray's glossary.rst has ``.. TODO:`` lines inside its glossary block; a
    # comment with nothing under it crashed the reader ("docutils could not read it").
    text = (
        "Glossary\n========\n\n.. glossary::\n\n    Action space\n        The set of actions.\n\n"
        "    .. TODO: add more\n        still the comment\n\n"
        "    Agent\n        Something that acts.\n\n"
        "    .. TODO: last\n"
    )
    entries = parse_text(text, "g", file="g.rst")
    assert [(e.title, e.aliases, e.body) for e in entries] == [
        ("Action space", (), "The set of actions."),
        ("Agent", (), "Something that acts."),
    ]


def test_html_definition_list_without_navigation() -> None:
    text = (
        "<html><head><title>T</title><script>var a='<dt>x</dt>';</script></head><body>"
        "<nav><dl><dt>Home</dt><dd>menu</dd></dl></nav>\n"
        '<dl><dt id="term-epoch">Epoch<a class="headerlink" href="#x">¶</a></dt>\n'
        "<dd><p>One pass &amp; more.</p></dd>\n<dt>Batch</dt><dd>A slice.</dd></dl></body></html>"
    )
    entries = parse_text(text, "g", file="g.html")
    assert [(e.title, e.anchor, e.body, e.line) for e in entries] == [
        ("Epoch", "term-epoch", "One pass & more.", 2),
        ("Batch", "batch", "A slice.", 4),
    ]


# --- corpus.toml ------------------------------------------------------------------------


def test_corpus_toml_names_the_columns(tmp_path: Path) -> None:
    (tmp_path / "words.csv").write_text(
        "Word,Abbr,Meaning,Notes\nsupport vector machine,SVM,a classifier,old\n", encoding="utf-8"
    )
    (tmp_path / "corpus.toml").write_text(
        '[files."words.csv"]\nterm = "Word"\ndefinition = "Meaning"\naliases = "Abbr"\n',
        encoding="utf-8",
    )
    (entry,) = load_corpus(tmp_path).entries
    assert (entry.title, entry.aliases) == ("support vector machine", ("SVM",))
    assert entry.body == "a classifier\nNotes: old"


def test_corpus_toml_names_the_format_and_delimiter(tmp_path: Path) -> None:
    (tmp_path / "terms.txt").write_text("term~def\nepoch~a pass\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[files."terms.txt"]\ndialect = "csv"\ndelimiter = "~"\n', encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert [(e.title, e.body) for e in corpus.entries] == [("epoch", "a pass")]
    assert corpus.files[0].dialect == "csv"


def test_corpus_toml_rejects_a_long_delimiter(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("term,definition\na,b\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[files."a.csv"]\ndelimiter = ",,"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="one character"):
        load_corpus(tmp_path)


# --- hostile variants ---------------------------------------------------------------------

HOSTILE = {
    "empty.csv": ("", "empty"),
    "header-only.csv": ("Term,Definition\n", "read as dialect csv: a header row and no data rows"),
    "_config.yml": (
        "title: My site\ntheme: minima\nplugins:\n  - jekyll-feed\n",
        "read as dialect yaml",
    ),
    "broken.json": (
        '[{"term": "epoch", "definition": "a pass"',
        "read as dialect json: not valid JSON",
    ),
    "page.html": ("<html><body><p>Nothing to see.</p></body></html>", "read as dialect html"),
    "bad.yaml": ("- term: [unclosed\n", "read as dialect yaml: not valid YAML at line"),
    "scalar.json": ("42", "read as dialect json"),
    "nul.csv": ("a,b\n\x00\x00", "binary"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_give_one_warning_naming_the_file(tmp_path: Path, name: str) -> None:
    text, needle = HOSTILE[name]
    (tmp_path / "good.md").write_text("# Epoch\n\nOne pass.\n", encoding="utf-8")
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    corpus = load_corpus(tmp_path)
    assert [e.id for e in corpus.entries] == ["good#epoch"]
    (warning,) = corpus.warnings
    assert name in warning and needle in warning and "\n" not in warning
