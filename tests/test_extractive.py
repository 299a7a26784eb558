"""The extractive composer on REAL corpus entries (parsed, no model): each question
shape and each cleaning rule of issue 10, and the dirty-text detector that judges it.

Hits are built from the parsed entries in the order the retriever ranks them for the
question, so these tests check the composer alone; tests/test_real_retrieval.py and
`rag-glossary eval` check it behind the real retriever.
"""

from __future__ import annotations

import re

import pytest
from answer_helpers import clean_answer, corpus_by_id, ranked_hits

from rag_glossary.answer.segment import units
from rag_glossary.answer_metrics import dirty_reasons, fact_present
from rag_glossary.models import Entry, Hit

MARKER_BEFORE_PUNCT = re.compile(r"\[\d+\][.!?]")


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def hits(entries: dict[str, Entry], *ids: str, term: str | None = None) -> list[Hit]:
    return ranked_hits(entries, *ids, term=term)


def answer(entries: dict[str, Entry], question: str, *ids: str) -> tuple[str, tuple[str, ...]]:
    return clean_answer(ranked_hits(entries, *ids), question)


# ---------------------------------------------------------------- question shapes


def test_what_is_gives_the_definition_once_from_two_sources(entries: dict[str, Entry]) -> None:
    text, cited = answer(
        entries,
        "whats masked self attention",
        "ai-glossary-m#masked-self-attention",
        "ai-glossary-m-site#masked-self-attention",
    )
    assert text.startswith("Masked Self-Attention: Attention can only be done to words to the left")
    assert text.count("Attention can only be done") == 1
    assert cited == (
        "ai-glossary-m#masked-self-attention",
        "ai-glossary-m-site#masked-self-attention",
    )
    assert "[1][2]" in text


def test_stands_for_gives_the_expansion(entries: dict[str, Entry]) -> None:
    text, cited = answer(
        entries, "what does MDS stand for", "ai-glossary-m-site#multidimensional-scaling-mds"
    )
    assert text.startswith("Multidimensional Scaling (MDS):")
    assert cited == ("ai-glossary-m-site#multidimensional-scaling-mds",)


def test_x_vs_y_gives_both_sides_each_cited(entries: dict[str, Entry]) -> None:
    text, cited = answer(
        entries,
        "mae vs mse loss",
        "ai-glossary-m-site#mean-absolute-error-mae-loss-function",
        "ai-glossary-m-site#mean-square-error-mse-loss-function",
        "data-archive-m#mean-squared-error",
    )
    first, second = text.split("\n")[:2]
    assert "MAE" in first and first.endswith("[1]")
    assert "MSE" in second and second.endswith("[2]")
    assert fact_present("absolute value", text) and fact_present("square", text)
    assert cited[:2] == (
        "ai-glossary-m-site#mean-absolute-error-mae-loss-function",
        "ai-glossary-m-site#mean-square-error-mse-loss-function",
    )


def test_how_question_gets_a_short_clean_list_with_its_lead_in(entries: dict[str, Entry]) -> None:
    text, cited = answer(entries, "what does tpot automate", "ml-annotations#2020-08-2")
    lines = text.split("\n")
    assert lines[-6] == "TPOT automates the following:[1]"
    assert lines[-5:] == [
        "- Feature selection",
        "- Feature preprocessing",
        "- Feature construction",
        "- Model selection",
        "- Parameter optimisation",
    ]
    assert cited == ("ml-annotations#2020-08-2",)


def test_why_part_of_a_two_part_question_is_answered(entries: dict[str, Entry]) -> None:
    text, _ = answer(
        entries,
        "what is momentum and why is it used in gradient descent",
        "data-archive-m#momentum",
    )
    assert fact_present("inertia", text)
    assert fact_present("oscillations", text)


def test_number_question_finds_the_sentence_with_the_number(entries: dict[str, Entry]) -> None:
    text, _ = answer(
        entries, "what vif value indicates multicollinearity", "data-archive-m#multicollinearity"
    )
    assert "greater than 10" in text
    assert len(text.split()) < 70


