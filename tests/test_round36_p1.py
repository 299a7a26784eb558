"""Round 36 lane P1 (parser): a TSV whose header is commented out and LaTeX ``glossaries``
files, saved byte for byte under tests/fixtures/formats/ (SOURCES.md says where from).

- ``eclipse-glossary.tsv``: ``# slug<TAB>label<TAB>definition``, a ``# GENERATED`` comment,
  then 141 rows; the commented line is the header (slug ids, label titles, definition bodies);
- ``rpg-glossary.tex``: 28 ``\\newglossaryentry`` and 13 ``\\newacronym[description=...]``,
  accent macros, ``\\glsentrytext`` cross-references, TeX quotes;
- ``jzipfler-glossary-de.tex`` / ``jzipfler-acronyms.tex``: unbraced values, a missing comma,
  ``\\acrfull`` references to another file, 208 acronyms without descriptions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from format_fixtures import fixture_entries

from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.latex_keyval import braced_list, keyvals
from rag_glossary.parsing.sniff import sniff_dialect

_MARKUP = re.compile(r"\\[A-Za-z]|[{}`]")


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


# --- TSV with a commented header -------------------------------------------------------


def test_commented_tsv_header_names_the_columns(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "eclipse-glossary.tsv")
    assert len(entries) == 141
    first = entries[0]
    assert (first.id, first.title, first.line) == ("eclipse-glossary#aberration", "aberration", 3)
    assert first.body.startswith("The displacement of an apparent direction")
    by = _by_anchor(entries)
    assert by["delta-t"].title == "ΔT"  # the label is the title, the slug column the id
    assert by["tt"].title == "Terrestrial Time (TT)"
    assert "TT" in by["tt"].aliases
    assert by["observer-plane-radii"].title == "L₁′ and L₂′"
    assert by["saros"].body.startswith("An eclipse cycle of 223 synodic months")
    assert all(e.body for e in entries)


def test_comment_that_names_no_column_is_not_a_header(tmp_path: Path) -> None:
    """``#Version: 2`` above a real header row (rodenhausen/glossaries' CSV schema)."""
    (tmp_path / "g.csv").write_text(
        "#Version: 2\n#Source: survey\nterm,definition\nspore,A reproductive cell.\n"
    )
    entries = list(load_corpus(tmp_path).entries)
    assert [(e.title, e.body) for e in entries] == [("spore", "A reproductive cell.")]
    # a comment of another width is prose that happens to hold commas, not the header
    (tmp_path / "g.csv").write_text("# term, definition, example\nterm,definition\nspore,A cell.\n")
    assert [e.title for e in load_corpus(tmp_path).entries] == ["spore"]


# --- LaTeX glossaries ----------------------------------------------------------------


def test_latex_glossary_entries_and_acronyms(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "rpg-glossary.tex")
    assert len(entries) == 41
    by = _by_anchor(entries)
    assert by["the-evasion-factor"].title == "The Evasion Factor"  # key "evasion"
    assert by["initiative-factor"].line == 94
    hp = by["hp"]
    assert (hp.title, hp.aliases) == ("HP", ("Hit Points",))
    assert hp.body == "The basic measure of a character's health"
    # SP (Shield Points) then sp (Silver Pieces): GitHub's rule makes the second sp-1
    assert (by["sp"].title, by["sp-1"].title) == ("SP", "sp")
    assert "Silver Pieces" in by["sp-1"].aliases
    # "-- the person running the game": the lead dash goes; \glsentrytext{gm} reads GM
    assert by["gm"].body.startswith("the person running the game")
    assert by["gm"].body.endswith("in the hands of the GM")
    assert by["weight-rating"].body.endswith("equal to their own HP")
    assert by["mp"].body.startswith("The “battery power” of a magic user")
    assert by["alasse"].title == "Alassë"  # Alass\"e: the id deletes the accent command
    assert by["cale"].title == "Cálë"
    assert not [e.id for e in entries if _MARKUP.search(e.title + e.body)]


def test_latex_unbraced_values_missing_comma_and_outside_references(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "jzipfler-glossary-de.tex", "jzipfler-acronyms.tex")
    glossary = [e for e in entries if e.source == "jzipfler-glossary-de"]
    acronyms = [e for e in entries if e.source == "jzipfler-acronyms"]
    assert (len(glossary), len(acronyms)) == (21, 208)  # the one %-commented acronym is out
    by = _by_anchor(glossary)
    assert by["backing-bean"].title == "Backing Bean"  # name=Backing Bean, (unbraced)
    # description={...} then "plural=Protocol Buffers" on the next line, with no comma
    assert "plural" not in by["protocol-buffer"].body
    assert by["protocol-buffer"].body.endswith("über das Netzwerk")
    assert "eine Art IDS, welches" in by["bro"].body  # \acrfull{IDS}: defined elsewhere
    api = _by_anchor(acronyms)["api"]
    assert (api.title, api.aliases, api.body) == (
        "API",
        ("Application Programming Interface",),
        "Application Programming Interface",
    )


def test_latex_long_entries_see_parent_and_references(tmp_path: Path) -> None:
    """The other forms the glossaries manual documents."""
    (tmp_path / "g.tex").write_text(
        "\\newglossaryentry{set}{name={set},description={a collection of \\glspl{element};"
        " $\\alpha \\in S$},plural={sets},see={element,ml}}\n"
        "\\longnewglossaryentry{element}{name={element},symbol={\\ensuremath{x}}}\n"
        "{An object of a \\gls{set}.\n\nSee \\Gls{set} and \\acrfull{ml}.}\n"
        "\\newglossaryentry{sub}{name=subset,parent=set,description={part of a"
        " \\glsdisp{set}{collection}}}\n"
        "% \\newglossaryentry{gone}{name=Gone,description={commented out}}\n"
        "\\newacronym{ml}{ML}{machine learning}\n"
    )
    by = _by_anchor(list(load_corpus(tmp_path).entries))
    assert list(by) == ["set", "element", "subset", "ml"]
    assert by["set"].body == "a collection of elements; α ∈ S"
    assert by["set"].see_also == ("element", "ML")
    assert by["element"].body == (
        "An object of a set.\n\nSee Set and machine learning (ML).\nSymbol: x"
    )
    assert by["subset"].see_also == ("set",)
    assert by["subset"].body == "part of a collection"


def test_tex_without_glossary_macros_is_no_glossary(tmp_path: Path) -> None:
    (tmp_path / "chapter.tex").write_text(
        "\\chapter{Introduction}\n\\section{Background}\nMachine learning is \\emph{great}.\n"
    )
    with pytest.raises(CorpusError, match=r"chapter\.tex: no glossary entries.*newglossaryentry"):
        load_corpus(tmp_path)
    (tmp_path / "g.md").write_text("## Overfitting\n\nFits noise.\n")
    corpus = load_corpus(tmp_path)
    assert [e.id for e in corpus.entries] == ["g#overfitting"]
    assert any("chapter.tex" in w for w in corpus.warnings)


def test_tex_extension_decides_the_dialect() -> None:
    assert sniff_dialect("\\newacronym{a}{A}{Alpha}\n", "g.tex") == "latex"
    assert sniff_dialect("# Title\n\nText.\n", "notes.tex") == "latex"


def test_keyvals_braces_and_lists() -> None:
    assert keyvals("name={A, B}, description={x=1, {y}},\n plural=As") == {
        "name": "A, B",
        "description": "x=1, {y}",
        "plural": "As",
    }
    assert keyvals("name={a} and {b}") == {"name": "{a} and {b}"}
    assert braced_list("[see also]{a, b}") == ["a", "b"]
