"""The term signal: does the question name an entry's title or alias?

Glossary questions are mostly about a named term ("what is MDP", "markov
chian"). Three tests, strongest first: the question's term is a title or alias
exactly; a title or alias stands in the question as whole words; the term is
a near spelling of a title or alias (rapidfuzz).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from rag_glossary.models import Entry

_NON_WORD = re.compile(r"[^\w]+|_", re.UNICODE)
_LEAD = re.compile(
    r"^(?:(?:what|who|which|how)(?:\s*'?s|\s+(?:is|are|was|were|does|do|did))?"
    r"|define|explain|describe|tell me about|meaning of|definition of"
    r"|(?:is|are) there)\s+(?:(?:an?|the)\s+)?",
)
# "X mean", "X meaning", "X exactly": a word asking what X means, or an adverb of emphasis
_TRAIL = re.compile(
    r"\s+(?:mean|means|meaning|definition|stand for|stands for|measure|measures|do|does"
    r"|work|works|exactly|really|actually)$"
)
_MAX_NGRAM = 8
_MIN_NAME_CHARS = 2
FUZZY_CUTOFF = 85.0
MIN_COVERAGE = 0.5


def normalize(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def extract_term(question: str) -> str:
    """The term a question asks about: the question without its question words."""
    text = normalize(question)
    for _ in range(2):
        text = _LEAD.sub("", text)
    for _ in range(2):  # "what does X mean exactly"
        text = _TRAIL.sub("", text)
    return text.strip()


class TermMatcher:
    """Scores entries in [0, 1] by how well the question names their term."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        by_name: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(entries):
            for name in (entry.title, *entry.aliases):
                key = normalize(name)
                if len(key) >= _MIN_NAME_CHARS and i not in by_name[key]:
                    by_name[key].append(i)
        self._by_name = dict(by_name)
        self._names = list(self._by_name)

    def scores(self, question: str) -> dict[int, float]:
        term = extract_term(question)
        if not term:
            return {}
        found: dict[int, float] = {}

        def offer(name: str, score: float) -> None:
            for i in self._by_name[name]:
                found[i] = max(found.get(i, 0.0), score)

        if term in self._by_name:
            offer(term, 1.0)
        for name in self._contained_names(normalize(question)):
            # A name covering most of the term is specific; a short word inside
            # a long question ("model") is not a signal at all.
            coverage = min(1.0, len(name) / max(len(term), 1))
            if coverage >= MIN_COVERAGE:
                offer(name, 0.5 + 0.4 * coverage)
        if len(term) >= 4:
            for name, ratio, _ in process.extract(
                term, self._names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10
            ):
                offer(name, 0.9 * ratio / 100.0)
        return found

    def _contained_names(self, text: str) -> list[str]:
        words = text.split()
        names = []
        for n in range(1, min(_MAX_NGRAM, len(words)) + 1):
            for start in range(len(words) - n + 1):
                gram = " ".join(words[start : start + n])
                if gram in self._by_name:
                    names.append(gram)
        return names
