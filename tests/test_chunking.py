"""Chunks fit the model's limit in its own word pieces and never cross entries."""

from __future__ import annotations

import pytest
from helpers import CORPUS, make_entry

from rag_glossary.chunking import Chunker, ChunkingConfig, _unmarked, chunk_body, entry_header
from rag_glossary.embedding import TokenCounter, resolve_model
from rag_glossary.errors import UsageError
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus


@pytest.fixture(scope="module")
def counter() -> TokenCounter:
    return TokenCounter.for_model(resolve_model(None))


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return list(load_corpus(CORPUS).entries)


def test_no_chunk_of_the_shipped_corpus_exceeds_the_model_limit(
    counter: TokenCounter, entries: list[Entry]
) -> None:
    chunker = Chunker(counter.count, ChunkingConfig(max_tokens=256), "m")
    chunks = chunker.chunk_entries(entries)
    sizes = [counter.count(c.text) for c in chunks]
    assert max(sizes) <= 256
    # The corpus has long entries: the limit is actually reached, not avoided.
    assert len(chunks) > len(entries) and max(sizes) > 200


def test_every_chunk_starts_with_its_entry_header_and_stays_inside_it(
    counter: TokenCounter, entries: list[Entry]
) -> None:
    by_id = {e.id: e for e in entries}
    chunker = Chunker(counter.count, ChunkingConfig(max_tokens=128, overlap_tokens=16), "m")
    for chunk in chunker.chunk_entries(entries[:120]):
        entry = by_id[chunk.entry_id]
        assert chunk.text.startswith(entry_header(entry)[:20])
        body = chunk_body(chunk)
        flat_entry = " ".join(_unmarked(entry.body).split())  # "## " marks are not embedded
        if entry.body.strip():
            assert " ".join(body.split()) in flat_entry


def test_long_entry_is_split_with_overlap(counter: TokenCounter) -> None:
    body = " ".join(f"Sentence number {i} talks about attention heads." for i in range(200))
    entry = make_entry("g", "attention", "Attention", body, aliases=("ATT",))
    chunks = Chunker(
        counter.count, ChunkingConfig(max_tokens=64, overlap_tokens=16), "m"
    ).chunk_entry(entry)
    assert len(chunks) > 10
    assert [c.position for c in chunks] == list(range(len(chunks)))
    first, second = chunk_body(chunks[0]).split(), chunk_body(chunks[1]).split()
    assert set(first[-4:]) & set(second[:12])  # the cut is overlapped
    assert all(c.text.startswith("Attention (ATT)\n") for c in chunks)


def test_a_single_unbreakable_token_run_still_fits(counter: TokenCounter) -> None:
    entry = make_entry("g", "blob", "Blob", "x" * 20_000)
    chunks = Chunker(
        counter.count, ChunkingConfig(max_tokens=64, overlap_tokens=0), "m"
    ).chunk_entry(entry)
    assert chunks and max(counter.count(c.text) for c in chunks) <= 64


def test_stub_entry_is_embedded_with_its_see_also(counter: TokenCounter) -> None:
    stub = Entry(
        id="g#mvm",
        source="g",
        anchor="mvm",
        title="Masked Vision Modeling",
        aliases=("MVM",),
        body="",
        see_also=("Masked Language Modeling", "Vision Transformer"),
        url=None,
        file="g.md",
        line=3,
    )
    (chunk,) = Chunker(counter.count, ChunkingConfig(), "m").chunk_entry(stub)
    assert "Vision Transformer" in chunk.text


def test_same_text_same_hash_other_model_other_hash(counter: TokenCounter) -> None:
    entry = make_entry("g", "a", "A", "Some text.")
    a = Chunker(counter.count, ChunkingConfig(), "m1").chunk_entry(entry)[0]
    b = Chunker(counter.count, ChunkingConfig(), "m1").chunk_entry(entry)[0]
    c = Chunker(counter.count, ChunkingConfig(), "m2").chunk_entry(entry)[0]
    assert a.content_hash == b.content_hash != c.content_hash


@pytest.mark.parametrize(("size", "overlap"), [(8, 0), (256, 200), (256, -1)])
def test_bad_chunking_parameters_are_usage_errors(size: int, overlap: int) -> None:
    with pytest.raises(UsageError):
        ChunkingConfig(max_tokens=size, overlap_tokens=overlap)
