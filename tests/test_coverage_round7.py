"""Coverage, round 7 of issue 11: a description in everyday words is a user's own
paraphrase and gets the plain bar; one carrying a rare word that the best entries
lack describes something else and keeps the lenient bar (rag_glossary/everyday.py)."""

from __future__ import annotations

import math
from functools import cache

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.calibration import Calibration
from rag_glossary.coverage import TermCoverage, judge
from rag_glossary.everyday import everyday_words, is_plain, keep_everyday
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"


@cache
def _entries(folder: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(ROOT / folder).entries}


def _text(folder: str, entry_id: str) -> str:
    e = _entries(folder)[entry_id]
    return " ".join((e.title, *e.aliases, e.body))


# ---------------------------------------------------------------- no model


def test_the_everyday_list_holds_common_words_not_jargon() -> None:
    words = everyday_words()
    assert {"wheels", "backwards", "sales", "week", "doesn"} <= words
    assert not {"cosine", "quantiles", "upsamples", "sigma"} & words


def test_everyday_words_in_a_real_entrys_neighbourhood_make_a_plain_question() -> None:
    aliasing = _text("eval/corpora/cv-glossary", "glossary#aliasing")
    question = "why do car wheels sometimes look like they spin backwards in videos"
    assert is_plain(question, [aliasing])


def test_a_rare_word_the_entry_lacks_makes_a_description_not_plain() -> None:
    convergence = _text("corpus", "ai-glossary-m#model-convergence")
    question = "lowering the learning rate along a cosine curve and then restarting it"
    assert not is_plain(question, [convergence])  # "cosine", "restarting"
    assert is_plain("lowering the learning rate and then restarting it", [convergence, "restart"])


def test_a_hyphenated_word_in_the_entry_supports_its_joined_spelling() -> None:
    fine_tuning = _text("eval/corpora/dl-glossary", "dl-glossary#fine-tuning")
    assert "pre-trained" in fine_tuning.lower() or "pre trained" in fine_tuning.lower()
    assert is_plain("taking a pretrained model and training it some more", [fine_tuning])


def test_a_plain_pseudo_question_keeps_only_everyday_words() -> None:
    assert keep_everyday("it smooths a signal with a Gaussian kernel") == "it a signal with a"
    assert keep_everyday("Gaussian kernel") == "Gaussian kernel"  # nothing left: unchanged


_DESCRIBED = TermCoverage("wheels", False, "", (), False)


@pytest.mark.parametrize(
    ("plain", "bars", "covered"),
    [
        (True, Calibration(lenient=2.5, plain=2.0), True),  # the lower plain bar applies
        (False, Calibration(lenient=2.5, plain=2.0), False),  # a rare word: the lenient bar
        (True, Calibration(lenient=2.5, plain=3.0), False),  # a plain bar never raises it
        (True, Calibration(lenient=2.5), False),  # an index built before the plain bar
    ],
)
def test_the_plain_bar_only_lowers_the_bar_of_plain_descriptions(
    plain: bool, bars: Calibration, covered: bool
) -> None:
    assert _DESCRIBED.described
    assert judge(_DESCRIBED, 2.3, bars, plain=plain).covered is covered


def test_a_named_missing_term_is_not_judged_as_a_description() -> None:
    named = TermCoverage("mean teacher", False, "", (), True)
    assert not named.described
    bars = Calibration(lenient=2.5, strict=9.0, plain=2.0)
    assert not judge(named, 2.3, bars, plain=True).covered


def test_an_older_calibration_has_no_plain_bar() -> None:
    old = Calibration.from_dict({"lenient": 2.4, "strict": 9.0, "source": "corpus", "version": 2})
    assert old.lenient == 2.4 and old.plain is None


# ---------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def mlops(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CORPORA / "mlops-glossary", tmp_path_factory))


@pytest.mark.slow
def test_plain_descriptions_get_a_calibrated_lower_bar(mlops: Retriever) -> None:
    bars = mlops.calibration
    assert bars.plain is not None and bars.plain < bars.lenient
    result = mlops.retrieve("running horovod training spread over many machines", k=5)
    assert result.covered, result.reason
    assert result.hits[0].title.lower() == "mpijob"


@pytest.mark.slow
def test_a_description_with_a_rare_word_the_entries_lack_keeps_the_lenient_bar(
    mlops: Retriever,
) -> None:
    # "retraining" is in no top entry and is not an everyday word: not covered,
    # although its best entry stands out past the plain bar
    result = mlops.retrieve("automatically retraining a model on a schedule when new data lands")
    assert not result.covered, (result.hits[0].title, result.confidence)
    bars = mlops.calibration
    assert bars.plain is not None
    z = bars.lenient + 0.75 * math.log(result.confidence / (1 - result.confidence))
    assert bars.plain < z < bars.lenient
