"""The extractive answer: the units of the entries that answer the question, each cited.

:func:`compose` picks the entry that answers (the retrieval rank, the term match and
how well its units cover the question's own words), merges the same term from other
sources (one statement, both citations), and takes its definition sentence plus the
units that answer what the question asks, in reading order; a list is shown as a
short list with its lead-in. A second entry comes in only when the question names
it (a comparison, an acronym with several meanings) or it answers question words
the first leaves open. ``rendering.render`` turns the statements into text with markers;
``context.llm_context`` gives the LLM path the same choice of entries.
``entry_choice`` picks the entry that answers, ``unit_choice`` the units of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rag_glossary.answer.acronym_meanings import acronym_meanings
from rag_glossary.answer.alias_link import linked
from rag_glossary.answer.citations import Registry
from rag_glossary.answer.code import (
    CODE_NOTE,
    asked_in_code,
    asks_code,
    code_blocks,
    code_hit,
    code_statement,
    leads_into_code,
    named_code_entry,
)
from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.entry_choice import _main_group, asked_entry
from rag_glossary.answer.faq_pairs import faq_answer
from rag_glossary.answer.homonyms import asked_entry_only, label_senses
from rag_glossary.answer.label_titles import named_labels
from rag_glossary.answer.list_pieces import said_once
from rag_glossary.answer.names import clean_title, heads_term, names_term
from rag_glossary.answer.overlap import Idf
from rag_glossary.answer.pieces import Group, Statement, make_group, statement
from rag_glossary.answer.question import Question, analyze
from rag_glossary.answer.rendering import render
from rag_glossary.answer.scripts import in_question_script, settled_script, speaks_only
from rag_glossary.answer.second_entries import second_entry
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.senses import named_senses
from rag_glossary.answer.setting_term import setting_other
from rag_glossary.answer.shapes import _compares_both, comparison
from rag_glossary.answer.side_labels import labelled_sides
from rag_glossary.answer.spelled_out import spelled_out
from rag_glossary.answer.stubs import (
    bridges,
    only_navigates,
    pointer_answer,
    pointer_target,
    says_name,
    spells_own_title,
    stub_answer,
    title_redirect,
)
from rag_glossary.answer.unit_choice import _answer_units
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Hit
from rag_glossary.terms import led_term
from rag_glossary.unit_vectors import UnitSimilarity

_CONTEXT = lazy_regex(r"\s(?:when|in|for|during|while|within|under|with|without|on|at|by|from)\s")
_TERM_FILLER = frozenset(("a", "an", "the"))


def extractive_answer(
    hits: Sequence[Hit],
    question: str = "",
    idf: Idf | None = None,
    similarity: UnitSimilarity | None = None,
    described: bool = False,
    named: Sequence[str] = (),
) -> tuple[str, tuple[str, ...]]:
    """The answer text and the cited ids in marker order. ``similarity`` (the question's
    cosine to a unit, unit_vectors.py) helps choose the passage; None: words only.
    ``described``: the question names no key term, it only describes one. ``named``: the
    entries the coverage lookup found the key term to be the name of
    (``RetrievalResult.key_entries``)."""
    key = (question, idf, described, tuple(named))
    last = _last
    if last is not None and last.matches(key, hits, similarity):
        return last.answer
    registry = Registry(hits)
    text = extractive_text(hits, registry, question, idf, similarity, described, named=named)
    _remember(_Composed(key, tuple(hits), similarity, (text, tuple(registry.order))))
    return text, tuple(registry.order)


def first_cited(
    hits: Sequence[Hit],
    question: str = "",
    idf: Idf | None = None,
    similarity: UnitSimilarity | None = None,
    described: bool = False,
    named: Sequence[str] = (),
) -> str | None:
    """The id :func:`extractive_answer` cites first (None: no answer text or no citation),
    without composing the rest of the answer when the chosen entry's own statements settle
    it: the second entry and the code come after them, and the rendering numbers the
    citations in statement order."""
    key = (question, idf, described, tuple(named))
    last = _last
    if last is None or not last.matches(key, hits, similarity):
        hits_ = named_labels(hits)
        own = _compose(question, hits_, idf, similarity, described, named, first_only=True)
        if (cited := _first_id(question, own)) is not None:
            return cited
    text, order = extractive_answer(hits, question, idf, similarity, described, named)
    return order[0] if text.strip() and order else None


def _first_id(question: str, statements: list[Statement]) -> str | None:
    """The first id statements that begin the answer cite, when what follows them can
    change neither which are kept nor that they are the answer (compose's script filter
    and fallback); None otherwise."""
    if not settled_script(question, statements):
        return None
    kept = in_question_script(question, statements)
    if not any(s.text.strip() or s.items or s.code for s in kept):
        return None
    return next((s.ids[0] for s in kept if s.ids), None)


@dataclass(frozen=True)
class _Composed:
    """One composed answer and what it was composed from."""

    key: tuple[object, ...]
    hits: tuple[Hit, ...]
    similarity: UnitSimilarity | None
    answer: tuple[str, tuple[str, ...]]

    def matches(
        self, key: tuple[object, ...], hits: Sequence[Hit], similarity: UnitSimilarity | None
    ) -> bool:
        """The same question over the very same hit objects (identity: a hit rebuilt with
        other signals or another entry is composed afresh)."""
        return (
            self.key == key
            and self.similarity is similarity
            and len(self.hits) == len(hits)
            and all(a is b for a, b in zip(self.hits, hits, strict=True))
        )


# With answer_first on, ``retrieve`` composes the whole answer when the chosen entry's
# own statements do not settle its first citation (first_cited), and ``ask`` asks again
# for the same hits: the last one is kept so the second is free.
_last: _Composed | None = None


def _remember(composed: _Composed | None) -> None:
    global _last
    _last = composed


def extractive_text(
    hits: Sequence[Hit],
    registry: Registry,
    question: str = "",
    idf: Idf | None = None,
    similarity: UnitSimilarity | None = None,
    described: bool = False,
    *,
    named: Sequence[str] = (),
) -> str:
    return render(compose(question, hits, idf, similarity, described, named=named), registry)


def compose(
    question: str,
    hits: Sequence[Hit],
    idf: Idf | None = None,
    similarity: UnitSimilarity | None = None,
    described: bool = False,
    *,
    named: Sequence[str] = (),
) -> list[Statement]:
    """The statements of the answer, in the order they are printed; never none when an
    entry has text ("no answer without a source", and never an empty one)."""
    hits = named_labels(hits)
    statements = in_question_script(
        question, _compose(question, hits, idf, similarity, described, named)
    )
    if any(s.text.strip() or s.items or s.code for s in statements):
        return said_once(statements)
    return fallback_definition(hits)


def fallback_definition(hits: Sequence[Hit]) -> list[Statement]:
    """The best entry's definition, cited: the answer when the composer found no units."""
    for hit in hits:
        group = make_group(hit, hits)
        sentences = [x for x in group.units if x[0].kind == "sentence"]
        if found := definition_of(sentences, clean_title(hit.title)):
            return [statement(found, 0, clean_title(hit.title), clean_title(hit.title))]
    return []


