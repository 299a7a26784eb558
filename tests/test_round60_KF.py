"""Round 60 lane KF: the right entry cited, the fact it holds left out.

(1) A question that opens with a connective restating the sentence before it ("In other
words, when a positive value is predicted, how often is the prediction correct?") is the
author's statement in a question's form, a whole unit, not a rhetorical question
(answer/cleaning.py, UNITS_VERSION 55): mlcheatsheet's Precision and Specificity lost it,
and "precision vs recall" quoted "We could game this metric ..." in its place.
(2) A question asking for a formula ("... and what does the formula look like") is
answered by a code block of formula lines only (``Y = a + b.X1 + c.X2``), whatever words
the block says, from any source of the merged term (answer/code.py, answer/extractive.py):
holdout8 h8-024 answered "(code example in the entry)".
"""

from __future__ import annotations

from answer_helpers import corpus_by_id, corpus_idf, outside_corpus, ranked_hits

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.code import CodeBlock, _formula_block
from rag_glossary.answer.extractive import extractive_answer
from rag_glossary.answer.segment import split_units
from rag_glossary.answer_metrics import dirty_reasons

_RESTATED = (
    "In other words, when a positive value is predicted, how often is the prediction correct"
)


def test_a_restating_question_is_a_unit_of_its_entry() -> None:
    entries, _ = outside_corpus("mlcheatsheet-glossary")
    precision = [u.text for u in split_units(entries["glossary#precision"])]
    assert f"{_RESTATED}." in precision  # ended as the statement it is
    specificity = [u.text for u in split_units(entries["glossary#specificity"])]
    assert any(
        t.startswith("In other words, when the correct label is negative") for t in specificity
    )


def test_other_questions_stay_rhetorical() -> None:
    assert clean_unit(f"{_RESTATED}?") == f"{_RESTATED}."
    assert clean_unit("How often is the prediction correct?") is None  # asks, states nothing
    assert clean_unit("However, what if you want similar documents which are also diverse?") is None
    assert clean_unit("In practice, how often is the prediction correct?") is None


def test_comparison_side_quotes_the_restatement() -> None:
    entries, idf = outside_corpus("mlcheatsheet-glossary")
    hits = ranked_hits(entries, "glossary#precision", "glossary#recall")
    text, cited = extractive_answer(hits, "precision vs recall", idf)
    assert "how often is the prediction correct." in text, text
    assert 'how many did we "catch."' in text, text
    assert set(cited) == {"glossary#precision", "glossary#recall"}
    assert not dirty_reasons(text), text


def test_a_formula_asked_shows_the_formula_block_of_either_source() -> None:
    hits = ranked_hits(
        corpus_by_id(),
        "ai-glossary-m-site#multiple-linear-regression",  # no block in this source
        "ai-glossary-m#multiple-linear-regression",
    )
    question = "what is multiple linear regression and what does the formula look like"
    text, _ = extractive_answer(hits, question, corpus_idf())
    assert "Y = a + b.X1 + c.X2" in text, text
    assert "(code example in the entry)" not in text, text
    plain, _ = extractive_answer(hits, "what is multiple linear regression", corpus_idf())
    assert "Y = a + b.X1" not in plain, plain  # no formula asked: the block stays out


def test_only_a_block_of_formula_lines_answers_a_formula_question() -> None:
    assert _formula_block(CodeBlock("", ("Y = a + b.X1 + c.X2",), 0), [])
    assert not _formula_block(CodeBlock("", ("Y = a + b.X1 + c.X2",), 0), ["Y = a + b.X1 + c.X2"])
    program = CodeBlock("python", ("x = torch.tensor([1, 2])", "print(x)"), 0)
    assert not _formula_block(program, [])


def test_another_sources_block_comes_only_for_a_formula_asked() -> None:
    """Matplotlib's second source holds a 22-line program; a question that asks for no
    formula gets no code from it (nor the spectral decomposition's ``S = Q D Qt`` block
    for a described question)."""
    hits = ranked_hits(
        corpus_by_id(),
        "ai-glossary-m-site#matplotlib-python-module",
        "ai-glossary-m#matplotlib-python-module",
    )
    question = "python library to draw a simple x/y line chart or a scatter plot"
    text, _ = extractive_answer(hits, question, corpus_idf())
    assert "code from the entry" not in text, text
