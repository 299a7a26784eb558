"""Round 47 lane S: the sentence that answers. A sentence reporting a quoted question is a
statement (cleaning-glossary's halting problem: "Alan Turing proved in 1936 ... the question
"Will this program ever terminate?""); a name given in quotes tells where a name comes from
(MariaDB's "younger daughter 'Maria'"); a Latin plural is another form of its word
("indexes": "which indices to use"); a first hit the question names by its exact title in a
question form the composer does not read keeps the answer (csharp-glossary, Swedish).

Entries are the corpora's own (eval/corpora/cleaning-glossary, tests/fixtures/formats)."""

from __future__ import annotations

from functools import cache

import pytest
from format_fixtures import FORMATS
from helpers import ROOT

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.cues import cue_for
from rag_glossary.answer.entry_choice import term_named
from rag_glossary.answer.overlap import close_form, coverage
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import units
from rag_glossary.answer.unit_score import unit_score
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.dialects import parse_file

CLEANING = ROOT / "eval" / "corpora" / "cleaning-glossary" / "cleaning-glossary.ipynb"


@cache
def _entries(path: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(ROOT / path if "/" in path else FORMATS / path)}


def _cleaning(anchor: str) -> Entry:
    return _entries(str(CLEANING.relative_to(ROOT)))[anchor]


def test_a_sentence_reporting_a_quoted_question_is_a_unit() -> None:
    said = [u.text for u in units(_cleaning("halting-problem").body)]
    assert any(t.startswith("Alan Turing proved in 1936") for t in said)


@pytest.mark.parametrize(
    "sentence",
    [
        "Why is the halting problem unsolvable?",  # a question
        'Why do we call it "the halting problem?"',  # a question that quotes
        'Is this what people mean by "halting?"',
        'Voorbeeldzin: "Hoeveel kost een sisalbol?"',  # scouting-glossary: a label over one
    ],
)
def test_a_question_is_still_no_unit(sentence: str) -> None:
    assert clean_unit(sentence) is None


def test_a_name_given_in_quotes_answers_where_a_name_comes_from() -> None:
    q = analyze("why is it called mariadb, where does the name come from")
    said = units(_cleaning("mariadb").body)
    named = next(u for u in said if "younger daughter" in u.text)
    cue = cue_for(q)
    assert cue is not None and cue.search(named.text)
    focus = frozenset({"called", "come", "name"})
    best = max(said, key=lambda u: unit_score(q, focus, u, lambda _: 1.0))
    assert best is named


@pytest.mark.parametrize(
    ("token", "other", "same"),
    [
        ("indexe", "indice", True),  # "indexes", "indices" (tokens lose a final "s")
        ("matrix", "matrice", True),
        ("vertex", "vertice", True),
        ("price", "prex", False),  # too short to be a Latin plural
        ("notice", "note", False),
    ],
)
def test_a_latin_plural_is_another_form(token: str, other: str, same: bool) -> None:
    assert close_form(token, frozenset({other})) is same


def test_the_planners_sentence_says_which_indexes() -> None:
    said = units(_cleaning("query-planner").body)
    planner = next(u for u in said if "which indices to use" in u.text)
    focus = frozenset({"indexe", "order"})
    assert coverage(focus, planner, lambda _: 1.0, forms=True) == 1.0


def _hit(entry: Entry, term: float) -> Hit:
    return Hit(entry.id, entry.title, entry.source, None, "", 1.0, entry, {"term": term})


@pytest.mark.parametrize(
    ("question", "anchor", "term", "named"),
    [
        ("vad är ett namespace och varför använder man det", "namespace", 1.0, True),
        ("vilka nyckelord använder man för undantag i c#", "undantag", 1.0, True),
        ("vilka nyckelord använder man för exception i c#", "undantag", 1.0, True),  # alias
        # the retriever's term signal is partial: a word the question shares, no name
        ("vad är ett namespace och varför använder man det", "namespace", 0.7, False),
        # a whole signal without the name said (a near spelling, initials)
        ("hur organiserar man klasser i mappar", "namespace", 1.0, False),
    ],
)
def test_a_first_hit_named_by_its_exact_title_is_named(
    question: str, anchor: str, term: float, named: bool
) -> None:
    entry = _entries("csharp-glossary.md")[anchor]
    assert term_named(analyze(question), _hit(entry, term)) is named
