"""Round 42 lane P2: SKOS vocabularies (Turtle .ttl, RDF/XML .rdf/.skos) and a JS-wrapped
JSON dictionary with Dutch key names and bare synonym records.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 42, lane P2").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.models import Entry
from rag_glossary.parsing import turtle
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.fields import FieldSpec, find_columns
from rag_glossary.parsing.js_data import parse_js
from rag_glossary.parsing.skos import parse_skos
from rag_glossary.parsing.sniff_formats import sniff_format
from rag_glossary.parsing.turtle import Literal, TurtleError, triples

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def lidar() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "windlidar-glossary.ttl")}


@pytest.fixture(scope="module")
def scouting() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "vinchem-woordenboek.js")}


# --- suffixes and sniffing ---


@pytest.mark.parametrize("suffix", [".ttl", ".rdf", ".skos"])
def test_rdf_suffixes_are_glossary_files_read_as_skos(suffix: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES
    assert sniff_format("@prefix skos: <x> .", f"vocab{suffix}") == "skos"


# --- Turtle ---


def test_turtle_reads_the_syntax_a_vocabulary_uses() -> None:
    text = (
        "PREFIX ex: <http://example.org/>\n@base <http://example.org/base/> .\n"
        '# a comment with a "quote\n'
        '<#a> a ex:T ; ex:p """long\n"text""", \'single\'@en-GB ; ex:q [ ex:r "x"^^ex:dt ] ;\n'
        "  ex:s ( ex:one ex:two ), 12 ;\n  .\n"
        'ex:dotted.name:with:colons ex:p "caf\\u00e9 \\"q\\"" .\n'
    )
    found = list(triples(text))
    values = [t.object for t in found if t.subject == "http://example.org/base/#a"]
    assert values[:3] == [
        "http://example.org/T",
        Literal('long\n"text'),
        Literal("single", "en-gb"),
    ]
    assert Literal("x") in [t.object for t in found]  # inside [ ... ], datatype dropped
    assert found[-1].subject == "http://example.org/dotted.name:with:colons"
    assert found[-1].object == Literal('café "q"')


def test_turtle_error_names_the_line() -> None:
    with pytest.raises(TurtleError, match="line 2"):
        list(triples('@prefix ex: <http://e/> .\nex:a ex:b "unclosed .\n'))


# --- the IEA Wind Task 32 lidar glossary (SKOS in Turtle) ---


def test_lidar_concepts_are_entries_keyed_by_pref_label(lidar: dict[str, Entry]) -> None:
    assert len(lidar) == 73  # the owl:Ontology / skos:ConceptScheme header is no entry
    for anchor in ("doppler-beam-swinging", "velocity-aziumth-display", "carrier-to-noise-ratio",
                   "stop-stare", "convergent-scan", "chassis-module", "windscanner"):  # fmt: skip
        assert anchor in lidar
    assert "wind-lidar" not in lidar
    assert lidar["convergent-scan"].line == 494


def test_lidar_alt_labels_are_aliases_and_the_german_label_is_no_title(
    lidar: dict[str, Entry],
) -> None:
    assert set(lidar["vertical-slice"].aliases) >= {"RHI", "Range-height indicator"}
    assert "VAD" in lidar["velocity-aziumth-display"].aliases
    assert lidar["applications"].title == "applications"
    assert not any("anwendungen" in (e.title, *e.aliases) for e in lidar.values())
    assert sum(len(e.aliases) for e in lidar.values() if e.aliases) >= 15


def test_lidar_units_and_links_but_no_editorial_note(lidar: dict[str, Entry]) -> None:
    assert "units: dB" in lidar["carrier-to-noise-ratio"].body
    chassis = lidar["chassis-module"]
    assert "OpenLidar" not in chassis.body  # editorialNote: provenance, no text
    assert "Convergent scan" in lidar["virtual-met-mast"].see_also  # skos:related
    assert "design" in chassis.see_also  # skos:broader


def test_language_follows_corpus_language() -> None:
    text = (FORMATS / "windlidar-ontology.ttl").read_text(encoding="utf-8")
    english = {s.title for s in parse_skos(text, "x", FieldSpec()).sections}
    german = {s.title for s in parse_skos(text, "x", FieldSpec(language="de")).sections}
    assert "Velocity azimuth display" in english
    assert "Geschwindigkeits-Azimut-Anzeige" in german


