"""Key-term extraction and lookup (no model): what a question asks about, and whether
the glossary has it as a term rather than as a shared word."""

from __future__ import annotations

import pytest
from helpers import make_entry

from rag_glossary.calibration import Calibration
from rag_glossary.coverage import CoverageIndex, TermCoverage, extract_key_terms, judge
from rag_glossary.models import Entry


def _entry(title: str, body: str) -> Entry:
    return make_entry("g", title.lower().replace(" ", "-"), title, body)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what is batch normalization", "batch normalization"),
        ("What is RLHF?", "rlhf"),
        ("how does beam search decoding work", "beam search decoding"),
        ("explain the bellman equation", "bellman equation"),
        ("whats masked self attention", "masked self attention"),
        ("how does dropout prevent overfitting", "dropout"),
        ("mode collapse in gans", "mode collapse"),
        ("kl divergence between two distributions", "kl divergence"),
        ("null space of a matrix", "null space"),
        ("theory of mind", "theory of mind"),
        ("can you tell me about the curse of dimensionality please", "curse of dimensionality"),
        ("what does the softmax function do", "softmax function"),
        ("what is root mean squared error", "root mean squared error"),
        ("in an mdp what does the agent try to maximize", "agent"),
    ],
)
def test_key_term_is_the_question_without_its_scaffolding(question: str, term: str) -> None:
    (key,) = extract_key_terms(question)
    assert key.text == term
    assert key.term_style


def test_only_the_first_clause_names_the_term() -> None:
    assert [k.text for k in extract_key_terms("markov chain: now say it is a recipe")] == [
        "markov chain"
    ]
    assert [k.text for k in extract_key_terms("What is RLHF? I keep hearing it")] == ["rlhf"]


def test_difference_between_two_terms_gives_both() -> None:
    keys = extract_key_terms("what is the difference between bagging and boosting")
    assert [k.text for k in keys] == ["bagging", "boosting"]


def test_a_description_is_not_term_style() -> None:
    (key,) = extract_key_terms(
        "copying the artistic look of a painting onto an ordinary photograph"
    )
    assert not key.term_style


def test_nothing_left_means_no_key_term() -> None:
    assert extract_key_terms("?!? what is") == []


ENTRIES = [
    _entry("Mini-Batch", "A small subset of the training data used for one update."),
    _entry(
        "Monte Carlo Tree Search",
        "A search algorithm that grows a tree with random playouts to pick a move.",
    ),
    _entry(
        "Model-Based Reinforcement Learning",
        "Reinforcement learning where the agent learns a model of the environment.",
    ),
    _entry("Markov Chain", "A memoryless process; the Viterbi-free cousin of HMMs."),
    _entry("Matrix Null Space", "The vectors a matrix maps to zero."),
    _entry("Style Transfer", "Rendering a photo in the look of a painting, with a CNN."),
    _entry("Mamba", "A state space model architecture for long sequences."),
    _entry("Gradient Clipping", "Capping the norm of the gradients so that updates stay small."),
    _entry("Normalization Layer", "A layer that rescales its inputs."),
    _entry(
        "Cross-validation, Leave-One-Out",
        "back to top\n\nLeave-One-Out cross-validation holds out one sample per round.",
    ),
    _entry(
        "Training Tips",
        "Keep runs reproducible and log everything. Much later, a learning rate warmup"
        " may be added before decay.",
    ),
]


@pytest.fixture(scope="module")
def coverage() -> CoverageIndex:
    return CoverageIndex(ENTRIES)


@pytest.mark.parametrize(
    "question",
    [
        "what is batch normalization",  # shares "batch" with Mini-Batch
        "what is RLHF",  # shares nothing, yet "reinforcement learning" is an entry
        "how does beam search decoding work",  # shares "search" with MCTS
        "what is the bellman equation",
    ],
)
def test_shared_word_is_not_coverage(coverage: CoverageIndex, question: str) -> None:
    found = coverage.check(question)
    assert found.found is False and found.term_style, found


@pytest.mark.parametrize(
    ("question", "how"),
    [
        ("what is a minibatch", "title"),  # joined spelling of "mini batch"
        ("markov chian", "fuzzy-title"),  # typo
        ("monte carlo tree search", "title"),
        ("null space of a matrix", "text"),  # a phrase inside a title
        ("mamba architecture", "title"),  # a generic trailing word dropped
        ("what is a playout", "text"),  # only in an entry's text
        ("how is a markov chain solved?", "title"),  # passive: the last word is a verb
        ("what does monte carlo tree search return", "title"),
    ],
)
def test_named_term_is_found(coverage: CoverageIndex, question: str, how: str) -> None:
    found = coverage.check(question)
    assert found.found is True and found.how == how, found


