"""Round 23 post-fix, lane A (real entries of the eval corpora; the senses case end to end
with the real model):

- every alias-named key of a record is read as other names, not only the first one found,
  and SKOS's altLabel and the usual "alternative names" spellings count (PARSER_VERSION 32;
  land-glossary's records carry both ``abbreviation`` and ``alt_labels``: "Easement /
  servitude" is also "Easement" and "Servitude", LADM also "ISO 19152");
- a question for the meanings of one term the glossary names answers from that entry with
  all its senses (tdd-018: Integration Test's two usages, not End-to-End Test; llm-049:
  the second sense of "bias" too).
"""

from __future__ import annotations

import json

import pytest
from answer_helpers import outside_answer, outside_corpus, ranked_hits
from shared_index import shared_assistant

from rag_glossary.answer.question import analyze
from rag_glossary.answer.senses import asks_senses, named_senses
from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.fields import FieldSpec, find_columns

LAND, TDD, LLM = "land-glossary#", "tdd-glossary#", "general#"
TDD_018 = (
    "my team lead uses integration test for something different than my textbook does, "
    "what are the meanings people use"
)


def test_parser_version_bumped() -> None:
    assert PARSER_VERSION >= 32


def test_every_alias_named_key_is_read() -> None:
    cols = find_columns(["term", "definition", "abbreviation", "alt_labels"], FieldSpec())
    assert cols.alias_keys() == ("abbreviation", "alt_labels")
    assert find_columns(["term", "definition", "altLabel"], FieldSpec()).alias_keys() == (
        "altLabel",
    )
    named = find_columns(["term", "definition", "alt_labels"], FieldSpec(aliases="alt_labels"))
    assert named.alias_keys() == ("alt_labels",)


def test_alternative_names_of_a_json_record_are_aliases() -> None:
    text = json.dumps(
        [
            {
                "term": "Easement",
                "definition": "A right to use another party's land for a purpose.",
                "Alternative names": ["servitude", "right of way"],
            }
        ]
    )
    entries = parse_text(text, "g", file="g.json")
    assert entries[0].aliases[:2] == ("servitude", "right of way")
    assert not any(f.lower().startswith("alternative") for f in entries[0].fields)


def test_land_records_read_both_alias_keys() -> None:
    found, _ = outside_corpus("land-glossary")
    assert found[LAND + "easement-servitude"].aliases == ("Easement", "Servitude")
    ladm = found[LAND + "ladm"].aliases
    assert "ISO 19152" in ladm and "Land Administration Domain Model" in ladm


def test_a_meanings_question_lists_the_named_entrys_senses() -> None:
    text, cited = outside_answer(
        "tdd-glossary", TDD_018, TDD + "integration-test", TDD + "end-to-end-test"
    )
    assert cited == (TDD + "integration-test",)
    assert text.startswith("Integration Test:[1]\n- Any test that exercises more than one")
    assert "works correctly with third-party code" in text
    # one paragraph of senses: its sentences, the second sense included
    text, cited = outside_answer(
        "llm-glossary",
        "what are the two meanings of bias in generative ai",
        LLM + "bias-in-gen-ai",
        LLM + "generative-ai",
    )
    assert cited == (LLM + "bias-in-gen-ai",) and "Secondly" in text


def test_two_named_terms_or_no_sense_word_are_other_questions() -> None:
    found, _ = outside_corpus("tdd-glossary")
    hits = ranked_hits(found, TDD + "unit-test", TDD + "integration-test")
    both = analyze("what are the meanings of unit test and integration test")
    assert named_senses(both, hits) is None
    assert named_senses(analyze("what is a unit test"), hits) is None
    assert asks_senses("what does integration test mean") is False
    assert asks_senses("the word means different things in each field")


@pytest.mark.slow
def test_the_meanings_question_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("tdd-glossary", tmp_path_factory).ask(TDD_018)
    assert answer.citations == (TDD + "integration-test",)
    assert "works correctly with third-party code" in answer.text
