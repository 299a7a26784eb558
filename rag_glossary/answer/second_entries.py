"""A second entry that earns its place in an answer: it answers question words the
first entry leaves open (split from shapes.py, which keeps the comparisons)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.alternatives import decided_alternatives
from rag_glossary.answer.named_second import named_second
from rag_glossary.answer.names import (
    clean_title,
    names_term,
    says_name,
)
from rag_glossary.answer.overlap import Idf, coverage, stem
from rag_glossary.answer.pieces import (
    Group,
    Statement,
    count_words,
    entry_focus,
    statement,
)
from rag_glossary.answer.question import Question, second_part
from rag_glossary.answer.second_close import close_second
from rag_glossary.answer.second_open import names_whole, part_left_open
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.settings import setting_words
from rag_glossary.answer.shapes import SIDE_WORDS, _next_to
from rag_glossary.answer.side_entry import _pool
from rag_glossary.answer.unit_roles import refers_back
from rag_glossary.coverage.wordclasses import QUANTIFIERS
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity
from rag_glossary.word_marks import whole_word

# "predicate meaning in a knowledge graph": the field the question's term is asked in
SECOND_ENTRY_COVERAGE = 0.75
SECOND_ENTRY_RANKS = 3  # a second entry comes from the first hits, not the tail of the list
# a second part that says an entry's whole title names it wherever it ranks among the
# answer's hits ("... and why shouldnt i rush it": Rushing, fourth)
NAMED_SECOND_RANKS = 5


def second_entry(
    q: Question,
    hits: Sequence[Hit],
    main: Group,
    statements: list[Statement],
    idf: Idf,
    similarity: UnitSimilarity | None = None,
) -> list[Statement]:
    """A unit of another entry, when it answers question words the answer leaves open and
    the question names that entry (or asks a second question of its own)."""
    if (said_what := _what_it_is(q, hits, main)) is not None:
        return [said_what]
    name = clean_title(main.hits[0].title)
    # all of the first term must be named by a second entry
    about = [stem(t) for t in tokenize(name) or sorted(tokenize(q.term), key=idf)[-1:]]
    if own := named_second(q, hits, main, about, NAMED_SECOND_RANKS):
        return own
    said = {stem(t) for s in statements for t in tokenize(f"{s.text} {' '.join(s.items)}")}
    # a count ("the two types") or a trailing field ("... in a knowledge graph") names no
    # second thing the answer leaves open
    context = setting_words(q, main.hits[0])
    # "is it time domain or frequency domain": the answer that says one alternative
    # has chosen between them; the other's words are no open question
    said |= decided_alternatives(q.text, said)
    open_words = frozenset(
        t
        for t in entry_focus(q, main.hits[0])
        if stem(t) not in said and t not in QUANTIFIERS and t not in context
    )
    focus_of = entry_focus(q, main.hits[0])
    focus_mass = sum(idf(t) for t in focus_of)
    mostly_open = len(open_words) >= 2 and sum(idf(t) for t in open_words) >= 0.5 * focus_mass
    if not (mostly_open or (q.two_part and open_words)):
        return []
    # a second part the first answer has mostly said leaves only the entry it names
    named_only = not mostly_open and not part_left_open(q, focus_of, open_words, idf)
    best_pick: tuple[float, Hit, Unit] | None = None
    for hit in hits[:SECOND_ENTRY_RANKS]:
        if hit.id in main.ids:
            continue
        title = {stem(t) for t in tokenize(" ".join((_unlisted(hit.title), *hit.entry.aliases)))}
        named = {stem(t) for t in open_words} & title
        if q.two_part and named and not names_whole(q, hit, _unlisted(hit.title)):
            named = set()  # a word of its title, not its name
        if not (named or q.two_part) or (named_only and not named):
            continue
        for unit in entry_units(hit.entry):
            if not named and not says_name(about, f"{hit.title} {unit.text}"):
                continue  # a second part about something else than the question's term
            # "... and what is a mortgage": the second part's entry, whose title (a name,
            # not a sentence) is all the part asks, answers with what its text says of it
            whole = named == {stem(t) for t in open_words} and clean_title(hit.title)
            titled = " ".join((hit.title, *hit.entry.aliases)) if whole and q.two_part else ""
            cover = coverage(open_words, unit, idf, titled)
            if cover >= SECOND_ENTRY_COVERAGE and (best_pick is None or cover > best_pick[0]):
                if unit.kind == "item":
                    continue
                best_pick = (cover, hit, unit)
    if best_pick is None and (against := _negated(q, hits, main, statements)) is not None:
        return [against]
    if best_pick is None:
        left = q.two_part and part_left_open(q, focus_of, open_words, idf)
        return close_second(q, hits, main, about, similarity) if left else []
    _, hit, unit = best_pick
    name = clean_title(hit.title)
    out = [statement((unit, [hit.id]), 1, name, name, q.words)]
    more = _next_to(_pool(hit), (unit, [hit.id]))  # "It takes its name from ... two OLS ..."
    joins = more is not None and refers_back(more[0].text) and more[0].block == unit.block
    if more is not None and joins and count_words(f"{unit.text} {more[0].text}") <= SIDE_WORDS:
        out.append(statement(more, 1, name))
    return out


# "Tip / Flute shape (upcut, downcut, compression, straight, corncob)": a list of kinds in
# parentheses; its words are the kinds the text goes on to describe, not the entry's name.
_LISTED_KINDS = lazy_regex(r"\s*\([^()]*,[^()]*\)")


def _unlisted(title: str) -> str:
    return _LISTED_KINDS.sub(" ", title)


def _what_it_is(q: Question, hits: Sequence[Hit], main: Group) -> Statement | None:
    """ "what is X and what is it powered by": when the entry that answers the second part
    does not name X (its title is a sentence about X), the sentence of another entry that
    says what X is ("... to create Merlin Video, a computer vision tool that ...")."""
    if not (q.two_part and q.names_term) or clean_title(main.hits[0].title):
        return None
    if any(names_term(h, q.term) for h in main.hits):
        return None
    term = re.escape(" ".join(q.term.split())).replace(r"\ ", r"[\s-]+")
    says = re.compile(rf"(?i)\b{term}\s*(?:,|\bis|\bare|\bwas|-|–)\s+(?:a|an|the)\s+\w+")
    for hit in hits:
        if hit.id in main.ids:
            continue
        for unit in entry_units(hit.entry):
            if unit.kind == "sentence" and says.search(unit.text):
                return statement((unit, [hit.id]), 1, "")
    return None


# "why is pet food not counted as feed": a second part that asks why something is not
_ASKS_NOT = lazy_regex(r"(?i)\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t)\b")
# "non-food-producing animals": a phrase of the first answer, negated
_NON = lazy_regex(r"(?i)\bnon-?([a-z][\w-]*(?: [a-z][\w-]*)?)")


def _negated(
    q: Question, hits: Sequence[Hit], main: Group, statements: list[Statement]
) -> Statement | None:
    """ "what is feed and why is pet food not counted as feed": the unit of another first
    hit that negates a phrase the first answer says ("Animal food: Product intended for
    non-food-producing animals" against Feed's "fed to food-producing animals") answers
    the part that asks why something is not the term."""
    part = second_part(q.text) if q.two_part else None
    if part is None or not _ASKS_NOT.search(part):
        return None
    said = " ".join(" ".join(s.text.lower().split()) for s in statements)
    for hit in hits[:SECOND_ENTRY_RANKS]:
        if hit.id in main.ids:
            continue
        for unit in entry_units(hit.entry):
            if unit.kind != "sentence":
                continue
            for found in _NON.finditer(" ".join(unit.text.split())):
                phrase = found.group(1).lower()
                if len(phrase.split()) == 2 and re.search(
                    r"(?<!non-)(?<!non)" + whole_word(phrase), said
                ):
                    name = clean_title(hit.title)
                    return statement((unit, [hit.id]), 1, name, name, q.words)
    return None
