"""Round 50 lane PD: DITA topics read as DITA-OT shows them (parsing/dita_topics.py).

The fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 50, lane PD"): the UK
Ministry of Justice's security glossary (a ``<topic>`` whose nested topic holds one ``<dl>`` of
46 terms, conref placeholders for "the MoJ", ``<xref>`` links, then a prose topic), a DITA-OT
sample concept with a ``<dl>`` of three conference-call types, two Eucalyptus and one
WanEye ``<glossgroup>``, and DITA files that are no glossary (a task, a concept of
sections, a glossary map).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from format_fixtures import FORMATS, by_title, fixture_entries

from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.xml_glossary import _surface_names, parse_xml

INFOSEC = "infosec-glossary.dita"


@pytest.fixture(scope="module")
def infosec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    entries = fixture_entries(tmp_path_factory.mktemp("infosec-glossary"), INFOSEC)
    return {e.anchor: e for e in entries}


def test_every_dlentry_is_an_entry(infosec: dict[str, Entry]) -> None:
    text = (FORMATS / INFOSEC).read_text(encoding="utf-8")
    terms = re.findall(r"<dt>([^<]+)</dt>", text)
    assert len(terms) == 46
    # one entry per term, anchored at its slug (equal to the dlentry's id where it has one),
    # and the prose topic after the list; the "Glossary" and "Terms" frames are none
    assert set(infosec) == {slugify(t) for t in terms} | {"out-of-band-checks"}
    ids = re.findall(r'<dlentry id="([^"]+)"', text)
    assert len(ids) == 17 and set(ids) <= set(infosec)
    twofa = infosec["2fa"]
    assert (twofa.title, twofa.line, twofa.body) == (
        "2FA",
        17,
        "Refer to Multi-factor authentication.",
    )
    assert infosec["business-continuity-plan-bcp"].aliases == ("BCP",)
    assert infosec["open-source-intelligence-osint"].aliases == ("OSINT",)
    checks = infosec["out-of-band-checks"]
    assert checks.title == "Out of band checks"
    assert checks.body.startswith("Out of band checks are an easy method")
    assert "\n\nExample 1: You receive an email request" in checks.body


def test_placeholders_and_links_read_as_text(infosec: dict[str, Entry]) -> None:
    # <ph conref="conrefs.dita#conrefs/moj"/> stands for a name kept in another file
    assert infosec["blue-team"].body == (
        "The internal security defence team in an organisation. Within the moj, this work is "
        "performed by the Security Team."
    )
    assert infosec["exfiltrate"].body.startswith("The formal name for a technique used by threat")
    bodies = "\n".join(e.body for e in infosec.values())
    assert not re.search(r" [,.]|  |the ,", bodies)


def test_an_empty_link_shows_its_targets_term(tmp_path: Path) -> None:
    text = (FORMATS / INFOSEC).read_text(encoding="utf-8")
    linked = '<xref href="#terms/incident" format="dita">incident</xref>'
    assert linked in text
    (tmp_path / INFOSEC).write_text(
        text.replace(linked, '<xref href="#terms/incident" format="dita"/>'), encoding="utf-8"
    )
    breach = by_title(list(load_corpus(tmp_path).entries))["Data breach"]
    assert breach.body == "An Incident where data is accessed in a non-authorised way."


def test_a_concepts_definition_list(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "comstar-conference-calls.dita")
    assert [e.title for e in entries] == [
        "Three-way conference call",
        "Multi-line conference call",
        "Dial-in conference call",
    ]  # the concept holding the list only introduces it
    assert entries[2].body == (
        "Dial-in conference calling uses a single conference call number to connect multiple "
        "people."
    )


@pytest.mark.parametrize("name", ["comstar-placing-a-call.dita", "eucalyptus-policy-elements.dita"])
def test_dita_topics_without_terms_give_none(tmp_path: Path, name: str) -> None:
    with pytest.raises(CorpusError, match="no DITA glossary entries"):
        fixture_entries(tmp_path, name)


def test_a_glossary_map_gives_none() -> None:
    text = (FORMATS / "eucalyptus-glossary.ditamap").read_text(encoding="utf-8")
    parsed = parse_xml(text, "eucalyptus-glossary", FieldSpec())
    assert parsed.sections == [] and parsed.problem and "no DITA glossary" in parsed.problem


def test_glossgroups_keep_their_reading(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "eucalyptus-glossgroup.dita", "waneye-glossgroup.dita")
    anchors = [e.anchor for e in entries]
    # a glossentry's id is no anchor (id="az": "availability zone"), as for DocBook
    assert "availability-zone" in anchors and "az" not in anchors
    assert len(entries) == 12 + 7
    assert anchors.count("border-gateway-protocol") == 1
    assert "border-gateway-protocol-1" in anchors
    assert by_title(entries)["Software Defined Network"].aliases == ("SDN",)


def test_a_surface_form_gives_its_acronym_once() -> None:
    # dita-pd-glossentry.xml: <glossSurfaceForm>Parkinson's Disease (PD)</glossSurfaceForm>
    assert _surface_names("Parkinson's Disease (PD)", "Parkinson's Disease") == ["PD"]
    assert _surface_names("PD", "Parkinson's Disease") == ["PD"]
