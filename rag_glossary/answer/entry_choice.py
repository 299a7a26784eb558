"""The entry that answers: the one the question names, else the one that best combines
its retrieval rank, a term match and how well its units cover the question's own words,
among the hits close enough in meaning to the first."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.names import heads_term, names_term
from rag_glossary.answer.overlap import Idf, coverage, stem
from rag_glossary.answer.pieces import Group, make_group
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit, units
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity

RANK_K = 60  # reciprocal-rank fusion's constant: how slowly a lower rank loses weight
DENSE_SHARE = 0.65  # a lower hit must be at least this share as close in meaning as the first
COVER_WEIGHT = 0.7  # choosing the entry: how much its best unit's coverage counts
HUB_LEAD = 1.5  # a lower hit this much more of a hub than the first does not take the answer
# Round 12, the question's cosine to each entry's best answer unit (build-time unit vectors):
MEANING_GAP = 9.0  # a lower hit whose best unit is this much less close than the first's is out
COVER_MEANING = 0.0  # a unit's coverage counts times (its cosine / the first's best) ** this
DESCRIBED_ONLY = 0.0
MEANING_WEIGHT = 0.0  # choosing the entry: how much its best unit's cosine over the first's counts


def _main_group(
    q: Question, hits: Sequence[Hit], idf: Idf, similarity: UnitSimilarity | None = None
) -> Group | None:
    with_text = [h for h in hits if units(h.entry.body)]
    if not with_text:
        return None
    named = [h for h in with_text if names_term(h, q.term)]
    if named and (q.names_term or q.shape == "list"):
        return make_group(named[0], hits)
    defines = q.shape in ("define", "expand")  # "what is X in Y"; not "what does X of Y do"
    if defines and (head := [h for h in with_text if heads_term(h, q.term)]):
        return make_group(head[0], hits)

    if q.names_term and (saying := [h for h in with_text if says_term(h, q.term)]):
        with_text = saying  # "what are cudnn and mkldnn": the entry that says the term

    with_text = _not_broader(_close_in_meaning(with_text))
    closest = _best_units(with_text, similarity if not (DESCRIBED_ONLY and q.names_term) else None)
    with_text = _close_units(with_text, closest)
    first = closest.get(with_text[0].id)

    def merit(hit: Hit) -> float:
        name = " ".join((hit.title, *hit.entry.aliases))
        cover = max(
            (
                coverage(q.focus, u, idf, name) * _near(similarity if closest else None, hit.id, u, first)
                for u in units(hit.entry.body)
            ),
            default=0,
        )
        meaning = _meaning(closest.get(hit.id), first)
        return (
            standing(hits, hit)
            + COVER_WEIGHT * cover
            + 0.3 * hit.signals.get("term", 0.0)
            + MEANING_WEIGHT * meaning
        )

    return make_group(max(with_text, key=merit), hits)


def says_term(hit: Hit, term: str) -> bool:
    """The entry's title or text has every word of the term."""
    words = {stem(t) for t in tokenize(term)}
    said = {stem(t) for t in tokenize(" ".join((hit.title, *hit.entry.aliases, hit.entry.body)))}
    return bool(words) and words <= said


def _close_in_meaning(hits: list[Hit]) -> list[Hit]:
    """The hits whose dense similarity is at least ``DENSE_SHARE`` of the first's: a hit
    much less close in meaning does not take the answer on shared words ("the value that
    shows up most often": Mode, not Test statistic's "value ... data"; "a function that
    scores how wrong the predictions are": Loss function, not Bias's "... predictions")."""
    first = hits[0].signals.get("dense")
    if first is None or first <= 0:
        return hits
    return [h for h in hits if h.signals.get("dense", first) >= DENSE_SHARE * first]


def _not_broader(hits: list[Hit]) -> list[Hit]:
    """The first hit and the lower hits that are not much more of a hub than it: a broad
    entry near everything in its glossary ("Federated Learning", "Test set") shares words
    with any question on its topic, so its coverage must not take the answer from the
    specific entry ranked above it (hubness.py; in standard deviations of the glossary's)."""
    first = hits[0].signals.get("hub") if hits else None
    if first is None:
        return hits
    return [h for h in hits if h is hits[0] or h.signals.get("hub", first) <= first + HUB_LEAD]


def standing(hits: Sequence[Hit], hit: Hit) -> float:
    """A hit's weight by its retrieval rank, in (0, 1]: reciprocal-rank fusion's shape,
    the same for every question. Fused scores are not: named questions fuse by rank,
    described ones by normalized score, so a raw score ratio would let the same coverage
    lift a lower hit above the first for one kind of question and not for the other."""
    rank = next(i for i, h in enumerate(hits) if h is hit)
    return (RANK_K + 1) / (RANK_K + 1 + rank)


def _best_units(hits: list[Hit], similarity: UnitSimilarity | None) -> dict[str, float]:
    """Each hit's best answer-unit cosine to the question (none known: left out)."""
    if similarity is None:
        return {}
    best = {h.id: similarity.best(h.id) for h in hits}
    return {k: v for k, v in best.items() if v is not None}


def _near(
    similarity: UnitSimilarity | None, entry_id: str, unit: Unit, first: float | None
) -> float:
    """How close in meaning a unit is, as a share of the first hit's best unit, raised to
    ``COVER_MEANING``: words a unit shares with the question count less when the unit
    is about something else ("(ARD)" named in passing); 1 when unknown or off."""
    if not COVER_MEANING or similarity is None or first is None or first <= 0:
        return 1.0
    cos = similarity(entry_id, unit)
    if cos is None:
        return 1.0
    return float(min(1.0, max(0.0, cos) / first) ** COVER_MEANING)


def _meaning(best: float | None, first: float | None) -> float:
    return 0.0 if best is None or first is None else best - first


def _close_units(hits: list[Hit], closest: dict[str, float]) -> list[Hit]:
    """The first hit and the lower hits whose best answer unit is not much less close in
    meaning than the first's (by ``MEANING_GAP``)."""
    first = closest.get(hits[0].id)
    if first is None:
        return hits
    return [h for h in hits if h is hits[0] or closest.get(h.id, first) >= first - MEANING_GAP]
