"""Ranking logic of the retriever with a fake embedder (no model, no disk)."""

from __future__ import annotations

import pytest
from helpers import FakeEncoder, make_entry

from rag_glossary.errors import UsageError
from rag_glossary.models import Entry, Hit
from rag_glossary.retrieval import Retriever, RetrieverConfig, clean_query
from rag_glossary.terms import TermMatcher, extract_term


@pytest.fixture
def retriever(small_entries: list[Entry], fake_encoder: FakeEncoder) -> Retriever:
    return Retriever.from_entries(small_entries, fake_encoder)


def test_exact_title_ranks_first(retriever: Retriever) -> None:
    hits = retriever.search("what is masked self-attention", k=3)
    assert hits[0].id == "g#masked-self-attention"


def test_alias_question_finds_every_entry_with_that_alias(retriever: Retriever) -> None:
    ids = [h.id for h in retriever.search("what is MDP", k=2)]
    assert set(ids) == {"g#markov-decision-process", "h#markov-decision-process-mdp"}


def test_misspelled_term_is_found_by_the_term_signal(retriever: Retriever) -> None:
    query = "markov decison proces"
    with_term = retriever.search(query, k=1, mode="dense", mmr=False)
    assert with_term[0].entry.title.startswith("Markov Decision Process")
    assert with_term[0].signals["term"] > 0.8
    without = retriever.search(query, k=6, mode="dense", term=False, mmr=False)
    assert all("term" not in h.signals for h in without)


def test_one_hit_per_entry_even_when_an_entry_has_many_chunks(
    fake_encoder: FakeEncoder,
) -> None:
    long_body = " ".join(f"attention detail number {i}." for i in range(400))
    entries = [
        make_entry("g", "attention", "Attention", long_body),
        make_entry("g", "pooling", "Pooling", "Pooling shrinks feature maps."),
    ]
    retriever = Retriever.from_entries(entries, fake_encoder, max_tokens=64)
    assert len(retriever.chunks) > 10
    hits = retriever.search("attention detail", k=5)
    assert [h.id for h in hits].count("g#attention") == 1
    assert len({h.id for h in hits}) == len(hits)


def test_mmr_returns_k_distinct_entries_and_demotes_duplicates(fake_encoder: FakeEncoder) -> None:
    body = "gradient descent updates the weights against the gradient of the loss"
    entries = [
        make_entry("a", "gd", "Gradient Descent", body),
        make_entry("b", "gd", "Gradient Descent", body),
        make_entry("c", "sgd", "Stochastic Gradient Descent", "gradient steps on mini batches"),
        make_entry("d", "loss", "Loss", "what the optimiser minimises"),
    ]
    retriever = Retriever.from_entries(entries, fake_encoder)
    plain = [h.id for h in retriever.search("gradient descent", k=3, mmr=False)]
    diverse = [h.id for h in retriever.search("gradient descent", k=3, mmr=True, lambda_mult=0.3)]
    assert len(set(diverse)) == 3
    assert set(plain[:2]) == {"a#gd", "b#gd"}
    # With a strong diversity weight the twin of the first hit is no longer second.
    assert diverse[1] not in {"a#gd", "b#gd"}


def test_modes_switch_signals_off(retriever: Retriever) -> None:
    bm25 = retriever.search("absolute differences", k=3, mode="bm25", term=False, mmr=False)
    assert all("dense" not in h.signals for h in bm25)
    assert bm25[0].id == "g#mean-absolute-error"
    dense = retriever.search("absolute differences", k=3, mode="dense", term=False, mmr=False)
    assert all("bm25" not in h.signals for h in dense)
    # Dense alone ranks by cosine: scores are the similarities, in order.
    assert [h.score for h in dense] == sorted((h.score for h in dense), reverse=True)


def test_confidence_separates_named_terms_from_unrelated_questions(retriever: Retriever) -> None:
    covered = retriever.retrieve("what is max pooling", k=3)
    uncovered = retriever.retrieve("zebra xylophone quokka", k=3)
    assert covered.covered and covered.confidence > uncovered.confidence
    assert not uncovered.covered


def test_hits_carry_snippet_and_entry(retriever: Retriever) -> None:
    hit = retriever.search("max pooling", k=1)[0]
    assert hit.entry.id == hit.id and hit.title == "Max Pooling"
    assert "largest value" in hit.snippet


@pytest.mark.parametrize("query", ["", "   ", "\x00\x01\n\t"])
def test_empty_queries_are_usage_errors(retriever: Retriever, query: str) -> None:
    with pytest.raises(UsageError):
        retriever.search(query)


def test_bad_parameters_are_usage_errors(retriever: Retriever) -> None:
    with pytest.raises(UsageError):
        retriever.search("mdp", k=0)
    with pytest.raises(UsageError):
        RetrieverConfig(mode="sparse")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        RetrieverConfig(lambda_mult=1.5)


def test_clean_query_bounds_length_and_strips_control_characters() -> None:
    assert clean_query("what\x00is\tMDP?\n") == "what is MDP?"
    assert len(clean_query("a " * 100_000)) <= 2000


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what is masked self-attention", "masked self attention"),
        ("Whats an MDP?", "mdp"),
        ("what does MAPE measure", "mape"),
        ("explain MAE loss", "mae loss"),
        ("define the max pooling layer", "max pooling layer"),
        ("markov chian", "markov chian"),
    ],
)
def test_extract_term(question: str, term: str) -> None:
    assert extract_term(question) == term


