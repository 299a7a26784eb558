"""Round-9 parsing fixes on the two outside glossaries that showed them: Flower's
federated-learning glossary (60 MDX term pages: front matter ``title``, ``description``,
``related: [{text, link}]``, a definition, then four template ``##`` sections) and the
speaker-diarization glossary (a ``## Cross-References`` table of links at its end)."""

from __future__ import annotations

from helpers import ROOT

from rag_glossary.answer.segment import units
from rag_glossary.chunking import Chunker, ChunkingConfig
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text

FL = ROOT / "eval" / "corpora" / "fl-glossary"
DIARIZATION = ROOT / "eval" / "corpora" / "diarization-glossary"
SECTIONS = ("Why it matters", "In federated settings", "Common pitfalls", "In Flower")


def _fl() -> dict[str, Entry]:
    return {e.source: e for e in load_corpus(FL).entries}


def test_every_flower_term_page_is_one_entry_titled_by_its_front_matter() -> None:
    corpus = load_corpus(FL)
    assert {f.dialect for f in corpus.files} == {"term-page"}
    assert len(corpus.entries) == 60
    assert not {e.title for e in corpus.entries} & set(SECTIONS)
    entries = _fl()  # these two open with other words than their title ("Non-IID (non-...")
    assert entries["non-iid-data"].title == "Non-IID Data"
    assert entries["heterogeneity-in-federated-learning"].title == (
        "Heterogeneity in Federated Learning"
    )
    assert "label skew, feature skew" in entries["non-iid-data"].body  # its sections too


def test_section_headings_label_their_sections_and_never_read_as_sentences() -> None:
    for entry in load_corpus(FL).entries:
        texts = [u.text for u in units(entry.body)]
        assert texts[0].split()[0] not in {s.split()[0] for s in SECTIONS} - {"In"}
        for section in SECTIONS:
            assert f"\n## {section}\n" in entry.body, entry.id
            assert not any(t.startswith((f"{section}.", f"{section}:")) for t in texts), entry.id
    non_iid = units(_fl()["non-iid-data"].body)
    pitfalls = [u for u in non_iid if u.lead == "Why it matters"]
    assert [u.text for u in pitfalls] == [
        "Can slow convergence and destabilize training.",
        "Can lead to uneven performance across clients and cohorts.",
    ]


def test_related_mappings_of_the_front_matter_are_see_also() -> None:
    entries = _fl()
    assert entries["non-iid-data"].see_also[:3] == (
        "Heterogeneity in Federated Learning",
        "FedProx",
        "SCAFFOLD",
    )
    page = (
        "---\ntitle: Dropout\nrelated:\n  - weight-decay\n  - link: /glossary/batch-norm\n"
        "---\n\nDropout zeroes units at random during training.\n"
    )
    (entry,) = parse_text(page, "dropout")
    assert entry.see_also == ("weight decay", "batch norm")


def test_a_titled_page_is_one_term_whatever_its_opening_says() -> None:
    page = (
        "---\ntitle: Non-IID Data\n---\n\n"
        "Non-IID (not identically distributed) data means clients differ.\n\n"
        "## Why it matters\n- Slower convergence.\n\n## In practice\nLabel skew is common.\n"
    )
    (entry,) = parse_text(page, "non-iid-data")
    assert entry.title == "Non-IID Data" and "Label skew is common." in entry.body
    titled = "---\ntitle: Dropout\n---\n\n# Dropout\n\nDropout zeroes units.\n\n## Uses\nNets.\n"
    (dropout,) = parse_text(titled, "dropout")  # a heading that repeats the title goes
    assert dropout.body == "Dropout zeroes units.\n\n## Uses\nNets."


def test_a_description_is_the_definition_only_of_a_body_without_one() -> None:
    front = '---\ntitle: Round\ndescription: "A round is one cycle of training."\n---\n\n'
    (bare,) = parse_text(front + "## Why it matters\nRounds pace training.\n", "round")
    assert bare.body.startswith("A round is one cycle of training.\n\n## Why it matters")
    (empty,) = parse_text(front, "round")
    assert empty.body == "A round is one cycle of training."
    (defined,) = parse_text(front + "A round sends the model out and back.\n", "round")
    assert "one cycle" not in defined.body


def test_a_table_of_links_holds_no_terms() -> None:
    entries = load_corpus(DIARIZATION).entries
    assert len(entries) == 54
    assert all(e.body for e in entries)
    assert not {"Pipeline stages", "Cross-References"} & {e.title for e in entries}
    links = "| Concept | Related Articles |\n|---|---|\n" + "".join(
        f"| Topic {n} | [Page {n}](page-{n}.md), [More](https://x.org/{n}) |\n" for n in range(3)
    )
    terms = "| Term | Definition |\n|---|---|\n" + "".join(
        f"| Term {n} | Its meaning, see [Page {n}](page-{n}.md). |\n" for n in range(3)
    )
    page = f"**Epoch**: one pass.\n\n**Batch**: some examples.\n\n**Step**: one update.\n\n{terms}"
    assert [e.title for e in parse_text(f"{page}\n## See\n\n{links}", "g")] == [
        "Epoch", "Batch", "Step", "Term 0", "Term 1", "Term 2",
    ]  # fmt: skip


def test_chunks_embed_a_headings_words_without_its_marks() -> None:
    chunker = Chunker(lambda text: len(text.split()), ChunkingConfig(), "test-model")
    entry = Entry(
        id="x#x", source="x", anchor="x", title="X", aliases=(),
        body="X is a thing.\n\n## Why it matters\nIt matters.", see_also=(),
        url=None, file="x.md", line=1,
    )  # fmt: skip
    (chunk,) = chunker.chunk_entry(entry)
    assert "#" not in chunk.text and "\nWhy it matters\n" in chunk.text
