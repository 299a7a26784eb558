"""Round 45 lane P2: AsciiDoc inline anchors glued to glossary labels.

The fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 45, lane P2"):
Evergreen's glossary (``[[B]]Balance stop percent::``, the letter's navigation anchor glued
to the first term of each letter, ``[[J]][[jabber]]Jabber::``, named anchors such as
``[[IDL]]``, ``<<item, Item>>`` cross references, an ``xref:A[A] .. xref:Z[Z]`` letter row
and a two-line document title), an older fork of it, Bisq's glossary (a ``[[units, Units]]``
block anchor over a section) and Bitcoin Core's onboarding glossary (``== A`` letter
sections over a labeled list). The git-glossary corpus keeps its ``[[def_x]]`` ids.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.asciidoc_inline import (
    inline_text,
    is_letter_row,
    naming_anchor,
    split_anchors,
)
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text

FORMATS = Path(__file__).parent / "fixtures" / "formats"
CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def evergreen() -> list[Entry]:
    return parse_file(FORMATS / "evergreen-glossary.adoc")


def _by_title(entries: list[Entry]) -> dict[str, Entry]:
    return {e.title: e for e in entries}


def test_every_label_is_an_entry(evergreen: list[Entry]) -> None:
    assert len(evergreen) == 128
    assert len({e.anchor for e in evergreen}) == 128


def test_letter_anchor_never_names_the_term(evergreen: list[Entry]) -> None:
    terms = _by_title(evergreen)
    assert terms["Balance stop percent"].anchor == "balance-stop-percent"
    assert terms["Call number"].anchor == "call-number"
    assert terms["OPAC (Online Public Access Catalog)"].anchor == (
        "opac-online-public-access-catalog"
    )
    assert terms["Z39.50"].anchor == "z3950"
    assert not [e.anchor for e in evergreen if len(e.anchor) == 1]


def test_second_anchor_names_the_term_and_leaves_the_title(evergreen: list[Entry]) -> None:
    jabber = next(e for e in evergreen if e.anchor == "jabber")
    assert jabber.title == "Jabber"
    assert not [e.title for e in evergreen if "[[" in e.title or "]]" in e.title]


def test_word_anchors_stay_the_ids(evergreen: list[Entry]) -> None:
    terms = _by_title(evergreen)
    assert terms["IDL (Interface Definition Language)"].anchor == "idl"
    assert terms["Import item attributes"].anchor == "iia"
    assert terms["Copy"].anchor == "copy"
    assert terms["Copy"].definition == "see Item"


def test_cross_references_read_as_their_text(evergreen: list[Entry]) -> None:
    ejabberd = next(e for e in evergreen if e.anchor == "ejabberd")
    assert "This is the software that runs jabber." in ejabberd.definition
    assert not [e.title for e in evergreen if "<<" in e.definition or "xref:" in e.definition]


def test_two_line_document_title(tmp_path: Path) -> None:
    (tmp_path / "glossary.adoc").write_bytes((FORMATS / "evergreen-glossary.adoc").read_bytes())
    assert [f.title for f in load_corpus(tmp_path).files] == ["Evergreen Glossary"]


def test_older_fork_with_a_bracketed_block_line() -> None:
    entries = parse_file(FORMATS / "evergreen-fork-glossary.adoc")
    terms = _by_title(entries)
    assert len(entries) == 97
    assert terms["Acquisitions"].anchor == "acquisitions"
    assert terms["Balance stop percent"].anchor == "balance-stop-percent"
    assert terms["YAOUS"].anchor == "yaous"


def test_block_anchor_over_a_section_stays() -> None:
    terms = _by_title(parse_file(FORMATS / "bisq-glossary.adoc"))
    assert terms["Unit"].anchor == "units"
    assert terms["Asset"].anchor == "asset"


def test_letter_sections_over_a_labeled_list() -> None:
    entries = parse_file(FORMATS / "bitcoin-core-glossary.adoc")
    assert len(entries) == 89
    assert entries[0].anchor == "address"
    assert not [e.title for e in entries if len(e.title) == 1]


def test_git_glossary_keeps_its_def_anchors() -> None:
    entries = load_corpus(CORPORA / "git-glossary").entries
    assert entries[0].anchor == "def_alternate_object_database"
    assert entries[0].title == "alternate object database"


@pytest.mark.parametrize(
    ("label", "anchor", "title"),
    [
        ("[[B]]Balance stop percent::", "balance-stop-percent", "Balance stop percent"),
        ("[[J]][[jabber]]Jabber::", "jabber", "Jabber"),
        ("[[S]] [[SRU]]SRU (Search & Retrieve URL)::", "sru", "SRU (Search & Retrieve URL)"),
        (
            "[#IDL]IDL (Interface Definition Language)::",
            "idl",
            "IDL (Interface Definition Language)",
        ),
        ("anchor:item[Item]Item::", "item", "Item"),
        (
            "[[ILS,the ILS]]ILS (Integrated Library System)::",
            "ils",
            "ILS (Integrated Library System)",
        ),
    ],
)
def test_inline_anchor_forms_on_a_label(label: str, anchor: str, title: str) -> None:
    text = f"{label}\n  A definition of the term.\nOther term::\n  Another definition.\n"
    first = parse_text(text, "x", file="glossary.adoc")[0]
    assert (first.anchor, first.title) == (anchor, title)


def test_heading_with_inline_anchors() -> None:
    text = "= Glossary\n\n== [[H]][[hatch]]Hatch\n\nA printing helper.\n\n== Wiki\n\nA site.\n"
    first = parse_text(text, "x", file="glossary.adoc")[0]
    assert (first.anchor, first.title) == ("hatch", "Hatch")


def test_anchor_helpers() -> None:
    assert split_anchors("[[J]][[jabber]]Jabber") == ("Jabber", ["J", "jabber"])
    assert split_anchors("[[[bib]]] Book") == ("[[[bib]]] Book", [])
    assert naming_anchor(["J"]) is None
    assert naming_anchor(["J", "jabber"]) == "jabber"
    assert inline_text("see [#note]#this# one", {}) == "see this one"
    assert is_letter_row("xref:A[A] xref:B[B] xref:C[C] xref:D[D]")
    assert is_letter_row("<<A>> | <<B>> | <<C>>")
    assert not is_letter_row("See <<IDL, IDL>> and <<ILS>>")
    assert not is_letter_row("xref:A[A] xref:B[B] and the rest")


def test_letter_row_in_a_definition_is_dropped() -> None:
    text = "Apache::\n  Web server software.\n\n<<A>> | <<B>> | <<C>>\n\nBarcode::\n  A code.\n"
    first = parse_text(text, "x", file="glossary.adoc")[0]
    assert first.definition == "Web server software."


def test_letter_anchor_line_above_a_label_names_nothing() -> None:
    text = (
        "[[A]]\nAcquisitions::\n  Ordering materials.\n[[b]]\nBarcode::\n  The code on an item.\n"
    )
    entries = parse_text(text, "x", file="glossary.adoc")
    assert [e.anchor for e in entries] == ["acquisitions", "barcode"]
    assert entries[0].definition == "Ordering materials."
