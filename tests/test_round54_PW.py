"""Round 54 lane PW: MediaWiki definition lists (``; '''Term'''`` / ``: definition``).

The real page is eval/corpora/parisc-glossary/parisc-glossary.mediawiki (YAML front matter,
a level-1 ``= GLOSSARY =`` heading, 48 bold definition terms, a nested ``:;`` / ``::`` list
inside GSC, ``[#anchor text]`` links); the small pages are written in its shape.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.mediawiki import mediawiki_source
from rag_glossary.parsing.wiki_markup import wiki_to_markdown

PARISC = Path(__file__).parent.parent / "eval" / "corpora" / "parisc-glossary"
PARISC_IDS = (  # noqa: SIM905
    "artist asp astro bravehawk cio crayon cujo dino elf elroy epic gecko gsc harmony hil hpmc "
    "hp-pb ioa ite kittyhawk lasi lpmc mirage mohawk mongoose nova nio pdc pim runway saga "
    "scorpio sgc snakes som sti suckyio summit summit96--summit98 superio toc u2 ultralight "
    "uturn venom viper wax wright-brothers"
).split()


@pytest.fixture(scope="module")
def parisc() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(PARISC / "parisc-glossary.mediawiki")}


def _titles(text: str, file: str = "page.mediawiki") -> dict[str, Entry]:
    return {e.title: e for e in parse_text(text, "page", file=file)}


def test_front_matter_and_bold_terms_read_one_entry_per_term(parisc: dict[str, Entry]) -> None:
    assert list(parisc) == PARISC_IDS  # 48: no entry for the front matter or the heading
    assert parisc["artist"].title == "Artist"  # not "**Artist**"
    assert parisc["artist"].body == "GSC Graphics Accelerator"
    assert parisc["summit96--summit98"].title == "Summit96 / Summit98"
    assert parisc["hil"].aliases == ("Human Interface Loop",)
    assert "There are a lot" not in " ".join(e.body for e in parisc.values())


def test_entities_and_anchor_links_read_as_text(parisc: dict[str, Entry]) -> None:
    assert parisc["elf"].body.startswith("Executable & Linking Format. Linux/PA-RISC")
    assert parisc["asp"].body.endswith("The predecessor to Lasi.")
    assert parisc["asp"].see_also == ("Lasi",)
    assert parisc["nio"].body == "See HP-PB"
    assert parisc["nio"].see_also == ("HP-PB",)
    assert parisc["wax"].body.endswith("Has often one integrated HIL port and one serial port.")
    bodies = " ".join(e.body for e in parisc.values())
    assert "[#" not in bodies and "&amp;" not in bodies and "'''" not in bodies


def test_nested_definition_list_stays_in_its_entry(parisc: dict[str, Entry]) -> None:
    gsc = parisc["gsc"].body
    assert gsc.startswith("HP proprietary bus. Initially used for I/O")
    assert "GSC-1X: The original GSC bus implemented on PCX-L" in gsc
    assert "GSC-1.5X: GSC-1X with an additional variable length write transaction." in gsc
    assert gsc.endswith(
        "GSC-2X: GSC-1.5X with a protocol enhancement to allow data to be sent "
        "at double the GCLK rate (Peak bandwidth = 256 MB/s)"
    )
    assert "gsc-1x" not in parisc and "gsc-2x" not in parisc
    assert parisc["harmony"].body == "Lasi sound device"  # the entry after GSC is its own


def test_small_pages_in_the_same_shape() -> None:
    page = (
        "---\ntitle: Glossary\n---\n\n= GLOSSARY =\n\nSome words on rocks.\n\n"
        "; '''Tor'''\n: A rocky peak. See [#scree loose stones].\n"
        "; ''Scree'' : Loose stones &amp; gravel.\n"
        "; '''Col '''\n: A low pass:\n:; '''High col'''\n:: Above the trees.\n"
        ":; Low col : Below them.\n; Butte\n: A small [[mesa]].\n"
    )
    titles = _titles(page)
    assert list(titles) == ["Tor", "Scree", "Col", "Butte"]
    assert titles["Tor"].body == "A rocky peak. See loose stones."
    assert titles["Scree"].body == "Loose stones & gravel."
    assert titles["Col"].body == "A low pass:\n\nHigh col: Above the trees.\n\nLow col: Below them."
    assert titles["Butte"].see_also == ("mesa",)
    assert _titles(page, "page.wiki").keys() == titles.keys()
    assert _titles(page.split("---\n\n", 1)[1]).keys() == titles.keys()  # no front matter
    both = page + "; '''Bed''' or '''bank'''\n: A layer.\n"  # bold in part of a term
    assert list(_titles(both))[-1] == "Bed or bank"


def test_markup_lines_and_external_links() -> None:
    text = "= Top =\n== Part ==\n; '''A''' : x '''y''' z\n; B '''c'''\n: [https://e.org/b the b]"
    assert wiki_to_markdown(mediawiki_source(text), mediawiki=True).split("\n") == [
        "# Top",
        "## Part",
        "- **A**: x **y** z",
        "- **B c**",  # bold in part of a term: the term marker bolds it all
        "  [the b](https://e.org/b)",
    ]
    # a page not known to be MediaWiki's counts headings as before: no level-1 reading
    assert wiki_to_markdown("= Top =\n== Part ==").split("\n") == ["= Top =", "# Part"]


# --- phase 2: questions over the parisc entries ----------------------------------------


def test_what_noun_is_in_a_place_asks_of_the_place() -> None:
    from rag_glossary.coverage.keyterms import extract_key_terms

    # "what X is inside / in the Y": X is the attribute asked, Y what it is asked of
    terms = extract_key_terms("what processor is inside the mohawk k-class")
    assert [(t.text, t.subject) for t in terms] == [("processor", False), ("mohawk k class", True)]
    terms = extract_key_terms("what cells are in the tooth pulp")
    assert [(t.text, t.subject) for t in terms] == [("cells", False), ("tooth pulp", True)]
    # no preposition: as before
    assert [t.text for t in extract_key_terms("what cpu is the mohawk")][:1] == ["cpu"]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("what processor is inside the mohawk k-class", "mohawk"),  # "PA-8000 based"
        ("what is the elroy chip", "elroy"),  # a chip named Elroy: the kind word is no name
        ("what is EPIC (Excalibur PCI-bus Interface Chip)", "epic"),  # its own spelling
    ],
)
def test_parisc_questions_answered(
    question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from shared_index import shared_assistant

    answer = shared_assistant(PARISC, tmp_path_factory).ask(question)
    assert answer.covered
    assert f"parisc-glossary#{cited}" in answer.citations


def test_title_spelled_out_another_way_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from shared_index import shared_assistant

    # PIM is "Processor Internal Memory" here, HIL "Human Interface Loop": the same letters
    # spelled out another way name another thing
    assistant = shared_assistant(PARISC, tmp_path_factory)
    assert not assistant.ask("pim as in personal information manager, what is it").covered
    assert not assistant.ask("what is HIL (hardware in the loop)").covered