def test_rdfs_label_and_relative_iris() -> None:
    entries = {e.anchor: e for e in parse_file(FORMATS / "rossbowen-animal-glossary.ttl")}
    assert set(entries) == {"mammal", "cow", "fish"}
    assert entries["mammal"].see_also == ("Cow",)  # <#Cow> read against @base


def test_full_iri_predicates_and_typed_strings() -> None:
    entries = {e.anchor: e for e in parse_file(FORMATS / "iow-water-glossary.ttl")}
    assert entries["water-budget-component"].body.startswith("Flows of water into")
    assert "precip" not in entries  # an owl:NamedIndividual, no skos:Concept


def test_rdf_xml_concepts() -> None:
    text = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY skos "http://www.w3.org/2004/02/skos/core#" > ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:skos="http://www.w3.org/2004/02/skos/core#" xml:lang="fr">
  <skos:ConceptScheme rdf:about="http://e.org/s"><skos:prefLabel>Schéma</skos:prefLabel>
  </skos:ConceptScheme>
  <skos:Concept rdf:about="http://e.org/c1">
    <skos:prefLabel>ABLETTE</skos:prefLabel>
    <skos:prefLabel xml:lang="en">BLEAK</skos:prefLabel>
    <skos:definition xml:lang="en">A small freshwater fish.</skos:definition>
    <skos:related rdf:resource="http://e.org/c2"/>
  </skos:Concept>
  <rdf:Description rdf:about="http://e.org/c2">
    <rdf:type rdf:resource="&skos;Concept"/>
    <skos:prefLabel xml:lang="en">Carp</skos:prefLabel>
    <skos:altLabel xml:lang="en">Common carp</skos:altLabel>
  </rdf:Description>
</rdf:RDF>
"""
    sections = parse_skos(text, "x", FieldSpec()).sections
    assert [(s.title, s.body, s.aliases, s.see_also) for s in sections] == [
        ("BLEAK", "A small freshwater fish.", [], ["Carp"]),
        ("Carp", "", ["Common carp"], []),
    ]
    assert sections[0].line == 7


def test_no_concepts_says_why() -> None:
    parsed = parse_skos('@prefix ex: <http://e/> .\nex:a ex:b "c" .\n', "x", FieldSpec())
    assert not parsed.sections and "skos:Concept" in (parsed.problem or "")


# --- the Vinchem scouting dictionary (JSON wrapped in a JS module, Dutch keys) ---


def test_dutch_field_names_find_term_and_definition() -> None:
    cols = find_columns(["woord", "betekenis", "prefix", "voorbeeldzin", "categorie"], FieldSpec())
    assert (cols.term, cols.definition) == ("woord", "betekenis")


def test_scouting_records_are_entries_keyed_by_woord(scouting: dict[str, Entry]) -> None:
    assert len(scouting) == 258  # the 55 synonym records are no entries
    for anchor in ("hudo", "annemaria-koekoek", "x-secondenregel", "npk", "rsa",
                   "lijntje-omheining", "welp", "welp-1"):  # fmt: skip
        assert anchor in scouting
    assert scouting["welp-1"].title == "W.E.L.P."
    assert "voorbeeldzin:" in scouting["hudo"].body  # an example sentence: a field line


def test_synonym_records_are_aliases_of_their_target(scouting: dict[str, Entry]) -> None:
    assert set(scouting["leiding"].aliases) >= {"leidingksen", "leidingks", "leidings"}
    assert {"explorer", "explorers"} <= set(scouting["rsa"].aliases)
    assert "explorer" not in scouting


def test_text_less_record_naming_no_defined_term_stays_an_entry() -> None:
    text = (
        'const c = {"words": [{"woord": "a", "betekenis": "Eerste woord hier."},\n'
        '{"woord": "b", "betekenis": "Tweede woord hier."},\n'
        '{"woord": "c", "synonym": "nergens"}]};\n'
    )
    sections = parse_js(text, "x", FieldSpec()).sections
    assert [(s.title, s.aliases) for s in sections][-1] == ("c", ["nergens"])


def test_a_dotted_run_that_is_no_name_is_one_token_read_once() -> None:
    # Read as word, ".", word, ... each start re-scanned the whole run for a prefix's ":" (a
    # 16 kB line took seconds); one token means one pass. Turtle has no such word: an error.
    run = "a." * 5000
    assert [t.kind for t in turtle._tokens(run + " ")] == ["word", "punct"]
    with pytest.raises(TurtleError):
        list(triples(run + " ."))
