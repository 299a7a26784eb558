"""Fixes after round 17's blind measurement, on the real glossaries that showed them."""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.scaffolding import strip_scaffolding


def test_a_field_after_meaning_is_not_part_of_the_term() -> None:
    # bayes-glossary: "thinning meaning mcmc" was refused as "thinning meaning mcmc"
    assert strip_scaffolding("thinning meaning mcmc") == "thinning"
    assert strip_scaffolding("what is the meaning of life") == "life"
    found = outside_coverage("bayes-glossary").check("thinning meaning mcmc")
    assert (found.key_term, found.found) == ("thinning", True)


def test_a_diagnostic_named_by_its_authors_is_the_entry() -> None:
    # bayes-glossary "R-hat (Gelman–Rubin)": "gelman rubin diagnostic" names it
    found = outside_coverage("bayes-glossary").check("gelman rubin diagnostic")
    assert (found.key_term, found.found) == ("gelman rubin", True)
    assert "bayes-glossary#r-hat-gelmanrubin" in found.entry_ids
