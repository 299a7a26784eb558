"""Round 37 lane D: small defects left open by round 36.

A correctly spelt -ing/-ed form of a one-word title finds it ("recycling": rpy's Recycle);
three answers the dirty-text metric flagged for notation, not residue (morph-005's
``nit2<nipa>n``, morph-017's ``../src/crkeng``, uav-003's "path following").
"""

from __future__ import annotations

from functools import cache

from helpers import ROOT

from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.inflections import bases, inflected_names, inflection_table
from rag_glossary.parsing import load_corpus

CORPORA = ROOT / "eval" / "corpora"


@cache
def _coverage(folder: str) -> CoverageIndex:
    return CoverageIndex(list(load_corpus(CORPORA / folder).entries))


def test_an_inflection_of_a_one_word_title_is_that_title() -> None:
    coverage = _coverage("rpy-glossary")
    for question in ("what is recycling", "what does recycled mean in r"):
        found = coverage.check(question, ["rpy-glossary#g:recycle"])
        assert found.found and found.entry_ids == ("rpy-glossary#g:recycle",), question


def test_inflections_match_both_ways_and_only_verb_endings() -> None:
    table = inflection_table([(("recycle",), (0,)), (("organ",), (1,)), (("shipping",), (2,))])
    assert inflected_names("recycling", table) == {"recycle"}
    assert inflected_names("recycled", table) == {"recycle"}
    assert inflected_names("shipped", table) == {"shipping"}  # title inflected, key too
    assert inflected_names("ship", table) == {"shipping"}
    assert inflected_names("organization", table) == frozenset()  # a stem prefix, no form
    assert inflected_names("recycle", table) == frozenset()  # the name itself: exact match
    assert bases("sing") == frozenset()  # "s" is no verb
    assert "carry" in bases("carried")


def test_notation_is_not_dirty_text() -> None:
    assert not dirty_reasons("used in phonological rules, e.g., the t2 in nit2<nipa>n.[1]")
    assert not dirty_reasons("at the path ../src/crkeng/resources/crkeng_test_db.importjson.[1]")
    assert not dirty_reasons("position maintenance and automated mission path following.[1]")
    # the residue the rules are for is still dirty
    assert "markup" in dirty_reasons("A term.<br> More.[1]")
    assert "doubled punctuation" in dirty_reasons("A term.. More.[1]")
    assert "dangling ending" in dirty_reasons("The kinds include the following.[1]")
