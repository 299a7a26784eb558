"""Round 29 lane A: a named term the glossary has no phrase for, refused although the
question only says the first hit's name in other words (round 28's blind grades, now
design sets; real entries of eval/corpora).

- the first hit's definition opens by writing the term, only words of the entry's own name
  between its words: "normal unpaid results" is Organic Search Results, "Unpaid search
  results." (seo-012; "normal" is a qualifier of the norm, no word of the term);
- "X examples" asks for the examples of X: "wet heat cooking methods examples" is Moist
  Heat (alias wet heat, "Examples include boiling ..."), as "wet heat cooking methods"
  already was (cooking-008), when the examples end the question (not "the magenta
  MusicRNN example load", questions-q137).
"""

from __future__ import annotations

from dataclasses import replace

from answer_helpers import outside_coverage

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.ranked_words import written_through as _written_through

S, C = "seo-glossary#", "cooking-glossary#"


def test_the_definition_writes_the_term_through_the_name() -> None:
    coverage = outside_coverage("seo-glossary")
    question = "the normal unpaid results in google, not the ads"
    found = coverage.check(question, [f"{S}organic-search-results", f"{S}rankbrain"])
    assert found.found is True
    assert found.entry_ids == (f"{S}organic-search-results",)
    # only the first hit's definition counts: ranked second, it is a neighbour
    second = coverage.check(question, [f"{S}rankbrain", f"{S}organic-search-results"])
    assert second.found is not True


def test_a_term_the_definition_does_not_write_stays_missing() -> None:
    coverage = outside_coverage("seo-glossary")
    # Keyword: "A word or phrase that people use to search ...": no "cannibalization"
    found = coverage.check("keyword cannibalization", [f"{S}keyword", f"{S}long-tail-keyword"])
    assert found.found is False


def test_written_through_allows_only_name_words_between() -> None:
    assert _written_through(["unpaid", "result"], ["unpaid", "search", "result"], {"search"})
    assert not _written_through(["unpaid", "result"], ["unpaid", "ad", "result"], {"search"})
    assert not _written_through(["result", "unpaid"], ["unpaid", "search", "result"], {"search"})


def test_examples_asked_after_the_name() -> None:
    coverage = outside_coverage("cooking-glossary")
    ranked = [f"{C}moist-heat", f"{C}wet-heat", f"{C}dry-heat"]
    found = coverage.check("wet heat cooking methods examples", ranked)
    assert found.found is True
    assert f"{C}moist-heat" in found.entry_ids
    # a name the glossary lacks stays missing with "examples" after it
    assert coverage.check("sous vide examples", ranked).found is False


def test_an_example_that_does_something_is_no_examples_asked() -> None:
    # "what checkpoint url does the magenta MusicRNN example load": the example is the
    # subject, followed by its verb; dropping it would name Magenta instead of MusicRNN
    coverage = outside_coverage("cooking-glossary")
    asked = KeyTerm("wet heat cooking methods examples", True)
    assert coverage._check_term(asked).found is True
    for term in (replace(asked, continues=True), replace(asked, subject=True)):
        assert coverage._check_term(term).found is False
