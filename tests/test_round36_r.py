"""Round 36 lane R: pointer lines are not searched; shared-word slash and "or" titles."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers import ROOT

from rag_glossary.chunking import Chunker, ChunkingConfig, chunk_body, entry_header
from rag_glossary.citation_lines import is_pointer, searched_body
from rag_glossary.config import DEFAULT_EMBED_MODEL
from rag_glossary.embedding import resolve_model
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.title_names import shared_word_names

CORPORA = ROOT / "eval" / "corpora"


def _entries(name: str) -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(CORPORA / name).entries}


@pytest.fixture(scope="module")
def exposure() -> dict[str, Entry]:
    return _entries("exposure-glossary")


def test_a_reference_field_is_kept_on_the_entry_but_not_searched(
    exposure: dict[str, Entry],
) -> None:
    entry = exposure["Absorption barrier"]
    assert entry.body.endswith("Reference: Adapted from (Heinemeyer et al. 2022)")
    searched = searched_body(entry)
    assert "Reference" not in searched and "Heinemeyer" not in searched
    assert searched.startswith("Any exposure surface that may retard")
    chunker = Chunker(lambda text: len(text.split()) + 2, ChunkingConfig(), "m")
    assert all("Heinemeyer" not in chunk_body(c) for c in chunker.chunk_entry(entry))


def test_closing_pointer_runs_go_and_text_stays() -> None:
    transit = _entries("transit-glossary")["15-Minute City"]
    assert "Learn more" in transit.body and "Learn more" not in searched_body(transit)
    k8s = _entries("k8s-glossary")["ConfigMap"]
    assert "See also the official" not in searched_body(k8s)
    astro = _entries("astro-glossary")["Absolute magnitude"]
    assert "Wikipedia" not in searched_body(astro)
    # a note or a record field of the term's own is no pointer
    for line in ("Note: only on Linux", "category: transaction-operation", "See the text."):
        assert not is_pointer(line)
    # a link names its topic in its address: it stays searched
    assert not is_pointer("https://en.wikipedia.org/wiki/Telos")


def _entry(body: str) -> Entry:
    return Entry(
        id="s#m",
        source="s",
        anchor="m",
        title="Make-A-Video Model",
        aliases=(),
        body=body,
        see_also=(),
        url=None,
        file="f.md",
        line=1,
    )


def test_a_bare_more_at_lead_goes_but_a_list_of_links_stays() -> None:
    text = "A system that generates videos from text."
    assert searched_body(_entry(f"{text}\nMore at :\n")) == text
    listed = f"{text}\nMore at:\n- site - https://makeavideo.studio/\n- articles"
    assert searched_body(_entry(listed)) == listed
    assert searched_body(_entry("More at:")) == "More at:"  # a stub keeps what it has


def test_exposure_questions_come_nearer_their_entries_without_references(
    exposure: dict[str, Entry],
) -> None:
    from rag_glossary.embedding.document import DocumentEncoder

    by_id = {e.id: e for e in exposure.values()}
    rows = [
        json.loads(line)
        for line in (CORPORA / "exposure-glossary" / "questions.jsonl").open(encoding="utf-8")
    ]
    pairs = [(r["question"], by_id[r["relevant"][0]]) for r in rows if r.get("relevant")]
    encoder = DocumentEncoder(resolve_model(DEFAULT_EMBED_MODEL))
    queries = encoder.encode_queries([q for q, _ in pairs])
    whole = encoder.encode_documents([f"{entry_header(e)}\n{e.body}" for _, e in pairs])
    searched = encoder.encode_documents(
        [f"{entry_header(e)}\n{searched_body(e)}" for _, e in pairs]
    )
    before = np.einsum("ij,ij->i", queries, whole)
    after = np.einsum("ij,ij->i", queries, searched)
    # measured: mean cosine 0.612 -> 0.625, 16 of the 22 questions nearer
    assert after.mean() > before.mean() + 0.01
    assert (after > before).mean() > 0.7


@pytest.mark.parametrize(
    ("corpus", "title", "names"),
    [
        ("flycast-glossary", "Aerial/Overhead Cast", ["Aerial Cast", "Overhead Cast"]),
        ("flycast-glossary", "Piled/Crashed Anchor", ["Piled Anchor", "Crashed Anchor"]),
        (
            "weather-glossary",
            "Southwest or Summer Monsoon",
            ["Southwest Monsoon", "Summer Monsoon"],
        ),
        ("exposure-glossary", "Uptake or Absorption", ["Uptake", "Absorption"]),
        ("dental-glossary", "Dry socket or alveolitis:", ["Dry socket", "alveolitis"]),
        ("beer-glossary", "Pilsner or Pils malt", ["Pilsner malt", "Pils malt"]),
        # one thing made of two, or words written unlike: no names
        ("distsys-glossary", "Blue/Green Deployment", []),
        ("distsys-glossary", "Client/server topology", []),
        ("gpu-glossary", "Load/Store Architecture", []),
        ("recsys-glossary", "A/B testing", []),
        ("beer-glossary", "Traditional German or Czech hops", []),
    ],
)
def test_shared_word_names_of_real_titles(corpus: str, title: str, names: list[str]) -> None:
    entry = _entries(corpus)[title]
    assert shared_word_names(title, entry.body) == names
    for name in names:
        assert name in entry.aliases


def test_other_slash_and_or_titles_give_no_shared_names() -> None:
    for title in (
        "TCP/IP",
        "JCache/Java cache",
        "Top/bottom",
        "I/O connector",
        "Go/No-Go Decision",
    ):
        assert shared_word_names(title, "") == []
