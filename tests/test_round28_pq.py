"""Round 28 post-fix PQ: a two-part question's second part that names its own term
(real entries of the eval corpora; round 28's blind grades and eval/keyfact_gaps.py).

- "what is a crawler and what is the index it puts pages into": the second part names
  Index by its whole title and asks what it is, so Index's definition answers it, though
  the crawler's text uses the word ("discover and index websites");
- "what is extraction and how does grind size come into it": Grind Size's text speaks
  of extraction, so its definition answers the second part;
- "what is hollandaise and how do you fix it if it breaks": the fix's sentences lie
  away from the definition, and their words no longer cut the definition's growth: the
  short opening ("... one of the five mother sauces.") keeps its next sentence ("It is
  clarified butter emulsified ...");
- a title the first part already says, or an entry that neither is asked what it is nor
  speaks of the first term, is not added.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer
from shared_index import shared_assistant

from rag_glossary.answer.question import asks_define, second_part


def test_second_part_of_a_two_part_question() -> None:
    part = second_part("what is a crawler and what is the index it puts pages into?")
    assert part == "what is the index it puts pages into"
    assert asks_define(part)
    assert second_part("what is a crawler") is None
    assert not asks_define("how does grind size come into it")


def test_the_second_part_names_its_own_term() -> None:
    text, cited = outside_answer(
        "seo-glossary",
        "what is a crawler and what is the index it puts pages into",
        "seo-glossary#crawler-or-spiderbot",
        "seo-glossary#index",
    )
    assert cited == ("seo-glossary#crawler-or-spiderbot", "seo-glossary#index")
    assert "database of web pages" in text


def test_the_named_entry_speaks_of_the_first_term() -> None:
    text, cited = outside_answer(
        "coffee-glossary",
        "what is extraction and how does grind size come into it",
        "coffee-glossary#grind-size",
        "coffee-glossary#extraction",
    )
    assert cited == ("coffee-glossary#extraction", "coffee-glossary#grind-size")
    assert "impacts extraction and flavor" in text


def test_an_entry_the_second_part_does_not_name_stays_out() -> None:
    _text, cited = outside_answer(
        "seo-glossary",
        "what is a crawler and why does it matter",
        "seo-glossary#crawler-or-spiderbot",
        "seo-glossary#index",
    )
    assert cited == ("seo-glossary#crawler-or-spiderbot",)


def test_the_definition_part_grows_by_its_own_words() -> None:
    text, cited = outside_answer(
        "cooking-glossary",
        "what is hollandaise and how do you fix it if it breaks",
        "cooking-glossary#hollandaise",
    )
    assert cited == ("cooking-glossary#hollandaise",)
    assert "clarified butter emulsified" in text
    assert "starting with another egg yolk" in text


def test_a_named_title_must_be_said_as_a_phrase() -> None:
    _text, cited = outside_answer(
        "seo-glossary",
        "what is a crawler and what is a link that stays internal to a site",
        "seo-glossary#crawler-or-spiderbot",
        "seo-glossary#internal-link",
    )
    assert cited == ("seo-glossary#crawler-or-spiderbot",)


@pytest.mark.slow
def test_seo_and_coffee_answer_both_parts(tmp_path_factory: pytest.TempPathFactory) -> None:
    seo = shared_assistant("seo-glossary", tmp_path_factory)
    crawler = seo.ask("what is a crawler and what is the index it puts pages into")
    assert "seo-glossary#index" in crawler.citations
    coffee = shared_assistant("coffee-glossary", tmp_path_factory)
    extraction = coffee.ask("what is extraction and how does grind size come into it")
    assert "coffee-glossary#grind-size" in extraction.citations