def test_acronym_of_one_concept_under_two_names_is_merged(entries: dict[str, Entry]) -> None:
    """ "Mixture Of Local Experts" and "Mixture-Of-Experts Architecture" are one MoE: the
    texts overlap, so no "2 meanings"; one statement cites both."""
    text, cited = answer(
        entries,
        "MoE",
        "ai-glossary-m#mixture-of-local-experts",
        "ai-glossary-m-site#mixture-of-experts-moe-architecture",
    )
    assert "meanings" not in text
    assert text.count("In 1991, MoE was first introduced") == 1
    assert "[1][2]" in text and len(cited) == 2


def test_stub_entry_says_so_and_points_onwards(entries: dict[str, Entry]) -> None:
    text, cited = answer(
        entries, "what is magenta", "music-ml-chapter#magenta", "ml-annotations#2020-03-13"
    )
    assert "has an entry for Magenta, but it has no definition" in text
    assert "Jax" not in text.split("Nearest")[0]  # no answer about another entry
    assert cited == ("music-ml-chapter#magenta",)
    see, _ = answer(entries, "what is model fusion", "ai-glossary-m-site#model-fusion")
    assert see.endswith("has no definition.[1]\nIt refers to: Model Merging.")


def test_a_second_entry_must_earn_its_place(entries: dict[str, Entry]) -> None:
    _, cited = answer(
        entries,
        "what is masked self-attention",
        "ai-glossary-m#masked-self-attention",
        "ai-glossary-m#multi-head-self-attention",
    )
    assert cited == ("ai-glossary-m#masked-self-attention",)


def test_a_second_part_of_the_question_brings_the_entry_that_answers_it(
    entries: dict[str, Entry],
) -> None:
    question = "what does tpot automate and how does it search"
    text, cited = answer(entries, question, "ml-annotations#2020-08-2", "ml-annotations#2020-08-1")
    assert cited == ("ml-annotations#2020-08-2", "ml-annotations#2020-08-1")
    assert "- Feature selection" in text
    assert "\nOnce TPOT is finished searching" in text
    assert text.rstrip().endswith("[2]")
    _, cited = answer(
        entries,
        "what is the manhattan distance and how is it computed",
        "ai-glossary-m-site#manhattan-distance",
        "data-archive-m#manifold-learning",  # "computes these distances": not about it
    )
    assert cited == ("ai-glossary-m-site#manhattan-distance",)


# ---------------------------------------------------------------- cleaning rules


def test_marker_goes_after_the_sentence_punctuation(entries: dict[str, Entry]) -> None:
    text, _ = answer(
        entries,
        "explain mae loss function",
        "ai-glossary-m-site#mean-absolute-error-mae-loss-function",
    )
    assert "properties!" in text
    assert not MARKER_BEFORE_PUNCT.search(text)
    assert re.search(r"[.!?]\[1\]", text)


def test_abbreviations_do_not_split_sentences(entries: dict[str, Entry]) -> None:
    text, _ = answer(entries, "what is MLM", "ai-glossary-m-site#masked-language-modeling-mlm")
    assert "(e.g. BERT) to fill in the blank" in text
    texts = [u.text for u in units(entries["music-ml-chapter#how-ml-learns"].body)]
    assert any("(i.e. that neural path becomes stronger)" in t for t in texts) or all(
        "i.e" not in t for t in texts
    )


def test_rhetorical_questions_are_not_answer_sentences(entries: dict[str, Entry]) -> None:
    text, _ = answer(entries, "why do researchers love pytorch", "ml-annotations#2020-03-9")
    assert "?" not in text
    assert "- Simplicity: pythonic like, easily integrates with its ecosystem" in text


def test_list_intros_never_dangle(entries: dict[str, Entry]) -> None:
    body = entries["data-archive-m#model-parameters-vs-hyperparameters"].body
    assert all(not u.text.endswith(":") for u in units(body))
    text, _ = answer(
        entries,
        "model parameters vs hyperparameters",
        "data-archive-m#model-parameters-vs-hyperparameters",
    )
    assert "Examples include:;" not in text and ":;" not in text