def test_term_matcher_ignores_short_names_inside_long_questions(
    small_entries: list[Entry],
) -> None:
    matcher = TermMatcher(
        [*small_entries, make_entry("g", "model", "Model", "A function learned from data.")]
    )
    scores = matcher.scores("what is a model of masked sequence transitions in decoders")
    assert len(small_entries) not in scores  # "model" covers too little of the question


def test_langchain_adapter_carries_citation_ids(retriever: Retriever) -> None:
    docs = retriever.as_langchain(k=2).invoke("what is MDP")
    assert {d.metadata["id"] for d in docs} == {
        "g#markov-decision-process",
        "h#markov-decision-process-mdp",
    }
    assert all(d.page_content for d in docs)


def test_stub_entries_rank_below_entries_with_text(fake_encoder: FakeEncoder) -> None:
    entries = [
        make_entry("a", "mini-batch", "Mini Batch", ""),
        make_entry("b", "mini-batch", "Mini-Batch", "A mini batch is a small subset of the data."),
    ]
    retriever = Retriever.from_entries(entries, fake_encoder)
    assert [h.id for h in retriever.search("mini batch", k=2)] == ["b#mini-batch", "a#mini-batch"]
    # the fused order (the answer, quoting text, would show the entry with text first)
    bare = retriever.search(
        "mini batch", k=2, stub_factor=1.0, mode="dense", term=False, answer_first=False
    )
    assert bare[0].id == "a#mini-batch"  # the title alone is the closest text


def _scores(
    retriever: Retriever, query: str, share: float, fusion: str = "rank", hub: float = 0.0
) -> dict[str, float]:
    hits = retriever.search(
        query,
        k=6,
        mmr=False,
        described_lexical=share,
        described_fusion=fusion,
        described_hub=hub,
    )
    return {h.id: h.score for h in hits}


def test_a_question_naming_a_term_keeps_full_lexical_weight(retriever: Retriever) -> None:
    query = "what is masked self-attention"
    assert _scores(retriever, query, 0.0) == _scores(retriever, query, 1.0)


def test_a_described_question_scales_only_the_lexical_part(retriever: Retriever) -> None:
    query = "hiding later positions from a decoder"
    full, none, half = (_scores(retriever, query, s) for s in (1.0, 0.0, 0.5))
    assert full != none
    dense_only = retriever.search(query, k=6, mode="dense", term=False, mmr=False)
    assert list(none) == [h.id for h in dense_only]
    for i in set(full) & set(none) & set(half):
        assert half[i] == pytest.approx((full[i] + none[i]) / 2)


def test_a_described_question_fused_by_score_gets_bm25_only_as_a_bonus(
    retriever: Retriever,
) -> None:
    query = "hiding later positions from a decoder"
    hits = retriever.search(
        query, k=6, mmr=False, term=False, described_fusion="score", described_hub=0.0
    )
    dense_only = _scores(retriever, query, 0.0, "score")
    assert any("bm25" in h.signals for h in hits)
    for hit in hits:
        if "bm25" in hit.signals:
            assert hit.score >= dense_only.get(hit.id, 0.0)
        else:  # missing from BM25: no penalty, exactly its normalized dense score
            assert hit.score == pytest.approx(dense_only[hit.id])
    assert max(dense_only.values()) == pytest.approx(1 / (retriever.config.rrf_k + 1))
    # By score, not rank: the dense part is linear in the similarity.
    plain = retriever.search(
        query,
        k=6,
        mmr=False,
        term=False,
        described_lexical=0.0,
        described_fusion="score",
        described_hub=0.0,
    )
    top = plain[0]
    slopes = [
        (top.score - h.score) / (top.signals["dense"] - h.signals["dense"]) for h in plain[1:]
    ]
    assert slopes == pytest.approx([slopes[0]] * len(slopes))


def test_a_described_question_loses_a_share_of_each_entrys_hubness(
    retriever: Retriever,
) -> None:
    query = "hiding later positions from a decoder"
    share = 0.5
    plain = retriever.search(
        query, k=6, mmr=False, term=False, described_lexical=0.0, described_hub=share
    )
    position = {e.id: i for i, e in enumerate(retriever.entries)}

    def corrected(h: Hit) -> float:  # the reported dense signal stays the raw similarity
        return h.signals["dense"] - share * float(retriever.hubness[position[h.id]])

    top = plain[0]
    slopes = [(top.score - h.score) / (corrected(top) - corrected(h)) for h in plain[1:]]
    assert slopes == pytest.approx([slopes[0]] * len(slopes))
    named = "what is masked self-attention"
    assert len({float(retriever.hubness[position[h.id]]) for h in plain}) > 1
    assert _scores(retriever, named, 0.4, "score", 0.0) == _scores(
        retriever, named, 0.4, "score", share
    )


def test_a_question_naming_a_term_is_fused_by_rank_whatever_the_setting(
    retriever: Retriever,
) -> None:
    query = "what is masked self-attention"
    assert _scores(retriever, query, 0.4, "score") == _scores(retriever, query, 0.4, "rank")


def test_an_unknown_fusion_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="described_fusion"):
        RetrieverConfig(described_fusion="max")  # type: ignore[arg-type]
