"""Round 10: two real drop-in glossaries the parser read badly (eval/formats/round10, SOURCES.md).

- delegation-risk-glossary.md: ``<span id="x"></span>`` anchors above ``**Term** — def``
  paragraphs, other names in parentheses (``**Agency Score** (or **Coherence Score**) —``),
  a ``**When in doubt:**`` label and a ``## See Also`` link list;
- responsible-ai-*.yml: one YAML file per term with ``short_def`` and ``long_def``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "eval" / "formats" / "round10"


def _entries(tmp_path: Path, *names: str) -> dict[str, Entry]:
    for name in names:
        shutil.copy(FORMATS / name, tmp_path / name)
    return {e.id: e for e in load_corpus(tmp_path).entries}


@pytest.fixture(scope="module")
def delegation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    return _entries(tmp_path_factory.mktemp("dr"), "delegation-risk-glossary.md")


def test_anchor_spans_do_not_hide_bold_terms(delegation: dict[str, Entry]) -> None:
    entry = delegation["delegation-risk-glossary#residual-risk"]
    assert entry.body.startswith("Delegation Risk after controls are applied.")
    assert not any("<span" in e.body for e in delegation.values())
    # the 70 bold-term paragraphs are entries, not the seven `##` group headings
    assert "delegation-risk-glossary#core-framework-terms" not in delegation
    assert len(delegation) == 93


def test_other_names_in_parentheses_are_aliases(delegation: dict[str, Entry]) -> None:
    entry = delegation["delegation-risk-glossary#agency-score"]
    assert entry.title == "Agency Score"
    assert "Coherence Score" in entry.aliases
    assert entry.body.startswith("Measure of how well")


def test_labels_and_see_also_lists_are_no_entries(delegation: dict[str, Entry]) -> None:
    titles = {e.title.casefold() for e in delegation.values()}
    assert "when in doubt" not in titles
    assert "see also" not in titles


def test_a_label_word_only_stops_a_bare_colon_lead() -> None:
    text = (
        "**Agent** — a system that acts.\n\n**When in doubt:**\n\n- ask someone\n\n"
        "**Whenever** — a term that starts like a label.\n\n**Notes:** kept as a term.\n"
    )
    parsed = parse_text(text, "t.md")
    assert [e.title for e in parsed] == ["Agent", "Whenever", "Notes"]


def test_one_yaml_file_per_term_with_short_and_long_definitions(tmp_path: Path) -> None:
    found = _entries(
        tmp_path,
        "responsible-ai-differential-privacy.yml",
        "responsible-ai-prompt-injection.yml",
    )
    entry = found["responsible-ai-differential-privacy#differential-privacy"]
    assert entry.title == "differential privacy"
    assert {"DP", "epsilon-differential privacy"} <= set(entry.aliases)
    short, long = entry.body.split("\n\n")[:2]
    assert short.startswith("Mathematical framework that limits how much any single record")
    assert long.startswith("Differential privacy protects individuals")
    assert "short_def:" not in entry.body and "long_def:" not in entry.body
    # bookkeeping fields are not text about the term
    assert not any(f"\n{key}:" in entry.body for key in ("license", "status", "last_reviewed"))
    assert "responsible-ai-prompt-injection#prompt-injection" in found


def test_emphasis_markers_are_dropped_but_tex_and_formulas_kept() -> None:
    corpus = {e.id: e.body for e in load_corpus(ROOT / "corpus").entries}
    assert "fails to generalize)" in corpus["data-archive-m#model-parameters-tuning"]
    assert "When not to use it" in corpus["data-archive-m#multi-level-index"]
    ds = {e.anchor: e.body for e in load_corpus(ROOT / "eval" / "corpora" / "ds-glossary").entries}
    assert "partitioning a dataset into k clusters by picking k random" in ds["k-means-clustering"]
    dl = {e.anchor: e.body for e in load_corpus(ROOT / "eval" / "corpora" / "dl-glossary").entries}
    assert "$\\vec{x}_{i-1}$" in dl["neuron"]  # TeX subscripts are not emphasis
    text = "**Cost** — a * b * c, not 2*x*y; my_var_name stays; *it* and _this_ do not."
    body = parse_text("\n\n".join([text, "**A** — one.", "**B** — two."]), "t.md")[0].body
    assert body == "a * b * c, not 2*x*y; my_var_name stays; it and this do not."


def test_plain_key_value_bullets_inside_long_entries_do_not_make_a_term_list() -> None:
    # One heading per term whose shipped bodies hold "- Why: ..." style bullets: the
    # bullets are notes of the entries (more paragraph lines than bullets), not terms.
    from rag_glossary.parsing import sniff_dialect

    bodies = [e.body for e in load_corpus(ROOT / "corpus").entries if len(e.body) > 200]
    parts = [
        f"# Term {n}\n\n" + "\n\n".join(bodies[(3 * n + j) % len(bodies)] for j in range(8))
        for n in range(40)
    ]
    assert sniff_dialect("\n\n".join(parts), "big.md") == "generic"
