"""The entry choice's overrides by closeness in meaning: a hit among the first that both
says about as many of the question's words and has a sentence much closer in meaning
takes the answer from the entry the merit chose, or the first hit keeps it
(answer/entry_choice.py)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rag_glossary.answer.boilerplate import own_body
from rag_glossary.answer.entry_filters import STATES_NUMBER, says_name, spelled
from rag_glossary.answer.names import heads_term, names_term
from rag_glossary.answer.overlap import Idf, opening_forms, stem
from rag_glossary.answer.pieces import same_term
from rag_glossary.answer.question import Question
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity

# a described question: the second hit's best unit this much closer in meaning (cosine)
# than the first's takes the answer (fitted leave-one-set-out on 39 sets, round 16)
MEANING_LEAD = 0.1
# a hit much closer in meaning than the chosen entry takes the answer when its text says
# at least the chosen's share of the question's words less this (idf-weighted; fitted
# leave-one-set-out on 43 sets with MEANING_LEAD as the meaning margin, round 18)
WORDS_SLACK = 0.1
# the first hit keeps the answer on its closeness in meaning only when it is no hub (its
# hubness at most this many standard deviations above the glossary's mean; round 20)
FIRST_HUB = 1.0
MEANING_RANKS = 3  # the first hits that may take the answer on closeness in meaning


def closer_in_meaning(
    q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf, meaning: UnitSimilarity
) -> Hit | None:
    """The one of ``hits`` (the first two that may answer) whose text says the most of
    the question's words, when it is not the chosen entry, says at least the chosen's
    share less ``WORDS_SLACK`` and has a unit closer in meaning to the question than
    every unit of the chosen by more than ``MEANING_LEAD``: the chosen won on a word or
    two it repeats ("GDAL" for "which library do people use to reproject ... the one
    gdal and mapserver both depend on"; "Average pooling" for "... keeping only the
    biggest value in each patch") while another entry both says the question and means
    it (PROJ, Max pooling). A closer unit alone moved answers both ways (measured on 43
    sets); so did any hit saying about as many words. An entry the question names
    keeps the answer, and so does one whose title holds the other's (the broader
    term's list answers less than the specific entry); the same term from another
    source is no other answer."""
    if names_term(chosen, q.term) or heads_term(chosen, q.term) or not hits:
        return None
    words = q.words or q.focus
    share = {h.id: said_share(words, h, idf) for h in (*hits, chosen)}
    most = max(hits, key=lambda h: share[h.id])
    if most is chosen or same_term(most, chosen) or says_name(chosen.title, most):
        return None  # "Perturbation" is broader than "Adversarial Perturbation Size"
    if share[most.id] < share[chosen.id] - WORDS_SLACK:
        return None
    return most if leads_in_meaning(meaning, most, chosen) else None


def first_keeps(
    q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf, meaning: UnitSimilarity
) -> Hit | None:
    """The first of the hits that may answer, when the merit chose a lower one that it
    says about as many of the question's words as (at least the chosen's share less
    ``WORDS_SLACK``) and it has a unit closer in meaning than every unit of the chosen by
    more than ``MEANING_LEAD``: the mirror of :func:`closer_in_meaning`. The lower entry
    won on a word or two of the question it repeats ("own name" for the EU firm that
    places a foreign maker's product on the market: Provider over Importer; "memory"
    for an agent that rewrites its own memory: Memory over MemGPT). A first hit that is
    a hub (its hubness over ``FIRST_HUB`` standard deviations above the glossary's mean:
    "Timestamps", "Treatment effect") is close to every question on its topic, so its
    closeness says nothing."""
    first = hits[0] if hits else None
    if first is None or first is chosen or same_term(first, chosen):
        return None
    if first.signals.get("hub", 0.0) > FIRST_HUB:
        return None  # a hub is close in meaning to any question on its topic
    if names_term(chosen, q.term) or heads_term(chosen, q.term):
        return None
    words = q.words or q.focus
    if said_share(words, first, idf) < said_share(words, chosen, idf) - WORDS_SLACK:
        return first if _far_closer(meaning, first, chosen, words) else None
    return first if leads_in_meaning(meaning, first, chosen) else None


def _far_closer(meaning: UnitSimilarity, first: Hit, chosen: Hit, words: frozenset[str]) -> bool:
    """The first hit is closer in meaning by twice ``MEANING_LEAD`` while the chosen says
    just one more of the question's words: one word is no evidence against that much
    meaning ("tool for getting out nails that are stuck deep in the wood": Nail Puller's
    "Remove embedded nails" over Wood Chisels, which says "wood" and "out")."""
    if not leads_in_meaning(meaning, first, chosen, margin=2 * MEANING_LEAD):
        return False
    return len(_said(words, chosen)) <= len(_said(words, first)) + 1


def _said(words: frozenset[str], hit: Hit) -> set[str]:
    said = _entry_stems(hit.title, tuple(hit.entry.aliases), own_body(hit.entry))
    return {t for t in words if stem(t) in said}


@lru_cache(maxsize=4096)
def _entry_stems(title: str, aliases: tuple[str, ...], body: str) -> frozenset[str]:
    """The stems an entry's title, aliases and text say (the same hits recur from question
    to question, and a search with answer_first on composes: answer_first.py)."""
    text = " ".join((title, *aliases, body))
    return frozenset(stem(t) for t in tokenize(text)) | opening_forms(body)


def first_says_more(
    q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf, meaning: UnitSimilarity
) -> Hit | None:
    """The first of the hits that may answer, when the merit chose a lower one on one
    unit's coverage while the first's whole text says more of the question's words and
    some unit of it is closer in meaning: the lower entry only packs the shared words into
    one sentence ("kernel feature ... isolated view of the network ... process ids":
    cgroups' "kernel feature that ... isolates ... network ... processes" over Namespace,
    the first hit, whose text says more of the description and means it). A tie counts
    for the first ("silica content of the coolest and stickiest kind of lava": Rhyolite
    says "silica", "coolest", "lava" as Basalt says "silica", "content", "lava"), and so
    does a first hit that is a hub when the chosen one is a hub too: their closeness
    compares alike."""
    first = hits[0] if hits else None
    if first is None or first is chosen or same_term(first, chosen):
        return None
    if first.signals.get("hub", 0.0) > FIRST_HUB >= chosen.signals.get("hub", 0.0):
        return None  # a hub says many words of any question on its topic (two hubs: alike)
    if names_term(chosen, q.term) or heads_term(chosen, q.term):
        return None
    words = q.words or q.focus
    if said_share(words, first, idf) < said_share(words, chosen, idf):
        return None
    return first if leads_in_meaning(meaning, first, chosen, margin=0.0) else None


def leads_in_meaning(
    meaning: UnitSimilarity, hit: Hit, over: Hit, margin: float = MEANING_LEAD
) -> bool:
    """Some unit of ``hit`` is closer in meaning to the question than every unit of
    ``over``, by more than ``margin``."""
    best, base = meaning.best(hit.id), meaning.best(over.id)
    return best is not None and base is not None and best > base + margin


def closeness(hit: Hit, meaning: UnitSimilarity) -> float:
    best = meaning.best(hit.id)
    return -1.0 if best is None else best


def said_share(words: frozenset[str], hit: Hit, idf: Idf) -> float:
    """The idf-weighted share of ``words`` the entry's title, aliases or text say."""
    total = sum(idf(t) for t in words)
    if not total:
        return 0.0
    said = _entry_stems(hit.title, tuple(hit.entry.aliases), own_body(hit.entry))
    said |= {stem(t) for t in spelled(words, hit)}  # "fdic" names The Federal Deposit ...
    return sum(idf(t) for t in words if stem(t) in said) / total


