"""Coverage of questions that name a term, round 8 of issue 11: the failure classes
of round 7's blind sets (holdout4, advml-glossary, mlcheatsheet-glossary), on real
entries of the shipped corpus and of eval/corpora/advml-glossary."""

from __future__ import annotations

from functools import lru_cache

import pytest
from answer_helpers import corpus_by_id, outside_corpus
from shared_index import shared_index

from rag_glossary.coverage import CoverageIndex, extract_key_terms
from rag_glossary.retrieval import Retriever

SPATIAL = "glossary#spatial-smoothing"
PGD = "glossary#projected-gradient-descent-pgd"


@lru_cache(maxsize=1)
def _advml() -> CoverageIndex:
    entries, _ = outside_corpus("advml-glossary")
    return CoverageIndex(list(entries.values()))


@lru_cache(maxsize=1)
def _shipped() -> CoverageIndex:
    return CoverageIndex(list(corpus_by_id().values()))


# ---------------------------------------------------------------- no model


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # an adverb between "how do you" and the verb is scaffolding too
        ("how do you usually measure the size of a perturbation for images", ["perturbation"]),
        # "diff" is "difference": each side is checked
        (
            "whats the diff between manhattan and euclidean distance",
            ["manhattan", "euclidean distance"],
        ),
    ],
)
def test_filler_words_are_not_the_key_term(question: str, terms: list[str]) -> None:
    assert [t.text for t in extract_key_terms(question)] == terms


@pytest.mark.parametrize(
    "question",
    [
        "does tfx play well with gcp",  # a yes/no question: the subject, then its verb
        "what exactly does adversarial accuracy count",  # an adverb after the wh-word
        # "black box attacks seen as ...": a participle before a preposition now ends
        # the term itself (test_keyterm_fixes_round8.py)
    ],
)
def test_the_verb_after_the_subject_may_end_the_term(question: str) -> None:
    assert extract_key_terms(question)[0].may_end_in_verb


def test_a_participle_is_dropped_to_find_the_title() -> None:
    term = _advml().check("why are black box attacks seen as the most practical ones")
    assert (term.found, term.how, term.entry_ids) == (True, "title", ("glossary#black-box-attack",))


def test_the_with_part_is_asked_when_the_glossary_has_the_term_only_in_passing() -> None:
    # advml has "gradient descent" only inside Projected Gradient Descent, no momentum
    term = _advml().check("gradient descent with momentum", [PGD])
    assert (term.key_term, term.found, term.term_style) == ("momentum", False, True)
    # a quantity is no qualifier: "several peaks" describes the distribution
    (main,) = extract_key_terms("probability distribution with several peaks")
    assert main.text == "probability distribution" and not main.qualifier


def test_a_sibling_title_with_the_same_head_is_not_the_term() -> None:
    term = _advml().check("what is label smoothing", [SPATIAL])
    assert term.found is False and term.sibling
    # the title itself plus a kind word is the same thing, not a sibling
    named = _advml().check("hopskipjump attack", ["glossary#hopskipjump"])
    assert not named.sibling


def test_an_entry_named_by_the_modifier_does_not_cover_the_compound() -> None:
    metric = next(e.id for e in corpus_by_id().values() if e.title == "Metric")
    term = _shipped().check("what is metric learning", [metric])
    assert (term.found, term.how) == (False, "")


def test_an_entry_named_inside_a_question_still_anchors_it() -> None:
    entries, _ = outside_corpus("nlp-glossary")
    index = CoverageIndex(list(entries.values()))
    bow = next(e.id for e in entries.values() if e.title.startswith("Bag of Words"))
    term = index.check("bow representation of text", [bow])
    # round 24 post-fix T: BoW's first sentence calls it a "representation", so the title
    # plus that noun is found as the title itself, before the ranked-entry anchor
    assert (term.found, term.how, term.entry_ids) == (True, "title", (bow,))


# ---------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def advml(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("advml-glossary", tmp_path_factory))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("what is label smoothing", False),  # Spatial Smoothing stands out, a sibling
        ("gradient descent with momentum", False),
        ("hopskipjump attack", True),
        ("why are black box attacks seen as the most practical ones", True),
    ],
)
def test_named_questions_on_a_small_glossary(
    advml: Retriever, question: str, covered: bool
) -> None:
    assert advml.retrieve(question, k=5).covered is covered


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how could someone game the precision metric", "precision metric"),
        ("why do people put batch normalization layers in a network", "batch normalization layers"),
        # a statement that starts with "someone" tells a story; its words stay
        ("someone hid instructions in a web page", "someone hid instructions"),
    ],
)
def test_an_unnamed_subject_after_a_question_lead_is_scaffolding(question: str, term: str) -> None:
    assert extract_key_terms(question)[0].text == term
