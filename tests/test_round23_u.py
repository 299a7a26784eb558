"""Round 23, lane U: headed parts, terms only mentioned in another entry, two IAL leftovers.

- a heading inside an entry ("##### Limitations:") labels the units under it as a
  "Challenges:" lead-in labels its list: "what are the limitations of machine learning
  algorithms" answers with the four paragraphs under it (holdout8 h8-014, was the
  opening alone); "whats the catch with X" asks for problems as "whats the catch" does,
  and X is its key term;
- a named term with no entry, found only inside another entry's list item (federated
  learning in Model Inversion's defences): asked a part of it the mention does not give
  (its catch, how it works, why use it), the answer is a refusal naming the term and the
  entry that mentions it; asked what it is, the item that glosses it answers, saying
  where it comes from; a part of an entry headed by the term still answers (h7-030);
- ``**Term** { #id }`` gives the term its anchor (crypto-glossary's ids), and an
  attribute-list line right above a definition-list term is that term's anchor, not
  the previous one's.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from answer_helpers import answer_from, corpus_by_id

from rag_glossary import Assistant, Retriever
from rag_glossary.answer.cues import PROBLEMS, asked_label
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import units
from rag_glossary.answer.unit_score import labels_asked_part
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text

ARCHIVE = "data-archive-m#"
INVERSION = "ai-glossary-m-site#model-inversion"


def test_a_heading_inside_an_entry_labels_its_paragraphs() -> None:
    body = "Opening sentence of it.\n\n##### Limitations:\n\nData Dependence: It needs data.\n"
    under = units(body)[-1]
    assert under.heading == "Limitations" and under.kind == "sentence"
    assert labels_asked_part(analyze("what are the limitations of foo bars"), under)


def test_the_limitations_heading_answers_its_question() -> None:
    text, cited = answer_from(
        corpus_by_id(),
        "what are the limitations of machine learning algorithms",
        ARCHIVE + "machine-learning-algorithms",
    )
    assert cited == (ARCHIVE + "machine-learning-algorithms",)
    assert "Limitations" in text and "Data Dependence" in text and "Interpretability" in text
    assert "Automation" not in text  # the Strengths heading's part is not asked


def test_the_catch_with_a_term_asks_its_problems() -> None:
    assert asked_label(analyze("whats the catch with machine learning algorithms")) is PROBLEMS
    assert asked_label(analyze("what is the catch rate")) is None
    assert extract_key_terms("whats the catch with federated learning")[0].text == (
        "federated learning"
    )


@pytest.fixture(scope="module")
def shipped(real_index: Path) -> Assistant:
    return Assistant(Retriever.load(real_index), use_llm=False)


@pytest.mark.parametrize(
    "question",
    [
        "whats the catch with federated learning",
        "how does federated learning work",
        "why use federated learning",
    ],
)
def test_a_part_of_a_term_only_mentioned_is_refused_with_where(
    shipped: Assistant, question: str
) -> None:
    answer = shipped.ask(question)
    assert not answer.covered and answer.citations == ()
    assert answer.text.startswith("federated learning has no entry in the glossary")
    assert f"Model Inversion ({INVERSION})" in answer.text


def test_what_a_term_only_mentioned_is_answered_from_the_item(shipped: Assistant) -> None:
    answer = shipped.ask("what is federated learning")
    assert answer.covered and answer.citations == (INVERSION,)
    assert answer.text.startswith("Federated learning has no entry of its own; Model Inversion")
    assert "Train on decentralized data" in answer.text
    assert "type of attack" not in answer.text  # not Model Inversion's own definition


def test_a_part_headed_by_the_term_still_answers(shipped: Assistant) -> None:
    answer = shipped.ask(
        "counterfactual explanations or a global surrogate model - whats the upside of each"
    )
    assert answer.covered and "intuitive and actionable feedback" in answer.text


def _parse(text: str) -> dict[str, Entry]:
    entries = parse_text(textwrap.dedent(text), "x", None, file="x.md")
    return {e.title: e for e in entries}


def test_a_bold_terms_own_attribute_list_is_its_anchor() -> None:
    entries = _parse(
        """\
        # Glossary

        **Muon** { #muon-id }: a heavy electron.

        **Kaon**{: #kaon-id}: a strange meson.

        **Pion**: a meson.
        """
    )
    assert [(e.anchor, e.body) for e in entries.values()] == [
        ("muon-id", "a heavy electron."),
        ("kaon-id", "a strange meson."),
        ("pion", "a meson."),
    ]
    listed = _parse("# G\n\n**Muon** { #muon-id }\n: a heavy electron.\n\nKaon\n: a meson.\n")
    assert listed["Muon"].anchor == "muon-id" and listed["Kaon"].anchor == "kaon"


def test_an_attribute_list_above_a_term_is_that_terms() -> None:
    entries = _parse(
        """\
        # Glossary

        Muon
        : a heavy electron.
        {: #kaon}
        Kaon
        : a strange meson.

        {: #pion-id}
        **Pion**: a meson.

        **Eta**: a meson too.
        """
    )
    assert {t: e.anchor for t, e in entries.items()} == {
        "Muon": "muon",
        "Kaon": "kaon",
        "Pion": "pion-id",
        "Eta": "eta",
    }
