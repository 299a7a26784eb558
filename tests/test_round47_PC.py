"""Round 47 lane PC: JSON-LD glossaries (schema.org DefinedTermSet, SKOS in JSON-LD), read
through PyLD's expansion and skos.py's concept mapping.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 47, lane PC").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_document, parse_file
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.sniff_formats import sniff_format

FORMATS = Path(__file__).parent / "fixtures" / "formats"
OVERSIGHT = FORMATS / "oversight-glossary.jsonld"


@pytest.fixture(scope="module")
def oversight() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(OVERSIGHT)}


def test_jsonld_is_a_glossary_suffix_read_as_jsonld() -> None:
    assert ".jsonld" in GLOSSARY_SUFFIXES
    assert sniff_format('{"@context": "https://schema.org"}', "terms.jsonld") == "jsonld"


def test_a_defined_term_set_gives_every_term_by_its_name(oversight: dict[str, Entry]) -> None:
    assert len(oversight) == 41
    stop = oversight["stop-authority"]
    assert stop.title == "Stop Authority"
    assert stop.body == (
        "A role-bound capability to pause or halt system operation when governance "
        "thresholds are exceeded."
    )
    assert stop.line == 43  # the line of its "name"
    # termCode and identifier are codes, not names or text; the set's name on every term too
    assert stop.aliases == () and stop.fields == ()
    assert "HHI" not in stop.body


def test_a_json_escape_in_a_name_is_read_as_the_character(oversight: dict[str, Entry]) -> None:
    entry = oversight["humanai-interaction-governance-context"]
    assert entry.title == "Human\u2013AI Interaction (Governance Context)"


def test_the_term_set_itself_is_no_entry(oversight: dict[str, Entry]) -> None:
    assert "hhi-governance-glossary" not in oversight


def test_expanded_skos_concepts_in_the_glossary_language() -> None:
    text = (FORMATS / "cn2024-top-concept.jsonld").read_text(encoding="utf-8")
    (english,) = parse_document(text, "cn", file="cn.jsonld")[2]
    assert english.title == "SECTION I - LIVE ANIMALS; ANIMAL PRODUCTS"
    assert "scope note: LIVE ANIMALS; ANIMAL PRODUCTS" in english.fields
    assert not any(f.startswith(("notation", "identifier")) for f in english.fields)
    portuguese = parse_document(text, "cn", file="cn.jsonld", fields=FieldSpec(language="pt"))
    assert portuguese[2][0].title == "SEC\u00c7\u00c3O I - ANIMAIS VIVOS E PRODUTOS DO REINO ANIMAL"


def test_an_alt_label_equal_to_the_pref_label_is_no_alias() -> None:
    (chapter,) = parse_file(FORMATS / "cn2024-child-concept.jsonld")
    assert chapter.title == "CHAPTER 1 - LIVE ANIMALS" and chapter.aliases == ()


def test_compact_skos_with_prefixes_language_maps_and_a_graph() -> None:
    context = {
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "label": {"@id": "skos:prefLabel", "@container": "@language"},
    }
    data = json.loads((FORMATS / "cn2024-child-concept.jsonld").read_text(encoding="utf-8"))
    compact = {
        "@context": context,
        "@graph": [
            {
                "@id": data["@id"],
                "@type": "skos:Concept",
                "label": {"en": "Live animals", "pt": "Animais vivos"},
                "skos:definition": {"@value": "Chapter 1 of the nomenclature.", "@language": "en"},
                "skos:altLabel": "CHAPTER 1",
            }
        ],
    }
    (entry,) = parse_document(json.dumps(compact, indent=1), "cn", file="cn.jsonld")[2]
    assert (entry.title, entry.body, entry.aliases) == (
        "Live animals",
        "Chapter 1 of the nomenclature.",
        ("CHAPTER 1",),
    )


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("cn2024-concept-scheme.jsonld", "no skos:Concept or DefinedTerm"),
        ("codemeta-codemeta.json", "remote @context https://w3id.org/codemeta/3.0 not fetched"),
        ("schema-org-codemeta.json", "no skos:Concept or DefinedTerm"),
    ],
)
def test_linked_data_that_is_no_glossary_gives_no_entries(name: str, problem: str) -> None:
    text = (FORMATS / name).read_text(encoding="utf-8")
    _, parsed, entries = parse_document(text, "x", file=name)
    assert entries == [] and problem in (parsed.problem or "")


def test_a_json_file_written_as_json_ld_is_read_as_json_ld() -> None:
    text = OVERSIGHT.read_text(encoding="utf-8")
    dialect, _, entries = parse_document(text, "oversight", file="glossary.json")
    assert dialect == "json"
    assert len(entries) == 41 and entries[0].title == "Governance"  # not "@context", "name"...


def test_a_page_reads_its_json_ld_script_at_its_lines() -> None:
    text = OVERSIGHT.read_text(encoding="utf-8")
    page = (
        "<html><head><title>Glossary</title>\n"
        f'<script type="application/ld+json">\n{text}\n</script>\n'
        "</head><body><p>Terms of our framework.</p></body></html>\n"
    )
    dialect, _, entries = parse_document(page, "page", file="glossary.html")
    assert dialect == "html" and len(entries) == 41
    assert entries[4].title == "Stop Authority" and entries[4].line == 43 + 2
