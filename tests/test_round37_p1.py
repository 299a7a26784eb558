"""Round 37 lane P1 (parser): Emacs Org-mode glossaries and TOML data files, saved byte for
byte under tests/fixtures/formats/ (SOURCES.md says where from).

- ``lisp-glossary.org``: ``#+DATE:``/``#+TITLE:`` keywords, a ``# # #`` comment line, a
  ``***`` source note, then 41 ``*Term*: definition`` paragraphs (bold at column 0, no heading);
- ``utms-glossary.org``: ``** Term`` headings, each over a ``:PROPERTIES:`` drawer;
- ``ioopm-glossary.org``: ``** Term`` headings under ``* Category`` ones, ``#+BEGIN_SRC``
  blocks, ``~code~``/``=verbatim=``/``/italic/``, a ``See [[Stub]].`` pointer;
- ``charte-glossary.org``: an intro with source blocks, then 305 ``- Term :: definition``
  items under category headings, ``:METADATA:`` drawers under some items;
- ``stm-glossary.toml``: Hugo ``data/glossary.toml``, 33 tables keyed by the term with
  ``label`` / ``definition``; ``["Read-Modify-Write"]`` is labelled "Read-Modify-Write (RMW)";
- ``canary-glossary.toml``: ``[[terminology]]`` records with ``name``, ``abbreviation``,
  ``\"\"\"`` multi-line ``description``, ``aliases`` arrays and inline-table references.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from format_fixtures import FORMATS, by_title, fixture_entries

from rag_glossary.corpus_files import glossary_files
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.org import org_markdown
from rag_glossary.parsing.sniff import sniff_dialect
from rag_glossary.parsing.toml_data import TomlLines

REPO = Path(__file__).resolve().parents[1]


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


# --- Org-mode --------------------------------------------------------------------------


def test_org_bold_term_paragraphs(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "lisp-glossary.org")
    assert len(entries) == 41  # neither the keywords nor the *** source note are entries
    first = entries[0]
    assert (first.id, first.title, first.line) == ("lisp-glossary#address", "Address", 9)
    assert first.body == "A number describing the location of an object in memory."
    by = _by_anchor(entries)
    for anchor in ("lambda-list-keyword", "cons-cell", "unbound-variable", "vector"):
        assert anchor in by
    assert by["lambda-list-keyword"].title == "Lambda-list keyword"
    # Lisp code is text, not emphasis: "(* N 2)" and "DO*" keep their stars
    assert by["lambda-expression"].body.endswith("#'(LAMBDA (N) (* N 2)).")
    assert "DO, DO*, DOTIMES" in by["block-name"].body
    assert by["special-form"].see_also == ("Special function",)
    assert load_corpus(tmp_path).files[0].title == "Glossary"  # #+TITLE:


def test_org_heading_needs_a_space_after_its_stars() -> None:
    lines = org_markdown("*Address*: A number.\n\n** Term :tag:\nText.").text.split("\n")
    assert lines == ["**Address**: A number.", "", "## Term", "Text."]


def test_org_headings_with_property_drawers(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "utms-glossary.org")
    assert [e.title for e in entries][:4] == ["UTMS", "Meta-Time", "Layer", "PDU"]
    assert len(entries) == 13  # "* Glossary" only groups them
    pdu = _by_anchor(entries)["pdu"]
    assert pdu.line == 34
    assert pdu.body.startswith("Protocol Data Unit — A time element")  # no :ID: drawer
    assert "Protocol Data Unit" in pdu.aliases
    assert all(":PROPERTIES:" not in e.body and ":END:" not in e.body for e in entries)


def test_org_source_blocks_links_and_emphasis(tmp_path: Path) -> None:
    by = by_title(fixture_entries(tmp_path, "ioopm-glossary.org"))
    assert {"Backlog", "Stub", "Refactoring", "Assertions", "Function Prototype"} <= set(by)
    assert "Common" not in by and "C" not in by  # category headings over terms
    assert by["Dummy function"].body == "See Stub."
    assert by["Dummy function"].see_also == ("Stub",)
    stub = by["Stub"].body
    assert "`ioopm_hash_table_create()`" in stub  # ~code~
    assert "```c\nioopm_hash_table_t *ioopm_hash_table_create()\n{" in stub  # #+BEGIN_SRC c
    assert "#+BEGIN_SRC" not in stub and "#+END_SRC" not in stub
    # /f/ and /g/ are italic: "another function g, and calling g from f"
    assert "another function g, and calling g from f" in by["Refactoring"].body
    assert "`assert.h`" in by["Assertions"].body  # =verbatim=


def test_org_description_lists(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "charte-glossary.org")
    items = [
        n
        for n, line in enumerate((FORMATS / "charte-glossary.org").read_text().split("\n"), 1)
        if " ::" in line
    ]
    assert len(items) == 305
    assert [e.line for e in entries] == items  # one entry per item, none for the intro
    by = _by_anchor(entries)
    assert by["augmented-reality"].body.startswith("La réalité augmentée désigne")
    assert by["dxf"].body == "Drawing eXchange Format"  # its :METADATA: drawer is no text
    assert by["mob"].body.startswith("Modélisation des Objets du Bâtiment\nRecherche française")
    assert by["bim"].aliases == ("Building Information Modeling",)


def test_org_inline_markup() -> None:
    def md(org: str) -> str:
        return org_markdown(org).text

    assert md("_*Race*:_ A class of beings.") == "**Race**: A class of beings."
    assert md("a /b/, c =x=y= and ~*p~.") == "a *b*, c `x=y` and `*p`."
    assert md("n/a, DO*, snake_case_name") == "n/a, DO*, snake_case_name"
    assert md("[[https://gnu.org][GNU Project]] and [[Stub]]") == (
        "[GNU Project](https://gnu.org) and [Stub](#stub)"
    )
    assert md("  - GNU/Linux :: An OS \\\\") == "  - **GNU/Linux**: An OS"
    assert md("- *Bold term* :: def") == "- **Bold term**: def"
    assert md("| Term | Def |\n|------+-----|\n| a | b |") == "| Term | Def |\n|---|---|\n| a | b |"


def test_org_task_lists_are_no_glossary(tmp_path: Path) -> None:
    """Shaped as real TODO.org files (40ants/reblocks: a roadmap of TODO/DONE headings and
    one plain heading; AlexxSap/cronparser: a checklist only)."""
    (tmp_path / "TODO.org").write_text(
        "* Roadmap\n** TODO Create defroute macro\nAlso, all functions should work.\n"
        "** DONE Make hooks system easier to use\nGet rid of distinction.\n"
        "** TODO Make a package per file\n"
        "** Use Websocket for actions\nThis way it will be possible to push data.\n"
    )
    with pytest.raises(CorpusError, match=r"TODO\.org: no glossary entries"):
        load_corpus(tmp_path)
    (tmp_path / "TODO.org").write_text(
        "#+title: Todo\n\n- [ ] describe input and output\n- [ ] add code examples\n"
        "  with a second line\n- [X] write comments\n"
    )
    with pytest.raises(CorpusError, match=r"TODO\.org: no glossary entries"):
        load_corpus(tmp_path)
    # a task among terms is no term, the terms stay
    (tmp_path / "TODO.org").write_text(
        "* Overfitting\nFits noise.\n* TODO Underfitting\nWrite it.\n* Bias\nA skew.\n"
    )
    assert [e.title for e in load_corpus(tmp_path).entries] == ["Overfitting", "Bias"]


# --- TOML ------------------------------------------------------------------------------


def test_toml_tables_keyed_by_term(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "stm-glossary.toml")
    assert len(entries) == 33
    first = entries[0]
    assert (first.id, first.title, first.line) == ("stm-glossary#gpio", "GPIO", 6)
    assert first.body.startswith("General Purpose Input/Output — Ein programmierbarer Pin")
    assert "General Purpose Input/Output" in first.aliases
    by = _by_anchor(entries)
    rmw = by["read-modify-write-rmw"]  # the label is the title, the key an alias
    assert rmw.title == "Read-Modify-Write (RMW)"
    assert set(rmw.aliases) >= {"RMW", "Read-Modify-Write"}
    assert by["slew-rate"].title == "Slew Rate"  # quoted key ["Slew Rate"]
    assert by["cortex-m4"].line == 134
    assert [e.id for e in entries if not e.body] == []


def test_toml_array_of_tables(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "canary-glossary.toml")
    assert len(entries) == 15
    by = by_title(entries)
    ddd = by["Domain Driven Design"]
    assert (ddd.line, ddd.aliases) == (32, ("DDD",))  # abbreviation = "DDD"
    assert ddd.body.startswith("Domain-Driven Design is a set of principles")
    assert by["Systems Thinking"].aliases == ("Holistic Thinking", "Systems Approach")
    assert "Melvin Conway wrote" in by["Conway's Law"].body  # a """ multi-line string
    assert "domain: Software architecture" in by["Conway's Law"].fields


