"""The lexical signal: BM25 over each entry's title, aliases and body (bm25s)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN

from rag_glossary.models import Entry

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(STOPWORDS_EN) | {"whats", "explain", "define", "definition", "mean", "meaning"}
# Title words count more than body words: a glossary question names its term.
_TITLE_REPEAT = 3


def _stem(word: str) -> str:
    # A deliberately light stemmer: plural and possessive forms only. Heavier
    # stemming merges terms a glossary keeps apart (e.g. "learning"/"learner").
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    words = (w.lower() for w in _WORD.findall(text))
    return [_stem(w) for w in words if w not in _STOP]


def entry_document(entry: Entry) -> list[str]:
    head = " ".join((entry.title, *entry.aliases))
    return tokenize(head) * _TITLE_REPEAT + tokenize(entry.body)


class LexicalIndex:
    """BM25 scores for every entry, in entry order."""

    def __init__(self, model: bm25s.BM25, n_docs: int) -> None:
        self._model = model
        self.n_docs = n_docs

    @classmethod
    def build(cls, entries: Sequence[Entry]) -> LexicalIndex:
        model = bm25s.BM25()
        model.index([entry_document(e) for e in entries], show_progress=False)
        return cls(model, len(entries))

    def save(self, folder: Path) -> None:
        self._model.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, n_docs: int) -> LexicalIndex:
        model = bm25s.BM25.load(str(folder), show_progress=False, verbosity=0)
        return cls(model, n_docs)

    def unknown_fraction(self, query: str) -> float:
        """Share of the query's words that no entry uses: unknown terms, unanswerable."""
        tokens = tokenize(query)
        if not tokens:
            return 0.0
        vocab = self._model.vocab_dict
        return sum(1 for t in tokens if t not in vocab) / len(tokens)

    def scores(self, query: str) -> np.ndarray:
        tokens = tokenize(query)
        if not tokens:
            return np.zeros(self.n_docs, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)[: self.n_docs]