def test_see_lines_urls_and_more_at_stay_out(entries: dict[str, Entry]) -> None:
    text, _ = answer(entries, "markov chain", "ai-glossary-m#markov-chain")
    assert "http" not in text and "More at" not in text
    assert "- Stochastic model" in text
    text, _ = answer(
        entries,
        "microsoft coco caption dataset",
        "ai-glossary-m#microsoft-common-object-in-context-caption-dataset",
    )
    assert "PDF" not in text and "arxiv" not in text


def test_backticks_used_as_highlight_are_removed(entries: dict[str, Entry]) -> None:
    text, _ = answer(entries, "pandas melt function", "data-archive-m#melt")
    assert "`" not in text
    assert "the melt function is used to transform" in text


def test_truncated_titles_are_never_used(entries: dict[str, Entry]) -> None:
    hit_id = "ml-annotations#2020-12-16"
    assert entries[hit_id].title.endswith("…")
    text, _ = answer(
        entries, "what share of data science projects never make it to production", hit_id
    )
    assert "…" not in text
    assert text.startswith("Venturebeat reports that 87% of data science projects")


def test_code_is_not_flattened_into_prose(entries: dict[str, Entry]) -> None:
    text, _ = answer(
        entries,
        "how is the mae loss computed in code",
        "ai-glossary-m-site#mean-absolute-error-mae-loss-function",
        "ai-glossary-m#mean-absolute-error-loss-function",
    )
    # asked for, the code is shown as a fenced block under a lead-in, never as prose
    fenced = re.findall(r"^```\w*\n.*?^```$", text, re.MULTILINE | re.DOTALL)
    assert len(fenced) == 1 and "def mae_loss" in fenced[0]
    prose = text.replace(fenced[0], "")
    for code in ("def mae_loss", "np.abs", "return loss", "abs_error ="):
        assert code not in prose
    # not asked for, it is left out with a note where the quoted text leads into it
    plain, _ = answer(
        entries,
        "what is the mae loss function",
        "ai-glossary-m-site#mean-absolute-error-mae-loss-function",
        "ai-glossary-m#mean-absolute-error-loss-function",
    )
    assert "```" not in plain and "def mae_loss" not in plain
    assert "(code example in the entry)" in plain


# ---------------------------------------------------------------- the detector itself


@pytest.mark.parametrize(
    "dirty",
    [
        "(e.g [1][2]. BERT) to fill in the blank [1].",  # from the issue
        "It is great [1]!!",
        "Why do researchers love PyTorch?[1]",
        "Examples include:[1]\nThe next line is not a list.",
        "Import torch import torch.nn as nn [1]",
        "Examples include:; the weights; the biases.[1]",
        "Common types of problems you might be working with in Data Science / Machine…: more.[1]",
        "More at : the links.[1]",
        "PDF: https://arxiv.org/pdf/1405.0312.pdf",
        "Use the `melt` function.[1]",
        "See Model Merging.[1]",
        "Benefits with this approach are.[1]",
    ],
)
def test_detector_flags_what_the_issue_calls_dirty(dirty: str) -> None:
    assert dirty_reasons(dirty)


@pytest.mark.parametrize(
    "clean",
    [
        "Masked Self-Attention: Attention can only be done to words to the left.[1][2]",
        "TPOT automates the following:[1]\n- Feature selection\n- Model selection",
        "Methods: replace 15% of words with a MASK token and ask (e.g. BERT) to fill it in.[1]",
    ],
)
def test_detector_passes_clean_answers(clean: str) -> None:
    assert dirty_reasons(clean) == []


def test_key_facts_match_loosely_but_not_wrongly() -> None:
    answer_text = "High VIF values (typically greater than 10) indicate multicollinearity.[1]"
    assert fact_present("VIF > 10", "VIF 10 or more") is True
    assert fact_present(["variance inflation factor", "VIF"], answer_text)
    assert fact_present("greater-than 10", answer_text)
    assert not fact_present("heatmap", answer_text)