def closer_second(hits: Sequence[Hit], left: Sequence[Hit], meaning: UnitSimilarity) -> Hit | None:
    """The second hit, when the question only describes its term and some unit of that
    entry is closer in meaning to the description than every unit of the first by more
    than ``MEANING_LEAD``: a description shares everyday words with the wrong entries
    ("cutting words down to a crude root ...": Stop Words ranked over Stemming, whose
    sentence says just that), and the entry's own sentences judge it better than the
    fused rank. Only the runner-up of the hits that may answer, and only when the first
    of those is the first hit: a lower hit on cosine alone moved answers both ways. The
    same term from another source is no other answer (its group is the first's). The
    runner-up may be a hub: the hub filter guards the merit's shared words, while a
    sentence this much closer in meaning answers (round 21: Shared memory over Block)."""
    if len(left) < 2 or left[0] is not hits[0] or same_term(left[0], left[1]):
        return None
    return left[1] if leads_in_meaning(meaning, left[1], left[0]) else None


def number_only_lead(q: Question, first: Hit, second: Hit, idf: Idf) -> bool:
    """A measure question ("how long you hang around on the boat between two dives")
    is close in meaning to any text that states a figure of its kind, so a runner-up that
    states a number where the first states none leads in meaning on the number alone:
    unless it also says more of the question's words, the first, which the question
    describes, keeps the answer (Surface Interval, "The time spent at the surface between
    repetitive dives", over Safety Stop's "for 3-5 minutes")."""
    if not q.asks_measure or STATES_NUMBER.search(first.entry.definition):
        return False
    if not STATES_NUMBER.search(second.entry.definition):
        return False
    words = q.words or q.focus
    return said_share(words, second, idf) <= said_share(words, first, idf)


# "what kelvin number makes light look warm", "which value of k": a number asked for
_ASKS_NUMBER = lazy_regex(
    r"(?i)\b(?:what|which)\b(?: \w+){0,2} (?:number|value|figure)s?\b"
    # "how many seconds does sunlight take": a count of a unit of measure is a figure too
    r"|\bhow many (?:\w+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|degrees?"
    r"|met(?:er|re)s?|kilomet(?:er|re)s?|km|miles?|feet|inch(?:es)?|grams?|kg|pounds?"
    r"|lit(?:er|re)s?|percent)\b"
)


def states_asked_number(
    q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf, meaning: UnitSimilarity
) -> Hit | None:
    """The first of ``hits`` that states a number, when the question asks for one and the
    chosen entry states none, and that hit says at least the chosen's share of the
    question's words less ``WORDS_SLACK`` and has a unit at least as close in meaning: the
    chosen won on the word naming the number's unit ("what kelvin number makes light look
    warm and orange": Kelvin, the unit, over Color Temperature's "2700K appear
    warm/orange")."""
    if not _ASKS_NUMBER.search(q.text) or STATES_NUMBER.search(chosen.entry.definition):
        return None
    if names_term(chosen, q.term) or heads_term(chosen, q.term):
        return None
    words = q.words or q.focus
    least = said_share(words, chosen, idf) - WORDS_SLACK
    base = meaning.best(chosen.id)
    for hit in hits:
        if (
            hit is chosen
            or same_term(hit, chosen)
            or not STATES_NUMBER.search(hit.entry.definition)
        ):
            continue
        best = meaning.best(hit.id)
        if (
            base is not None
            and best is not None
            and best >= base
            and (said_share(words, hit, idf) >= least)
        ):
            return hit
    return None
