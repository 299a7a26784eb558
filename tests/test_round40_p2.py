"""Round 40, lane P2: Texinfo glossaries (texinfo.py) and a German MkDocs page.

Fixtures (tests/fixtures/formats/SOURCES.md): libavl's TexiWEB glossary (``@glossdfn{TERM}``
paragraphs), GnuPG's and libcdio's ``@table`` glossaries, Xconq's ``@b{term}:`` paragraphs,
the feuerwehr MkDocs page (letter groups, admonitions, German acronym titles).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import FORMATS, fixture_entries

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.base import acronym_aliases
from rag_glossary.parsing.dialects import parse_document
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.texinfo_text import texinfo_text


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


@pytest.fixture(scope="module")
def bst(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    return _by_anchor(fixture_entries(tmp_path_factory.mktemp("bst"), "bst-glossary.w"))


@pytest.fixture(scope="module")
def feuerwehr(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    folder = tmp_path_factory.mktemp("fw")
    return _by_anchor(fixture_entries(folder, "feuerwehr-glossary.md"))


# --- which files are read -----------------------------------------------------------------


def test_loader_takes_texinfo_and_texinfo_shaped_w_files(tmp_path: Path) -> None:
    assert {".texi", ".texinfo", ".txi", ".w"} <= set(GLOSSARY_SUFFIXES)
    (tmp_path / "a.texi").write_text("@table @asis\n@item X\nx\n@end table\n", encoding="utf-8")
    (tmp_path / "b.txi").write_text("@table @asis\n@item Y\ny\n@end table\n", encoding="utf-8")
    (tmp_path / "c.w").write_text((FORMATS / "bst-glossary.w").read_text(), encoding="utf-8")
    # CWEB's .w: TeX and C, no Texinfo: not a glossary file, so no junk entries
    (tmp_path / "d.w").write_text(
        "\\input cwebmac\n@* Introduction. A CWEB program.\n@c\n@<Header@>=\nint x;\n",
        encoding="utf-8",
    )
    assert [p.name for p in glossary_files(tmp_path)] == ["a.texi", "b.txi", "c.w"]


# --- libavl: a book macro opening every paragraph --------------------------------------------


def test_term_macro_paragraphs_are_the_entries(bst: dict[str, Entry]) -> None:
    assert len(bst) == 71
    for anchor in ("avl-tree", "rule-1", "sequential-search-with-sentinel", "black-height"):
        assert anchor in bst
    assert bst["avl-tree"].title == "AVL tree"
    # the @c licence header, @node and @appendix are no entries
    assert not any("glossary" in a or "licen" in a for a in bst)


def test_texinfo_markup_goes_and_its_text_stays(bst: dict[str, Entry]) -> None:
    assert bst["avl-tree"].body == (
        "A type of balanced tree, where the AVL balance factor of each node is limited to "
        "-1, 0, or +1."
    )
    # "@gloss{right\nsubtree}": a reference split over a line break keeps its words
    assert "height of the node's right subtree and left subtree" in bst["balance-factor"].body
    assert 'make demons fly out of your nose."' in bst["undefined-behavior"].body
    assert "such as Knuth 1992." in bst["literate-programming"].body
    assert "memory allocation with malloc() and related" in bst["dynamic"].body
    for entry in bst.values():
        assert "@" not in entry.body and "|" not in entry.body and "``" not in entry.body


def test_pointer_paragraphs_name_their_target(bst: dict[str, Entry]) -> None:
    assert bst["bst"].body == "See binary search tree."
    assert "BST" in bst["binary-search-tree"].aliases
    assert {"left rotation", "right rotation"} <= set(bst["rotation"].aliases)
    # "@glossdfn{symmetric traversal} @gloss{inorder traversal}.": a name and nothing else
    assert "symmetric traversal" in bst["inorder-traversal"].aliases
    assert bst["symmetric-traversal"].see_also == ("inorder traversal",)


def test_bold_term_paragraphs_of_another_book(tmp_path: Path) -> None:
    xconq = _by_anchor(fixture_entries(tmp_path, "xconq-glossary.texi"))
    assert len(xconq) == 122
    assert xconq["accident"].body == "A random event that damages or destroys a unit."
    assert xconq["action-points-acp"].title == "action points (acp)"
    assert "acp" in xconq["action-points-acp"].aliases
    assert xconq["interface"].body.startswith("The part of Xconq that manages")


# --- @table glossaries -------------------------------------------------------------------------


def test_table_items_are_the_entries(tmp_path: Path) -> None:
    gnupg = _by_anchor(fixture_entries(tmp_path, "gnupg-glossary.texi"))
    assert len(gnupg) == 11
    assert gnupg["arl"].body.startswith("The Authority Revocation List is technical identical")
    assert gnupg["x509"].title == "X.509"


def test_nested_tables_anchors_and_see_also(tmp_path: Path) -> None:
    cdio = _by_anchor(fixture_entries(tmp_path, "libcdio-glossary.texi"))
    assert len(cdio) == 50
    assert cdio["aspi"].title == "ASPI"  # "@item @anchor{ASPI}ASPI"
    assert (
        cdio["cd"].body
        == "Compact Disc. Capacity up to 900 MB. See also Media models and profiles."
    )
    assert cdio["cd"].see_also == ("Media models and profiles",)
    lead_in = cdio["lead-in"].body
    assert "- Ricoh Company Limited: 97:27:00, 97:27:06, 97:27:66" in lead_in.split("\n")
    assert "cd-i-bridge" in cdio and "ecma-119-iso-9660" in cdio


# GNU Emacs's glossary.texi (too large to save): @anchor above @item, @itemx, @xref to an
# anchor, accents and escapes, as it writes them.
_EMACS = """@c This is part of the Emacs manual.
@node Glossary
@unnumbered Glossary
@cindex glossary