def test_toml_settings_files_are_no_glossary(tmp_path: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    with pytest.raises(CorpusError, match=r"pyproject\.toml: no glossary entries.*toml"):
        load_corpus(tmp_path)
    # a Hugo site config (romaninsh/vantage-web's config.toml, shortened)
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / "config.toml").write_text(
        'baseURL = "https://example.org/"\nlanguageCode = "en-us"\ntitle = "Vantage"\n'
        'theme = "vantage"\n\n[params]\ndescription = "Data entities for Rust UI apps."\n'
        '\n[[menu.main]]\nname = "Docs"\nurl = "/docs/"\nweight = 1\n'
    )
    with pytest.raises(CorpusError, match=r"config\.toml: no glossary entries"):
        load_corpus(tmp_path)


def test_corpus_toml_is_never_a_glossary(tmp_path: Path) -> None:
    (tmp_path / "corpus.toml").write_text('[files."g.md"]\ntitle = "Mine"\n')
    assert glossary_files(tmp_path) == []
    (tmp_path / "g.md").write_text("## Overfitting\n\nFits noise.\n")
    corpus = load_corpus(tmp_path)
    assert [f.name for f in corpus.files] == ["g.md"]
    assert corpus.files[0].title == "Mine"


def test_invalid_toml_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[GPIO\nlabel = "GPIO"\n')
    (tmp_path / "g.md").write_text("## Overfitting\n\nFits noise.\n")
    corpus = load_corpus(tmp_path)
    assert any("bad.toml" in w and "not valid TOML" in w for w in corpus.warnings)


def test_toml_sniffed_by_extension_only() -> None:
    assert sniff_dialect('[GPIO]\nlabel = "GPIO"\n', "glossary.toml") == "toml"
    assert sniff_dialect("[GPIO]\nlabel = GPIO\n", "notes.txt") != "toml"


def test_toml_lines_of_headers_arrays_and_keys() -> None:
    lines = TomlLines(
        '# c\n[[terms]]\nterm = "A"\ntext = """\nx = 1\n"""\n[[terms]]\nterm = "B"\n'
        '["Slew Rate"]\nlabel = "S"\n[a.b]\nc = 1\nOverfitting = "Fits."\n'
    )
    assert lines.line(("terms", 0), "A") == 2
    assert lines.line(("terms", 1), "B") == 7
    assert lines.line(("Slew Rate",), "S") == 9
    assert lines.line(("a", "b"), "") == 11
    assert lines.line(("a", "b", "Overfitting"), "") == 13
    assert lines.line(("x",), "") == 1  # "x = 1" inside a multi-line string is no key


# --- what TOML taught the JSON/YAML reader ---------------------------------------------


def test_per_language_fields_read_in_one_language(tmp_path: Path) -> None:
    """korczis/catharsis-as-a-service's data/glossary.toml: ``term = {en = ..., cs = ...}``
    and ``definition`` alike (two records, shortened); JSON reads the same."""
    record = (
        '[[terms]]\nid = "abreaction"\nterm = { en = "Abreaction", cs = "Abreakce" }\n'
        'definition = { en = "The discharge of emotion attached to a recalled memory.", '
        'cs = "Výboj emoce spojené s vybavenou vzpomínkou." }\nkind = "historical"\n'
        'see_also = ["catharsis"]\n\n[[terms]]\nid = "affect"\n'
        'term = { en = "Affect", cs = "Afekt" }\n'
        'definition = { en = "An umbrella term for felt states.", cs = "Zastřešující pojem." }\n'
    )
    (tmp_path / "glossary.toml").write_text(record)
    entries = list(load_corpus(tmp_path).entries)
    assert [(e.id, e.title) for e in entries] == [
        ("glossary#abreaction", "Abreaction"),
        ("glossary#affect", "Affect"),
    ]
    assert entries[0].body.startswith("The discharge of emotion")
    assert entries[0].see_also == ("catharsis",)
    (tmp_path / "corpus.toml").write_text('[files."glossary.toml"]\nlanguage = "cs"\n')
    assert [e.title for e in load_corpus(tmp_path).entries] == ["Abreakce", "Afekt"]
    (tmp_path / "glossary.toml").unlink()
    (tmp_path / "corpus.toml").unlink()
    data = {"terms": [{"term": {"en": "Affect", "cs": "Afekt"}, "def": {"en": "A felt state."}}]}
    (tmp_path / "g.json").write_text(json.dumps(data))
    assert [(e.title, e.body) for e in load_corpus(tmp_path).entries] == [
        ("Affect", "A felt state.")
    ]


def test_record_key_other_than_its_label_is_an_alias(tmp_path: Path) -> None:
    data = {
        "Read-Modify-Write": {"label": "Read-Modify-Write (RMW)", "definition": "A sequence."},
        "vista": {"name": "Vista", "definition": "A handle on one table."},
    }
    (tmp_path / "g.json").write_text(json.dumps(data))
    by = by_title(list(load_corpus(tmp_path).entries))
    assert "Read-Modify-Write" in by["Read-Modify-Write (RMW)"].aliases
    assert by["Vista"].aliases == ()  # the key is the label, cased otherwise
