"""Round 31, lane L: lexical matching and retrieval ranking.

BM25 indexes each word's Porter2 stem (snowballstemmer, lexical.index_token) beside the
word, in a column of its own that a question's stem meets at STEM_WEIGHT: the light
plural fold let "sliding" miss "slide" (cnc-013, Tiling) and every -ing/-ed/-ion form its
base. The words' own columns score as before, and what the answer side reads (idf,
holders, the common-words keys) is those columns. An index built before the stems were
kept is stale (manifest ``lexical_version``).

The term signal reads "predicate meaning in a knowledge graph" as naming Predicate
(kg-003 ranked it second behind Transformer, with no term signal at all).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from helpers import ROOT, FakeEncoder
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.index import CURRENT, build_index, index_status
from rag_glossary.lexical import (
    LEXICAL_VERSION,
    STEM_WEIGHT,
    LexicalIndex,
    index_token,
    tokenize,
)
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.terms import TermMatcher

CORPORA = ROOT / "eval" / "corpora"


@lru_cache(maxsize=4)
def _entries(name: str) -> list[Entry]:
    return list(load_corpus(CORPORA / name).entries)


def _position(entries: list[Entry], entry_id: str) -> int:
    return next(i for i, e in enumerate(entries) if e.id == entry_id)


# ---------------------------------------------------------------- the stemmer


def test_index_tokens_meet_across_verb_and_noun_endings() -> None:
    for form, base in [
        ("sliding", "slide"),
        ("advertises", "advertised"),
        ("tiling", "tile"),
        ("computed", "compute"),
        ("generalization", "generalize"),
    ]:
        assert index_token(tokenize(form)[0]) == index_token(tokenize(base)[0]), form


def test_index_tokens_keep_the_agent_noun_apart() -> None:
    # the reason the old fold refused -er: a glossary keeps the learner and the learning
    assert index_token("learner") != index_token("learning")
    assert index_token("layer") != index_token("lay")


def test_the_answer_side_keeps_the_light_fold() -> None:
    assert tokenize("sliding boards") == ["sliding", "board"]


def test_cnc_tiling_is_met_by_sliding() -> None:
    entries = _entries("cnc-glossary")
    lexical = LexicalIndex.build(entries)
    tiling = _position(entries, "cnc-glossary#tiling")
    assert "slide it into a new position" in entries[tiling].body  # "slide", not "sliding"
    assert lexical.scores("sliding the board along")[tiling] > 0
    # what the answer side reads (idf, holders) is still the word as written
    assert tiling not in lexical.holders("sliding").tolist()
    assert tiling in lexical.holders("slide").tolist()


def _entry(title: str, body: str) -> Entry:
    return Entry(title.lower(), "t", title, title, (), body, (), None, "t.md", 1)


def test_the_word_as_written_outranks_a_stem_only_match() -> None:
    entries = [
        _entry("Model building", "Fitting and refining a model."),
        _entry("Model build of material", "The bill of material of a model build."),
        *(_entry(f"Filler {i}", "Words of another topic.") for i in range(4)),
    ]
    scores = LexicalIndex.build(entries).scores("what happens in the model building phase")
    assert scores[0] > scores[1] > 0


def test_the_stem_adds_a_share_of_a_words_score() -> None:
    entries = [_entry("Slide", "A slide."), _entry("Other", "Words.")]
    lexical = LexicalIndex.build(entries)
    written, stemmed = lexical.scores("slide")[0], lexical.scores("sliding")[0]
    assert stemmed == pytest.approx(STEM_WEIGHT / (1 + STEM_WEIGHT) * written)


# ---------------------------------------------------------------- the index


GLOSSARY = """# Tiling

Cutting a long job in parts, sliding the board along between them.
"""


def test_an_index_stemmed_by_the_older_rule_is_stale(
    tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mini.md").write_text(GLOSSARY, encoding="utf-8")
    index = tmp_path / "idx"
    build_index(corpus, index, encoder=fake_encoder)  # type: ignore[arg-type]
    assert index_status(corpus, index).state == "ok"
    generation = index / (index / CURRENT).read_text().strip()
    manifest = json.loads((generation / "manifest.json").read_text())
    assert manifest["lexical_version"] == LEXICAL_VERSION
    del manifest["lexical_version"]  # as an index written before round 31 has it
    (generation / "manifest.json").write_text(json.dumps(manifest))
    assert index_status(corpus, index).state == "stale"


# ---------------------------------------------------------------- the term signal


def test_a_name_then_meaning_in_a_setting_names_the_entry() -> None:
    entries = _entries("kg-glossary")
    predicate = _position(entries, "pyrdf2vec-glossary#predicate")
    scores = TermMatcher(entries).scores("predicate meaning in a knowledge graph")
    assert scores.get(predicate) == 1.0


def test_a_question_without_that_shape_reads_as_before() -> None:
    entries = _entries("kg-glossary")
    matcher = TermMatcher(entries)
    # a description with "meaning" inside names nothing new
    assert matcher.scores("what is the meaning of a walk in a graph") == matcher.scores(
        "meaning of a walk in a graph"
    )
    # the name of more than four words is not cut
    long = "the thing people use for turning graphs meaning in a knowledge graph"
    assert _position(entries, "pyrdf2vec-glossary#predicate") not in matcher.scores(long)


@pytest.mark.slow
def test_kg_predicate_ranks_first_with_the_real_model(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    retriever = Retriever.load(shared_index("kg-glossary", tmp_path_factory))
    hits = retriever.search("predicate meaning in a knowledge graph", k=5)
    assert hits[0].id == "pyrdf2vec-glossary#predicate"


@pytest.mark.slow
def test_cnc_tiling_enters_the_top_five_with_the_real_model(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    retriever = Retriever.load(shared_index("cnc-glossary", tmp_path_factory))
    question = (
        "how do i cut a sign thats longer than my machine can reach by sliding the board "
        "along and continuing"
    )
    ids = [h.id for h in retriever.search(question, k=5)]
    assert "cnc-glossary#tiling" in ids