@table @asis
@item Argument
@xref{Glossary---Numeric Argument}.

@item @acronym{ASCII} printing character
@acronym{ASCII} letters, digits, space, and the following punctuation
characters: @samp{!@@#$%^&*()_-+=|\\~`@{@}[]:;"'<>,.?/}.

@item cf.
@itemx c.f.
Short for ``confer'' in Latin, which means ``compare with'' or
``compare to''.

@item Character Folding
Character folding means ignoring differences between similarly looking
characters, such as between @code{a}, and @code{@"a} and @code{@'a}.

@anchor{Glossary---Numeric Argument}
@item Numeric Argument
A numeric argument is a number, specified before a command, to change
the effect of the command.  @xref{Arguments}.
@end table
"""


def test_emacs_table_shapes() -> None:
    _, _, entries = parse_document(_EMACS, "emacs", file="glossary.texi")
    got = _by_anchor(entries)
    assert list(got) == [
        "argument",
        "ascii-printing-character",
        "cf",
        "character-folding",
        "numeric-argument",
    ]
    assert got["argument"].body == "See Numeric Argument."
    assert got["argument"].see_also == ("Numeric Argument",)
    assert got["cf"].aliases == ("c.f.", "confer")  # round 48 lane N: "Short for X" names X
    assert (
        got["cf"].body == 'Short for "confer" in Latin, which means "compare with" or "compare to".'
    )
    assert "between a, and ä and á." in got["character-folding"].body
    # @samp prints as typed: its backtick stays one (round 52 lane PT; it read "'" before)
    assert "characters: !@#$%^&*()_-+=|\\~`{}[]:;\"'<>,.?/." in got["ascii-printing-character"].body


def test_definition_blocks() -> None:
    text = (
        "@node Commands\n@section Commands\n\n"
        "@deffn Command forward-word count\n@deffnx Command backward-word count\n"
        "Move point forward @var{count} words.\n@end deffn\n\n"
        "@defvar fill-column\nThe column beyond which lines are broken.\n@end defvar\n"
    )
    _, _, entries = parse_document(text, "emacs", file="cmds.texi")
    assert [(e.title, e.aliases, e.body) for e in entries] == [
        ("forward-word", ("backward-word",), "Move point forward count words."),
        ("fill-column", (), "The column beyond which lines are broken."),
    ]


def test_inline_commands() -> None:
    assert texinfo_text("@url{https://x.org, the site} and @uref{https://y.org}") == (
        "the site and https://y.org"
    )
    assert texinfo_text("@acronym{GNU, GNU's Not Unix}---free") == "GNU (GNU's Not Unix)—free"
    assert texinfo_text("@,{c}a va, @ss{}, @dots{} @TeX{}") == "ça va, ß, ... TeX"
    assert texinfo_text("As noted@footnote{a note} @pxref{Node,,Title}") == "As noted see Title"


# --- the feuerwehr MkDocs page ---------------------------------------------------------------


def test_feuerwehr_terms_and_no_page_furniture(feuerwehr: dict[str, Entry]) -> None:
    source = (FORMATS / "feuerwehr-glossary.md").read_text(encoding="utf-8")
    headings = [line[4:] for line in source.split("\n") if line.startswith("### ")]
    assert list(feuerwehr) == [slugify(h) for h in headings]  # every id as before, no junk
    assert "begriffe--abkürzungen" not in feuerwehr
    assert "zusammenfassung" not in feuerwehr and "nächste-schritte" not in feuerwehr


@pytest.mark.parametrize(
    ("anchor", "names"),
    [
        ("pa-pressluftatmer", ("PA", "Pressluftatmer")),
        ("dlk-drehleiter-mit-korb", ("DLK", "Drehleiter mit Korb")),
        ("bma-brandmeldeanlage", ("BMA", "Brandmeldeanlage")),
        ("hlf-hilfeleistungslöschgruppenfahrzeug", ("HLF", "Hilfeleistungslöschgruppenfahrzeug")),
        ("tlf-tanklöschfahrzeug", ("TLF", "Tanklöschfahrzeug")),
        ("psa-persönliche-schutzausrüstung", ("PSA", "Persönliche Schutzausrüstung")),
        ("c-rohr--c-schlauch", ("C-Rohr", "C-Schlauch")),
        ("wasser-halt--wasser-stop", ("Wasser halt", "Wasser stop")),
    ],
)
def test_german_acronym_and_slash_titles_give_names(
    feuerwehr: dict[str, Entry], anchor: str, names: tuple[str, ...]
) -> None:
    assert set(names) <= set(feuerwehr[anchor].aliases)


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("US (Ultrasound)", ["US", "Ultrasound"]),  # dicom-glossary
        ("CMAS (Confédération Mondiale des Activités Subaquatiques)", ["CMAS"]),  # dive
        ("ReLU (rectified linear unit)", []),  # not all capitals: no loose spelling
        ("Kupplung (Storz)", []),  # a qualifier
        ("Leiter (tragbare)", []),
        ("XSS (Cross-Site Scripting)", []),
        ("Lead-in / lead-out feed rate", []),  # cnc: sides of unlike length
        ("Tier III / Tier IV", ["Tier III", "Tier IV"]),  # energy
    ],
)
def test_title_names_rules(title: str, names: list[str]) -> None:
    got = acronym_aliases(title)
    assert got[: len(names)] == names if names else got == []


def test_admonition_text_is_text_not_code(tmp_path: Path) -> None:
    # the page's closing section, under a term heading so that it is read as an entry
    text = (
        "## Lerntipps\n\nDu hast jetzt **über 100 Begriffe** kennengelernt!\n\n"
        '!!! tip "Lerntipp"\n\n    - Lies jeden Tag 10 Begriffe\n'
        "    - Notiere dir unklare Begriffe und frage deinen Ausbilder\n"
    )
    _, _, entries = parse_document(text, "fw", file="fw.md")
    assert "```" not in entries[0].body
    assert "Lerntipp:" in entries[0].body
    assert "- Lies jeden Tag 10 Begriffe" in entries[0].body


def test_letter_group_with_terms_is_no_closing_section() -> None:
    corpus = load_corpus(Path(__file__).parents[1] / "eval" / "corpora" / "ledger-glossary")
    assert "ledger-glossary#-star" in {e.id for e in corpus.entries}  # "## Symbols" group
