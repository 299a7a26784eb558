"""Whether a described question's answering entry says its words while a neighbour says
more of them (round 32).

A description the standout answers is mostly a paraphrase of its entry; a description of
something the glossary lacks is answered when a neighbour's vector stands out on the
background words they share. What the best entry's *text* has of the question's content
words separates the two (eval/standout_classes.py: IDF-weighted share, AUC .78 between the
answerable and negative descriptions the standout answers): a negative's first hit seldom
has its rarer words, and some other entry often has more of them. A share is scale-free
(the words' BM25 IDF of the index itself weighs them), so one cut travels between
glossaries as the standout's margin over the index's own bar does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from rag_glossary.calibration import unit_standout
from rag_glossary.coverage.described_support import content_words
from rag_glossary.lazy_re import cached_regex
from rag_glossary.lexical import LexicalIndex, stem, tokenize
from rag_glossary.models import Entry
from rag_glossary.unit_vectors import UnitVectors

# Chosen leaving each set out (eval/standout_classes_loso.py, a right answer lost costing
# three negatives answered): an answered description is refused when its margin over the
# bar is under MARGIN, its first hit's share at most SHARE_MAX, another title's share more
# than LEAD above it, and the closest answer unit is another entry's.
MARGIN = 1.5
SHARE_MAX = 0.1
LEAD = 0.0


def word_shares(lexical: LexicalIndex, query: str, n_entries: int) -> np.ndarray:
    """Per entry, the IDF-weighted share of the question's content words (stems in the
    glossary's language, plurals folded) its text holds; all zero for a question without
    content words."""
    content = {stem(w) for w in content_words(query)}
    stems = dict.fromkeys(lexical.stem_column(t) for t in tokenize(query) if t in content)
    out = np.zeros(n_entries, dtype=np.float64)
    total = 0.0
    for key in stems:
        weight = lexical.idf(key)
        total += weight
        holders = lexical.holders(key)
        out[holders[holders < n_entries]] += weight
    return out / total if total else out


def says_acronym(query: str, title: str, aliases: Iterable[str]) -> bool:
    """Whether the question writes one of the entry's capitalized short names (an alias or
    a bracketed ``Bioavailability (F)``) as a word: a name too short for the share's content
    words, so the question names its entry rather than describing it."""
    names = [*aliases, *re.findall(r"\(([^()]{1,8})\)", title)]
    return any(
        cached_regex(rf"(?<!\w){re.escape(n)}(?!\w)").search(query)
        for n in names
        if n.isupper() and len(n) <= 8
    )


def outsaid(shares: np.ndarray, groups: np.ndarray, at: int) -> bool:
    """Whether the first hit (``at``) says at most SHARE_MAX of the question's words and an
    entry of another title says LEAD more."""
    mine = float(shares[at])
    if mine > SHARE_MAX:
        return False
    other = groups != groups[at]
    return bool(other.any()) and float(shares[other].max()) - mine > LEAD


def outsaid_refuses(
    lexical: LexicalIndex,
    query: str,
    groups: np.ndarray,
    at: int,
    margin: float,
    closest_unit: Callable[[], int],
) -> bool:
    """Whether an answered description (``margin``: its standout over its bar) is refused:
    under MARGIN, ``outsaid`` for its first hit ``at``, and the closest answer unit
    (``closest_unit()``, -1: none) an entry's of another title."""
    if margin >= MARGIN or not outsaid(word_shares(lexical, query, len(groups)), groups, at):
        return False
    top = closest_unit()
    return top < 0 or bool(groups[top] != groups[at])


def first_outsaid(
    lexical: LexicalIndex,
    entries: Sequence[Entry],
    groups: np.ndarray,
    vectors: np.ndarray,
    at: int,
    query: str,
    units: tuple[np.ndarray, UnitVectors],
    margin: float,
) -> bool:
    """``outsaid_refuses`` for the first hit ``at``, its closest unit read from ``units``
    (the question's vector and the index's unit vectors); never when the question says the
    entry's acronym (``says_acronym``)."""
    if says_acronym(query, entries[at].title, entries[at].aliases):
        return False
    q, unit_vectors = units
    top = lambda: unit_standout(q, unit_vectors, vectors, groups)[0]  # noqa: E731
    return outsaid_refuses(lexical, query, groups, at, margin, top)
