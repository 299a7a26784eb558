"""The composer's seventh round of rules (issue 10, key facts), each on a REAL entry of the
shipped corpus: which units of the chosen entries answer the question's words beyond the
term (a comparison side's asked words, the item that answers in a cut list, the sentence
a referring one needs, the definition that names the term)."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id, ranked_hits

from rag_glossary.answer.asked import named_head
from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.pieces import count_words, make_group
from rag_glossary.answer.unit_roles import refers_back
from rag_glossary.answer_metrics import fact_present
from rag_glossary.models import Entry, Hit


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def test_a_process_titled_entry_is_defined_by_its_named_sentence(entries: dict[str, Entry]) -> None:
    # h088: "MapReduce Process" read "mapreduce proces" and its definition was never found
    ids = ("ai-glossary-m-site#mapreduce-process", "ai-glossary-m#mapreduce-process")
    text, _ = answer(entries, "what is mapreduce and why is it used", *ids)
    assert fact_present("MapReduce is a programming model", text)
    assert "Move the processing and not the data" not in text


def test_the_sentence_a_cut_title_was_taken_from_stays(entries: dict[str, Entry]) -> None:
    # h3-019: the title "Not everything can be tested/...…" is cut and never shown, so the
    # sentence it repeats is the only place the reader sees it
    question = "some improvements can't be captured by a score like auc, people just have to check"
    text, _ = answer(entries, question, "ml-annotations#2022-10-2")
    assert fact_present("Not everything can be tested", text)


def test_a_whole_title_note_is_still_dropped(entries: dict[str, Entry]) -> None:
    # "Visual Question Answering (VQA) = visual + language understanding" only repeats
    # the annotation's whole title
    entry = entries["ml-annotations#2020-04-3"]
    group = make_group(_hit(entry), [_hit(entry)])
    assert not any(u.text.startswith("DVC - transform") for u, _ in group.units)


def test_a_demonstrative_subject_or_a_pronoun_after_an_adverb_refers_back() -> None:
    assert refers_back("The benefit of this approach is that you can train the models in R.")
    assert refers_back("Basically, it's convenient to use it while comparing models.")
    assert not refers_back("The benefit of pipelines is that you can swap models.")
    assert not refers_back("Sometimes, people just have to check if things improved.")


def test_a_referring_sentence_brings_the_approach_it_names(entries: dict[str, Entry]) -> None:
    # q151: "The benefit of this approach ..." was printed without the approach (POJO, JAR)
    question = "how can a model trained in python or r with h2o run on the jvm"
    text, _ = answer(entries, question, "ml-annotations#2020-04-1", "ml-annotations#2020-12-1")
    assert fact_present("POJO", text) and fact_present("JAR", text)
    assert text.index("Another approach") < text.index("The benefit of this approach")


def test_a_side_named_by_its_leading_words_is_found(entries: dict[str, Entry]) -> None:
    # q235: "mixtral 8x7b" shares half its words with "Mixtral Model" and was dropped
    ids = ("ai-glossary-m-site#mixtral-model", "ai-glossary-m-site#mistral-model")
    text, cited = answer(
        entries, "what is the difference between mistral 7b and mixtral 8x7b", *ids
    )
    assert set(cited) == set(ids)
    assert fact_present("7.3B parameter", text) and fact_present("sparse mixture-of-experts", text)


def test_a_category_word_alone_names_no_side(entries: dict[str, Entry]) -> None:
    # "model" opens "model zoology" but names nothing, though an entry is titled "Model"
    hits = ranked_hits(entries, "ai-glossary-m-site#model", "ai-glossary-m-site#mistral-model")
    assert named_head("model zoology", hits) is None
    found = named_head("mistral 7b", hits)
    assert found is not None and found[0].id == "ai-glossary-m-site#mistral-model"
    assert found[1] == frozenset({"7b"})


def test_each_side_shows_what_is_asked_of_both(entries: dict[str, Entry]) -> None:
    # q196: "how does mae treat outliers compared to mse": each side's outlier sentence,
    # not its first two sentences
    ids = (
        "ai-glossary-m-site#mean-absolute-error-mae-loss-function",
        "ai-glossary-m#mean-absolute-error-loss-function",
        "ai-glossary-m-site#mean-square-error-mse-loss-function",
        "ai-glossary-m#mean-square-error-loss-function",
    )
    text, cited = answer(entries, "how does mae treat outliers compared to mse", *ids)
    assert set(cited) == set(ids)
    assert fact_present("same linear scale", text) and fact_present("larger weight", text)
    assert "Thus, unlike the MSE" in text and "Since we are taking the absolute value" in text


def test_one_entry_with_a_label_per_side_shows_both(entries: dict[str, Entry]) -> None:
    # q038: "Model Parameters Vs Hyperparameters" showed only the parameters' section
    ids = ("data-archive-m#model-parameters-vs-hyperparameters", "ai-glossary-m-site#meta-model")
    text, _ = answer(entries, "model parameters vs hyperparameters", *ids)
    assert fact_present("learned from the training data", text)
    assert fact_present("set before the training process", text)
    assert "Model Parameters:" in text and "Hyperparameter:" in text


def test_a_cut_list_keeps_the_item_that_answers(entries: dict[str, Entry]) -> None:
    # q204: the item sits 20 items deep; the first five of the list were shown instead
    ids = ("ai-glossary-m-site#machine-learning-pipeline", "data-archive-m#model-evaluation")
    question = "how should features correlate with each other and with the output"
    text, _ = answer(entries, question, *ids)
    assert fact_present("minimum correlation between the features", text)
    assert count_words(text) < 70


def test_a_list_comes_with_the_sentence_that_leads_into_it(entries: dict[str, Entry]) -> None:
    # q184: "To configure ..., type aws configure in terminal." sat between the quoted
    # sentence and the list of keys it asks for
    text, _ = answer(
        entries, "how to deploy a pycaret model on aws", "data-archive-m#model-deployment"
    )
    assert fact_present("aws configure", text) and fact_present("Access Key", text)
    assert text.index("aws configure") < text.index("AWS Access Key ID")


def test_a_first_sentence_without_the_term_gives_way_to_its_named_definition(
    entries: dict[str, Entry],
) -> None:
    # q238: "When two or more regressors are in Correlation" opened the answer; the next
    # sentence says what multicollinearity is
    entry = entries["data-archive-m#multicollinearity"]
    group = make_group(_hit(entry), [_hit(entry)])
    found = definition_of(group.units, "Multicollinearity")
    assert found is not None and found[0].text.startswith("Multicollinearity refers to")
    text, _ = answer(entries, "what is multicollinearity and how do you detect it", entry.id)
    assert fact_present("highly correlated", text) and fact_present("VIF", text)


def test_a_first_sentence_naming_the_term_stays_the_definition(entries: dict[str, Entry]) -> None:
    entry = entries["data-archive-m#map-reduce"]
    group = make_group(_hit(entry), [_hit(entry)])
    found = definition_of(group.units, "Map Reduce")
    assert found is not None and found[0].position == 0


def test_an_annotation_defining_what_is_asked_opens_its_list(entries: dict[str, Entry]) -> None:
    # q149: "TPOT is a ... tool that optimizes ... using genetic programming" was left out
    ids = ("ml-annotations#2020-08-2", "ai-glossary-m-site#magi-model", "ml-annotations#2020-08-1")
    text, _ = answer(entries, "what does tpot automate and how does it search", *ids)
    assert fact_present("genetic programming", text) and fact_present("Feature selection", text)
    assert text.index("genetic programming") < text.index("Feature selection")


def _hit(entry: Entry) -> Hit:
    return ranked_hits({entry.id: entry}, entry.id)[0]
