"""Round 14, which items and entries make the answer: a list the question does not ask
for shows only the items that answer; a second entry comes only for words left open; a
task note is no text; "blowing" is a form of "blow"."""

from __future__ import annotations

from answer_helpers import corpus_by_id, corpus_idf, outside_corpus, ranked_hits

from rag_glossary.answer import extractive_answer
from rag_glossary.answer.asked_items import asked_items
from rag_glossary.answer.overlap import close_form
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import Unit, clean_unit, units

MRM = "ai-glossary-m-site#model-risk-management-mrm"
MDM = "data-archive-m#master-data-management"


def test_one_item_of_a_list_answers_with_its_later_sentences() -> None:
    hits = ranked_hits(corpus_by_id(), MRM)
    question = (
        "how can the input data itself make a model risky, "
        "and what happens if a market model runs on outdated data"
    )
    text, _ = extractive_answer(hits, question, corpus_idf())
    assert "(1 of 6)" in text
    assert "erroneous, incomplete, outdated or biased" in text
    assert "skewed trends" in text  # the item's own later sentence
    assert "Methodology" not in text and "Model usage" not in text


def test_a_comparison_keeps_the_item_of_each_side() -> None:
    hits = ranked_hits(corpus_by_id(), MDM)
    text, _ = extractive_answer(
        hits, "data governance vs data stewardship in mdm, who does what", corpus_idf()
    )
    assert "Establishing policies, rules, and standards" in text
    assert "Assigning roles and responsibilities" in text
    assert "Data Integration" not in text and "(2 of 6)" in text


def test_a_list_asked_for_or_matched_by_many_items_is_whole() -> None:
    pool = [
        (Unit(f"Data {w}: data {w} done well.", "item", i, 1, lead="Key aspects:"), ["x"])
        for i, w in enumerate(("governance", "quality", "integration", "synchronization"))
    ]
    idf = corpus_idf()
    asks = analyze("what are the key aspects of data management")  # the list is asked for
    assert asked_items(asks, asks.focus, pool, pool[0][0], 0, "MDM", idf) is None
    vague = analyze("how is data handled")  # every item says "data": none stands out
    assert asked_items(vague, vague.focus, pool, pool[0][0], 0, "MDM", idf) is None
    one = analyze("how is data synchronization handled")
    shown = asked_items(one, one.focus, pool, pool[0][0], 0, "MDM", idf)
    assert shown is not None and shown.items == (
        "Data synchronization: data synchronization done well.",
    )


def test_the_field_a_term_is_asked_in_brings_no_second_entry() -> None:
    entries, idf = outside_corpus("kg-glossary")
    predicate = next(i for i in entries if i.endswith("#predicate"))
    kge = next(i for i in entries if "knowledge-graph-embeddings" in i)
    text, cited = extractive_answer(
        ranked_hits(entries, predicate, kge, term="predicate"),
        "predicate meaning in a knowledge graph",
        idf,
    )
    assert "designating something from the subject" in text
    assert cited == (predicate,)


def test_a_count_in_a_two_part_question_brings_no_second_entry() -> None:
    entries, idf = outside_corpus("kg-glossary")
    walking = next(i for i in entries if i.endswith("#walking-strategy"))
    walklets = next(i for i in entries if i.endswith("#walklets"))
    question = "what is a walking strategy and what are the two types of it"
    text, cited = extractive_answer(ranked_hits(entries, walking, walklets), question, idf)
    assert "type 1 for extraction or type 2 for transformation" in text
    assert cited == (walking,)


def test_an_unticked_task_is_no_unit_of_the_answer() -> None:
    access = "data-archive-m#microsoft-access"
    texts = [u.text for u in units(corpus_by_id()[access].body)]
    assert not any("How to update" in t or "Investigate" in t for t in texts)
    question = "that office program for building little databases with forms and dropdowns"
    text, _ = extractive_answer(ranked_hits(corpus_by_id(), access), question, corpus_idf())
    assert text.startswith("Microsoft Access: Why use access") and "How to" not in text


def test_a_verb_ending_on_a_short_word_finds_its_sentence() -> None:
    assert close_form("blowing", {"blow"}) and not close_form("being", {"be"})
    entries, idf = outside_corpus("astro-glossary")
    star = next(i for i in entries if i.endswith("#star"))
    question = "what is a star and what keeps it from blowing itself apart"
    text, _ = extractive_answer(ranked_hits(entries, star, term="star"), question, idf)
    assert "held together by its own gravity" in text and "gravitational pull" in text


def test_a_quoted_backslash_is_a_character_not_a_formula() -> None:
    entries, _ = outside_corpus("shell-glossary")
    texts = [u.text for u in units(entries["reference#absolute-path"].body)]
    assert any("root directory" in t and '"\\"' in t for t in texts)
    assert clean_unit("The value \\frac{a}{b} is the ratio of both.") is None
