"""Which passage of the chosen entry answers, beyond its opening (issue 10, rounds 11-12):
the unit that clearly covers a described question's words best, the sentence a cut
title begins (a note named by its own later sentence), and the unit clearly closest in
meaning to the question (build-time unit vectors, unit_vectors.py; round 12)."""

from __future__ import annotations

import re

from rag_glossary.acronyms import spells_out
from rag_glossary.answer.names import core
from rag_glossary.answer.pieces import count_words
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.side_labels import label_of
from rag_glossary.answer.unit_roles import is_filler, refers_back
from rag_glossary.coverage.wordclasses import FUNCTION_WORDS, QUANTIFIERS
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem, tokenize
from rag_glossary.unit_vectors import UnitSimilarity

LEAD_FLOOR = 0.05  # the best-covering unit answers a described question from this coverage
LEAD_MARGIN = 0.05  # ... when it leads the opening by this much
LEAD_RATIO = 1.5  # ... and every other unit by this factor (close runners-up: none leads)
LEAD_ITEM_WORDS = 6  # an unlabelled list item this long says something alone
TITLE_PREFIX_WORDS = 4  # a cut title ("AI tools yes, not ChatGPT though. More…") this long
# The unit closest in meaning answers when its cosine to the question is at least the
# opening's plus MEANING_MARGIN (fitted leave-one-set-out over the 28 design sets with
# eval/units_fit.py: 0 was chosen in 27 of 28 folds)
MEANING_MARGIN = 0.0


def titled_unit(pool: list[tuple[Unit, list[str]]], title: str) -> tuple[Unit, list[str]] | None:
    """The later sentence a cut title ("In data science, performance of the model … is
    the most…") is the beginning of: an entry named by one of its own later sentences
    (an annotation's Note under its Highlight) says its point there."""
    cut = re.sub(r"(?:…|\.\.\.)\s*$", "", " ".join(title.split()))
    if cut == " ".join(title.split()) or len(cut.split()) < TITLE_PREFIX_WORDS:
        return None
    start = cut.lower()
    for unit, ids in pool:
        text = " ".join(unit.text.split()).lower()
        if unit.kind == "sentence" and (text.startswith(start) or start.startswith(text)):
            return None if unit is pool[0][0] else (unit, ids)
    return None


def own_line(q: Question, pool: list[tuple[Unit, list[str]]]) -> tuple[Unit, list[str]] | None:
    """The unit labelled by the asked acronym that spells it out ("ICMP: Internet Control
    Message Protocol." in a block of acronym lines under another entry's name), when the
    question asks what the acronym is or stands for: the whole answer."""
    asked = core(q.term)
    for unit, ids in pool:
        label = label_of(unit.text)
        if not asked or core(label) != asked:
            continue
        spelled = spells_out(label.strip(), unit.text[len(label) + 1 :].strip(" ."))
        return (unit, ids) if spelled or q.shape == "expand" else None
    return None


def leading_unit(
    q: Question,
    focus: frozenset[str],
    scored: list[tuple[float, Unit, list[str]]],
    definition: tuple[Unit, list[str]],
    max_words: int,
) -> tuple[Unit, list[str]] | None:
    """The unit that covers the question's own words best of the entry, though under the
    coverage an answer needs, when it is not the opening, leads it by LEAD_MARGIN and
    every other unit by LEAD_RATIO, and shares a content word with the question: a
    described question ("whats the usual next step") is answered by the part of the
    entry that shares its words, not by the entry's first sentences alone."""
    if not focus or q.shape in ("define", "expand") or not scored:
        return None
    score, unit, ids = scored[0]
    if unit is definition[0] or score < LEAD_FLOOR or is_filler(unit.text):
        return None
    bare = not label_of(unit.text) and count_words(unit.text) < LEAD_ITEM_WORDS
    if unit.kind != "sentence" and bare:
        return None  # a bare list item ("Streamlit.io") says nothing alone
    opening = next((s for s, u, _ in scored if u is definition[0]), 0.0)
    fits = count_words(unit.text) + count_words(definition[0].text) <= max_words
    runner_up = max((s for s, _, _ in scored[1:]), default=0.0)
    clear = score >= opening + LEAD_MARGIN and score >= LEAD_RATIO * runner_up
    return (unit, ids) if fits and clear and _says_content_word(focus, unit) else None


def _says_content_word(focus: frozenset[str], unit: Unit) -> bool:
    """The unit has one of the question's words that is not a function word or a
    quantifier ("much", "more" alone do not make a sentence the answer)."""
    content = {stem(w) for w in focus if w not in FUNCTION_WORDS | QUANTIFIERS}
    return bool(content & {stem(t) for t in tokenize(f"{unit.lead} {unit.text}")})


def meaning_unit(
    q: Question,
    pool: list[tuple[Unit, list[str]]],
    definition: tuple[Unit, list[str]],
    similarity: UnitSimilarity | None,
    max_words: int,
    reach: int,
) -> tuple[Unit, list[str]] | None:
    """The unit of the entry clearly closest in meaning to the question, when it is not
    the opening: a question that asks about a part of a long entry in words the entry
    does not use ("putting the model straight inside the app so it predicts live") is
    answered by that part ("Application Integration: Embed the model into an application
    for real-time predictions"), beside the opening. Never for a definition question:
    the opening answers "what is X". ``reach``: the words the opening's growth may take."""
    if similarity is None or q.shape in ("define", "expand") or len(pool) < 2:
        return None
    opening = similarity(definition[1][0], definition[0])
    scored = [
        (cos, unit, ids)
        for unit, ids in pool
        if unit is not definition[0]
        and (cos := similarity(ids[0], unit)) is not None
        and _says_alone(unit)
    ]
    if opening is None or not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    best, unit, ids = scored[0]
    if _grows_from(definition[0], unit, pool, reach):
        return None  # the opening's own paragraph is closest: its growth answers
    fits = count_words(unit.text) + count_words(definition[0].text) <= max_words
    return (unit, ids) if fits and best >= opening + MEANING_MARGIN else None


def _grows_from(opening: Unit, unit: Unit, pool: list[tuple[Unit, list[str]]], reach: int) -> bool:
    """The unit follows the opening closely, where growth.grow reaches anyway: within
    three units and ``reach`` words of it."""
    close = unit.section == opening.section and 0 < unit.position - opening.position <= 3
    between = (u for u, _ in pool if opening.position <= u.position <= unit.position)
    return close and sum(count_words(u.text) for u in between) <= reach


# "Thus, typically, on unrooted trees the basal bifurcation is collapsed ...": a conclusion
# names its subject again; the sentence it draws from comes with it (growth.keep_context)
_CONCLUDES = lazy_regex(r"(?:Thus|Therefore|Hence|As a result|Consequently),?\s")


def _says_alone(unit: Unit) -> bool:
    """A sentence, or a list item long or labelled enough to say something alone, that
    does not refer back to the text before it ("Then ...", "It ...") other than as a
    conclusion ("Thus, ...")."""
    if is_filler(unit.text) or (refers_back(unit.text) and not _CONCLUDES.match(unit.text)):
        return False
    return (
        unit.kind == "sentence"
        or bool(label_of(unit.text))
        or (count_words(unit.text) >= LEAD_ITEM_WORDS)
    )
