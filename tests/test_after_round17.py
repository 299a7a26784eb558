"""Fixes after round 17's blind measurement, on the real glossaries that showed them."""

from __future__ import annotations

from answer_helpers import outside_answer, outside_coverage

from rag_glossary.answer.inline import clean_inline
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


def test_mathjax_delimiters_read_as_math() -> None:
    # bayes-glossary (a Quarto HTML page) keeps MathJax's "\(...\)": the Median odds ratio
    # entry's definition was dropped as unreadable and the answer said "Project step 1."
    assert clean_inline(r"\(\exp(0.954\,\tau)\) for a logistic GLMM") == (
        "exp(0.954 tau) for a logistic GLMM"
    )
    assert clean_inline(r"\(p(\theta \mid y) \propto p(y \mid \theta)\)") == (
        "p(theta | y) ∝ p(y | theta)"
    )
    text, cited = outside_answer(
        "bayes-glossary",
        "how do you compute the median odds ratio from tau",
        "bayes-glossary#median-odds-ratio-mor",
    )
    assert "0.954 tau) for a logistic GLMM: the median odds ratio" in text
    assert cited == ("bayes-glossary#median-odds-ratio-mor",)
