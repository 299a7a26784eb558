"""Round 8's rules for which units of the chosen entry an answer shows (issue 10), each
on a REAL entry: an entry's opening definition is kept when it is short, lost its formula,
or is phrased as a question; a list keeps the lead-in its items complete; the unit that
names the asked term answers when the entry's name is another."""

from __future__ import annotations

from dataclasses import replace

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import clean_answer, corpus_by_id, outside_corpus, ranked_hits
from answer_helpers import outside_answer as outside

from rag_glossary.answer.segment import units
from rag_glossary.answer_metrics import fact_present
from rag_glossary.models import Entry

CHEATSHEET = "mlcheatsheet-glossary"


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def _first_unit(name: str, entry_id: str) -> str:
    found, _ = outside_corpus(name)
    return units(found[entry_id].body)[0].text


def test_a_short_opening_statement_is_kept() -> None:
    # mlcheatsheet 034: "False Positives." opens Type 1 Error and was dropped (two words)
    assert _first_unit(CHEATSHEET, "glossary#type-1-error") == "False Positives."
    text, _ = outside(
        CHEATSHEET, "type 1 vs type 2 error", "glossary#type-1-error", "glossary#type-2-error"
    )
    assert fact_present("False Positives", text) and fact_present("False Negatives", text)
    # the title-case label is no sentence of its own: the side still says what happens
    assert fact_present("candidate seems good", text) and fact_present("passed on him", text)


def test_an_opening_that_leads_into_its_formula_brings_it() -> None:
    # mlcheatsheet 010/011: "Defined as" / "Another term for recall, i.e." + `.. math::`
    # the parser renders the `.. math::` block as text and joins it to its lead-in
    first = _first_unit(CHEATSHEET, "glossary#true-positive-rate")
    assert first.startswith("Another term for recall, i.e. TPR = ")
    assert "(True Positives + False Negatives)" in first
    text, _ = outside(CHEATSHEET, "fpr", "glossary#false-positive-rate")
    assert fact_present("FPR = 1 - Specificity", text)
    text, _ = outside(CHEATSHEET, "how do you compute tpr", "glossary#true-positive-rate")
    assert fact_present("Another term for recall", text)


def test_an_opening_whose_formula_is_gone_keeps_its_words() -> None:
    # the same opening over a formula that does not read as text
    # (as a Markdown glossary gives it: the lead-in, then the formula on a line of its own)
    body = (
        "Another term for recall, i.e.\n\nTPR = \\sqrt{True Positives}\n\n"
        "The True Positive Rate forms the y-axis of the ROC curve."
    )
    assert units(body)[0].text == "Another term for recall."


def test_a_definition_phrased_as_a_question_is_kept_as_a_statement() -> None:
    # mlcheatsheet 036: both entries open with the question that defines them
    assert _first_unit(CHEATSHEET, "glossary#bias-metric").startswith(
        "The average difference between your predictions"
    )
    text, _ = outside(
        CHEATSHEET,
        "bias metric versus variance, how do they differ",
        "glossary#bias-metric",
        "glossary#variance",
    )
    assert fact_present("How tightly packed are your predictions", text)
    assert "?" not in text


def test_a_rhetorical_opening_question_gives_way_to_the_definition() -> None:
    # cv-glossary "Artifacts": "What if you tried ...?" then "... is a sinc ..." defines
    found, _ = outside_corpus("cv-glossary")
    artifacts = next(e for e in found.values() if e.title == "Artifacts")
    assert not any(u.text.startswith("What if") for u in units(artifacts.body))


def test_a_whole_sentence_may_end_on_a_preposition() -> None:
    # llm-glossary "Zero-shot Learning": "... tasks it wasn't specifically trained for."
    found, _ = outside_corpus("llm-glossary")
    zero = next(e for e in found.values() if e.title == "Zero-shot Learning")
    assert units(zero.body)[0].text.endswith("specifically trained for.")


def test_a_list_keeps_the_lead_in_its_items_complete(entries: dict[str, Entry]) -> None:
    # h4-006: "Example: A self-driving car needs to" + "- take you from point A to point B"
    text, _ = answer(
        entries,
        "what does multiattribute objective mean",
        "ai-glossary-m-site#multiattribute-objective",
    )
    assert fact_present("A self-driving car needs to", text)
    assert fact_present("Take you from point A to point B", text)


def test_the_item_that_names_the_asked_term_answers(entries: dict[str, Entry]) -> None:
    # h4-009: "ndcg" is an item of "Model Evaluation Metric", not its opening
    text, _ = answer(entries, "ndcg", "ai-glossary-m-site#model-evaluation-metric")
    assert fact_present("Normalized Discounted Cumulative Gain (NDCG) - graded relevance", text)


def test_an_entry_named_by_the_term_keeps_its_definition(entries: dict[str, Entry]) -> None:
    # the rule above leaves the ordinary case alone: MAML's own entry, its own words
    text, _ = answer(entries, "maml", "ai-glossary-m-site#model-agnostic-meta-learning-maml")
    assert fact_present("initialization point", text)


def test_the_sub_item_the_question_names_answers_without_its_siblings() -> None:
    # advml 029: "Local Perturbation" is the third labelled sub-item of "Perturbation"; with
    # the source's hard wraps joined (the parser's part), it alone answers
    found, idf = outside_corpus("advml-glossary")
    entry = found["glossary#perturbation"]
    lines = entry.body.splitlines()
    joined = "\n".join(lines[:1]) + "".join(
        ("\n" if line.startswith("- ") else " ") + line for line in lines[1:]
    )
    hits = ranked_hits({entry.id: replace(entry, body=joined)}, entry.id)
    text, _ = clean_answer(hits, "what is a local perturbation, any example?", idf)
    assert fact_present("only affect a subset of all input features", text)
    assert fact_present("adversarial patches", text)
    assert not fact_present("Perturbation Size", text)


def test_a_two_part_question_gets_its_second_part() -> None:
    # mlcheatsheet 038: the definition answered "what is"; the sentence on inputs outside
    # the trained range answers "what happens if ..." though under MIN_COVERAGE
    text, _ = outside(
        CHEATSHEET,
        "what is the universal approximation theorem and what happens if you feed the net"
        " inputs outside the range it was trained on",
        "glossary#universal-approximation-theorem",
    )
    assert fact_present("one hidden layer", text)
    assert fact_present("generalize to other inputs", text)


def test_a_gloss_that_trails_off_is_kept(entries: dict[str, Entry]) -> None:
    # h4-014: "~ precision is not the same for all ..." is the entry's only gloss
    body = entries["ai-glossary-m-site#mixed-precision"].body
    assert units(body)[0].text == "Precision is not the same for all."
