"""Round 44 lane P1: glossary records kept in BibTeX files (``.bib``): bib2gls's ``@entry``,
``@abbreviation`` / ``@acronym``, ``@symbol``, ``@index`` and ``@dual...`` records, the gloss
package's ``@gd``, read with bibtexparser and the LaTeX glossary reader's value rules
(parsing/bib_glossary.py). A bibliography (``@article``, ``@book``) gives no entries.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 44, lane P1").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing.bib_glossary import parse_bib_glossary
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.latex_glossary import latex_text
from rag_glossary.parsing.sniff_formats import sniff_format

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def research() -> dict[str, Entry]:
    return _by_anchor("research-glossary.bib")


def test_bib_files_are_listed_and_read_as_bibtex(tmp_path: Path) -> None:
    assert ".bib" in GLOSSARY_SUFFIXES
    assert sniff_format("@entry{x, name={x}}", "glossary.bib") == "bibtex"
    shutil.copy(FORMATS / "crepe-glossary.bib", tmp_path)
    assert [p.name for p in glossary_files(tmp_path)] == ["crepe-glossary.bib"]


def test_every_entry_record_is_an_entry_keyed_by_its_shown_name(
    research: dict[str, Entry],
) -> None:
    assert len(research) == 297
    reliability = research["reliability"]
    assert reliability.title == "reliability"
    assert reliability.line == 11
    assert reliability.body.startswith("when the steps you have taken to establish your claim")
    # the name as shown, not the BibTeX key (bcw-model, PRISMA, plan-act-reflect-cycle)
    assert research["booth-colomb-and-williams-model"].title == (
        "Booth, Colomb, and Williams model"
    )
    assert research["prisma"].title == "PRISMA"  # \href{http://...}{PRISMA}
    assert research["viva-voce"].title == "viva voce"  # \emph{viva voce}
    assert research["in-vivo"].title == "in-vivo"
    assert "bcw-model" not in research


def test_an_acronym_in_a_name_is_an_alias(research: dict[str, Entry]) -> None:
    ide = research["integrated-development-environment-ide"]
    assert ide.title == "Integrated Development Environment (IDE)"
    assert "IDE" in ide.aliases


def test_latex_in_values_reads_as_text(research: dict[str, Entry]) -> None:
    # a description that goes on from its name loses the lead comma; \glsplf{datum} is
    # the entry's plural; \enquote quotes
    assert research["centrality"].body == "to establish the “centre” of the data set"
    assert research["critical-theory"].body == (
        "that social science can never be 100% objective or value-free"
    )
    assert "the α value" in research["decision"].body
    assert "a branch of Artificial Intelligence that focuses on algorithms" in (
        research["machine-learning"].body
    )
    # \parencite{kuhn2012structure}: a reference list's label, not glossary text
    post = research["post-positivism"].body
    assert post.startswith("introduces the idea of falsification, i.e., that any posited")
    assert "kuhn" not in post
    bodies = " ".join(e.body for e in research.values())
    assert "\\" not in bodies and "2026-01" not in bodies  # no markup, no BibDesk stamps


def test_parent_and_alias_fields_name_related_entries(research: dict[str, Entry]) -> None:
    observation = research["observation-bias"]
    assert observation.see_also[:2] == ("bias", "Hawthorne effect")
    assert research["hawthorne-effect"].body == observation.body
    assert research["box-and-whiskers-plot"].see_also == ("boxplot",)
    assert research["sensitive-personal-datum"].see_also == ("personal datum",)  # once


def test_abbreviation_records_are_titled_by_their_short_form() -> None:
    lars = _by_anchor("larseggert-glossary.bib")
    assert len(lars) == 36
    lan = lars["lan"]
    assert (lan.title, lan.aliases, lan.body) == (
        "LAN",
        ("local area network",),
        "local area network",
    )
    assert lars["wlan"].aliases == ("wireless LAN",)  # Long = {wireless \gls{LAN}}
    assert lars["web-pki"].title == "Web PKI"  # Web~PKI
    assert lars["lwip"].title == "lwIP"  # \textsc{lw}IP
    crepe = _by_anchor("crepe-glossary.bib")
    assert len(crepe) == 12
    assert crepe["api"].aliases == ("Application Programming Interface",)  # @acronym
    assert crepe["façade"].title == "façade"
    assert crepe["direct3d"].body == "Graphics library developed by Microsoft"


def test_string_variables_joined_with_hash_are_resolved() -> None:
    markup = _by_anchor("bib2gls-markuplanguages.bib")
    assert markup["xml"].aliases == ("extensible markup language",)
    assert markup["xhtml"].aliases == ("extensible hypertext markup language",)
    assert markup["xhtml"].body == "XML version of HTML"
    assert markup["latex"].title == "LaTeX"
    assert markup["latex"].body == "a format of TeX designed to separate content from style"


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("crepe-sources.bib", "@misc x13, @online x7, @manual x7, @techreport x1"),
        ("bib2gls-citations.bib", "@book x5, @article x2"),
    ],
)
def test_a_bibliography_gives_no_entries(name: str, kinds: str, tmp_path: Path) -> None:
    text = (FORMATS / name).read_text(encoding="utf-8")
    parsed = parse_bib_glossary(text, "x", FieldSpec())
    assert parsed.sections == []
    assert parsed.problem is not None and parsed.problem.endswith(kinds)
    shutil.copy(FORMATS / name, tmp_path)
    with pytest.raises(CorpusError, match="no glossary records"):
        load_corpus(tmp_path)


def test_index_records_without_text_give_no_entries() -> None:
    parsed = parse_bib_glossary("@index{duck}\n@index{goose,plural={geese}}\n", "x", FieldSpec())
    assert parsed.sections == []
    assert parsed.problem is not None and "index terms only" in parsed.problem


def test_a_textless_alias_record_is_its_targets_alias_and_a_nameless_child_its_parents() -> None:
    text = (
        "@entry{bank, name={bank}, description={}}\n"
        "@entry{bank-river, parent={bank}, description={the land beside a river}}\n"
        "@entry{location-list, name={location list}, description={list of locations}}\n"
        "@index{number-list, name={number list}, alias={location-list}}\n"
    )
    parsed = parse_bib_glossary(text, "x", FieldSpec())
    assert [(s.title, s.aliases) for s in parsed.sections] == [
        ("bank", []),
        ("location list", ["number list"]),
    ]


def test_a_bib_holding_glossaries_macros_is_read_as_latex() -> None:
    container = _by_anchor("container-glossary.bib")
    assert len(container) == 7
    assert container["amqp"].aliases == ("Advanced Message Queuing Protocol",)
    assert container["legacy-system"].body.startswith("Ein älteres System")


def test_gloss_package_records_read_word_and_definition() -> None:
    assert _by_anchor("bsc-thesis-glossary.bib")["test"].body == "Test"
    green = _by_anchor("queens-glossary.bib")["green-function"]  # @GLOSSDEF, a spaced key
    assert green.body.startswith("A microscopic models specifically designed")


def test_href_no_longer_breaks_the_latex_reader() -> None:
    # pylatexenc 2.11 raised IndexError on \href; the .tex reader shares latex_text
    assert latex_text(r"see \href{http://a.example/x}{the list} here", {}) == ("see the list here")
    assert latex_text(r"as shown \cite[p.~3]{knuth} (\parencite{k})", {}) == "as shown"
