"""Round 42 lane P1: Perl POD glossaries (.pod; .pm / .pl modules whose POD has a glossary
part): ``=head2`` terms under letter headings, ``=over`` / ``=item`` term lists, formatting
codes (pod.py, pod_text.py).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 42, lane P1").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.pod_text import bold_letter_names, render

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def raku() -> dict[str, Entry]:
    return _by_anchor("raku-glossary.pod")


@pytest.fixture(scope="module")
def perl() -> dict[str, Entry]:
    return _by_anchor("perlglossary.pod")


@pytest.fixture(scope="module")
def parrot() -> dict[str, Entry]:
    return _by_anchor("parrot-glossary.pod")


# --- which files are read ---


@pytest.mark.parametrize("suffix", [".pod", ".pm", ".pl"])
def test_pod_suffixes_are_listed(suffix: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES


def test_perl_code_is_listed_only_with_a_glossary_part(tmp_path: Path) -> None:
    for name in ("context-singleton.pm", "dochazka-rest.pm", "raku-glossary.pod"):
        shutil.copy(FORMATS / name, tmp_path / name)
    code = (FORMATS / "context-singleton.pm").read_text(encoding="utf-8")
    (tmp_path / "plain-module.pm").write_text(code.replace("=head1 GLOSSARY", "=head1 TERMINAL"))
    (tmp_path / "family.pl").write_text("parent(tom, bob).\nparent(bob, ann).\n")  # Prolog
    assert [p.name for p in glossary_files(tmp_path)] == [
        "context-singleton.pm",
        "dochazka-rest.pm",
        "raku-glossary.pod",
    ]


# --- heading terms (Synopsis 99) ---


def test_head2_terms_under_letter_headings(raku: dict[str, Entry]) -> None:
    titles = {e.title for e in raku.values()}
    assert len(raku) == 555  # 555 =head2 and one =head3, less the group "(" over it
    assert not titles & {"A", "Z", "TITLE", "VERSION", "AUTHORS", ":", "("}
    assert raku["twigil"].body.startswith("A secondary sigil. For example, %*ENV")
    assert raku["gorillabanana-problem"].title == "gorilla/banana problem"
    assert raku["camelia"].title == "Camelia" and raku["camelia-1"].title == "camelia"
    assert "Elizabeth Mattijsen" not in " ".join(e.body for e in raku.values())


def test_stub_and_pointer_headings(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "raku-glossary.pod", tmp_path / "raku-glossary.pod")
    raku = {e.anchor: e for e in load_corpus(tmp_path).entries}
    assert raku["array"].body == "" and raku["argument"].body == ""
    assert raku["adverb"].body == "See adverbial pair."
    assert "adverb" in raku["adverbial-pair"].aliases  # redirects.alias_pointers


def test_empty_heading_over_deeper_ones_is_a_group() -> None:
    entries = parse_file(FORMATS / "raku-glossary.pod")
    group = [e for e in entries if e.title == "()"]
    assert len(group) == 1 and group[0].body == "See empty list."
    assert "(" not in {e.title for e in entries}


def test_semicolon_inside_a_word_is_no_synonym_list(raku: dict[str, Entry]) -> None:
    assert raku["tldr"].title == "tl;dr" and raku["tldr"].aliases == ()


def test_bold_letters_spell_the_acronym(raku: dict[str, Entry]) -> None:
    assert "Not Quite Perl" in raku["nqp"].aliases
    assert raku["nqp"].body.startswith("Short for Not Quite Perl, a subset")
    assert "Block, Alternatively Statement" in raku["blast"].aliases
    assert "repository of all spec tests" in raku["roast"].aliases
    assert "Abstract Syntax Tree" in raku["ast"].aliases


def test_links_show_their_text_and_name_terms(raku: dict[str, Entry]) -> None:
    actions = raku["actions"]
    assert "See Action objects in S05-regex." in actions.body
    assert set(actions.see_also) >= {"AST", "grammar"}
    assert "L<" not in "".join(e.body for e in raku.values())
    # "</precomposed codepoint>": a link that lost its L
    assert "precomposed codepoint" in raku["synthetic-codepoint"].see_also


def test_verbatim_code_kept_as_lines(raku: dict[str, Entry]) -> None:
    body = raku["blast"].body
    assert "try { dangerous(); functions() };\n#   ^^^^" in body


# --- item terms (perlglossary, Parrot) ---


def test_item_terms_under_letter_headings(perl: dict[str, Entry]) -> None:
    assert len(perl) == 550
    assert not {e.title for e in perl.values()} & {"A", "NAME", "DESCRIPTION"}
    accessor = perl["accessor-methods"]
    assert accessor.body.startswith("A method used to indirectly inspect")  # X<> shows nothing
    assert "method" in accessor.see_also  # words in bold are defined elsewhere


def test_nested_list_and_comment_paragraphs(parrot: dict[str, Entry]) -> None:
    assert list(parrot)[:3] == ["ast", "bcg", "continuations"]
    body = parrot["continuations"].body
    assert "\n\n1. Create and pass a continuation" in body
    assert "It is common in a system that supports continuations" in body
    assert "Co-Routines" in parrot["continuations"].see_also
    assert "alphabetical" not in " ".join(e.body for e in parrot.values())  # =for comment
    assert parrot["dod"].see_also == ("GC",)


def test_begin_blocks_are_not_shown() -> None:
    text = (
        "=head1 GLOSSARY\n\n=over\n\n=item PDD\n\nParrot Design Document.\n\n=begin html\n\n"
        '<a href="x">pdd00</a>\n\n=end html\n\n=item PGE\n\nParrot Grammar Engine.\n\n=back\n'
    )
    entries = parse_text(text, "p", "pod")
    assert [(e.title, e.body) for e in entries] == [
        ("PDD", "Parrot Design Document."),
        ("PGE", "Parrot Grammar Engine."),
    ]


# --- POD inside Perl modules ---


def test_module_reads_only_its_glossary_part() -> None:
    entries = parse_file(FORMATS / "context-singleton.pm")
    assert [e.title for e in entries] == ["dependency", "frame", "rule", "singleton"]
    assert "contrive 'singleton' => ( ... );" in entries[2].body
    assert "use parent" not in " ".join(e.body for e in entries)


def test_bullet_items_with_a_bold_lead_term() -> None:
    entries = parse_file(FORMATS / "dochazka-rest.pm")
    assert [e.title for e in entries] == [
        "employee",
        "administrator",
        "CLI client",
        "REST server",
        "site",
    ]
    assert entries[2].body.startswith("CLI stands for Command-Line Interface.")


def test_corpus_of_pod_files(tmp_path: Path) -> None:
    for name in ("parrot-glossary.pod", "context-singleton.pm"):
        shutil.copy(FORMATS / name, tmp_path / name)
    corpus = load_corpus(tmp_path)
    assert {e.source for e in corpus.entries} == {"parrot-glossary", "context-singleton"}
    assert not corpus.warnings


# --- formatting codes ---


def test_formatting_codes() -> None:
    assert render("C<< $a <=> $b >> and C<<< >>+<< >>>").text == "$a <=> $b and >>+<<"
    assert render("E<lt>E<gt> E<0x263A> E<eacute> E<verbar>").text == "<> ☺ é |"
    shown = render('L<Sigil|/sigil> of L<"GC"> at L<http://x.org> and L</answer|http://y.org>')
    assert shown.text == "Sigil of GC at http://x.org and answer"
    assert shown.links == ("sigil", "GC")
    assert render("a B<X<alias, defined>nickname> for").text == "a nickname for"


def test_bold_letter_names_need_the_whole_acronym() -> None:
    assert bold_letter_names('Acronym for "B<D>o B<W>hat B<I> B<M>ean".', "DWIM") == [
        "Do What I Mean"
    ]
    assert bold_letter_names("A B<gen>erated B<sym>bol.", "gensym") == ["generated symbol"]
    assert bold_letter_names("B<any> object B<longname>", "meta") == []
