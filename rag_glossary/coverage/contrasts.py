"""Contrasting modifiers: a name that says the opposite of a word of the asked term.

"soft iron effects" is not Hard Iron magnetic distortion, "low pass filter" is not High
pass filter, "negative feedback" is not Positive feedback: two names that share a word
and differ by a pair of opposites are siblings, never other words for each other. The
pairs are general English opposites (no glossary's words); a prefix that negates
("unsupervised", "non-blocking", "dissimilar") makes the same contrast.
"""

from __future__ import annotations

from collections.abc import Iterable

from rag_glossary.coverage.phrases import phrase_key

_PAIRS = (
    "soft hard",
    "low high",
    "positive negative",
    "input output",
    "inner outer",
    "upper lower",
    "min max",
    "minimum maximum",
    "forward backward",
    "left right",
    "open closed",
    "static dynamic",
    "internal external",
    "short long",
    "fast slow",
    "hot cold",
    "active passive",
    "direct indirect",
    "implicit explicit",
    "primary secondary",
    "horizontal vertical",
    "inbound outbound",
    "import export",
    "push pull",
    "start stop",
    "before after",
    "major minor",
    "north south",
    "east west",
)
_NEGATING = ("un", "non", "dis")


def _opposites() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in _PAIRS:
        a, b = (phrase_key([w])[0] for w in pair.split())
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {w: frozenset(o) for w, o in table.items()}


_OPPOSITES = _opposites()


def _negates(a: str, b: str) -> bool:
    """ "unsupervised" and "supervised", "nonblocking" and "blocking" (words as keyed)."""
    return any(a == p + b or b == p + a for p in _NEGATING) and min(len(a), len(b)) >= 4


def contrasts(term: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a name shares a word with the term and says the opposite of another of
    its words (both phrase keys): "soft iron effect" and "hard iron magnetic distortion"."""
    if len(term) < 2 or not set(term) & set(name):
        return False
    rest = [w for w in term if w not in name]
    other = [w for w in name if w not in term]
    return any(o in _OPPOSITES.get(w, ()) or _negates(w, o) for w in rest for o in other)


def contrasts_any(term: tuple[str, ...], names: Iterable[tuple[str, ...]]) -> bool:
    """Whether any of an entry's names contrasts with the term."""
    return any(contrasts(term, name) for name in names)
