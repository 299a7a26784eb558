"""Round 9, after the blind sets: what their graders found. A refusal names only a
clean noun phrase; a typo in a comparison's cue word is not the key term; a short
entry keeps its asked fact; placeholders in angle brackets are text, not HTML.
Real entries of eval/corpora glossaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from answer_helpers import outside_answer, outside_coverage
from shared_index import shared_index

from rag_glossary import Assistant
from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.segment import clean_unit
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.parsing import load_corpus
from rag_glossary.retrieval import Retriever

# ---------------------------------------------------------------- 1. refusal wording


@pytest.mark.parametrize(
    "question",
    [
        "how do i pick k for k-means clustering",  # a single letter
        "how does word2vec turn words into vectors",  # subject, verb, object
        "is adversarial training worth doing for robustness",  # a clause
        "why is it tricky to aggregate an F1 score across clients in federated evaluation",
        "instead of shipping weights, each client shares its soft predictions on a common"
        " unlabeled set and the server trains a smaller model to mimic them. what's that",
        "a few big institutions, say three insurers and a university lab, jointly training"
        " one model while each keeps its records in house",
        "how do i compute a confidence interval",  # a verb phrase
        "a partition of a stream, like in kafka",  # an article inside: a description
    ],
)
def test_a_missing_term_that_is_no_noun_phrase_is_not_named(question: str) -> None:
    assert outside_coverage("fl-glossary").check(question).named_missing is None


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what is a mixture of experts layer", "mixture of experts layer"),
        ("how does latent dirichlet allocation work", "latent dirichlet allocation"),
        ("k-means clustering", "k means clustering"),
        ("what is quantum annealing", "quantum annealing"),
    ],
)
def test_a_missing_noun_phrase_is_still_named(question: str, term: str) -> None:
    assert outside_coverage("fl-glossary").check(question).named_missing == term


# ---------------------------------------------------------------- 2. cue-word typos


@pytest.mark.parametrize(
    ("question", "mended"),
    [
        ("whats the diffrence between i-vectors and x-vectors", "difference between"),
        ("adam verus sgd", "adam versus sgd"),
        ("comparision of lasso and ridge", "comparison of"),
        ("distnction betwen pca and lda", "distinction between"),
    ],
)
def test_a_misspelled_cue_word_is_mended(question: str, mended: str) -> None:
    assert mended in mend_cue_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "knowledge distilation",  # two edits from "distinction": a misspelled term
        "how is tf-idf computed",  # an everyday word near "compared"
        "differential privacy vs dp-sgd",
    ],
)
def test_other_words_are_left_alone(question: str) -> None:
    assert mend_cue_words(question) == question


def test_a_swap_of_neighbours_is_one_edit_and_two_edits_are_too_many() -> None:
    assert mend_cue_words("diffrence between a and b") == "difference between a and b"
    assert mend_cue_words("x vresus y") == "x versus y"
    assert mend_cue_words("computed with y") == "computed with y"  # two edits from "compared"
    assert mend_cue_words("knowledge distilation") == "knowledge distilation"  # two: distinction


def test_a_mended_comparison_names_both_sides_not_the_typo() -> None:
    question = mend_cue_words("whats the diffrence between i-vector and x-vector")
    term = outside_coverage("diarization-glossary").check(question)
    assert term.key_term != "diffrence"
    assert term.found is not False


@pytest.fixture(scope="module")
def diarization(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("diarization-glossary", tmp_path_factory))


@pytest.mark.slow
def test_a_comparison_with_a_typo_is_answered(diarization: Retriever) -> None:
    answer = Assistant(diarization, use_llm=False, k=5).ask(
        "whats the diffrence between i-vectors and x-vectors"
    )
    assert answer.covered
    assert "glossary#i-vector" in answer.citations
    assert "Generative speaker embedding from factor analysis" in answer.text


# ---------------------------------------------------------------- 3. short entries


@pytest.mark.parametrize(
    ("entry_id", "question", "fact"),
    [
        ("glossary#voxceleb", "how many speakers are in voxceleb1 and voxceleb2", "6,112"),
        ("glossary#x-vector", "what is an x-vector", "512 dimensions"),
        (
            "glossary#mfcc-mel-frequency-cepstral-coefficients",
            "how are MFCCs computed and how many coefficients do people usually keep",
            "13-39 coefficients",
        ),
    ],
)
def test_a_short_entry_keeps_its_short_numeric_fact(
    entry_id: str, question: str, fact: str
) -> None:
    text, cited = outside_answer("diarization-glossary", question, entry_id)
    assert fact in text
    assert cited == (entry_id,)


def test_a_short_entrys_bare_word_pair_stays_out() -> None:
    assert clean_unit("Routing, distribution.", short=True) is None
    assert clean_unit("512 dimensions.") is None  # a long entry's bare number is data
    assert clean_unit("512 dimensions.", short=True) == "512 dimensions."


# ---------------------------------------------------------------- 4. placeholders


def test_the_rttm_fields_keep_their_placeholders() -> None:
    text, _ = outside_answer(
        "diarization-glossary",
        "what are the fields of an rttm file",
        "glossary#rttm-rich-transcription-time-marked",
    )
    assert "start duration <NA> <NA> speaker_id <NA> <NA>" in text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (
            "Unknown words map to <unk>; generation stops at <eos>.",
            "<unk>; generation stops at <eos>",
        ),
        ("<s> opens and <mask> hides a token.", "<s> opens and <mask> hides"),
        ("A <b>bold</b> claim<br/> with <a href='x'>a link</a>.", "A bold claim with a link."),
        ("The <TabItem value='x'>tab</TabItem> text.", "The tab text."),
    ],
)
def test_only_real_markup_tags_are_stripped(raw: str, shown: str) -> None:
    assert shown in clean_inline(raw)


def test_parsing_keeps_placeholders_and_strips_markup(tmp_path: Path) -> None:
    (tmp_path / "glossary.md").write_text(
        "# Glossary\n\n## Tokenizer\n\nUnknown words become <unk>, and <b>every</b>"
        " sentence ends with <eos>.<br>It is padded with <pad>.\n",
        encoding="utf-8",
    )
    entry = next(e for e in load_corpus(tmp_path).entries if e.title == "Tokenizer")
    assert "become <unk>, and every sentence ends with <eos>." in entry.body
    assert "<b>" not in entry.body and "<br>" not in entry.body
