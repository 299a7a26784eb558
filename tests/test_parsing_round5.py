"""Round-5 parsing fixes, each on a real snippet (origin named in each test): MyST roles,
citation markers, acronyms defined in the text, and a word glued to a link."""

from __future__ import annotations

import json

from helpers import ROOT
from test_parsing_snippets import JEKYLL_PAGE

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_file, parse_text
from rag_glossary.parsing.base import defined_acronym_aliases
from rag_glossary.parsing.inline import clean_inline

MLOPS = ROOT / "eval" / "corpora" / "mlops-glossary" / "glossary.md"
CV_JSON = ROOT / "eval" / "corpora" / "cv-glossary" / "glossary.json"
RECSYS = ROOT / "eval" / "corpora" / "recsys-glossary" / "GLOSSARY.md"


def _mlops_rows(*lines: int) -> dict[str, Entry]:
    """mlrun/mlrun docs/glossary.md (c43870ff): its first table header and these rows."""
    text = MLOPS.read_text(encoding="utf-8").split("\n")
    table = "\n".join([*text[5:7], *(text[n - 1] for n in lines)])
    return {e.title: e for e in parse_text(table, "glossary", file="glossary.md")}


def test_myst_roles_show_their_title_or_target_as_sphinx_does() -> None:
    rows = _mlops_rows(8, 10, 13)  # {ref}`target`, {py:meth}`a.b.C`, {ref}`title <target>`
    assert rows["Feature set"].body.endswith("logical group. See feature-sets.")
    assert rows["HTTPRunDB"].body.endswith("See `mlrun.db.httpdb.HTTPRunDB`.")
    assert rows["MLRun Function hub"].body == (
        "A collection of pre-built MLRun functions available for usage. "
        "See the function hub documentation and the Function hub."
    )


def test_other_roles_and_code_or_braces_that_are_not_roles() -> None:
    line = "{py:class}`~mlrun.projects.MlrunProject`, {term}`feature store`, {math}`x^2`"
    assert clean_inline(line) == ("`MlrunProject`, feature store, x^2", ["feature store"])
    for kept in ("code `{ref}`x`` stays", "f'{name}' and `{a}` {b}`c`", "a {set} of `x`"):
        assert clean_inline(kept)[0] == kept


def test_numeric_citation_markers_are_removed_and_the_sentence_kept() -> None:
    entries = {e.title: e for e in parse_text(JEKYLL_PAGE, "glossary", file="glossary.markdown")}
    assert entries["AI Actor"].body == "An organization or individual building an AI System."
    # BrownCSCI1430/glossary glossary.json (cee7036): "[\[1\]][1]" and its "[1]: https://..."
    data = json.loads(CV_JSON.read_text(encoding="utf-8"))
    text = json.dumps({k: data[k] for k in ("reorganization", "aliasing")})
    body = {e.anchor: e.body for e in parse_text(text, "cv", "json")}["reorganization"]
    assert body.endswith("analog of perceptual organization from Gestalt psychology.")


def test_bracketed_citation_numbers_of_the_recsys_glossary_are_removed() -> None:
    # recommenders-team/recommenders GLOSSARY.md, lines 38 ("[1,2].") and 63 (the reference).
    lines = RECSYS.read_text(encoding="utf-8").split("\n")
    entries = parse_text("\n".join([lines[37], "", lines[19]]), "GLOSSARY", file="GLOSSARY.md")
    assert "have a large number of interactions. From the" in entries[0].body
    assert "behavior of other users. It assumes" in entries[1].body
    assert clean_inline(lines[62])[0] == lines[62]  # the reference list keeps its numbers


def test_an_acronym_title_gets_the_expansion_its_definition_starts_with() -> None:
    rows = _mlops_rows(35, 37, 26)  # DAG, EDA, "Key Value (KV) store"
    assert rows["DAG"].aliases == ("Directed acyclic graph",)
    assert rows["EDA"].aliases == ("Exploratory data analysis",)
    assert rows["Key Value (KV) store"].aliases == ("KV store",)


def test_an_expansion_title_gets_the_acronym_its_definition_gives_only_if_it_spells_it() -> None:
    body = "Exploratory data analysis (EDA) is used to understand a dataset."
    assert defined_acronym_aliases("Exploratory data analysis", body) == ["EDA"]
    assert defined_acronym_aliases("Exploratory data analysis", body.replace("EDA", "XY")) == []
    assert defined_acronym_aliases("V3IO", "Iguazio real-time data layer, supports KV.") == []


def test_a_word_glued_to_a_link_is_spaced_but_a_plural_is_not() -> None:
    # corpus/data-archive-m.md lines 733 ("...)focuses", "...)aims") and 302 ("...)s").
    entries = {e.anchor: e for e in parse_file(ROOT / "corpus" / "data-archive-m.md")}
    body = entries["model-evaluation-vs-model-optimisation"].body
    assert body.startswith("Model Evaluation focuses on assessing a model's performance, while ")
    assert "Model Optimisation aims to improve" in body
    assert clean_inline("([Markov Decision Processes|MDP](#mdp)s): x")[0] == "(MDPs): x"
