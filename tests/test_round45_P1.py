"""Round 45 lane P1: termbase exports (SDL MultiTerm XML ``<mtf>``, TBX v2 ``<martif>`` and v3
``<tbx>``) read one entry per concept (parsing/termbase.py), and files in UTF-16 / UTF-32
with a byte-order mark decoded as such (parsing/decode.py).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 45, lane P1").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from format_fixtures import FORMATS, fixture_entries

from rag_glossary.corpus_files import glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing.decode import decode, utf8_head
from rag_glossary.parsing.dialects import parse_file


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


@pytest.fixture(scope="module")
def covid() -> dict[str, Entry]:
    return _by_anchor(parse_file(FORMATS / "covid-glossary.xml"))


def test_utf16_multiterm_export_is_decoded_and_every_concept_read(
    covid: dict[str, Entry],
) -> None:
    data = (FORMATS / "covid-glossary.xml").read_bytes()
    assert data.startswith(b"\xff\xfe<\x00?\x00")
    assert decode(data, "covid-glossary.xml").text.startswith("<?xml version='1.0'")  # type: ignore[union-attr]
    assert len(covid) == 165
    # one line, but for a newline inside one concept's note: the concepts after it are on line 2
    assert {e.line for e in covid.values()} == {1, 2}
    defined = [e for e in covid.values() if not e.is_stub]
    assert len(defined) == 60


def test_concept_titled_by_its_first_english_term_other_terms_aliases(
    covid: dict[str, Entry],
) -> None:
    virus = covid["coronavirus"]
    assert virus.title == "coronavirus"
    assert virus.aliases[:3] == (
        "novel coronavirus",
        "SARS-CoV-2",
        "severe acute respiratory syndrome coronavirus 2",
    )
    assert "nuovo coronavirus" in virus.aliases  # the Italian terms too
    assert covid["covid-19"].aliases == ("Covid", "disease", "malattia")
    assert covid["lung"].aliases == ("polmone",)


def test_definition_then_contexts_and_notes_sources_and_other_language_left_out(
    covid: dict[str, Entry],
) -> None:
    body = covid["monoclonal-antibodies"].body
    assert body.startswith("Monoclonal antibodies are proteins created in the laboratory")
    # round 45 lane T: the context goes after a definition, the collocation note too
    assert "\n\n" not in body and "synthetic and laborious" not in body
    for entry in covid.values():  # Definition source / Context source links, Register, ...
        assert "wapo.st" not in entry.body and "bit.ly" not in entry.body
        assert "scientific|journalistic" not in entry.body and entry.body != "manual"
    assert "anticorpi monoclonali" not in body  # the Italian definition stays out


def test_term_only_concept_is_a_stub_entry_with_its_translation(covid: dict[str, Entry]) -> None:
    antibiotics = covid["antibiotics"]
    assert antibiotics.is_stub and antibiotics.body == ""
    assert antibiotics.aliases == ("antibiotici",)


def test_tbx_v3_concepts_read_in_the_files_language_sources_dropped() -> None:
    entries = _by_anchor(parse_file(FORMATS / "astronomy-tbx-basic-v3.tbx"))
    assert len(entries) == 45
    cluster = entries["open-cluster"]
    assert cluster.aliases == ("galactic cluster", "cúmulo abierto")
    assert cluster.body.startswith("A group of stars formed together in the spiral arms")
    assert "Over 1100 open clusters are known" not in cluster.body  # a context (lane T)
    assert "\n\nAnother name for an open star cluster." in cluster.body
    assert "Source" not in cluster.body  # "G-Source: http://...", "N-Source: ..." notes
    assert "Una acumulación" not in cluster.body  # the Spanish definition


def test_tbx_v2_concept_level_definition_usage_note_and_developer_note() -> None:
    entries = _by_anchor(parse_file(FORMATS / "weblate-fr-extended-metadata.tbx"))
    assert entries["data-bus"].aliases == ("bus de données",)
    assert entries["data-bus"].body == (
        "Superseded but still found in older manuals.\n\n"
        "Avoid using this term in any documentation."
    )
    assert entries["sys_err_406"].body.endswith("\n\nDo not translate error codes.")


def test_term_only_tbx_glossary_gives_stub_entries_with_translations() -> None:
    entries = parse_file(FORMATS / "peakneptunian-glossary.tbx")
    assert len(entries) == 25
    leave = _by_anchor(entries)["leave"]
    assert (leave.aliases, leave.is_stub) == (("quit", "pipi"), True)


def test_corpus_language_picks_the_title_language(tmp_path: Path) -> None:
    entries = fixture_entries(
        tmp_path,
        "astronomy-tbx-basic-v3.tbx",
        toml='[files."astronomy-tbx-basic-v3.tbx"]\nlanguage = "es"\n',
    )
    assert entries[0].title == "cúmulo abierto"
    assert entries[0].body.startswith("Una acumulación de una docena")


def test_tbx_schema_is_no_glossary() -> None:
    assert parse_file(FORMATS / "tbx-basic-schema.xml") == []


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16-be", "utf-8-sig"])
def test_bom_files_in_any_unicode_encoding_read_alike(tmp_path: Path, encoding: str) -> None:
    text = (FORMATS / "weblate-fr-extended-metadata.tbx").read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding.endswith("-be"):
        data = "\ufeff".encode(encoding) + data
    (tmp_path / "terms.tbx").write_bytes(data)
    entries = parse_file(tmp_path / "terms.tbx")
    expected = parse_file(FORMATS / "weblate-fr-extended-metadata.tbx")
    assert [(e.title, e.body, e.aliases, e.line) for e in entries] == [
        (e.title, e.body, e.aliases, e.line) for e in expected
    ]


def test_sniffed_suffix_reads_utf16_head(tmp_path: Path) -> None:
    roff = (FORMATS / "gitglossary.7").read_bytes()
    utf16 = roff.decode("utf-8").encode("utf-16")
    head = utf8_head(utf16[:999])  # a cut code unit at the end dropped
    assert len(head) > 400 and roff.startswith(head)
    (tmp_path / "gitglossary.7").write_bytes(utf16)
    shutil.copy(FORMATS / "covid-glossary.xml", tmp_path)
    assert [p.name for p in glossary_files(tmp_path)] == ["covid-glossary.xml", "gitglossary.7"]
