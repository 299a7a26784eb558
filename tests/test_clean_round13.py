"""Round 13 answer-text rules (issues 10/11), each on a REAL entry a grader saw garbled:
a nested label over its own labelled text, a bare-bullet label over its lines, a reply to
a dropped rhetorical question, an opening remark under a label, and an icon label line."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id
from answer_helpers import outside_answer as outside

from rag_glossary.answer.blocks import body_blocks
from rag_glossary.answer.segment import units
from rag_glossary.models import Entry

MRM = "ai-glossary-m-site#model-risk-management-mrm"
ASTRO = "astro-glossary"
ABTEST = "abtest-glossary"


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def test_a_nested_label_keeps_its_own_label_apart(entries: dict[str, Entry]) -> None:
    # holdout h033: "Normalisation: Wide to Long Transformation: melt ..." read run together
    text, _ = answer(
        entries, "how do i unpivot a wide pandas dataframe into long format", "data-archive-m#melt"
    )
    assert "- Normalisation (Wide to Long Transformation): melt helps" in text


def test_a_bare_bullet_label_takes_the_lines_under_it(entries: dict[str, Entry]) -> None:
    # holdout9-025: the answer ended on "- Data", the label of a cut list
    items = [t for kind, t in body_blocks(entries[MRM].body) if kind == "item"]
    assert items[0].startswith("Data: A model's input data might be erroneous")
    assert [t.split(":")[0] for t in items][1:3] == ["Assumptions and variables", "Methodology"]
    text, _ = answer(entries, "how can the input data itself make a model risky", MRM)
    assert not text.rstrip().endswith("- Data")
    assert "outdated" in text


def test_a_list_item_label_is_not_a_heading_label() -> None:
    # a marker line keeps its text; only a bullet alone on its line takes the next lines
    blocks = list(body_blocks("- Data\nA paragraph that follows the list.\n"))
    assert blocks == [("item", "Data"), ("para", "A paragraph that follows the list.")]


def test_a_reply_to_a_dropped_question_is_dropped() -> None:
    # astro-glossary-005: "Because one is too easy to understand!" after "Why two?" was cut
    text, _ = outside(ASTRO, "magnitude in astronomy", "hac-astronomy-glossary#magnitude")
    assert "absolute magnitude and apparent magnitude" in text
    assert "Because" not in text


def test_a_statement_after_a_question_stays() -> None:
    said = [
        u.text
        for u in units(
            "Is it fast? It runs every step of the long training loop in parallel on the device."
        )
    ]
    assert any(t.startswith("It runs every step") for t in said)


def test_an_opening_remark_is_not_the_name_of_the_entry() -> None:
    # astro-glossary-018: "Easy (Dark matter): we don't know anything about it!"
    text, _ = outside(
        ASTRO,
        "what share of the mass of the universe is dark matter",
        "hac-astronomy-glossary#dark-matter",
    )
    assert "Easy (" not in text
    assert "85%" in text


def test_an_icon_label_line_is_a_heading_not_a_dangling_sentence() -> None:
    # abtest-glossary-003: the answer ended on "🟨 How It Works / Example."
    text, _ = outside(ABTEST, "define novelty effect", "flashcards_section_13#625-novelty-effect")
    assert "How It Works" not in text and "🟨" not in text
    assert "users react differently just because something is new" in text
    assert ("head", "How It Works / Example") in list(
        body_blocks("🟨 How It Works / Example\nText.")
    )


def test_a_title_read_twice_is_named_once(entries: dict[str, Entry]) -> None:
    # holdout9-002: "Sales Forecasting process Sales Forecasting process: Machine ..."
    text, _ = answer(
        entries, "sales forecasting ml pipeline automated with dvc", "ml-annotations#2020-04-4"
    )
    assert text.startswith("Sales Forecasting process: Machine Learning pipeline")
