"""Round 21 post-fix, parsing lane (findings of the net, docker and phylo curators).

- consecutive ``**X** - Y`` lines with no blank line between them are one entry each,
  not one entry titled by the first line (net-glossary's "Common Acronyms" block);
- a line "Also known as X" (or "Also called X", "a.k.a. X") under a definition gives X
  as an alias (docker-glossary's YAML definitions);
- an rst role opener left unclosed into the next role (phylo-glossary's "path length")
  no longer leaves raw ``:term:``` markup in the body.
"""

from __future__ import annotations

import textwrap

from helpers import ROOT

from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.parsing.corpus import load_corpus

CORPORA = ROOT / "eval" / "corpora"


def _entries(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(CORPORA / name).entries}


def _parse(text: str, name: str) -> dict[str, Entry]:
    source = name.rsplit(".", 1)[0]
    return {e.title: e for e in parse_text(textwrap.dedent(text), source, file=name)}


def test_parser_version_bumped() -> None:
    assert PARSER_VERSION >= 27


def test_net_acronym_lines_are_one_entry_each() -> None:
    entries = _entries("net-glossary")
    assert entries["net-glossary#ap"].body == "Access Point"
    assert "ARP" not in entries["net-glossary#ap"].body
    tcp = entries["net-glossary#tcp"]
    assert tcp.title == "TCP" and tcp.body == "Transmission Control Protocol"
    assert entries["net-glossary#wlan"].body == "Wireless Local Area Network"
    assert entries["net-glossary#ieee-8023"].body == "Ethernet standard"
    assert entries["net-glossary#isoiec-11801"].body == "International cabling standard"
    # the spaced entries above the blocks are unchanged
    assert entries["net-glossary#access-point-ap"].title == "Access Point (AP)"
    assert len(entries) == 97


def test_bold_lines_need_every_line_to_be_a_term() -> None:
    split = _parse(
        """\
        # Acronyms

        **AP** - Access Point
        **ARP** – Address Resolution Protocol
        **DNS**: Domain Name System
        """,
        "acr.md",
    )
    assert split["ARP"].body == "Address Resolution Protocol"
    assert split["DNS"].body == "Domain Name System"
    # a bold term whose definition wraps onto a plain second line stays one entry
    wrapped = _parse(
        """\
        # Terms

        **Latency** - the time a packet takes
        to cross the network, end to end.

        **Jitter** - variation in latency.

        **Loss** - dropped packets.
        """,
        "wrap.md",
    )
    assert "to cross the network" in wrapped["Latency"].body
    assert "Jitter" in wrapped


def test_docker_also_known_as_gives_an_alias() -> None:
    entries = _entries("docker-glossary")
    assert "control groups" in entries["docker-glossary#cgroups"].aliases
    assert "Docker Compose" in entries["docker-glossary#compose"].aliases
    assert "VM" in entries["docker-glossary#virtual-machine"].aliases
    assert "data volume" in entries["docker-glossary#volume"].aliases
    assert "Also known as VM" in entries["docker-glossary#virtual-machine"].body


def test_also_known_as_only_from_a_line_of_its_own() -> None:
    assert also_known_aliases("A tool.\nAlso called Docker Engine") == ["Docker Engine"]
    assert also_known_aliases("A tool.\n*a.k.a. data volume*") == ["data volume"]
    # mid-sentence, or a whole clause, is not a name
    assert also_known_aliases("The daemon (also called Docker Engine) runs.") == []
    assert also_known_aliases("Also known as the thing that runs all of the jobs here") == []


def test_phylo_broken_term_role_is_clean() -> None:
    body = _entries("phylo-glossary")["phylo-glossary#path-length"].body
    assert ":term:" not in body and "`" not in body
    assert body.endswith("path weight is the sum of edge lengths.")
