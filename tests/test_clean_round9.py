"""Clean text, round 9 (issue 10, "dirty 0"): the dirty-text detector sees the markup
reviewers found in real answers, and the parser and composer no longer print it.

The detector cases are answers the tool really printed (rounds 7-9, ids in comments);
the fixes are checked on the real entries those answers came from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from answer_helpers import corpus_by_id, outside_answer, outside_corpus

from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.parsing import load_corpus, parse_file
from rag_glossary.parsing.glued import unglue
from rag_glossary.parsing.inline import clean_inline

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        # advml-glossary-001 (round 7): a MyST footnote reference left as " ^1."
        (
            "The goal is to cause the model to make incorrect predictions or take unintended "
            "actions, often exploiting vulnerabilities in the model's learning process. ^1.[1]",
            "footnote marker",
        ),
        # advml-glossary-049: the same, glued to the full stop
        (
            "Spatial smoothing averages the values of nearby data points to reduce noise and "
            "high-frequency variations.^20.[1]",
            "footnote marker",
        ),
        ("Adversarial training uses a mixture of examples.[^4][1]", "footnote marker"),
        # causal-glossary-030 (round 8): a sphinxcontrib-bibtex role glued to its word
        (
            "When violated the method cannot construct an accurate "
            "counterfactual:footcite:p:abadie2010synthetic.[1]",
            "role markup",
        ),
        ("It returns a :py:class:`pandas.DataFrame` of results.[1]", "role markup"),
        ("The trend is described in {ref}`seasonality` below.[1]", "role markup"),
        # h4-025 (round 7 source): reference markers of the source next to ours
        (
            "For example, based on data [2] [3] from 2018 to 2019, TensorFlow had 1541 new job "
            "listings.[1]",
            "source marker",
        ),
        # cv-glossary-007 (round 9 base): "<br>" dropped between two sentences
        (
            "Quantization: This is the process of mapping values from a larger, continuous, "
            "and/or infinite set to values in a smaller, discrete, and/or finite set.It is the "
            "basis of discrete signal and image processing.[1]",
            "run-together text",
        ),
        # q144 (round 9 base): two sentences of a web annotation glued without a stop
        (
            "Haskell is the best functional programming language in the world and Neural "
            "Networks are functionsThis is the main motivation behind Hasktorch.[1]",
            "run-together text",
        ),
        # q241: a heading glued to the sentence before it
        (
            "The goal is to remove all traces of a particular data point, without affecting "
            "the aggregate model performance.Why is it important.[2]",
            "run-together text",
        ),
        # mlcheatsheet-glossary-013 (round 7): four bullets flattened into one line
        (
            "Confusion Matrix: Table that describes the performance of a classification model "
            "by grouping predictions into 4 categories. True Positives: we correctly predicted "
            "they do have diabetes True Negatives: we correctly predicted they don't have "
            "diabetes False Positives: we incorrectly predicted they do have diabetes[1]",
            "run-together list",
        ),
        ("Benefit: - Expand GPU Access - Optimize GPU utilization.[1]", "run-together list"),
        ("Note: • simplicity • great API • performance.[1]", "run-together list"),
        ("Well working ML models: 1) XGBoost 2) LightGBM 3) CatBoost.[1]", "run-together list"),
        ("Use R&amp;D budgets.[1]", "other markup"),
        ("It links to [[Machine learning]] pages.[1]", "other markup"),
        # advml (round 7 grades): a sentence broken at the source's hard wrap
        ("Accuracy is measured on the\nclean test set.[1]", "broken line"),
    ],
)
def test_detector_flags_markup_reviewers_saw(answer: str, reason: str) -> None:
    assert reason in dirty_reasons(answer), dirty_reasons(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # q214 (round 9 base): an entry title with a dot, in the nearest-entries list
        "bellman equation is not in the glossary; nearest entries:\n"
        "  - Momentum.Py (data-archive-m#momentumpy)\n  - Model Based (data-archive-m#x)",
        # q148: a title with a dash, then its text
        "Tribuo - Java ML library from Oracle: Tribuo is a machine learning library.[1]",
        # q137: code shown as code
        "MusicRNN, code from the entry (first 15 of 18 lines):[1]\n```js\n"
        "music_rnn = new mm.MusicRNN(\n  'https://storage.googleapis.com/x');\n```",
        # cv-glossary-054: a formula with a power
        "Euclidean distance between two vectors p and q is sqrt( Σ( (p[i] - q[i])^2 ) ).[1]",
        # q088: citations after the last item of a list
        "Markov chain:[1]\n- Next depends on present state\n- Memory-less\n"
        "- Transition matrix[2][3]",
        # ts-glossary-015: a dotted class name
        "The features generated by etna.transforms.timestamp.date_flags.DateFlagsTransform.[1]",
        # q032: names with inner capitals
        "Melt: melt is used to transform a DataFrame from a wide format to a long format.[1]",
        "Keras is simple. Use SageMaker instead.[1]",
        "Confusion Matrix: Table of 4 categories.[1]\n- True Positives: we predicted yes\n"
        "- False Negatives: we predicted no (Type II error)[1]",
    ],
)
def test_detector_passes_clean_real_answers(answer: str) -> None:
    assert dirty_reasons(answer) == []


# ------------------------------------------------------------------ the parser's fixes


def test_glued_sentences_of_web_annotations_are_parted() -> None:
    entries = corpus_by_id()
    assert "functions. This is the main motivation" in entries["ml-annotations#2021-01-3"].body
    assert "computational graphs. As far as" in entries["ml-annotations#2021-01-5"].body
    assert "performance. Why is it important?" in entries["ml-annotations#2021-09-1"].body
    assert entries["data-archive-m#momentumpy"].title == "Momentum.Py"  # a name, not glued


def test_a_br_tag_parts_two_sentences_of_a_json_value() -> None:
    found, _ = outside_corpus("cv-glossary")
    # a data value's <br> ends its line (round 43): the sentences stay parted
    assert "finite set.\nIt is the basis" in found["glossary#quantization"].body
    assert "visual elements. It is the computer vision analog" in found[
        "glossary#reorganization"
    ].body.replace("\n", " ")
    assert clean_inline("one.<br/>Two<p>three</p>")[0] == "one. Two three "


def test_unglue_leaves_code_and_dotted_names_alone() -> None:
    assert unglue("Call `obj.Method here` then.Done it") == "Call `obj.Method here` then. Done it"
    assert unglue("new mm.MusicRNN(x)") == "new mm.MusicRNN(x)"
    assert unglue("```\nx = a.The b\n```") == "```\nx = a.The b\n```"


# ----------------------------------------------------------------- the composer's fixes


def test_quantization_answer_is_clean() -> None:
    # cv-glossary-007
    text, cited = outside_answer("cv-glossary", "what is quantization", "glossary#quantization")
    assert cited == ("glossary#quantization",)
    assert "set.It" not in text


# --------------------------------------------------------------- parser leftovers


def test_url_fields_of_a_data_record_are_its_link_not_text_lines() -> None:
    # toni-heittola/dcase_glossary (tests/data/dcase-glossary.yaml): "wikipedia: https://..."
    entries = {e.title: e for e in parse_file(DATA / "dcase-glossary.yaml")}
    asa = entries["auditory scene analysis"]
    assert asa.url == "https://en.wikipedia.org/wiki/Auditory_scene_analysis"
    assert "http" not in asa.body and asa.body.startswith("a model proposed by Albert Bregman")
    assert entries["auditory"].url == "https://en.wiktionary.org/wiki/auditory"
    assert entries["bandwidth"].url is None  # no link field at all


def test_a_redirect_page_is_an_alias_of_its_target(tmp_path: Path) -> None:
    # machine-learning-glossary/glossary terms/backprop.md (commit e3a72f83, CC BY 4.0):
    # "layout: redirect, destination: backpropagation" and no text
    shutil.copytree(DATA / "ml-glossary-redirect", tmp_path / "terms")
    corpus = load_corpus(tmp_path / "terms")
    assert [e.id for e in corpus.entries] == ["backpropagation#backpropagation"]
    assert corpus.entries[0].aliases == ("Backprop",)
    assert [e.id for e in corpus.lookup("backprop")] == ["backpropagation#backpropagation"]


def test_a_redirect_to_nothing_stays_a_stub(tmp_path: Path) -> None:
    shutil.copy(DATA / "ml-glossary-redirect" / "backprop.md", tmp_path / "backprop.md")
    (tmp_path / "epoch.md").write_text("---\ntitle: Epoch\n---\nOne pass over the data.\n")
    assert sorted(e.title for e in load_corpus(tmp_path).entries) == ["Backprop", "Epoch"]


def test_a_hard_wrapped_item_keeps_its_next_sentence_and_its_wrapped_name() -> None:
    # music-ml-chapter#definitions: "- Network – ... the model." + "These often have ..." +
    # "... CNN (Convolutional Neural" + "Network), ..." is one item of wrapped prose
    from rag_glossary.answer.segment import units

    body = corpus_by_id()["music-ml-chapter#definitions"].body
    texts = [u.text for u in units(body)]
    assert any("CNN (Convolutional Neural Network)" in t for t in texts)
    assert not any(t.startswith("Network),") for t in texts)


@pytest.mark.parametrize(
    "answer",
    [
        "Min-max scaling maps every value to the range [0, 1].[1]",
        "The output is a vector such as [0.1, 0.9] after the softmax.[1]",
        "Index the array with x[2] to get the third value.[1]",
    ],
)
def test_brackets_that_are_data_are_no_source_markers(answer: str) -> None:
    assert "source marker" not in dirty_reasons(answer)


def test_myst_citation_roles_go_with_their_space() -> None:
    # the MyST form of causal-glossary's ":footcite:p:" (round 8, causal-glossary-030)
    line = "the method cannot construct an accurate counterfactual {footcite:p}`abadie2010`."
    assert clean_inline(line)[0] == "the method cannot construct an accurate counterfactual."
    assert clean_inline("long-run direction {cite}`smith2020`, and more")[0] == (
        "long-run direction, and more"
    )
    assert clean_inline("write `{cite}`key`` in code")[0] == "write `{cite}`key`` in code"


def test_rst_footnote_and_citation_references_are_dropped() -> None:
    from rag_glossary.parsing import parse_text

    rst = (
        "Glossary\n========\n\n.. glossary::\n\n   Seasonality\n"
        "      A repeating pattern [1]_. It recurs yearly [Smith2020]_.\n\n"
        "   Trend\n      The long-run direction [#f1]_.\n\n"
        ".. [1] A footnote.\n.. [#f1] Another.\n.. [Smith2020] A citation.\n"
    )
    bodies = {e.title: e.body for e in parse_text(rst, "r", "rst")}
    assert bodies == {
        "Seasonality": "A repeating pattern. It recurs yearly.",
        "Trend": "The long-run direction.",
    }
