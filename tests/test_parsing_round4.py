"""Round-4 parsing fixes, each on a real snippet (origin named in each test): slug keys of a
JSON glossary read as titles, Markdown in data values, term tables whose definition header
is not a known name, and reST slash titles and quoted names as aliases."""

from __future__ import annotations

import json

from helpers import ROOT

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.base import slash_aliases
from rag_glossary.parsing.slug_titles import readable_title

CV_JSON = ROOT / "eval" / "corpora" / "cv-glossary" / "glossary.json"
TS_RST = ROOT / "eval" / "corpora" / "ts-glossary" / "glossary.rst"


def _cv(*keys: str) -> dict[str, Entry]:
    """A JSON map of these keys from BrownCSCI1430/glossary glossary.json (cee7036)."""
    data = json.loads(CV_JSON.read_text(encoding="utf-8"))
    text = json.dumps({k: data[k] for k in keys}, ensure_ascii=False)
    return {e.anchor: e for e in parse_text(text, "cv", "json")}


def test_a_slug_key_takes_its_casing_from_the_definition_and_keeps_its_anchor() -> None:
    entries = _cv("nyquist-shannon-sampling-theorem", "google-lenet", "classes-of-transformations")
    assert entries["nyquist-shannon-sampling-theorem"].title == "Nyquist-Shannon Sampling Theorem"
    assert entries["google-lenet"].title == "Google LeNet"  # "LeNet improved on ..."
    assert entries["classes-of-transformations"].title == "Classes of transformations"


def test_a_trailing_acronym_of_a_slug_key_is_an_alias_in_capitals() -> None:
    entries = _cv("scale-invariant-feature-transform-sift", "second-moment-matrix-m")
    sift = entries["scale-invariant-feature-transform-sift"]
    assert sift.title == "Scale Invariant Feature Transform (SIFT)"
    assert sift.aliases == ("SIFT",)
    moment = entries["second-moment-matrix-m"]  # one letter is not an acronym
    assert (moment.title, moment.aliases) == ("Second moment matrix m", ())


def _title(slug_words: str, text: str) -> str:
    return readable_title(slug_words.split(" "), text)


def test_acronyms_spelled_by_word_prefixes_and_words_that_are_not_acronyms() -> None:
    # Keys of the same file: random-sample-consensus-ransac, sum-of-squared-differences-ssd,
    # iterative-closest-points-icp-algorithm, cosine-similarity--cosine-distance.
    assert _title("random sample consensus ransac", "") == ("Random Sample Consensus (RANSAC)")
    assert _title("sum of squared differences ssd", "") == ("Sum of Squared Differences (SSD)")
    assert _title("iterative closest points icp algorithm", "") == (
        "Iterative Closest Points (ICP) algorithm"
    )
    assert _title("cosine similarity cosine distance", "") == ("Cosine similarity cosine distance")
    assert _title("rectified linear unit relu", "the ReLU is") == ("Rectified Linear Unit (ReLU)")


def test_a_sentence_start_capital_is_not_taken_as_the_terms_casing() -> None:
    text = "Image filtering is the computation of a function. Filtering with a Gaussian ..."
    assert readable_title(["image", "filtering"], text) == "Image filtering"
    assert readable_title(["gaussian", "filter"], text) == "Gaussian filter"


def test_human_keys_of_a_json_map_stay_as_written() -> None:
    text = json.dumps(
        {
            "Gradient descent": "An optimisation method that follows the negative gradient.",
            "ReLU": "The rectified linear unit, max(0, x), an activation function.",
        }
    )
    assert [e.title for e in parse_text(text, "g", "json")] == ["Gradient descent", "ReLU"]


def test_markdown_in_a_json_value_is_rendered_like_a_markdown_body() -> None:
    entries = _cv("classes-of-transformations", "aliasing")  # one key alone is not a glossary
    body = entries["classes-of-transformations"].body
    lines = body.split("\n")
    assert lines[0] == (
        "- Displacement: preserves distances, oriented angles, and handedness. Translations only."
    )
    assert "**" not in body and "\\" not in body and len(lines) == 6


# BrownCSCI1430/glossary COURSE_CONTENT_TABLE.md (HEAD 70e653c), section 1.1, first two rows.
_BROWN_TABLE = """\
## 1.1 Introduction to Computer Vision

| Concept | Definition / Significance |
| ---- | ---- |
| **Recognition** | This refers to the process of attaching **_semantic_ category labels** to objects, scenes, events, and activities in images. [\\[1\\]][1] |
| **Reconstruction** | Traditionally, this involves the **recovery of three-dimensional geometry** from images.<br>More broadly, it can be interpreted as **"inverse graphics"**: estimating shape, spatial layout, reflectance, and illumination. [\\[1\\]][1] |
"""  # noqa: E501


def test_a_term_table_with_an_unknown_definition_header_takes_its_prose_column() -> None:
    entries = parse_text(_BROWN_TABLE, "brown", "md-terms")
    assert [e.title for e in entries] == ["Recognition", "Reconstruction"]
    assert entries[0].body.startswith("This refers to the process of attaching semantic category")
    assert entries[1].body.split("\n")[1].startswith("More broadly, it can be")  # <br>


def test_several_prose_columns_are_joined_with_their_headers() -> None:
    table = _BROWN_TABLE.replace(
        "| Concept | Definition / Significance |\n| ---- | ---- |",
        "| Concept | Definition / Significance | Why it matters |\n| ---- | ---- | ---- |",
    ).replace(
        "in images. [\\[1\\]][1] |\n| **Recon",
        "in images. [\\[1\\]][1] | It names what is seen in the picture for us |\n| **Recon",
    )
    recognition = parse_text(table, "brown", "md-terms")[0]
    assert recognition.body.split("\n")[0].startswith("Definition / Significance: This refers")
    assert recognition.body.split("\n")[1] == (
        "Why it matters: It names what is seen in the picture for us"
    )


def test_a_table_of_short_values_is_still_not_a_glossary() -> None:
    table = "| Year | Place | Score |\n|---|---|---|\n| 2020 | Paris | 3 |\n| 2021 | Rome | 4 |\n"
    assert parse_text(table, "t", "md-terms") == []


def test_rst_slash_titles_and_quoted_names_are_aliases() -> None:
    entries = {e.title: e for e in parse_text(TS_RST.read_text(encoding="utf-8"), "ts", "rst")}
    assert entries["Per-segment / Local approach"].aliases == (
        "Per-segment approach",
        "Local approach",
    )
    assert entries["Endogenous data"].aliases == ("target",)
    assert entries["Forecasting context"].aliases == ("model context",)
    assert entries["Exogenous data"].aliases == ()  # names "target" but not as its own name
    assert slash_aliases("Input/output") == []  # unspaced slashes are words, not alternatives
