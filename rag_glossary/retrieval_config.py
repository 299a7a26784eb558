"""The retriever's settings: ``RetrieverConfig`` and its validation (retrieval.py)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Literal

from rag_glossary.errors import UsageError
from rag_glossary.validation import check_int, check_number

Mode = Literal["dense", "bm25", "hybrid"]
MODES: tuple[Mode, ...] = ("dense", "bm25", "hybrid")
Fusion = Literal["rank", "score"]
FUSIONS: tuple[Fusion, ...] = ("rank", "score")


@dataclass(frozen=True)
class RetrieverConfig:
    """The knobs of retrieval. The defaults are what the evaluation suite chose."""

    mode: Mode = "hybrid"
    mmr: bool = True
    term: bool = True
    fetch_k: int = 30
    lambda_mult: float = 0.9
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    term_weight: float = 1.5
    # An entry with no text (a stub, a bare "See also") cannot answer anything:
    # it keeps this share of its score, so entries with text come first.
    stub_factor: float = 0.5
    # A stub's only text is its title, whose short vector sits near many questions:
    # it ranks only when the question names it (a title, alias or title part in the
    # question, or the term signal), else it would fill a slot an entry with text can use.
    stub_needs_name: bool = True
    # A question that names no glossary term ("sales that go up and down every
    # week") describes one: its shared words ("trend") point at the wrong entry,
    # so BM25 and the term signal keep only this share of their weight.
    described_lexical: float = 0.4
    # How a described question's signals are fused: "rank" (RRF, as for named
    # terms) or "score" (min-max normalized scores added): under RRF an entry
    # BM25 misses or ranks low loses to weaker dense matches whatever the weight;
    # by score it keeps its dense score and BM25 only adds a bonus.
    described_fusion: Fusion = "score"
    # A described question's dense score of an entry minus this share of the
    # entry's hubness (its mean similarity to its nearest entries, centred):
    # broad entries are near every description of their topic (hubness.py).
    described_hub: float = 0.5
    # A described question opening with a gerund ("making the sail smaller when ...")
    # asks for an act: the entries whose text defines one ("To reduce the sail
    # area ...", "Riding in ...") gain this share of a first place (action_shape.py).
    described_action: float = 0.1
    # A question naming a term: when dense and BM25 agree on one first entry that no
    # name matches, the other entries' partial name matches ("Markov Chain" inside
    # "markov chain monte carlo") add nothing (fusion.outvoted_partial_names).
    agreed_first: bool = True
    # A covered question's first place is the entry the extractive answer quotes, moved
    # there after the verdict (answer_first.py): the ranking and the answer agree. Off by
    # default: composing the answer inside every search doubled its cost (bench, round 38);
    # deciding only its first entry (round 39), from units the index stores (round 40),
    # still adds about a fifth of a search's CPU (p50), most of it work on entries first seen;
    # round 41 stores each entry's cleaned whole-text line too: its own CPU -20%, still off.
    answer_first: bool = False
    # Coverage: a question's key term found in the glossary, else how clearly
    # the best entry stands out against bars calibrated per index (coverage.py).
    min_confidence: float = 0.5

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise UsageError(f"unknown mode {self.mode!r}: choose one of {', '.join(MODES)}")
        if self.described_fusion not in FUSIONS:
            raise UsageError(
                f"unknown described_fusion {self.described_fusion!r}: choose one of "
                f"{', '.join(FUSIONS)}"
            )
        for name in (
            "lambda_mult",
            "dense_weight",
            "bm25_weight",
            "term_weight",
            "stub_factor",
            "described_lexical",
            "described_hub",
            "described_action",
        ):
            check_number(getattr(self, name), name)
        check_int(self.fetch_k, "fetch_k", 1, 10_000)
        check_int(self.rrf_k, "rrf_k", 0, 10_000)
        if not 0.0 <= self.lambda_mult <= 1.0:
            raise UsageError(f"lambda_mult must be between 0 and 1, got {self.lambda_mult}")
        if self.fetch_k < 1:
            raise UsageError(f"fetch_k must be at least 1, got {self.fetch_k}")


def overridden(config: RetrieverConfig, overrides: dict[str, Any]) -> RetrieverConfig:
    """``config`` with the keyword ``overrides`` of one call; an unknown name is a UsageError."""
    if not overrides:
        return config
    unknown = sorted(set(overrides) - {f.name for f in fields(RetrieverConfig)})
    if unknown:
        known = ", ".join(f.name for f in fields(RetrieverConfig))
        raise UsageError(f"unknown retrieval setting {unknown[0]!r}: choose from {known}")
    return replace(config, **overrides)
