"""Round 14: AsciiDoc glossaries (eval/formats/round14). Git's glossary (``[[id]]term::``
labeled list, ``+`` continuations, a nested ``term;;`` list in an open block) and
Asciidoctor's (one-line ``term:: definition`` items under an admonition) are read term by
term; the table and section forms are checked on short documents in the same shapes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.corpus_files import glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing import Corpus, load_corpus, parse_text, sniff_dialect

ROUND14 = ROOT / "eval" / "formats" / "round14"
SAVED = ("asciidoc-glossary.adoc", "git-glossary.adoc")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split()).casefold()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("round14")
    for name in SAVED:
        shutil.copy(ROUND14 / name, folder / name)
    return load_corpus(folder)


def _entries(corpus: Corpus, name: str) -> list[Entry]:
    return [e for e in corpus.entries if e.source == Path(name).stem]


def test_every_saved_file_is_listed() -> None:
    assert sorted(p.name for p in ROUND14.iterdir() if ".terms." not in p.name) == list(SAVED)


@pytest.mark.parametrize("name", SAVED)
def test_every_reference_term_is_an_entry_in_file_order(corpus: Corpus, name: str) -> None:
    record = next(f for f in corpus.files if f.name == name)
    assert record.dialect == "asciidoc"
    reference = (ROUND14 / f"{Path(name).stem}.terms.txt").read_text("utf-8").splitlines()
    titles = [e.title for e in _entries(corpus, name)]
    assert [_norm(t) for t in titles] == [_norm(t) for t in reference if t.strip()]


@pytest.mark.parametrize("name", SAVED)
def test_definitions_are_clean_text(corpus: Corpus, name: str) -> None:
    entries = _entries(corpus, name)
    assert all(e.body for e in entries)
    markup = re.compile(r"<<|>>|\[\[|::|^\+$|linkgit:|\{asterisk\}|^--$", re.M)
    assert [e.title for e in entries if markup.search(e.body)] == []
    allowed = {"backtick", "see cross-reference"}  # "See also git-fetch(1)." is Git's text
    dirty = {e.title for e in entries if set(dirty_reasons(e.body)) - allowed}
    # What Git writes: pathspec's '*' and '?' wildcards, upstream branch's
    # "branch.<name>.remote", ref's "local tags.." (two dots in the source).
    assert dirty <= {"pathspec", "upstream branch", "ref"}


def test_git_anchors_continuations_and_nested_lists(corpus: Corpus) -> None:
    by_title = {e.title: e for e in _entries(corpus, "git-glossary.adoc")}
    assert by_title["alternate object database"].id == (
        "git-glossary#def_alternate_object_database"
    )
    assert by_title["alternate object database"].body == (
        "Via the alternates mechanism, a repository can inherit part of its object "
        'database from another object database, which is called an "alternate".'
    )
    # "+" joins the verb sense to the noun sense of one entry.
    commit = by_title["commit"].body.split("\n")
    assert commit[0].startswith("As a noun:") and commit[1].startswith("As a verb:")
    # The magic words are a ;; list inside pathspec's definition, not terms of their own.
    pathspec = by_title["pathspec"].body
    assert "\ntop: The magic word top (magic signature: /)" in pathspec
    assert '"**/foo" matches file or directory "foo" anywhere' in pathspec
    assert not {"top", "literal", "icase", "glob", "attr", "exclude"} & set(by_title)
    assert "See also git-fetch(1)." in by_title["fetch"].body  # linkgit:git-fetch[1]
    assert by_title["index"].body.startswith("A collection of files with stat information")
    assert by_title["HEAD"].id != by_title["head"].id


def test_admonition_before_the_terms_is_no_entry(corpus: Corpus) -> None:
    entries = _entries(corpus, "asciidoc-glossary.adoc")
    assert not any("work in progress" in e.body.casefold() for e in entries)
    assert entries[0].title == "attribute reference"
    assert next(f for f in corpus.files if f.name == SAVED[0]).title == "Glossary of Terms"
    by_title = {e.title: e for e in entries}
    assert by_title["list continuation"].body == (
        "a plus sign (+) on a line by itself that connects adjacent lines of text to a list item."
    )


TABLE = """= Glossary

== Library terminology

