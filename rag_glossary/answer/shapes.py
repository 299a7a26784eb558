"""Answers about several entries: the two sides of a comparison, an acronym with
several meanings (a second entry that earns its place: second_entries.py; an entry
without text of its own: stubs.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.asked import MEASURED, answering, dated, named_head
from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.group_names import own_name
from rag_glossary.answer.growth import MAX_ANSWER_WORDS, SHORT_DEFINITION, item_blocks
from rag_glossary.answer.homonyms import sense_for_side
from rag_glossary.answer.list_pieces import list_statement
from rag_glossary.answer.names import clean_title, core, names_term
from rag_glossary.answer.overlap import Idf, stem
from rag_glossary.answer.pieces import (
    Statement,
    count_words,
    display_name,
    key_of,
    make_group,
    statement,
)
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.side_entry import (
    _asked_list,
    _pool,
    hit_for,
    setting_said,
    shared_head,
    side_hit,
)
from rag_glossary.answer.side_names import named_apart, named_exactly
from rag_glossary.answer.side_parallel import mirrored_sides
from rag_glossary.answer.unit_choice import _answer_units
from rag_glossary.answer.unit_roles import is_filler, refers_back
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.word_marks import whole_word

SIDE_WORDS = 60  # each side of a comparison: one or two sentences
BOTH_TITLE_EXTRA = 2  # words beyond its two sides a title comparing them may have
LABEL_WORDS = 4  # an opening this short, in title case, is a label ("False Positives.")


def _is_label(text: str) -> bool:
    words = text.rstrip(".").split()
    return len(words) <= LABEL_WORDS and all(w[:1].isupper() for w in words)


def comparison(q: Question, hits: Sequence[Hit], idf: Idf) -> list[Statement] | None:
    both = _compares_both(q, hits)
    if both is not None:  # "Model Evaluation Vs Model Optimisation": the entry says it
        group = make_group(both, hits, q.words)
        if _asked(q):  # "... which one wins in research": the units that answer that
            return _answer_units(q, group, idf, 0)
        pool = [x for x in group.units if x[0].kind == "sentence"]
        if (apart := _side_sections(pool, q.sides)) is not None:
            return apart
        against = [x for x in pool[1:] if _CONTRAST_WORD.search(x[0].text)]
        sentences = pool[:1] + (against or pool[1:2])[:1]
        if count_words(" ".join(x[0].text for x in sentences)) > SIDE_WORDS:
            sentences = sentences[:1]
        title = clean_title(both.title)
        if not _vague_vs_entry(q, both, sentences, hits):
            return [statement(x, 0, title, title if not i else "") for i, x in enumerate(sentences)]
    if len(q.sides) != 2:  # no two sides to answer from: the caller answers as usual
        return None
    asked = _asked(q)
    left: list[frozenset[str]] = [frozenset(), frozenset()]  # side words beyond a name
    sides: list[Hit | None] = []
    for rank, side in enumerate(q.sides):
        others = [h for h in hits if h not in sides]
        # a trailing phrase after the last side ("... for running ml on the jvm") is the
        # whole comparison's; after the first ("X on a cluster vs on a grid") it is compared
        find = side_hit if rank else hit_for
        if rank and sides[0] is not None and setting_said(side, sides[0]):
            # the first side's entry says both settings: it alone answers
            return _answer_units(q, make_group(sides[0], hits, q.words), idf, 0)
        if not rank:  # "equilibrium and transient climate sensitivity"
            side = shared_head(side, q.sides[1], others)
        found = find(side, others, asked, q.sides[1 - rank], idf, q.language)
        if found is None and (head := named_head(side, others)) is not None:
            found, left[rank] = head
        sides.append(found)
    # "dv vs ev certificate": DV-SSL found, EV-SSL is the title named alike for "ev"
    sides = mirrored_sides(q.sides, sides, hits)
    # a side without an entry, named in another hit ("svd": "Singular value decomposition")
    named = [
        None if s else named_apart(side, hits, sides)
        for side, s in zip(q.sides, sides, strict=True)
    ]
    if sides.count(None) == 2 or any(not s and not n for s, n in zip(sides, named, strict=True)):
        return None
    sides = [
        hit if hit is None or _asked_list(_pool(hit), asked) else _fuller(side, hit, hits, sides)
        for side, hit in zip(q.sides, sides, strict=True)
    ]
    out: list[Statement] = []
    used: set[str] = set()
    for rank, hit in enumerate(sides):
        if hit is None:  # the side named inside another hit
            out += [statement(x, rank, "") for x in named[rank : rank + 1] if x is not None]
            continue
        hit, others = sense_for_side(hit, hits, sides[1 - rank])  # one sense of a homonym
        kept = [h for h in hits if h is not sides[1 - rank] and h not in others]
        group = make_group(hit, kept, q.words)
        fresh = [
            (u, ids)
            for u, ids in group.units
            if (u.kind == "sentence" or _first_sense(u, ids, group.units))
            and key_of(u.text) not in used
        ]
        if not fresh:
            out.append(list_statement(group.units, group.units[0][0], rank, clean_title(hit.title)))
            continue
        sense = fresh[0] if fresh[0][0].kind == "item" else None  # ``_first_sense``
        opening = sense or definition_of(fresh, clean_title(hit.title)) or fresh[0]
        picked = {opening[0].position: opening}
        this, other = q.sides[rank], q.sides[1 - rank]
        # "how does mae treat outliers compared to mse": "treat outliers" is asked of both
        focus = left[0] | left[1] | frozenset(t for t in q.words if stem(t) in asked)
        second = _contrast(fresh, this, other, opening) or _next_to(fresh, opening, bool(sense))
        second = second or _past_examples(fresh, opening)
        measured = bool(MEASURED.search(q.text))
        answer = answering(fresh, focus, idf, opening[0], measured) or dated(
            q.text, fresh, opening[0]
        )
        if answer:  # "how does X treat outliers", "... and when do they apply"
            words = sum(count_words(u.text) for u, _ in [opening, *answer])
            picked = {u.position: (u, ids) for u, ids in answer}
            if words <= SIDE_WORDS:
                picked[opening[0].position] = opening
        elif second and count_words(opening[0].text) + count_words(second[0].text) <= _room(
            opening[0], second[0]
        ):
            picked[second[0].position] = second
            more = _next_to(fresh, second)  # "... not a multiplication at all!" + "It is ..."
            words = sum(count_words(u.text) for u, _ in picked.values())
            fits = more is not None and words + count_words(more[0].text) <= SIDE_WORDS
            # a label-like opening ("False Positives.") is no sentence of its own, nor is
            # a fragment as short ("Labour intellectual and MP.") while the side says less
            # than a short definition with the sentence after it: read on
            fragment = count_words(opening[0].text) <= LABEL_WORDS and words < SHORT_DEFINITION
            label = _is_label(opening[0].text) or fragment
            if more and fits and (refers_back(more[0].text) or label):
                picked[more[0].position] = more
        if not answer:  # "... replies cannot be sent for a notice"
            _says_not(fresh, picked, (this, clean_title(hit.title)))
        listed = None if answer else _asked_list(group.units, asked | {stem(t) for t in focus})
        if listed is not None:
            picked = {opening[0].position: opening}  # "which models do X and Y each make"
        name = display_name(group)
        for i, position in enumerate(sorted(picked)):
            used.add(key_of(picked[position][0].text))
            first = picked[min(picked)][1]
            own = name if i == 0 else own_name(group, picked[position][1], first)
            out.append(statement(picked[position], rank, clean_title(hit.title), own, q.words))
        if listed is not None:
            out.append(list_statement(group.units, listed, rank, clean_title(hit.title)))
    return out


def _room(opening: Unit, second: Unit) -> int:
    """The words a side's opening and second sentence may have: SIDE_WORDS, or a lone
    answer's MAX_ANSWER_WORDS when the opening is a short definition and the second goes
    on from it in its paragraph ("The organized and rapid capture of information about
    events ..." + "This information can be rumours and other ad hoc reports ..."): a
    short opening alone says too little to tell a side from the other."""
    continued = (
        second.position == opening.position + 1
        and second.block == opening.block
        and refers_back(second.text)
    )
    short = count_words(opening.text) < SHORT_DEFINITION
    return MAX_ANSWER_WORDS if continued and short else SIDE_WORDS


def _first_sense(unit: Unit, ids: list[str], units: Sequence[tuple[Unit, list[str]]]) -> bool:
    """The entry's first numbered sense, a short item, when a later sense is a paragraph in
    list clothing (its sentences are units): Марс-пипаж's "1. Бройките, които Ви трябват
    ..." defines it, "2. Грубо може да се оцени ..." only estimates it."""
    return (
        unit.kind == "item"
        and unit.position == 0
        and any(u.item_start and u.kind == "sentence" and i[:1] == ids[:1] for u, i in units)
    )


def _vague_vs_entry(
    q: Question, both: Hit, sentences: list[tuple[Unit, list[str]]], hits: Sequence[Hit]
) -> bool:
    """The entry that compares both sides says neither side's name in what it would print
    ("Recall vs Precision: Say we are analyzing brain scans ..."), while each side has an
    entry of its own name: the sides' own entries answer better."""
    if any(_names_side(u.text, side) for u, _ in sentences for side in q.sides):
        return False
    others = [h for h in hits if h is not both]
    return len(q.sides) == 2 and all(named_exactly(side, others) for side in q.sides)


def _side_sections(
    pool: list[tuple[Unit, list[str]]], sides: tuple[str, ...]
) -> list[Statement] | None:
    """One entry that treats each side under its own label ("Model Parameters: These
    are ...", "Hyperparameter: These are ..."): the first sentence under each label."""
    firsts = [next((x for x in pool if _names_side(x[0].lead, side)), None) for side in sides]
    if any(x is None for x in firsts) or firsts[0] is firsts[1]:
        return None
    said = [x for x in firsts if x is not None]
    if count_words(" ".join(x[0].text for x in said)) > 2 * SIDE_WORDS:
        return None
    return [statement(x, 0, "", x[0].lead) for x in sorted(said, key=lambda x: x[0].position)]


def _asked(q: Question) -> frozenset[str]:
    """The question's words beyond its two sides ("models" in "which models do X and Y
    each make"), as stems."""
    sides = (*q.sides[:-1], _TRAILING.sub("", q.sides[-1])) if q.sides else ()
    side_words = {stem(t) for side in sides for t in tokenize(side)}
    return frozenset(stem(t) for t in q.words) - side_words


# A phrase after the last side is the whole comparison's ("los vs vmt for evaluating new
# development"): what both sides are asked about, not part of the last side's name.
_TRAILING = lazy_regex(r"\s+(?:for|when|in terms of|regarding|with respect to)\s.*$")


THIN_SIDE_WORDS = 12  # a side whose entry says less than this may take a fuller namesake


def _fuller(side: str, hit: Hit | None, hits: Sequence[Hit], sides: list[Hit | None]) -> Hit | None:
    """The side's entry, or, when it says little ("Different parts of the network ..."),
    another entry of the same name give or take a category word ("Mixture-Of-Experts
    (MOE) Architecture") that says more."""
    if hit is None:
        return None
    size = _sentence_words(hit)
    if size >= THIN_SIDE_WORDS:
        return hit
    namesakes = [h for h in hits if h not in sides and names_term(h, side)]
    richer = [h for h in namesakes if _sentence_words(h) > 2 * size]
    return richer[0] if richer else hit


def _sentence_words(hit: Hit) -> int:
    return sum(count_words(u.text) for u in entry_units(hit.entry) if u.kind == "sentence")


def _compares_both(q: Question, hits: Sequence[Hit]) -> Hit | None:
    """An entry whose title names both sides of the comparison, and has text."""
    for hit in hits:
        has_text = any(u.kind == "sentence" for u in entry_units(hit.entry))
        if has_text and _vs_title(hit.title, q.sides):
            return hit
    sides = sorted((core(side) for side in q.sides if core(side)), key=len, reverse=True)
    for hit in hits:
        rest = core(hit.title)
        for side in sides:  # apart: "Masked Self-Attention" names one side, not both
            rest, found = re.subn(whole_word(side), " ", rest, count=1)
            if not found:
                break
        else:
            # a title that says more than the two sides is a sentence about them ("Reason
            # why PyTorch wasn't ... than TensorFlow"), not an entry comparing them
            if len(tokenize(rest)) > BOTH_TITLE_EXTRA:
                continue
            if len(sides) == 2 and any(u.kind == "sentence" for u in entry_units(hit.entry)):
                return hit
    return None


def _vs_title(title: str, sides: tuple[str, ...]) -> bool:
    """A title that is a comparison ("spatial domain vs fourierfrequency domain") whose
    halves share at least half of the words of each side, in order."""
    halves = re.split(r"\s+(?:vs\.?|versus)\s+", " ".join(title.lower().split()))
    if len(halves) != 2 or len(sides) != 2:
        return False
    own = [set(tokenize(side)) for side in sides]
    for half, words, other in zip(halves, own, own[::-1], strict=True):
        apart = words - other  # "model" names neither side of "model x vs model y"
        if not apart or sum(stem(w) in half for w in apart) < 0.5 * len(apart):
            return False
    return True


def _contrast(
    pool: list[tuple[Unit, list[str]]], this: str, other: str, first: tuple[Unit, list[str]]
) -> tuple[Unit, list[str]] | None:
    """A sentence that sets this side against the other: it names both, or names the
    other with a contrast word ("While model validation is ..., model observability is ...")."""
    usable = [
        (u, ids)
        for u, ids in pool
        if u is not first[0] and not refers_back(u.text) and not is_filler(u.text)
    ]
    against = [x for x in usable if _names_side(x[0].text, other)]
    both = [x for x in against if _names_side(x[0].text, this)]
    # "Sometimes known as brokerage.": the other side is another name of this one
    one = [x for x in against if _CONTRAST_WORD.search(x[0].text) or _SAME_AS.search(x[0].text)]
    found = both or one
    return found[0] if found else None


_SAME_AS = lazy_regex(r"(?i)\b(?:known as|also called|referred to as|synonym (?:of|for)|same as)\b")
_CONTRAST_WORD = lazy_regex(
    r"(?i)\b(?:whereas|while|unlike|on the other hand|in contrast|compared|differs?|rather than)\b"
)


def _names_side(text: str, side: str) -> bool:
    side_core = core(side)
    return bool(side_core) and re.search(whole_word(side_core), core(text)) is not None


def _next_to(
    pool: list[tuple[Unit, list[str]]], first: tuple[Unit, list[str]], senses: bool = False
) -> tuple[Unit, list[str]] | None:
    """The sentence after the first, unless it is filler; a sentence that refers back
    comes only right after the one it refers to. A numbered item's note is none, but after
    the first of the entry's ``senses`` the next sense is."""
    at = next(i for i, x in enumerate(pool) if x[0] is first[0])
    listed = item_blocks(pool)
    for unit, ids in pool[at + 1 : at + 2]:
        adjacent = unit.position == first[0].position + 1
        noted = not senses and unit.block != first[0].block and unit.block in listed
        if not is_filler(unit.text) and not noted and (adjacent or not refers_back(unit.text)):
            return unit, ids
    return None


def _past_examples(
    pool: list[tuple[Unit, list[str]]], first: tuple[Unit, list[str]]
) -> tuple[Unit, list[str]] | None:
    """After a one-word gloss ("Bultzada." over a dictionary entry's example bullets), the
    first sentence past the examples' ("Zaputz hitza bera dugu, ... -kada atzizkia
    erantsita."): the word alone tells a side from the other by nothing (None: no gloss of
    one word, or no such sentence)."""
    if count_words(first[0].text) != 1:
        return None
    listed = item_blocks(pool)
    at = next(i for i, x in enumerate(pool) if x[0] is first[0])
    for unit, ids in pool[at + 1 :]:
        if unit.block not in listed and not is_filler(unit.text):
            return None if refers_back(unit.text) else (unit, ids)
    return None


# "does not", "cannot", "never": what a side is not or cannot do sets it apart
_NEGATION = lazy_regex(r"(?i)\b(?:not|never|cannot|no)\b|n't\b")


def _says_not(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    names: tuple[str, ...],
) -> None:
    """A later sentence of the side's opening paragraph that names the side and says what
    it is not or cannot do ("... replies cannot be sent for a notice") tells it apart from
    the other side, when the side's answer stays within SIDE_WORDS."""
    first = picked[min(picked)][0]
    words = sum(count_words(u.text) for u, _ in picked.values())
    for unit, ids in pool:
        if unit.block != first.block or unit.position <= first.position or unit.position in picked:
            continue
        if not _NEGATION.search(unit.text) or is_filler(unit.text):
            continue
        if any(_names_side(unit.text, name) for name in names if name):
            if words + count_words(unit.text) <= SIDE_WORDS:
                picked[unit.position] = (unit, ids)
            return
