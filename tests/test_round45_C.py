"""Round 45, lane C: what a reader sees is clean text (Org code spans inside a Clojure
file's strings, bib2gls's quoted text, a title of marks only) and a refusal names only what
the question writes as a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.names import entry_label
from rag_glossary.coverage.question_forms import named_as_written, owned_clause
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.dialects import parse_file, parse_text

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"
FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def datomic() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "datomic-glossary.clj")}


def test_org_code_spans_in_clojure_strings_show_their_text(datomic: dict[str, Entry]) -> None:
    # the Datomic glossary's strings mark code as Org does: "=:firstName=", "~true~"
    attribute = datomic["attribute"].body
    assert "e.g. :firstName, and a value type, e.g. :db.type/long, and" in attribute
    assert "=" not in attribute
    # a span bounded by an HTML tag in the same string: "<li>=db.unique/value=: ..."
    assert "db.unique/value: attempts to assert a duplicate value" in datomic["unique"].body
    assert "=" not in datomic["unique"].body
    component = datomic["component"].body
    assert "has :db/isComponent set to true." in component
    assert "~" not in component


def test_one_string_with_equals_signs_is_no_org_file() -> None:
    # a lone "=x=" may be a formula or a wiki's markup: two strings make the convention
    text = (
        '[{:term "Equality" :definition "Written =x= in some notes; a == b compares."}'
        ' {:term "Datom" :definition "An atomic fact."}'
        ' {:term "Entity" :definition "What a datom is about."}]'
    )
    entry, *_ = parse_text(text, "x", file="glossary.edn")
    assert "=x=" in entry.body


def test_org_links_in_clojure_strings_show_their_text() -> None:
    text = (
        '[{:term "Datom" :definition "An atomic fact, see [[https://docs.datomic.com][the'
        ' docs]]; its =e= is an entity."}'
        ' {:term "Entity" :definition "What =e= names; written ~:db/id~."}'
        ' {:term "Peer" :definition "A process that reads."}]'
    )
    datom, entity, _ = parse_text(text, "x", file="glossary.edn")
    assert datom.body == "An atomic fact, see the docs; its e is an entity."
    assert entity.body == "What e names; written :db/id."


def test_bib2gls_quoted_text_is_quoted() -> None:
    # the bib2gls manual's terms: \qt{lop} prints the string in quotes
    entries = {
        e.anchor: e for e in parse_file(CORPORA / "latexgls-glossary" / "latexgls-glossary.bib")
    }
    body = entries["anchored-regular-expression"].body
    assert "matches “lop” and “op” but doesn't match “clop” or “cop”." in body


def _hit(entry: Entry) -> Hit:
    return Hit(entry.id, entry.title, entry.source, entry.url, "", 1.0, entry)


def test_a_title_of_marks_only_is_quoted_in_a_list() -> None:
    # the Python glossary's "..." (the interactive prompt) read bare looks like a cut text
    entries = parse_file(CORPORA / "pydoc-glossary" / "pydoc-glossary.po")
    marks = [e for e in entries if not any(c.isalnum() for c in e.title)]
    assert {e.title for e in marks} >= {"...", ">>>"}
    assert {entry_label(_hit(e)) for e in marks} >= {'"..."', '">>>"'}
    named = next(e for e in entries if e.title.isalpha())
    assert entry_label(_hit(named)) == named.title


@pytest.mark.parametrize(
    ("question", "term", "named"),
    [
        # a bracketed acronym or a spaced slash: the name as the question writes it
        (
            "learning with errors (LWE) problem",
            "learning with errors lwe problem",
            "learning with errors (LWE) problem",
        ),
        ("what is loudness range (LRA)", "loudness range lra", "loudness range (LRA)"),
        ("trie / prefix tree", "trie prefix tree", "trie / prefix tree"),
        # words apart only by spaces or one joining mark: as the question writes them
        ("what is a tcp/ip stack", "tcp ip stack", "tcp/ip stack"),
        ("composite tuple", "composite tuple", "composite tuple"),
        # a comma or a run of marks between them: no name
        (
            "whats a tms, transportation management system",
            "tms transportation management system",
            None,
        ),
        (
            "path traversal exmaple with ../../etc/passwd",
            "path traversal exmaple with etc passwd",
            None,
        ),
    ],
)
def test_a_refusal_names_the_term_as_written(question: str, term: str, named: str | None) -> None:
    assert named_as_written(question, term) == named


@pytest.mark.parametrize(
    ("question", "term", "owned"),
    [
        ("my query runs forever, can i set a timeout on it", "query runs forever", True),
        (
            "can i run my own app code right on the database's compute nodes",
            "own app code right",
            True,
        ),
        ("what should i write in my dive log", "dive log", False),
        ("whats my usda zone and where do i find out what it is", "usda zone", False),
        ("how does query runs forever work", "query runs forever", False),
    ],
)
def test_a_long_phrase_after_a_possessive_is_no_name(question: str, term: str, owned: bool) -> None:
    assert owned_clause(question, term) is owned