[cols="1,3",options="header"]
|===
|Term |Meaning here
|Short-term memory |Stored conversations and messages. See xref:memory.adoc[Memory types].
|`:Entity` |A label for managed nodes.
|===

== Analogies

[cols="1,2,3",options="header"]
|===
|Term |Closest concept |Limit
|Working memory |The context of the current call |It is not a fourth stored layer.
|===
"""


def test_term_tables_are_read_with_header_labels() -> None:
    entries = parse_text(TABLE, "t", file="t.adoc")
    assert [e.title for e in entries] == ["Short-term memory", ":Entity", "Working memory"]
    by_title = {e.title: e for e in entries}
    assert (
        by_title["Short-term memory"].body == "Stored conversations and messages. See Memory types."
    )
    assert by_title["Working memory"].body == (
        "Closest concept: The context of the current call\nLimit: It is not a fourth stored layer."
    )


def test_one_section_per_term_and_stacked_labels() -> None:
    sections = (
        "= Glossary\n\n== A\n\n=== Epoch\n\nOne pass over the data.\n\n"
        "=== Batch\n\nA group of examples.\n"
    )
    assert [(e.title, e.body) for e in parse_text(sections, "s", file="s.adoc")] == [
        ("Epoch", "One pass over the data."),
        ("Batch", "A group of examples."),
    ]
    stacked = "[[cpu]]CPU::\ncentral processing unit::\n  Runs the instructions.\n"
    (entry,) = parse_text(stacked, "s", file="s.adoc")
    assert (entry.id, entry.aliases) == ("s#cpu", ("central processing unit",))


def test_a_dropped_in_file_runs_and_reads_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = (
        f"term:: {{sys:touch {marker}}} text\n\ninclude::/etc/passwd[]\n\n"
        f"sys::[touch {marker}]\n\nother:: {{eval:1+1}} more\n"
    )
    entries = parse_text(text, "e", file="e.adoc")
    assert [e.title for e in entries] == ["term", "other"]
    assert not marker.exists() and "root:" not in entries[0].body


def test_adoc_files_are_corpus_files_and_text_files_are_not_asciidoc(tmp_path: Path) -> None:
    for name in ("g.adoc", "h.asciidoc", "notes.txt"):
        (tmp_path / name).write_text("term:: a definition\n", "utf-8")
    assert [p.name for p in glossary_files(tmp_path)] == ["g.adoc", "h.asciidoc", "notes.txt"]
    assert sniff_dialect("term:: a definition\n", "g.adoc") == "asciidoc"
    assert sniff_dialect("term:: a definition\n", "notes.txt") != "asciidoc"


def test_a_txt_file_is_read_as_asciidoc_when_corpus_toml_says_so(tmp_path: Path) -> None:
    """Git's older ``glossary-content.txt`` is the same AsciiDoc under a .txt name."""
    shutil.copy(ROUND14 / "git-glossary.adoc", tmp_path / "glossary-content.txt")
    (tmp_path / "corpus.toml").write_text(
        '[files."glossary-content.txt"]\ndialect = "asciidoc"\n', "utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert corpus.files[0].dialect == "asciidoc"
    assert len(corpus.entries) == 92


def test_page_furniture_and_attribute_leftovers_are_not_text() -> None:
    """astro-glossary's VuePress page ends in ``<social />`` and ``<disqus />`` component
    lines; shell-glossary's figure is ``![](fig/...svg){alt='...'}`` (Pandoc attributes)."""
    astro = {e.id: e for e in load_corpus(ROOT / "eval" / "corpora" / "astro-glossary").entries}
    assert astro["hac-astronomy-glossary#share"].body == (
        "If you like that content, feel free to share it on social platforms:"
    )
    assert astro["hac-astronomy-glossary#comments"].body == ""
    shell = {e.id: e for e in load_corpus(ROOT / "eval" / "corpora" / "shell-glossary").entries}
    body = shell["reference#filesystem-hierarchy"].body
    assert body.endswith("Your file/directory structure may differ slightly:")
    # Placeholders a glossary writes as text stay; a link's attribute block goes.
    (entry,) = parse_text(
        '## Token\n\nThe <unk> and <NA> tokens; see [docs](https://x.org){.ext target="_blank"}.\n',
        "t",
        file="t.md",
    )
    assert entry.body == "The <unk> and <NA> tokens; see docs."
