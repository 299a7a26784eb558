"""The entry that answers: the one the question names, else the one whose text opens
with the term a question only names, else the one that best combines
its retrieval rank, a term match and how well its units cover the question's own words,
among the hits close enough in meaning to the first; a first hit the question asks
about by name keeps the answer from lower hits that only mention it, a question for
the kinds of something goes to a hit that enumerates them, a question that only
describes its term goes to the second hit when that one is much closer in meaning (hub
or not), and
any choice yields to one of the first two hits that is much closer in meaning and says
about as many of the question's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.kind_asked import kind_named
from rag_glossary.answer.kinds import kind_of
from rag_glossary.answer.names import (
    core,
    dropped_category,
    heads_term,
    inflects,
    names_term,
    opens_with_term,
    qualifier,
)
from rag_glossary.answer.overlap import Idf, coverage, opening_forms, stem
from rag_glossary.answer.pieces import Group, has_text, make_group, same_term
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.subject import asks_about_subject as asks_about_subject
from rag_glossary.answer.subject import named_subject
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity

RANK_K = 60  # reciprocal-rank fusion's constant: how slowly a lower rank loses weight
DENSE_SHARE = 0.65  # a lower hit must be at least this share as close in meaning as the first
COVER_WEIGHT = 0.7  # choosing the entry: how much its best unit's coverage counts
HUB_LEAD = 1.5  # a lower hit this much more of a hub than the first does not take the answer
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
TITLED_RANKS = 3  # a title the question says answers from the first hits (SECOND_ENTRY_RANKS)


def _main_group(
    q: Question,
    hits: Sequence[Hit],
    idf: Idf,
    described: UnitSimilarity | None = None,
    meaning: UnitSimilarity | None = None,
    key_entries: Sequence[str] = (),
) -> Group | None:
    """``described``: the question's unit similarity when it only describes its term
    (the retriever found no key term in it); None otherwise. ``meaning``: the question's
    unit similarity for any question (None: unknown). ``key_entries``: the entries the
    coverage lookup found the key term to name."""
    with_text = [h for h in hits if has_text(h)]  # a note that only repeats its title: none
    if not with_text:
        return None
    all_with_text = with_text  # before the filters below narrow it
    named = [h for h in with_text if names_term(h, q.term) and not _kind_above(q, h, with_text)]
    if named and (q.names_term or q.shape == "list"):
        return make_group(named[0], hits, q.words)
    # "what is X in Y"; not "what does X of Y do"; "what is X in Y and what ..." (two-part)
    defines = q.shape in ("define", "expand") or (q.two_part and q.names_term)
    if defines and (head := [h for h in with_text if heads_term(h, q.term)]):
        return make_group(head[0], hits, q.words)
    asks_term = q.shape in ("define", "expand") and q.names_term
    if asks_term and (opens := [h for h in with_text if opens_with_term(h, q.term)]):
        return make_group(opens[0], hits, q.words)  # "mutual tls": mTLS's "Mutual TLS: ..."
    if asked := asked_entry(q, hits, key_entries) or titled_first(q, hits, key_entries):
        return make_group(asked, hits, q.words)  # "whats a preflight requst in cors"

    if (subject := named_subject(q, hits)) is not None:
        return make_group(subject, hits, q.words)  # "can a gist be private": Gist, 2nd

    if q.names_term and (saying := [h for h in with_text if says_term(h, q.term)]):
        with_text = saying  # "what are cudnn and mkldnn": the entry that says the term

    # the entries that enumerate first: the broad entry that lists the kinds is what a
    # members question asks for, not a broader hub that takes the answer on shared words
    listing = _holds_the_list(q, _close_in_meaning(with_text))
    # a runner-up whose own sentence means the description answers, hub or not: the hub
    # filter guards against shared words, not against a much closer meaning
    runners = _named_first_stays(q, listing)
    if described is not None and (closer := closer_second(hits, runners, described)):
        return make_group(closer, hits, q.words)
    with_text = _named_first_stays(q, _not_broader(listing))
    with_text = _numbered_first_stays(q, with_text)

    def merit(hit: Hit) -> float:
        name = " ".join((hit.title, *hit.entry.aliases, *inflected(q.focus, hit)))
        cover = max((coverage(q.focus, u, idf, name) for u in entry_units(hit.entry)), default=0)
        return standing(hits, hit) + COVER_WEIGHT * cover + 0.3 * hit.signals.get("term", 0.0)

    chosen = max(with_text, key=merit)
    if meaning is not None and (
        (closer := closer_in_meaning(q, chosen, with_text[:2], idf, meaning))
        or (closer := first_keeps(q, chosen, with_text, idf, meaning))
        or (closer := first_says_more(q, chosen, with_text, idf, meaning))
    ):
        chosen = closer
    if not names_term(chosen, q.term) and (kinds := kind_of(q, chosen, all_with_text, idf)):
        # the kind closest in meaning ("no two rows the same value": UNIQUE, not NOT NULL)
        chosen = max(kinds, key=lambda h: _closeness(h, meaning) if meaning else merit(h))
    if headed := kind_named(q.text, chosen, _close_in_meaning(all_with_text)):
        chosen = headed  # "that kind of service on the ramp": Line Service, not Ramp
    return make_group(chosen, hits, q.words)


# a quantity as a text states it: digits or a small number word ("three hulls")
_STATES_NUMBER = lazy_regex(
    r"(?i)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred"
    r"|thousand|million|billion|dozen|half|twice|double)\b"
)


def _numbered_first_stays(q: Question, hits: list[Hit]) -> list[Hit]:
    """A measure question ("how hot should the water be for tea") asks a magnitude, which
    only a text that states a number can give: a lower hit whose text states none does
    not take the answer on shared words from the first that states one (Steeping's "hot
    water" under Water Temperature's "60-100°C"). Not for "how much" or "how many": they
    ask amounts that a text also gives as a relation or a name ("how much does the time
    go down ... is there a name for it": Strong scaling, which states no number)."""
    if not q.asks_measure:
        return hits
    numbered = [bool(_STATES_NUMBER.search(h.entry.definition)) for h in hits]
    if True not in numbered:
        return hits
    first = numbered.index(True)
    return [h for i, h in enumerate(hits) if i <= first or numbered[i]]


def asked_entry(q: Question, hits: Sequence[Hit], key_entries: Sequence[str]) -> Hit | None:
    """The first hit, when the coverage lookup found the key term to be its name (a title,
    an alias, an acronym, a near spelling) and the question asks what its term is: the
    retriever and the coverage lookup read the term through typos and settings ("whats a
    preflight requst in cors": Preflight Request, first), where the composer's own match of
    the whole term names nothing and its word overlap picks an entry that only mentions the
    term (CORS: "... includes optional preflight requests"). Only the first hit: a lower
    entry the lookup names is one reading against the ranking's ("what is mapreduce and
    why is it used": Map Reduce, third, under MapReduce Process). A comparison has two
    sides, and the lookup names one."""
    first = hits[0] if hits else None
    if first is None or not q.names_term or q.sides or first.id not in key_entries:
        return None
    return first if has_text(first) else None


# the question word a topic-first question puts after the name it asks of
_TOPIC_ASKED = r"(?:what|how|why|when|where|which|who)"


def titled_first(q: Question, hits: Sequence[Hit], key_entries: Sequence[str]) -> Hit | None:
    """The first of the first ``TITLED_RANKS`` hits whose whole title the question says
    word for word right before its question word, when the coverage lookup found the key
    term to be its name: the question puts the name first and then asks a fact of it
    ("moist watering how often per week": Moist Watering's "2 to 3 times a week", not
    Regular Watering's "once per week", which shares "per week"; "the lecturer keeps
    saying inherent implementation, what does that mean": Inherent implementation,
    third, not Inherent method, whose text uses the name). The entry the question names
    answers; word overlap only picks among its units. A title said elsewhere is often a
    broader name the question narrows ("a merge that sneaks in changes ...": Evil merge,
    not Merge; "database that keeps everything in ram"), so it does not count. Not when a
    hit above it is named too, nor a comparison or a two-part question: those name a
    second entry ("what is mapreduce and why is it used")."""
    if q.names_term or q.sides or q.two_part:
        return None
    said = f" {core(q.text)} "
    for hit in hits[:TITLED_RANKS]:
        title = core(hit.title)
        if not title or f" {title} " not in said:
            continue
        asked = re.search(rf" {re.escape(title)} {_TOPIC_ASKED} ", said) is not None
        return hit if asked and hit.id in key_entries and has_text(hit) else None
    return None


def _kind_above(q: Question, hit: Hit, hits: Sequence[Hit]) -> bool:
    """A hit ranked above ``hit`` is named by the category word the term adds to
    ``hit``'s name: "image layer" is a Layer (ranked first) of an image, not Image."""
    kind = dropped_category(hit, q.term)
    above = hits[: next(i for i, h in enumerate(hits) if h is hit)]
    return bool(kind) and any(names_term(h, kind) for h in above)


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
    base = meaning.best(chosen.id)
    words = q.words or q.focus
    share = {h.id: said_share(words, h, idf) for h in (*hits, chosen)}
    most = max(hits, key=lambda h: share[h.id])
    if most is chosen or same_term(most, chosen) or says_name(chosen.title, most):
        return None  # "Perturbation" is broader than "Adversarial Perturbation Size"
    if share[most.id] < share[chosen.id] - WORDS_SLACK:
        return None
    best = meaning.best(most.id)
    if base is None or best is None or best <= base + MEANING_LEAD:
        return None
    return most


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
        return None
    base, best = meaning.best(chosen.id), meaning.best(first.id)
    if base is None or best is None or best <= base + MEANING_LEAD:
        return None
    return first


def first_says_more(
    q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf, meaning: UnitSimilarity
) -> Hit | None:
    """The first of the hits that may answer, when the merit chose a lower one on one
    unit's coverage while the first's whole text says more of the question's words and
    some unit of it is closer in meaning: the lower entry only packs the shared words into
    one sentence ("kernel feature ... isolated view of the network ... process ids":
    cgroups' "kernel feature that ... isolates ... network ... processes" over Namespace,
    the first hit, whose text says more of the description and means it)."""
    first = hits[0] if hits else None
    if first is None or first is chosen or same_term(first, chosen):
        return None
    if first.signals.get("hub", 0.0) > FIRST_HUB:
        return None  # a hub says many words of any question on its topic
    if names_term(chosen, q.term) or heads_term(chosen, q.term):
        return None
    words = q.words or q.focus
    if said_share(words, first, idf) <= said_share(words, chosen, idf):
        return None
    base, best = meaning.best(chosen.id), meaning.best(first.id)
    return first if base is not None and best is not None and best > base else None


def _closeness(hit: Hit, meaning: UnitSimilarity) -> float:
    best = meaning.best(hit.id)
    return -1.0 if best is None else best


def said_share(words: frozenset[str], hit: Hit, idf: Idf) -> float:
    """The idf-weighted share of ``words`` the entry's title, aliases or text say."""
    total = sum(idf(t) for t in words)
    if not total:
        return 0.0
    text = " ".join((hit.title, *hit.entry.aliases, hit.entry.body))
    said = {stem(t) for t in tokenize(text)} | opening_forms(hit.entry.body)
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
    first, second = meaning.best(left[0].id), meaning.best(left[1].id)
    if first is None or second is None or second <= first + MEANING_LEAD:
        return None
    return left[1]


def inflected(words: frozenset[str], hit: Hit) -> list[str]:
    """The question's words that inflect the entry's one-word title or alias ("planing":
    Plane): the question names the entry by them."""
    names = [core(n) for n in (hit.title, *hit.entry.aliases)]
    return [w for w in words if any(inflects(w, n) for n in names)]


def says_term(hit: Hit, term: str) -> bool:
    """The entry's title or text has every word of the term."""
    words = {stem(t) for t in tokenize(term)}
    said = {stem(t) for t in tokenize(" ".join((hit.title, *hit.entry.aliases, hit.entry.body)))}
    return bool(words) and words <= said


def _named_first_stays(q: Question, hits: list[Hit]) -> list[Hit]:
    """The first hit and the lower hits the question also names, when the question asks
    about what it names first: a lower entry whose text merely mentions the first's
    name ("queue: The part of the node in which customers wait") does not take "what
    two parts does a node consist of" from Node on the words it shares with the
    question. A description ("colored outlines around high contrast edges", "which
    test checks whether units manipulated the running variable", "... what is that
    called") names things only to describe something else: every hit stays."""
    if not hits or not asks_about_subject(q.text) or not says_name(q.text, hits[0]):
        return hits
    # a lower entry whose own name holds the first's ("The convolution theorem") is about
    # the same subject and still competes
    return [h for h in hits if h is hits[0] or says_name(q.text, h) or says_name(h.title, hits[0])]


# a question asking for the members of a kind: "what 3 kinds of metrics", "which parts of"
_ASKS_MEMBERS = lazy_regex(
    r"\b(?:what|which)\s+(?:(?:\d+|two|three|four|five|six|main|different|several)\s+)?"
    r"(?:types|kinds|sorts|parts|components|categories|classes|varieties|stages|steps|phases)"
    r"\s+of\b"
)
# "Counter, Distribution, and Gauge": three or more items in a series
_SERIES = lazy_regex(r"[^,.;:]+,[^,.;:]+,?\s+(?:and|or)\s+\w")


def _holds_the_list(q: Question, hits: list[Hit]) -> list[Hit]:
    """For "what 3 kinds of metrics does beam have", the hits whose text enumerates
    (a list, or a series "Counter, Distribution, and Gauge"), when the first does not:
    one kind's entry ("Distribution (metric)") answers one member, not the kinds."""
    if not hits or not _ASKS_MEMBERS.search(q.text.lower()) or enumerates(hits[0]):
        return hits
    return [h for h in hits if enumerates(h)] or hits


def enumerates(hit: Hit) -> bool:
    """The entry's text lists things: a list, or a sentence with a series of three."""
    return any(u.kind == "item" or _SERIES.search(u.text) for u in entry_units(hit.entry))


def says_name(text: str, hit: Hit) -> bool:
    """``text`` says the entry's title, an alias or its title's qualifier as whole words."""
    said = f" {core(text)} "
    names = {core(n) for n in (hit.title, *hit.entry.aliases)} | {core(qualifier(hit.title))}
    return any(n and f" {n} " in said for n in names)


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