def _compose(
    question: str,
    hits: Sequence[Hit],
    idf: Idf | None = None,
    similarity: UnitSimilarity | None = None,
    described: bool = False,
    key_entries: Sequence[str] = (),
    first_only: bool = False,
) -> list[Statement]:
    """``first_only``: the chosen entry's own statements, without the second entry and the
    code that follow them (all :func:`first_cited` needs)."""
    q = analyze(question) if question.strip() else analyze(hits[0].title if hits else "x")
    weight = idf or (lambda _token: 1.0)
    if not hits:
        return []
    q = _named_whole(q, question, hits)
    if (redirect := title_redirect(q, hits)) is not None:
        source, goal = redirect  # "control effort: Control signal.": answer from the signal
        group = make_group(goal, hits, q.words)
        said = _answer_units(q, group, weight, 1, similarity)
        if spells_own_title(source) or says_name(source, said):
            return said
        return [pointer_answer(source, goal.title), *said]
    stub = stub_answer(q, hits)
    if stub is not None:
        return stub
    if (meanings := acronym_meanings(q, hits)) is not None:
        return meanings
    if (senses := named_senses(q, hits)) is not None:
        return senses  # "what are the meanings of X": all of X's senses
    if q.shape == "compare" and (both := _compared(q, hits, weight)) is not None:
        return both
    named = any(names_term(h, q.term) or heads_term(h, q.term) for h in hits)
    named = named or asked_entry(q, hits, key_entries) is not None
    if q.names_term and not named and (q.in_setting or _CONTEXT.search(q.term)):
        # "what is winsorizing when handling outliers", "what does fifo stand for when
        # booking lots": no entry is the whole term, so all of the question's words say
        # what the answer must contain
        q = replace(q, focus=q.words - _TERM_FILLER, names_term=False)
    coded = code_hit(q, hits, weight) or named_code_entry(q, hits)
    main = _main_group(q, hits, weight, similarity if described else None, similarity, key_entries)
    if main is not None and (other := setting_other(q, main.hits[0], hits)) is not None:
        main = make_group(other, hits, q.words)  # "trong gamification thi XP ...": XP
    if main is not None and any(code_blocks(h.entry.body) for h in main.hits):
        coded = next((h for h in main.hits if code_blocks(h.entry.body)), None) if coded else None
    elif main is not None and names_term(main.hits[0], q.term):
        coded = None  # the entry the question names answers, code or not
    if coded is not None and (main is None or coded.id not in main.ids):
        main = make_group(coded, hits, q.words) if entry_units(coded.entry) else None
        if main is None:  # an entry that is only code: the code is the answer
            return [code_statement(q, coded, weight, 0)]
    if main is None:
        names = ", ".join(h.title for h in hits[:3])
        return [Statement(f"The closest glossary entries ({names}) have no text to quote.", ())]
    if (pointer := pointer_target(main.hits[0], hits)) is not None:
        name, target = pointer  # "Bayes' rule: (Refer to Bayes' theorem)": answer from the theorem
        if target is None:
            return [pointer_answer(main.hits[0], name)]
        said = _answer_units(q, make_group(target, hits, q.words), weight, 1, similarity)
        # "Hill Coefficient: See Gamma." beside Gamma's "Hill coefficient in ...": the
        # pointer would add a citation and nothing the quoted text does not say
        if says_name(main.hits[0], said):
            return said
        # "right rotation: See rotation.": an entry that only sends the reader on states
        # nothing to cite; the answer is the quoted text of the entry it names, under its title,
        # unless the name asked shares no word with that title ("jugyokenkyu": Lesson Study)
        if said and only_navigates(main.hits[0]) and not bridges(q, main.hits[0], target):
            return said
        return [pointer_answer(main.hits[0], target.title), *said]
    if first_only and (sole := _sole_entry(q, main)) is not None:
        return [sole]
    said = _answer_units(q, main, weight, 0, similarity, described=described)
    said = faq_answer(q, main, said) or said  # the entry's FAQ pair asks the question
    statements = label_senses(asked_entry_only(q, said, main), main)
    if (expansion := spelled_out(q, main, statements)) is not None:
        statements.insert(0, expansion)  # "LIME in model interpretability"
    else:
        statements = linked(q.term, main, statements, hits)  # "Standard Model (also ...)"
    if first_only:
        return statements
    statements += second_entry(q, hits, main, statements, weight, similarity)
    return statements + _code_part(q, main, statements, coded, weight)


