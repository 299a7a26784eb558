"""Round 45 lane P3: Markdown glossaries whose bold term line has its definition on the very
next line, the term's other names in an italic bracket (``**Effektgap** *(residual gap)*``)
or its expansion after a dash (``**NMC** — *Nickel Manganese Cobalt*``).

The fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 45, lane P3"): round
45's blind Norwegian battery-storage glossary, a language project's terminology (Latin, Greek
and Japanese name notes in the brackets) and an immunology package's glossary (``*(noun)*``
word classes in the brackets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.md_leads import bold_lead
from rag_glossary.parsing.sniff import sniff_dialect

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def batteri() -> dict[str, Entry]:
    return _by_anchor("batteri-glossary.md")


@pytest.fixture(scope="module")
def reca() -> dict[str, Entry]:
    return _by_anchor("reca-glossary.md")


@pytest.fixture(scope="module")
def immuno() -> dict[str, Entry]:
    return _by_anchor("immuno-glossary.md")


def test_italic_bracket_terms_are_entries_of_their_own(batteri: dict[str, Entry]) -> None:
    # Before: folded into the entry above ("Selve fenomenet", "HVDC", "SOC", "LCOS") or lost.
    for anchor in (
        "dunkelflaute",
        "effektgap",
        "interkonnektor",
        "pumpekraft",
        "round-trip-effektivitet",
        "stablede-inntekter",
        "annuitet",
        "hvac",
        "effekt",
        "energi",
        "oslo-år",
        "baselast",
        "litiumintensitet",
        "eu-batterilager-tilvekst",
    ):
        assert anchor in batteri, anchor
    assert batteri["interkonnektor"].body.startswith("Overføringsforbindelse mellom to land")
    assert "Interkonnektor" not in batteri["hvdc"].body
    assert "Pumper vann" not in batteri["soc"].body


def test_section_headings_over_terms_are_no_entries(batteri: dict[str, Entry]) -> None:
    assert "selve-fenomenet" not in batteri
    assert batteri["dunkelflaute"].body.startswith("(tysk: «mørk vindstille»)\nEn periode")


def test_bracket_names_are_aliases(batteri: dict[str, Entry]) -> None:
    assert batteri["effektgap"].aliases == ("residual gap",)
    assert batteri["round-trip-effektivitet"].aliases == ("η", "RTE", "round-trip efficiency")
    assert batteri["pumpekraft"].aliases == ("PHS", "Pumped Hydro Storage")
    assert batteri["natrium-ion"].aliases == ("Na-ion", "sodium-ion")
    # The names are no text; a bracket that is a note stays the text's first line.
    assert batteri["effektgap"].body.startswith("Det som blir igjen av etterspørselen")
    assert batteri["hvac"].aliases == ()
    assert batteri["hvac"].body.startswith("(her: brann og klima)\nI BESS-sammenheng")


def test_a_second_bold_run_after_the_bracket_is_text(batteri: dict[str, Entry]) -> None:
    assert batteri["effekt"].aliases == ("power",)
    assert batteri["effekt"].body.startswith("målt i W, kW, MW, GW, TW\nHvor mye energi")


def test_dashed_italic_expansion_over_the_definition_is_an_alias(
    batteri: dict[str, Entry],
) -> None:
    assert batteri["lfp"].aliases == ("Lithium Iron Phosphate", "LiFePO₄")
    assert batteri["capex"].aliases == ("Capital Expenditure",)
    assert batteri["batterilager-bess"].aliases == ("Battery Energy Storage System", "BESS")
    assert batteri["nmc"].body.startswith("Nickel Manganese Cobalt\nBattericelle")


def test_every_term_of_the_blind_file_is_read(batteri: dict[str, Entry]) -> None:
    titles = {e.title for e in batteri.values()}
    assert len(batteri) == 68  # 58 terms; page matter and table rows as before
    assert {"Varighet", "Snittlast", "Throughput", "Reserve", "Cellekapasitet"} <= titles


def test_a_heading_dialect_page_of_such_terms_is_read_as_bold_terms(
    reca: dict[str, Entry],
) -> None:
    # Before: seven heading entries ("The Model", "Compilation", ...) each holding its terms.
    text = (FORMATS / "reca-glossary.md").read_text()
    assert sniff_dialect(text, "GLOSSARY.md") == "md-terms"
    assert len(reca) == 19
    assert "the-model" not in reca
    assert reca["aether"].body.startswith("(Greek: αἰθήρ — the upper sky")
    assert reca["aspect"].body.startswith("One of the 24 irreducible operations")
    assert reca["symphony"].aliases == ()  # "from the graph traversal library `symphony.re`"


def test_word_class_brackets_are_no_names_and_no_text(immuno: dict[str, Entry]) -> None:
    assert len(immuno) == 52
    assert immuno["epitope"].aliases == ()
    assert immuno["epitope"].body.startswith("A specific part of an antigen")
    assert immuno["clone"].body.startswith("Often used informally")
    assert immuno["immundata"].aliases == ()  # "(proper noun)"
    assert immuno["somatic-hypermutation-shm"].aliases == ("SHM",)


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("**Term** (*english name*)\nDef", ("Term", "\nDef", ("english name",))),
        (
            "**Tip** *(also known as Design by Contract)*\nText",
            ("Tip", "\nText", ("Design by Contract",)),
        ),
        ("**yume** *(Japanese: 夢)*: a dream.", ("yume", "(Japanese: 夢) a dream.", ())),
    ],
)
def test_bracket_forms(line: str, lead: tuple[str, str, tuple[str, ...]]) -> None:
    assert bold_lead(line) == lead


def test_a_bold_word_in_prose_with_a_bracket_stays_prose() -> None:
    # "An **image** *(also known as ...)* represents ...": no separator, no line break.
    assert bold_lead('**image** *(also known as "an appliance")* represents a system') is None
    entries = parse_text(
        "# Notes\n\n**Alpha**: first.\n\n**Beta**: second.\n\n**Gamma**: third.\n\n"
        "The **image** *(also known as an appliance)* is prepared.\n",
        "x",
        file="notes.md",
    )
    assert [e.title for e in entries] == ["Alpha", "Beta", "Gamma"]
