"""Property tests: no parser raises on arbitrary text, and every entry is well formed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag_glossary.models import Entry
from rag_glossary.parsing import DIALECTS, parse_text, slugify, sniff_dialect

SOURCE = "src"

# Pieces of the corpus dialects, so random documents reach the interesting paths.
FRAGMENTS = [
    "---",
    "title: T",
    "permalink: /x/",
    "# Term",
    "# MDP",
    "## Section",
    "### Sub {#sub}",
    "# Entry {#entry}",
    "#",
    "# ",
    "```",
    " ```python",
    "~~~",
    "# comment in code",
    "Markov Decision Process (MDP)#",
    "M#",
    "See also [M], [Deep Learning], ...",
    "See also M, Tensor, ...",
    "[Term][Ref] and [Text](#anchor) and [x](http://y)",
    '{% youtube "https://y.t/v" %}',
    "{% include a.md %}",
    '![]( {{site.assets}}/a.png ){: width="100%"}',
    "<mark>hi</mark>",
    "12 Matching Annotations",
    "  1. Dec 2023",
    "    1. A highlighted passage",
    "      a comment",
    "      1. deeper",
    "Term: definition",
    "===",
    "--",
    "",
    "modelâ€™s",
    "/// details | Q? type:question ///",
]

documents = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map(
        "\n".join
    ),
)

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def check_entries(entries: list[Entry]) -> None:
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert entry.id and entry.anchor and entry.title.strip()
        assert entry.id == f"{SOURCE}#{entry.anchor}"
        assert entry.source == SOURCE
        assert entry.line >= 1
        assert "\n" not in entry.title


@pytest.mark.parametrize("dialect", DIALECTS)
@PROPERTY_SETTINGS
@given(text=documents)
def test_every_parser_never_raises_and_returns_well_formed_entries(dialect: str, text: str) -> None:
    entries = parse_text(text, SOURCE, dialect)
    check_entries(entries)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert all(e.line <= len(lines) for e in entries)


@PROPERTY_SETTINGS
@given(documents)
def test_sniff_never_raises_and_its_choice_parses(text: str) -> None:
    dialect = sniff_dialect(text)
    assert dialect in DIALECTS
    check_entries(parse_text(text, SOURCE))


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.text(min_size=1, max_size=200).filter(lambda s: any(ch.isalnum() for ch in s)),
        min_size=1,
        max_size=5,
    )
)
def test_generic_never_loses_non_empty_text(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    assert parse_text(text, SOURCE, "generic")


@PROPERTY_SETTINGS
@given(st.text())
def test_slugify_is_idempotent_and_has_no_spaces(text: str) -> None:
    slug = slugify(text)
    assert slugify(slug) == slug
    assert not any(ch.isspace() for ch in slug)
