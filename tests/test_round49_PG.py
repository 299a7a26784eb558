"""Round 49 lane PG: a glossary kept as a string-keyed map literal in a program.

Real files (tests/fixtures/formats/SOURCES.md, "Round 49, lane PG"): a Go practice-test
package whose ``var Terms = map[string]string{`` is a kids' math glossary amid code and other
maps (kidmath-glossary.go), and Go maps that are no glossary: an i18n table, a MIME table,
HTTP status texts. The other languages' shapes are written out with the Go file's entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.source_maps import glossary_pairs

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def kidmath() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "kidmath-glossary.go")}


def test_every_pair_of_the_go_map_is_an_entry_titled_by_its_key(
    kidmath: dict[str, Entry],
) -> None:
    assert len(kidmath) == 50
    plot = kidmath["line-plot"]
    assert (plot.id, plot.title, plot.line) == (
        "kidmath-glossary#line-plot",
        "line plot",
        155,
    )
    assert plot.body == "a number line with an X for each thing measured"
    assert kidmath["expression"].body == "a math sentence with no equals sign, like 3 × 4"
    # doc comments, the blueprint's category names and the slices of names give nothing
    assert not {"fractions", "geometry", "limited", "advanced"} & set(kidmath)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("prisms", "prism"), ("quadrilaterals", "quadrilateral"), ("rectangular", "rectangle")],
)
def test_a_plural_or_adjective_key_stays_its_own_entry(
    kidmath: dict[str, Entry], plural: str, singular: str
) -> None:
    assert kidmath[plural].title == plural
    assert plural not in kidmath[singular].aliases


@pytest.mark.parametrize(
    "name", ["gosite-translations.go", "gohaste-mimelist.go", "aurora-status-codes.go"]
)
def test_go_maps_that_are_no_glossary_give_no_entries(name: str) -> None:
    assert parse_file(FORMATS / name) == []


_PAIRS = [
    ("perimeter", "how far it is all the way around the outside of a shape"),
    ("area", "how much space is inside a shape, counted in squares"),
    ("parallel", "running the same way and never meeting, like train tracks"),
    ("remainder", "what is left over after sharing equally"),
    ("line plot", "a number line with an X for each thing measured"),
]


def _written(shape: str) -> str:
    rows = {
        "kt": "val terms = mapOf(\n{}\n)",
        "swift": "let terms: [String: String] = [\n{}\n]",
        "cs": "var terms = new Dictionary<string, string> {{\n{}\n}};",
        "rs": "let terms = HashMap::from([\n{}\n]);",
        "cpp": "static const std::map<std::string, std::string> terms = {{\n{}\n}};",
    }[shape]
    line = {
        "kt": '    "{}" to "{}",',
        "swift": '    "{}": "{}",',
        "cs": '    {{ "{}", "{}" }},',
        "rs": '    ("{}", "{}"),',
        "cpp": '    {{"{}", "{}"}},',
    }[shape]
    return rows.format("\n".join(line.format(k, v) for k, v in _PAIRS))


@pytest.mark.parametrize("shape", ["kt", "swift", "cs", "rs", "cpp"])
def test_other_languages_string_maps_read_the_same(shape: str) -> None:
    entries = parse_text(_written(shape), "terms", "source")
    assert [(e.anchor, e.body) for e in entries] == [(k.replace(" ", "-"), v) for k, v in _PAIRS]


def test_go_strings_decode_raw_concatenated_and_escaped() -> None:
    rows = [f'\t"{k}": "{v}",' for k, v in _PAIRS[1:]]
    text = (
        "var Terms = map[string]string{\n"
        + "\n".join(rows)
        + (
            '\n\t"perimeter": "how far it is all the way " +\n\t\t`around the outside of a shape`,'
            '\n\t"tenths": "the first place after the decimal point \\u2013 0.1",\n}\n'
        )
    )
    entries = {e.anchor: e.body for e in parse_text(text, "terms", "source")}
    assert entries["perimeter"] == _PAIRS[0][1]
    assert entries["tenths"] == "the first place after the decimal point \u2013 0.1"


@pytest.mark.parametrize(
    ("pairs", "glossary"),
    [
        (_PAIRS, True),
        ([(k.replace(" ", "_") + "_label", v) for k, v in _PAIRS], False),  # identifiers
        ([(k, "https://example.org/" + k) for k, _ in _PAIRS], False),  # URLs
        ([(k, k.title()) for k, _ in _PAIRS], False),  # labels
        ([(k, f"Please enter the {k} of the shape") for k, _ in _PAIRS], False),  # messages
        ([(k, f"the {k} is {{value}} squares") for k, _ in _PAIRS], False),  # placeholders
        ([(v, k) for k, v in _PAIRS], False),  # values shorter than keys
        (_PAIRS[:4], False),  # too few pairs
    ],
)
def test_glossary_pairs_tells_a_glossary_from_a_programs_other_maps(
    pairs: list[tuple[str, str]], glossary: bool
) -> None:
    assert glossary_pairs(pairs) is glossary