def test_missing_term_in_a_difference_question_is_reported(coverage: CoverageIndex) -> None:
    found = coverage.check("difference between markov chain and hidden markov model")
    assert found.key_term == "hidden markov model" and found.found is False


def test_judge_found_term_is_covered_whatever_the_standout() -> None:
    found = TermCoverage("mini batch", True, "title", ("x#mini-batch",), True)
    assert judge(found, standout=0.0, calibration=Calibration()).covered


def test_judge_missing_term_needs_the_strict_bar() -> None:
    missing = TermCoverage("batch normalization", False, "", (), True)
    bars = Calibration(lenient=2.5, strict=8.0)
    assert not judge(missing, 5.0, bars).covered
    assert judge(missing, 9.0, bars).covered


def test_judge_description_needs_the_lenient_bar() -> None:
    described = TermCoverage("copying the artistic look", False, "", (), False)
    bars = Calibration(lenient=2.5, strict=8.0)
    assert judge(described, 3.0, bars).covered
    assert not judge(described, 2.0, bars).covered


def test_old_manifest_without_calibration_gets_defaults() -> None:
    assert Calibration.from_dict(None) == Calibration()
    assert Calibration.from_dict({"version": 99, "lenient": 1.0}) == Calibration()
    older = Calibration.from_dict({"version": 1, "lenient": 1.5, "source": "corpus"})
    assert older.lenient == 1.5 and older.version == 1  # kept until recalibrated
    stored = Calibration(lenient=2.1, strict=7.0, source="corpus")
    assert Calibration.from_dict(stored.to_dict()) == stored


@pytest.mark.parametrize(
    ("question", "how"),
    [
        ("why use gradient clipping", "title"),  # the verb's object is the term
        ("why clip gradients", "title-words"),  # verb + object: Gradient Clipping
        ("when should we clip gradients?", "title-words"),
        ("LOOCV", "acronym"),  # initials of "Leave-One-Out cross-validation"
    ],
)
def test_verb_led_and_acronym_questions_find_the_entry(
    coverage: CoverageIndex, question: str, how: str
) -> None:
    found = coverage.check(question)
    assert found.found is True and found.how == how, found


def test_reordered_words_alone_are_another_term(coverage: CoverageIndex) -> None:
    # "clip gradients" ~ "gradient clipping" needs a changed word form; the same
    # words in another order name another thing.
    found = coverage.check("what is layer normalization")
    assert found.found is False and found.term_style, found


def test_a_phrase_mentioned_in_passing_counts_only_in_a_top_hit(coverage: CoverageIndex) -> None:
    question = "what is a learning rate warmup"
    assert coverage.check(question).found is True  # no ranking given: any mention
    assert coverage.check(question, ranked=["g#mini-batch"]).found is False
    assert coverage.check(question, ranked=["g#training-tips"]).found is True
    # a phrase in an entry's first sentence needs no ranking
    assert coverage.check("what is a tree with random playouts", ranked=[]).found is True


def test_the_subject_of_does_decides_over_a_generic_object(coverage: CoverageIndex) -> None:
    keys = extract_key_terms("what extra parameters does batchnorm add")
    assert [k.text for k in keys] == ["extra parameters", "batchnorm"]
    found = coverage.check("how many parameters does gpt-4 have")
    assert found.key_term == "gpt 4" and found.found is False and found.term_style


@pytest.mark.parametrize(
    ("question", "term", "verb_last"),
    [
        ("what is weight decay", "weight decay", False),  # "decay" is no participle
        ("how is an mdp solved", "mdp solved", True),
        ("what does naive bayes assume about the features", "naive bayes assume", True),
        ("should i use smote to oversample the minority class", "smote", False),
    ],
)
def test_verbs_are_told_from_terms(question: str, term: str, verb_last: bool) -> None:
    key = extract_key_terms(question)[0]
    assert (key.text, key.may_end_in_verb, key.term_style) == (term, verb_last, True)


def test_a_second_question_after_and_is_not_a_list() -> None:
    (key,) = extract_key_terms("what is mahalanobis distance and when should i use it")
    assert key.text == "mahalanobis distance" and key.term_style
    (listed,) = extract_key_terms("input and output layers")
    assert not listed.term_style


def test_what_or_how_does_x_names_x_however_long_the_rest() -> None:
    (key,) = extract_key_terms("what does the temperature setting do when sampling from an llm")
    assert key.text == "temperature setting" and key.term_style
    # "why does X ..." asks about a situation, which may be described at length
    (why,) = extract_key_terms("why does the bot forget what i told it at the start of a chat")
    assert not why.term_style
