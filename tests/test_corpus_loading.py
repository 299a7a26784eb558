"""load_corpus on the shipped corpus (counts, look-ups) and on bad folders and files."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from rag_glossary.errors import CorpusError
from rag_glossary.parsing import Corpus, load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Verified by reading the files (see tests below for the independent counts):
# site: lines ending in "#" minus the "M#" page title; ai-glossary: "# " headings
# outside front matter and fences minus alias headings; archive: "# ... {#id}"
# headings plus one note that lost that line; annotations: lines "    N. ";
# chapter: 6 ##/### sections + preamble.
EXPECTED_COUNTS = {
    "ai-glossary-m-site": 170,
    "ai-glossary-m": 104,
    "data-archive-m": 55,
    "ml-annotations": 112,
    "music-ml-chapter": 7,
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(CORPUS)


def _text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


# --- the shipped corpus -------------------------------------------------------------


def test_entry_counts_per_source(corpus: Corpus) -> None:
    assert corpus.stats() == EXPECTED_COUNTS
    assert len(corpus.entries) == sum(EXPECTED_COUNTS.values())
    assert corpus.warnings == ()


def test_counts_agree_with_independent_line_counts(corpus: Corpus) -> None:
    stats = corpus.stats()
    site_titles = re.findall(r"^.+#$", _text("ai-glossary-m-site.txt"), re.M)
    assert stats["ai-glossary-m-site"] == len(site_titles) - 1  # minus "M#"
    archive = re.findall(r"^# .*\{#[^}]+\}\s*$", _text("data-archive-m.md"), re.M)
    assert stats["data-archive-m"] == len(archive) + 1  # plus "### Many-to-Many Relationships"
    highlights = re.findall(r"^ {4}\d+\. ", _text("ml-annotations.txt"), re.M)
    assert stats["ml-annotations"] == len(highlights)
    sections = re.findall(r"^#{2,3} ", _text("music-ml-chapter.md"), re.M)
    assert stats["music-ml-chapter"] == len(sections) + 1  # plus the preamble


def test_ids_are_unique_and_well_formed(corpus: Corpus) -> None:
    ids = [e.id for e in corpus.entries]
    assert len(ids) == len(set(ids))
    for entry in corpus.entries:
        assert entry.id == f"{entry.source}#{entry.anchor}"
        assert entry.title and entry.anchor
        assert entry.file.startswith(entry.source)


def test_files_are_recorded(corpus: Corpus) -> None:
    assert [f.name for f in corpus.files] == sorted(f.name for f in corpus.files)
    dialects = {f.source: f.dialect for f in corpus.files}
    assert dialects == {
        "ai-glossary-m-site": "site-text",
        "ai-glossary-m": "ai-glossary",
        "data-archive-m": "archive",
        "ml-annotations": "annotations",
        "music-ml-chapter": "chapter",
    }
    for record in corpus.files:
        data = (CORPUS / record.name).read_bytes()
        assert record.sha256 == hashlib.sha256(data).hexdigest()
        assert record.size == len(data)
    by_source = {f.source: f for f in corpus.files}
    assert by_source["ai-glossary-m"].url_base == "/m/"
    assert by_source["music-ml-chapter"].title == "Machine Learning"
    assert "README.md" not in {f.name for f in corpus.files}


def test_get_and_lookup(corpus: Corpus) -> None:
    mdp = corpus.get("ai-glossary-m#markov-decision-process")
    assert mdp is not None and mdp.title == "Markov Decision Process"
    assert corpus.get("ai-glossary-m#nope") is None
    assert corpus.lookup("ai-glossary-m#markov-decision-process") == [mdp]
    by_alias = {e.id for e in corpus.lookup("mdp")}
    assert by_alias == {
        "ai-glossary-m#markov-decision-process",
        "ai-glossary-m-site#markov-decision-process-mdp",
    }
    by_title = {e.id for e in corpus.lookup("  markov decision process ")}
    assert "ai-glossary-m-site#markov-decision-process-mdp" in by_title  # parenthetical dropped
    assert "ai-glossary-m#markov-decision-process" in by_title
    by_slug = {e.id for e in corpus.lookup("max pooling layer!")}
    assert by_slug == {"ai-glossary-m#max-pooling-layer", "ai-glossary-m-site#max-pooling-layer"}
    assert corpus.lookup("no such term at all") == []


def test_resolve_see_also_terms(corpus: Corpus) -> None:
    mvm = corpus.get("ai-glossary-m#masked-vision-modeling")
    assert mvm is not None and "Masked Language Modeling" in mvm.see_also
    assert corpus.resolve("Masked Language Modeling") == [
        "ai-glossary-m-site#masked-language-modeling-mlm",
        "ai-glossary-m#masked-language-modeling",
    ]
    assert corpus.resolve("Reinforcement Learning") == []  # not an M word: not in this corpus
    assert corpus.resolve("Model Stability") == ["ai-glossary-m-site#model-stability"]
    assert corpus.resolve("") == []


# --- bad input ----------------------------------------------------------------------


def _one_line_error(excinfo: pytest.ExceptionInfo[CorpusError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    assert excinfo.value.exit_code == 2
    return message


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as excinfo:
        load_corpus(tmp_path / "nowhere")
    assert "does not exist" in _one_line_error(excinfo)


def test_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file.md"
    path.write_text("# A\n\ntext\n")
    with pytest.raises(CorpusError) as excinfo:
        load_corpus(path)
    assert "not a folder" in _one_line_error(excinfo)


def test_empty_folder_and_folder_without_glossaries(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as excinfo:
        load_corpus(tmp_path)
    assert "no glossary files" in _one_line_error(excinfo)
    (tmp_path / "README.md").write_text("# About\n\nnot a glossary\n")
    (tmp_path / ".hidden.md").write_text("# Hidden\n\ntext\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(CorpusError):
        load_corpus(tmp_path)


def test_files_without_entries(tmp_path: Path) -> None:
    (tmp_path / "blank.md").write_text("\n   \n")
    with pytest.raises(CorpusError) as excinfo:
        load_corpus(tmp_path)
    assert "no glossary entries" in _one_line_error(excinfo)


def test_binary_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Bias\n\nError from assumptions.\n")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    corpus = load_corpus(tmp_path)
    assert [e.id for e in corpus.entries] == ["good#bias"]
    assert any("image.md" in w and "binary" in w for w in corpus.warnings)
    assert [f.name for f in corpus.files] == ["good.md"]


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("# Café\n\nUn modèle très utile.\n".encode("latin-1"))
    corpus = load_corpus(tmp_path)
    entry = corpus.entries[0]
    assert entry.id == "old#café"
    assert "modèle très" in entry.body
    assert any("old.txt" in w and "UTF-8" in w for w in corpus.warnings)


def test_bom_and_utf16_and_crlf(tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes("\ufeff# Bias\r\n\r\nText.\r\n".encode())
    (tmp_path / "wide.md").write_bytes("# Variance\n\nSpread.\n".encode("utf-16"))
    corpus = load_corpus(tmp_path)
    assert [e.id for e in corpus.entries] == ["bom#bias", "wide#variance"]
    assert corpus.entries[0].body == "Text."
    assert corpus.warnings == ()


def test_corpus_toml_overrides_dialect_title_and_url(tmp_path: Path) -> None:
    text = "---\ntitle: G\n---\n{% include x %}\n\n# Bias\n\none\n\n## Detail\n\ntwo\n"
    text += "\n# Variance\n\nthree\n"  # level-1 terms: one `#` heading alone is a title
    (tmp_path / "a.md").write_text(text)
    (tmp_path / "b.md").write_text(text)
    (tmp_path / "corpus.toml").write_text(
        '[files."b.md"]\ndialect = "generic"\ntitle = "My B"\nurl = "https://x.org/b/"\n'
    )
    corpus = load_corpus(tmp_path)
    assert corpus.stats() == {"a": 2, "b": 3}  # sniffed ai-glossary vs forced generic
    b = {f.source: f for f in corpus.files}["b"]
    assert (b.dialect, b.title, b.url_base) == ("generic", "My B", "https://x.org/b/")
    assert corpus.get("b#detail") is not None
    assert [e.url for e in corpus.lookup("b#bias")] == ["https://x.org/b/#bias"]
    assert [e.url for e in corpus.lookup("a#bias")] == [None]


def test_bad_corpus_toml(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Bias\n\ntext\n")
    config = tmp_path / "corpus.toml"
    config.write_text('[files."a.md"]\ndialect = \n')
    with pytest.raises(CorpusError) as excinfo:
        load_corpus(tmp_path)
    assert "line 2" in _one_line_error(excinfo)
    config.write_text('[files."a.md"]\ndialect = "klingon"\n')
    with pytest.raises(CorpusError) as excinfo:
        load_corpus(tmp_path)
    assert "klingon" in _one_line_error(excinfo)
    config.write_text('[files."missing.md"]\ndialect = "generic"\n')
    assert any("missing.md" in w for w in load_corpus(tmp_path).warnings)


def test_same_stem_gets_a_distinct_source(tmp_path: Path) -> None:
    (tmp_path / "gloss.md").write_text("# Bias\n\ntext\n")
    (tmp_path / "gloss.txt").write_text("# Bias\n\nother\n")
    corpus = load_corpus(tmp_path)
    assert [e.id for e in corpus.entries] == ["gloss#bias", "gloss-txt#bias"]
    assert any("gloss.txt" in w for w in corpus.warnings)
