"""Round-8 parsing fixes, each on a real excerpt (origin named in each test): Markdown
footnotes, soft-wrapped MyST glossary definitions, reST lists / math / cross-references,
acronym-first titles, and a spaced ``**`` in flattened code."""

from __future__ import annotations

from helpers import ROOT

from rag_glossary.answer.segment import units
from rag_glossary.latex import readable_math
from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.base import acronym_aliases

ADVML = ROOT / "eval" / "corpora" / "advml-glossary" / "glossary.md"
CHEATSHEET = ROOT / "eval" / "corpora" / "mlcheatsheet-glossary" / "glossary.rst"
SITE_TEXT = ROOT / "corpus" / "ai-glossary-m-site.txt"


def _lines(path: object, first: int, last: int) -> list[str]:
    """Lines ``first``..``last`` (1-based, inclusive) of a real glossary file."""
    text = ROOT.joinpath(str(path)).read_text(encoding="utf-8")
    return text.split("\n")[first - 1 : last]


def _advml(*spans: tuple[int, int]) -> dict[str, Entry]:
    """IBM/heart-library docs glossary.md: the glossary fence around these line spans,
    then the rest of the file (its References section) from line 200."""
    lines = _lines(ADVML, 1, 250)
    body = [line for a, b in spans for line in [*lines[a - 1 : b], ""]]
    text = "\n".join([*lines[27:32], *body, *lines[198:250]])
    return {e.anchor: e for e in parse_text(text, "glossary", file="glossary.md")}


def test_footnote_markers_definitions_and_the_references_section_are_not_text() -> None:
    entries = _advml((45, 48), (189, 192))  # Adversarial Attacks "[^1]", Spatial "...s.[^20]"
    assert entries["adversarial-attacks"].body.endswith("the model's learning process.")
    assert entries["spatial-smoothing"].body.endswith("reduce noise and high-frequency variations.")
    assert set(entries) == {"adversarial-attacks", "spatial-smoothing"}  # no "references-22"
    assert not any("[^" in e.body or "^1" in e.body for e in entries.values())


def test_wrapped_lines_of_a_myst_glossary_definition_are_one_sentence() -> None:
    entries = _advml((140, 143), (158, 167))  # MAITE, Perturbation (a list of wrapped items)
    maite = [u.text for u in units(entries["maite"].body)]
    assert "the test and evaluation (T&E) of supervised machine learning models" in maite[0]
    assert maite[1].endswith("Joint AI T&E Infrastructure Capability (JATIC) program.")
    items = [u.text for u in units(entries["perturbation"].body)]
    assert any("For pictures usually calculated as a L2- or L_inf-norm" in t for t in items)
    assert any(t.startswith("Local Perturbation: Local perturbation refers") for t in items)


def test_acronym_first_titles_give_the_acronym_and_the_expansion() -> None:
    assert acronym_aliases("mAP (mean Average Precision)") == ["mAP", "mean Average Precision"]
    assert acronym_aliases("ROC (Receiver Operating Characteristic) Curve") == [
        "ROC", "ROC Curve", "Receiver Operating Characteristic Curve",
    ]  # fmt: skip
    # Parentheses that do not spell the acronym are no expansion.
    assert acronym_aliases("Dropout (regularization)") == []
    assert acronym_aliases("ReLU (rectified linear unit)") == []  # "rlu": not ReLU's letters


def test_rst_bullets_math_and_doc_roles_read_as_text() -> None:
    # afshinea/ml-cheatsheet docs/source/glossary.rst, from Confusion Matrix to ROC Curve.
    text = "\n".join(_lines(CHEATSHEET, 66, 273))
    entries = {e.anchor: e for e in parse_text(text, "glossary", "rst", file="glossary.rst")}
    matrix = entries["confusion-matrix"].body.split("\n")
    assert matrix[1] == "- True Positives: we correctly predicted they do have diabetes"
    assert len(matrix) == 5
    fpr = entries["false-positive-rate"].body
    assert fpr.startswith(
        "Defined as FPR = 1 - Specificity = "
        "(False Positives) / (False Positives + True Negatives)\n"
    )
    assert "\\frac" not in entries["precision"].body
    assert "loops like gradient descent." in entries["learning-rate"].body
    assert "Receiver Operating Characteristic Curve" in (
        entries["roc-receiver-operating-characteristic-curve"].aliases
    )


def test_readable_math_keeps_every_operand() -> None:
    assert readable_math(r"\mathop{E}(y | X)") == "E(y | X)"  # sktime/etna glossary.rst
    assert readable_math(r"\sqrt{\frac{1}{n}\sum (y - \hat{y})^2}") == "sqrt(1 / n sum (y - y)^2)"


def test_power_operator_of_flattened_code_is_not_bold_markup() -> None:
    lines = _lines(SITE_TEXT, 360, 367)  # ai-glossary-m site text: Mean Square Error (MSE)
    entries = parse_text("\n".join(lines), "site", "site-text", file="site.txt")
    assert "squared_error = (y_pred - y_true) ** 2" in entries[-1].body.split("\n")
    bold = parse_text("Term#\nA **bold** word and x ** 2.\n", "s", "site-text", file="s.txt")
    assert bold[-1].body == "A bold word and x ** 2."