def _sole_entry(q: Question, main: Group) -> Statement | None:
    """One entry alone, every unit in the question's script: whatever units the answer
    quotes cite it and survive the script filter, so they need not be chosen (an
    opening unit stands for them)."""
    if len(main.hits) != 1 or not main.units:
        return None
    if not speaks_only(q.text, [unit.text for unit, _ in main.units]):
        return None
    return Statement(main.units[0][0].text, (main.hits[0].id,))


def _compared(q: Question, hits: Sequence[Hit], idf: Idf) -> list[Statement] | None:
    """Both sides: from an entry comparing them by its title, else from one entry that
    labels each side, else from each side's own entry."""
    if _compares_both(q, hits) is None and (labelled := labelled_sides(q, hits)) is not None:
        return labelled
    return comparison(q, hits, idf)


def _code_part(
    q: Question, main: Group, statements: list[Statement], coded: Hit | None, idf: Idf
) -> list[Statement]:
    """The code block asked for, or a note when the quoted text leads into code."""
    if coded is not None and coded.id in main.ids:
        return [code_statement(q, coded, idf, 0)]
    mine = [s for s in statements if set(s.ids) & set(main.ids) and not s.items]
    texts = [s.text for s in mine]
    if not texts or asks_code(q, main.hits):
        return []
    listed = [item for s in statements if set(s.ids) & set(main.ids) for item in s.items]
    # the same term from another source may hold the formula asked ("Y = a + b.X1 + c.X2")
    for i, hit in enumerate(main.hits):
        if (asked := asked_in_code(q, hit, texts, listed, formula_only=i > 0)) is not None:
            return [asked]
    if any(leads_into_code(hit.entry.body, texts) for hit in main.hits):
        return [Statement(CODE_NOTE, mine[-1].ids, order=mine[-1].order)]
    return []


def _named_whole(q: Question, question: str, hits: Sequence[Hit]) -> Question:
    """ "what is a case definition": the closing word that asks ("definition", "meaning",
    "work") is part of the name when an entry is called so (Case definition beside Case)."""
    if q.shape != "define" or not q.term:
        return q
    whole = led_term(question.rstrip("?!. "))
    if not whole.startswith(f"{q.term} ") or not any(names_term(h, whole) for h in hits):
        return q
    return replace(q, term=whole, focus=q.focus - frozenset(whole.split()))
