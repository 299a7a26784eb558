"""The entry that answers: the one the question names, else the one whose text opens
with the term a question only names, else the one that best combines
its retrieval rank, a term match and how well its units cover the question's own words,
among the hits close enough in meaning to the first; a first hit the question asks
about by name keeps the answer from lower hits that only mention it, a question for
the kinds of something goes to a hit that enumerates them, a question that only
describes its term goes to the second hit when that one is much closer in meaning (hub
or not), and
any choice yields to one of the first three hits that is much closer in meaning and says
about as many of the question's words (answer/meaning_choice.py), or that states the number
a question asks when the chosen entry states none. A question that says the first hit's
whole title, and not its neighbour's, keeps it from a neighbour closer in meaning; a
sentence many entries share word for word (answer/boilerplate.py) counts for none. The
filters narrowing the candidates live in answer/entry_filters.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.boilerplate import own_units
from rag_glossary.answer.entry_filters import (
    HUB_LEAD,
    close_in_meaning,
    holds_the_list,
    inflected,
    named_first_stays,
    not_broader,
    numbered_first_stays,
    says_term,
    spelled,
)
from rag_glossary.answer.kind_asked import kind_named
from rag_glossary.answer.kinds import kind_of
from rag_glossary.answer.language_asks import asks_what_in_language
from rag_glossary.answer.meaning_choice import (
    MEANING_LEAD,
    MEANING_RANKS,
    closeness,
    closer_in_meaning,
    closer_second,
    first_keeps,
    first_says_more,
    number_only_lead,
    said_share,
    states_asked_number,
)
from rag_glossary.answer.names import (
    core,
    dropped_category,
    heads_term,
    names_term,
    opens_with_term,
)
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import Group, has_text, make_group
from rag_glossary.answer.question import Question
from rag_glossary.answer.subject import asks_about_subject, named_subject
from rag_glossary.coverage.asking_part import closing_sentence
from rag_glossary.coverage.thai_terms import thai_asks_other
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity

# the override modules' names, used here and by tests, from their old home
__all__ = [
    "HUB_LEAD",
    "MEANING_LEAD",
    "asked_entry",
    "asks_about_subject",
    "closer_in_meaning",
    "closer_second",
    "first_keeps",
    "said_share",
    "titled_first",
]

RANK_K = 60  # reciprocal-rank fusion's constant: how slowly a lower rank loses weight
COVER_WEIGHT = 0.7  # choosing the entry: how much its best unit's coverage counts
# a described question's first hit keeps the answer from a runner-up closer in meaning
# when its best unit covers this much more of the question's words (fitted on 166 sets:
# the runner-up rightly took the answer at leads up to .23, wrongly at .54; round 43)
COVER_LEAD = 0.35
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
    asked = asked_entry(q, hits, key_entries) or titled_first(q, hits, key_entries)
    if asked := asked or closing_named(q, hits, key_entries):
        return make_group(asked, hits, q.words)  # "whats a preflight requst in cors"

    if (subject := named_subject(q, hits)) is not None:
        if meaning is not None:  # "which values can the balance factor take": AVL tree's
            near = close_in_meaning(with_text)[:MEANING_RANKS]
            subject = states_asked_number(q, subject, near, idf, meaning) or subject
        return make_group(subject, hits, q.words)  # "can a gist be private": Gist, 2nd

    if q.names_term and (saying := [h for h in with_text if says_term(h, q.term)]):
        with_text = saying  # "what are cudnn and mkldnn": the entry that says the term

    # the entries that enumerate first: the broad entry that lists the kinds is what a
    # members question asks for, not a broader hub that takes the answer on shared words
    listing = holds_the_list(q, close_in_meaning(with_text))
    # a runner-up whose own sentence means the description answers, hub or not: the hub
    # filter guards against shared words, not against a much closer meaning
    runners = named_first_stays(q, listing)
    if (
        described is not None
        and (closer := closer_second(hits, runners, described))
        and not number_only_lead(q, runners[0], closer, idf)
        and not says_title_alone(q, runners[0], closer)
        and not covers_more(q, runners[0], closer, idf)
    ):
        return make_group(closer, hits, q.words)
    with_text = named_first_stays(q, not_broader(q, listing))
    with_text = numbered_first_stays(q, with_text)

    # a Thai question's term signal reads its Latin name alone: when the Thai asks another
    # thing of the name (thai_asks_other), the name is no more the answer's than its words
    named_weight = 0.0 if thai_asks_other(q.text) else 0.3

    def merit(hit: Hit) -> float:
        cover = unit_cover(q, hit, idf)
        return (
            standing(hits, hit) + COVER_WEIGHT * cover + named_weight * hit.signals.get("term", 0.0)
        )

    chosen = max(with_text, key=merit)
    if meaning is not None and (
        (closer := _closer_unnamed(q, chosen, with_text[:MEANING_RANKS], idf, meaning))
        or (closer := first_keeps(q, chosen, with_text, idf, meaning))
        or (closer := first_says_more(q, chosen, with_text, idf, meaning))
        or (closer := states_asked_number(q, chosen, with_text[:MEANING_RANKS], idf, meaning))
    ):
        chosen = closer
    if not names_term(chosen, q.term) and (kinds := kind_of(q, chosen, all_with_text, idf)):
        # the kind closest in meaning ("no two rows the same value": UNIQUE, not NOT NULL)
        chosen = max(kinds, key=lambda h: closeness(h, meaning) if meaning else merit(h))
    if headed := kind_named(q.text, chosen, close_in_meaning(all_with_text)):
        chosen = headed  # "that kind of service on the ramp": Line Service, not Ramp
    return make_group(chosen, hits, q.words)


def unit_cover(q: Question, hit: Hit, idf: Idf) -> float:
    """The idf-weighted coverage of the question's words by the entry's best own unit,
    its names counting as said."""
    name = " ".join(
        (hit.title, *hit.entry.aliases, *inflected(q.focus, hit), *spelled(q.focus, hit))
    )
    return max((coverage(q.focus, u, idf, name) for u in own_units(hit.entry)), default=0)


def covers_more(q: Question, first: Hit, second: Hit, idf: Idf) -> bool:
    """The first hit's best unit covers the question's words by more than ``COVER_LEAD``
    over the runner-up's: a description whose own words one sentence says
    ("multinationals shifting profits from high tax countries to low tax ones ...": Base
    erosion's "... shifting profits from high-tax countries to low-tax countries") is that
    entry's, however much closer in meaning a neighbour on the same topic reads (Double
    taxation)."""
    return unit_cover(q, first, idf) > unit_cover(q, second, idf) + COVER_LEAD


def asked_entry(q: Question, hits: Sequence[Hit], key_entries: Sequence[str]) -> Hit | None:
    """The first hit, when the coverage lookup found the key term to be its name (a title,
    an alias, an acronym, a near spelling) and the question asks what its term is (or its
    last clause asks what that name means, ``asks_meaning_of``, or it asks so in its own
    language's forms, language_asks.py: "que es el SW en la bolsa de palos"): the
    retriever and the coverage lookup read the term through typos and settings ("whats a
    preflight requst in cors": Preflight Request, first), where the composer's own match of
    the whole term names nothing and its word overlap picks an entry that only mentions the
    term (CORS: "... includes optional preflight requests"). Only the first hit: a lower
    entry the lookup names is one reading against the ranking's ("what is mapreduce and
    why is it used": Map Reduce, third, under MapReduce Process). A comparison has two
    sides, and the lookup names one."""
    first = hits[0] if hits else None
    asks = q.names_term or q.asks_called or (first is not None and asks_meaning_of(q, first))
    asks = asks or asks_what_in_language(q.text)
    if first is None or not asks or q.sides:
        return None
    if first.id not in key_entries:
        return _second_named(q, hits, key_entries)
    return first if has_text(first) else None


def _second_named(q: Question, hits: Sequence[Hit], key_entries: Sequence[str]) -> Hit | None:
    """The second hit, when the lookup names it alone and the question says no word of the
    first's title ("whats the stat slott on a figure": Stat Slot, second, under Base, whose
    text says "figure"): a first hit the question never names ranks on a setting's words."""
    if len(hits) < 2 or len(key_entries) != 1 or hits[1].id != key_entries[0] or q.two_part:
        return None
    said = set(core(q.text).split())
    return hits[1] if has_text(hits[1]) and not said & set(core(hits[0].title).split()) else None


def closing_named(q: Question, hits: Sequence[Hit], key_entries: Sequence[str]) -> Hit | None:
    """The hit the coverage lookup names whose title or an alias a long story's closing
    sentence writes, when it writes one term's name only ("[story]. kollege sagt das ist
    ringing, was genau ist das?": Ringing, not HSE, whose example shares the story's
    "Nucleo-Board"; coverage/story_names.py)."""
    said = f" {core(closing_sentence(q.text))} "
    if not said.strip() or q.sides:
        return None
    written = [
        hit
        for hit in hits
        if any(f" {n} " in said for n in map(core, (hit.title, *hit.entry.aliases)) if n)
    ]
    if len({core(hit.title) for hit in written}) != 1:
        return None  # "what are precision and recall", "mixes temperature and humidity": none
    return next((h for h in written if h.id in key_entries and has_text(h)), None)


# a question that ends by asking what a name means: "... what does muxing even mean"
_MEANING_ASKED = re.compile(
    r"\bwhat\s+(?:does|do)\s+((?:\S+\s+){0,3}?\S+)\s+(?:(?:\w+ly|even|exactly)\s+)?mean$"
)


def asks_meaning_of(q: Question, hit: Hit) -> bool:
    """The question's last clause asks what ``hit``'s title or an alias means, word for
    word: a story before it ("... told me to just mux it into mkv instead of re-encoding,
    what does muxing even mean") shares words with a neighbour (Transcode's
    "re-encoding") that must not take the answer from the entry the question names."""
    found = _MEANING_ASKED.search(q.text.lower().rstrip("?!. "))
    if found is None:
        return False
    asked = core(found.group(1))
    return any(core(name) == asked for name in (hit.title, *hit.entry.aliases))


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


def _closer_unnamed(
    q: Question, chosen: Hit, hits: Sequence[Hit], idf: Idf, meaning: UnitSimilarity
) -> Hit | None:
    """``closer_in_meaning``'s entry, unless the question says the chosen's title and
    not that entry's ("wie dick ist ein b schlauch": B-Schlauch, not Verteiler, whose
    example says "B-Schlauch" in a sentence sharing more of the question's words)."""
    closer = closer_in_meaning(q, chosen, hits, idf, meaning)
    if closer is None or says_title_alone(q, chosen, closer) or term_named(q, chosen):
        return None
    return closer


def term_named(q: Question, hit: Hit) -> bool:
    """The retriever read the question's term as exactly ``hit``'s title or an alias (its
    term signal is whole) and the question says that name word for word: the question
    names the entry, in a question form the composer does not read ("vad är ett namespace
    och varför använder man det": Namespace, not Deklarera, whose sentence is closer in
    meaning). A one-word title the question only shares is no such term ("fast on chip
    memory that all the threads of one block can use": Block's signal is partial)."""
    if hit.signals.get("term", 0.0) < 1.0:
        return False
    said = f" {core(q.text)} "
    return any((name := core(n)) and f" {name} " in said for n in (hit.title, *hit.entry.aliases))


def says_title_alone(q: Question, first: Hit, second: Hit) -> bool:
    """The question says the first hit's whole title of two words or more word for word
    and not the second's:
    a long description that ends by naming its term ("... someone told me it's a
    red-black tree. what actually is a red-black tree?") names the first hit, however
    close in meaning a neighbour's sentence is (Color's "In a red-black tree, a property
    of a node, either red or black")."""
    said = f" {core(q.text)} "
    return _said_in(core(first.title), said) and not _said_in(core(second.title), said)


def _said_in(title: str, said: str) -> bool:
    # a one-word title said in a description is a shared word, no name ("fast on chip
    # memory that all the threads of one block can use": Shared memory, not Block)
    return " " in title and f" {title} " in said


def _kind_above(q: Question, hit: Hit, hits: Sequence[Hit]) -> bool:
    """A hit ranked above ``hit`` is named by the category word the term adds to
    ``hit``'s name: "image layer" is a Layer (ranked first) of an image, not Image."""
    kind = dropped_category(hit, q.term)
    above = hits[: next(i for i, h in enumerate(hits) if h is hit)]
    return bool(kind) and any(names_term(h, kind) for h in above)


def standing(hits: Sequence[Hit], hit: Hit) -> float:
    """A hit's weight by its retrieval rank, in (0, 1]: reciprocal-rank fusion's shape,
    the same for every question. Fused scores are not: named questions fuse by rank,
    described ones by normalized score, so a raw score ratio would let the same coverage
    lift a lower hit above the first for one kind of question and not for the other."""
    rank = next(i for i, h in enumerate(hits) if h is hit)
    return (RANK_K + 1) / (RANK_K + 1 + rank)
