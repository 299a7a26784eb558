"""Round 41, lane P2: roff glossaries (roff.py) and a TypeScript one in Portuguese.

Fixtures (tests/fixtures/formats/SOURCES.md): X/Open's CDE Glossary in troff with the mm
macros and the spec's own ``.gT "term"`` macro, the 4.4BSD C shell introduction's
Glossary (ms, ``.IP term``), the X11R5 protocol Glossary (ms, a bold line over ``.IP``),
Git's gitglossary(7) (DocBook's man output: ``.PP`` term over ``.RS 4``), Perl's
perlglossary(1) (pod2man: ``.IP "term" 4``), and trimundo's trigonometry glossary (TS).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from format_fixtures import FORMATS, fixture_entries

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing.base import acronym_aliases
from rag_glossary.parsing.dialects import parse_document
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.notation_names import contracted_names, notation_names
from rag_glossary.parsing.roff_text import render


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


@pytest.fixture(scope="module")
def cde(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    return _by_anchor(fixture_entries(tmp_path_factory.mktemp("cde"), "cde-glossary.r"))


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    return _by_anchor(fixture_entries(tmp_path_factory.mktemp("trig"), "trig-glossary.ts"))


# --- which files are read -----------------------------------------------------------------


def test_loader_takes_roff_suffixes_only_when_roff_shaped(tmp_path: Path) -> None:
    assert {".r", ".roff", ".man", ".ms", ".mm", ".me", ".1", ".7", ".9"} <= set(GLOSSARY_SUFFIXES)
    for name in ("cde-glossary.r", "gitglossary.7", "csh-glossary.ms"):
        (tmp_path / name).write_bytes((FORMATS / name).read_bytes())
    # an R script and a Ratfor program share ".r"; a numbered log shares ".1": no entries
    (tmp_path / "analysis.r").write_text(
        ".libPaths('~/R')\nlibrary(dplyr)\n.First <- function() {\n  x <- c(1, 2)\n}\n"
        "df <- read.csv('a.csv')\nsummary(df)\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.1").write_text("First draft.\n\nSecond thoughts.\n", encoding="utf-8")
    assert [p.name for p in glossary_files(tmp_path)] == [
        "cde-glossary.r",
        "csh-glossary.ms",
        "gitglossary.7",
    ]


# --- CDE: the spec's own term macro (mm) ---------------------------------------------------


def test_term_macro_lines_are_the_entries(cde: dict[str, Entry]) -> None:
    source = (FORMATS / "cde-glossary.r").read_text(encoding="utf-8")
    terms = re.findall(r'^\.gT "([^"]*)"', source, re.M)
    assert [e.title for e in cde.values()] == terms  # 139, in file order
    for anchor in ("edict", "object-type-otype", "rpcttdbserverd", "tooltalk-api", "xdr"):
        assert anchor in cde
    # the heading, the service names and the 390 POSIX / Motif / X names after .gE: none
    assert not any("terms" in a or "zombie" in a or a == "window-manager" for a in cde)


def test_mm_markup_goes_and_references_name_their_term(cde: dict[str, Entry]) -> None:
    assert cde["abandoned-action"].body == (
        "(Execution Management Services) An action that is no longer managed by the "
        "execution service."
    )
    # \*(Zx (defined in another file) prints nothing; \c and ".cX chapter )" leave no "()"
    assert cde["actions-and-data-types-database"].body == (
        "(Execution Management, Data Typing) The text files used to control the data typing "
        "and execution management services."
    )
    # ".xR11 wstitle" marks the next entry; "(See .cX wstitle .)" reads its title
    assert cde["workspace-name"].body.endswith("(See workspace title.)")
    assert cde["workspace-name"].see_also == ("workspace title",)
    assert cde["data-types-database"].body == "(Data Typing) See actions and data types database."
    # TeX quotes, .B/.RI/.Cm font macros, a .BL list, .P paragraphs in one entry
    assert "(the “logical” colour)" in cde["colour-set"].body
    assert "For ksh and sh users" in cde["login-shell"].body
    assert cde["signature"].body.split("\n")[1:] == [
        "- A ptype signature (psignature) describes the procedural messages that the "
        "application is prepared to receive.",
        "- An otype signature (osignature) defines the messages that can be addressed to "
        "objects of the type.",
    ]
    assert cde["contexts"].body.count("\n\n") == 2
    for entry in cde.values():
        assert "\\" not in entry.body and ".mc" not in entry.body and "``" not in entry.body


def test_second_names_in_parentheses_are_aliases(cde: dict[str, Entry]) -> None:
    got = {
        a: cde[a].aliases
        for a in (
            "object-type-otype",
            "object-type-identifier-otid",
            "value-type-vtype",
            "object-specification-spec",
            "opname-op",
        )
    }
    assert got == {
        "object-type-otype": ("otype",),
        "object-type-identifier-otid": ("otid",),
        "value-type-vtype": ("vtype",),
        "object-specification-spec": ("spec",),
        "opname-op": ("op",),
    }


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("object type (otype)", ["otype"]),
        ("object type identifier (otid)", ["otid"]),
        ("Temperature coefficient (tempco)", ["tempco"]),
        ("Travel (move)", []),  # a qualifier, no contraction of the title
        ("Interested party (stakeholder)", []),
        ("Setup (testing)", []),
    ],
)
def test_contracted_names(title: str, names: list[str]) -> None:
    assert contracted_names(title) == names
    assert set(names) <= set(acronym_aliases(title))


# --- man and ms glossaries ---------------------------------------------------------------------


def test_ms_tagged_paragraphs(tmp_path: Path) -> None:
    csh = _by_anchor(fixture_entries(tmp_path, "csh-glossary.ms"))
    assert len(csh) == 146
    assert list(csh)[:4] == ["entry", "entry-1", "aout", "absolute-pathname"]  # ".", ".."
    assert csh["entry"].title == "." and csh["entry-1"].title == ".."
    # ms's ".I Pathname s" runs its arguments together; ".DS" displays keep their lines
    assert "Pathnames which are not absolute are called relative" in csh["absolute-pathname"].body
    assert "\nchdir paper\n" in csh["entry-1"].body
    assert csh["core-dump"].title == "core dump"  # ".IP "core\ dump""
    assert csh["delete"].title == "DELETE"  # "\s-2DELETE\s0"


def test_bold_line_over_indented_paragraph(tmp_path: Path) -> None:
    x11 = _by_anchor(fixture_entries(tmp_path, "x11-protocol-glossary.ms"))
    assert len(x11) == 98
    assert x11["access-control-list"].body.startswith("X maintains a list of hosts")
    # the index macro ('.IN "Bit" "gravity" "@DEF@"') restating the term prints nothing
    assert x11["bit-gravity"].title == "Bit gravity"
    assert not any("@DEF@" in e.body or e.title == "Glossary" for e in x11.values())
    assert "An InputOutput window can have a background" in x11["background"].body


def test_docbook_man_page_term_over_indent(tmp_path: Path) -> None:
    git = _by_anchor(fixture_entries(tmp_path, "gitglossary.7"))
    assert len(git) == 92
    assert git["alternate-object-database"].body == (
        "Via the alternates mechanism, a repository can inherit part of its object database "
        'from another object database, which is called an "alternate".'
    )
    assert git["commit-ish-also-committish"].aliases == ("committish",)
    # pathspec's nested magic words stay in its text; the nroff branch's bullets are items
    assert "top" not in git and "- any path matches itself" in git["pathspec"].body
    assert "The magic word top (magic signature: /)" in git["pathspec"].body
    # NAME, SEE ALSO, NOTES (".IP " 1." 4") are no entries, nor part of the last one
    assert list(git)[-1] == "worktree" and "gittutorial" not in git["worktree"].body


def test_pod2man_items(tmp_path: Path) -> None:
    perl = _by_anchor(fixture_entries(tmp_path, "perlglossary.1"))
    assert len(perl) == 549
    assert perl["accessor-methods"].body == (
        "A method used to indirectly inspect or update an object’s state (its instance variables)."
    )
    assert perl["argv"].title == "ARGV"  # "\s-1ARGV\s0"
    assert not any(a in perl for a in ("a", "b", "description", "name"))  # letter groups


def test_tp_items_stacked_tags_and_headings() -> None:
    text = (
        ".TH GLOSS 7\n.SH DESCRIPTION\nTerms used here.\n.TP\n.B cache\n.TQ\n.B stash\n"
        "A place for things.\n.TP\n\\fIflush\\fR\nEmpty the \\(lqcache\\(rq\\(em now.\n"
        ".PP\nClosing words.\n.SH SEE ALSO\nfoo(1)\n"
    )
    _, _, entries = parse_document(text, "g", file="gloss.7")
    assert [(e.title, e.aliases, e.body) for e in entries] == [
        ("cache", ("stash",), "A place for things."),
        ("flush", (), "Empty the “cache”— now."),
    ]


@pytest.mark.parametrize(
    ("text", "file"),
    [
        ('.H 1 "Glossary"\n.VL 15\n.LI "byte"\nEight bits.\n.LI word\nTwo bytes.\n.LE\n', "g.mm"),
        (".sh 1 Glossary\n.ip byte 10\nEight bits.\n.ip word\nTwo bytes.\n.pp\nMore.\n", "g.me"),
    ],
)
def test_mm_variable_list_and_me_items(text: str, file: str) -> None:
    _, _, entries = parse_document(text, "g", file=file)
    assert [(e.title, e.body) for e in entries] == [("byte", "Eight bits."), ("word", "Two bytes.")]


def test_roff_escapes() -> None:
    assert render(r"\fBbold\fP \s-2SMALL\s0 \(em \[u00E9] \('e \(*p \e \- x\&.") == (
        "bold SMALL — é é π \\ - x."
    )
    assert render("``quoted''") == "“quoted”"


# --- the TypeScript glossary in Portuguese ---------------------------------------------------


def test_bracketed_interval_is_no_link(trig: dict[str, Entry]) -> None:
    body = trig["inversa-trigonométrica-arcsin"].definition
    assert body.endswith("arcsin: [−1, 1] → [−π/2, π/2].")
    assert clean_title("in [x, y] and [0, 2π) or [2π]") == "in [x, y] and [0, 2π) or [2π]"
    assert clean_title("see [Overfitting] and [M]") == "see Overfitting and M"  # still links


def test_notation_in_brackets_is_an_alias(trig: dict[str, Entry]) -> None:
    assert trig["inversa-trigonométrica-arcsin"].aliases == ("arcsin",)
    assert "limite-1--cos-x--x" in trig  # ids unchanged
    assert len(trig) == 46


@pytest.mark.parametrize(
    ("title", "body", "names"),
    [
        ("Inversa trigonométrica (arcsin)", "arcsin: [−1, 1] → [−π/2, π/2].", ["arcsin"]),
        ("Richardson Number (Ri)", "Ratio of buoyancy to shear; Ri = N²/S².", ["Ri"]),
        ("Sine (sin)", "The ratio; sin(x) is periodic.", ["sin"]),
        ("Counter (metric)", "A metric that reports a count.", []),  # a word, used as one
        ("Buoyancy Frequency (N²)", "N² = -g/ρ₀ ∂ρ/∂z.", []),  # a power, not a name
        ("Coriolis Parameter (f)", "f = 2Ω sin φ.", []),  # one letter
    ],
)
def test_notation_names(title: str, body: str, names: list[str]) -> None:
    assert notation_names(title, body) == names
