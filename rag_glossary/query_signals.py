"""The signals of one question (retrieval.py's first stage): its dense similarity to each
entry's best chunk, BM25 over the question and the names it resolves to (an entry named by
another name, a respelt word: query_names.py), term matching, and what the question names.
``Retriever._signals`` hands its own index to ``question_signals``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from rag_glossary.action_shape import asks_for_action
from rag_glossary.fusion import Signals, bm25_signal, dense_signal
from rag_glossary.query_encoding import reads_none, unread_by
from rag_glossary.query_names import by_other_name, key_named, names_a_term, respelled
from rag_glossary.terms import INITIALS_SCORE

if TYPE_CHECKING:
    from rag_glossary.retrieval import Retriever
    from rag_glossary.retrieval_config import RetrieverConfig


def question_signals(r: Retriever, query: str, config: RetrieverConfig) -> Signals:
    """The signals of a cleaned question: dense, BM25 (over the question and the names it
    resolves to), term matching, and what the question names."""
    qvec = np.asarray(r.encoder.encode_queries([query]), dtype=np.float32)[0]
    dense, dense_chunk = dense_signal(r.dense, r._chunk_entry, qvec, config)
    adaptive = config.described_lexical != 1.0
    scores = r.terms.scores(query) if config.term or adaptive else {}
    coverage = r.coverage
    checked = coverage.check(query)  # once: three signals read the key term
    # a word only some entry's text says yields to a title the question's term spells
    # ("fdic": The Federal Deposit Insurance Corp, not Money Market, which mentions it)
    spelled = any(score >= INITIALS_SCORE for score in scores.values())
    other = (
        by_other_name(r.entries, r._position, coverage, query, checked)
        if config.term and not (spelled and checked.how == "text")
        else []
    )
    scores = {**scores, **dict.fromkeys(other, 1.0)}
    # the name it resolves to is searched too: "clt" finds "central limit theorem"
    titles = [r.entries[i].title for i in other]
    said = " ".join([query, *titles, *respelled(coverage, checked)])
    bm25 = bm25_signal(r.lexical, said, config) if config.mode != "dense" else {}
    term = scores if config.term else {}
    named = not adaptive or names_a_term(query, scores, checked)
    acts = r._acts if not named and asks_for_action(query) else frozenset()
    unread = unread_by(r.encoder, query, config.mode, found=bool(bm25 or term))
    return Signals(
        {} if config.mode == "bm25" or unread else dense,
        dense_chunk,
        bm25,
        term,
        dense,
        named,
        qvec,
        acts,
        r.terms.contained(query) if config.agreed_first and named else frozenset(),
        key_named(r.entries, r._position, checked, scores) if config.term else {},
        reads_none(unread, query),
    )
