"""Round 50 lane PH: a term and its definition kept under two sibling keys of an i18n file.

Real files (tests/fixtures/formats/SOURCES.md, "Round 50, lane PH"): ethereum.org's Hindi
glossary tooltips (``"gwei-term"`` / ``"gwei-definition"``, 82 terms), an excerpt of the
German ones, a German page catalogue whose card ``-title``/``-description`` pairs stand
among headings and paragraphs (no glossary), and a zh-Hant UI catalogue whose
``explainer.*.term`` / ``.def`` pairs sit among the page's other strings. The other key
layouts are written out with the German file's real entries.
"""

from __future__ import annotations

import json
from pathlib import Path

import chompjs
import pytest

from rag_glossary.html_tags import strip_markup
from rag_glossary.models import Entry
from rag_glossary.parsing.datafile import JsonLines, data_records
from rag_glossary.parsing.dialects import parse_document, parse_file, parse_text
from rag_glossary.parsing.fields import FieldSpec

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def hindi() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "ethereum-tooltip-hi.json")}


def test_each_term_key_and_its_definition_key_make_one_entry(hindi: dict[str, Entry]) -> None:
    assert len(hindi) == 82
    gwei = hindi["gwei"]
    assert (gwei.id, gwei.title, gwei.aliases, gwei.line) == (
        "ethereum-tooltip-hi#gwei",
        "ग्वेई",
        ("gwei",),
        78,
    )
    assert gwei.body.endswith("1 gwei = 10^9 वेई। 10^9 gwei = 1 ईथर।")
    assert not any(a.endswith(("-term", "-definition")) for a in hindi)


@pytest.mark.parametrize(
    ("anchor", "title", "alias"),
    [
        ("51-attack", "51% हमला", "51%-attack"),  # the site's own anchor: /glossary/#51-attack
        ("recovery-phrase", "सीड फ्रेज/रिकवरी फ्रेज", "recovery-phrase"),
        ("pos", "हिस्सेदारी का सबूत (PoS)", "PoS"),  # the stem is the acronym: no second alias
    ],
)
def test_the_key_stem_is_the_anchor_and_a_name(
    hindi: dict[str, Entry], anchor: str, title: str, alias: str
) -> None:
    entry = hindi[anchor]
    assert entry.title == title
    assert alias in entry.aliases


def test_a_german_locale_of_the_same_file_reads_alike() -> None:
    german = {e.anchor: e for e in parse_file(FORMATS / "ethereum-tooltip-de-excerpt.json")}
    assert len(german) == 10
    assert german["wei"].body == "Die kleinste Stückelung von Ether. 10^18 Wei = 1 Ether."
    fee = german["transaction-fee"]
    assert fee.title == "Transaktionsgebühr"
    assert "in die Höhe.\nAuf technischer Ebene" in fee.body  # <br/><br/>: a line break
    assert "Siehe Layer 2." in fee.body  # a link keeps its text


def _german_pairs() -> list[tuple[str, str, str]]:
    data = json.loads((FORMATS / "ethereum-tooltip-de-excerpt.json").read_text("utf-8"))
    stems = [k.removesuffix("-term") for k in data if k.endswith("-term")]
    return [(s, data[f"{s}-term"], data[f"{s}-definition"]) for s in stems]


@pytest.mark.parametrize(
    ("term_key", "definition_key"),
    [
        ("{}_title", "{}_description"),
        ("{}.name", "{}.desc"),
        ("{}Label", "{}Text"),
        ("term-{}", "definition-{}"),
    ],
)
def test_other_key_layouts_pair_up(term_key: str, definition_key: str) -> None:
    data: dict[str, str] = {}
    for stem, term, definition in _german_pairs():
        stem = stem.replace("-", "") if "{}L" in term_key else stem
        data[term_key.format(stem)] = term
        data[definition_key.format(stem)] = definition
    entries = {e.anchor: e for e in parse_text(json.dumps(data, ensure_ascii=False), "de")}
    assert len(entries) == 10
    assert entries["gwei"].body.startswith("Kurz für Gigawei, eine Stückelung von Ether")
    assert entries["account"].title == "Konto"


def test_a_page_catalogue_with_card_title_description_pairs_gives_no_entries() -> None:
    path = FORMATS / "ethereum-page-layer2-de.json"
    _, parsed, entries = parse_document(path.read_text("utf-8"), "page")
    assert entries == []
    assert parsed.problem is not None and "page-layer-2-learn-" in parsed.problem


def test_the_paired_namespace_of_a_ui_catalogue_is_its_glossary() -> None:
    text = (FORMATS / "noslop-catalog-zh-hant.js").read_text("utf-8")
    start = text.index("= {") + 2
    data: dict[str, str] = chompjs.parse_js_object(text[start:])
    sections, *_ = data_records(data, FieldSpec(), JsonLines(text))
    found = {s.anchor: s for s in sections}
    assert len(found) == 8  # explainer.<name>.term / .def; no toolbar or footer strings
    hedge = found["hedge"]
    assert (hedge.title, hedge.aliases, hedge.line) == ("模糊限定詞", ["hedge"], 97)
    assert hedge.body.startswith("像可能、經常、通常這類詞")


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("1 Gwei = 10<sup>9</sup> Wei", "1 Gwei = 10^9 Wei"),
        ("***U D V<sup>T</sup>***", "***U D V^T***"),  # ds-glossary's SVD
        ("hanja.</q> <sup><a href='#n1'>1</a></sup>", "hanja. 1"),  # a note mark stays text
    ],
)
def test_a_superscript_after_a_number_or_letter_is_a_power(html: str, text: str) -> None:
    assert strip_markup(html) == text
