"""Round 33 follow-up FC: the composer and cleaning on what the blind sets' readers found
(real entries, real model).

- "Another term for road racing" is the entry's definition (a synonym said as a
  sentence), not a cross-reference: the answer quotes it, it does not say the entry
  "refers to" road racing; "see lesson study" still points onwards;
- a table row of "Header: value" cells that says its own key ("Stitch: single crochet /
  double crochet; U.S. abbreviation: sc; ...") reads alone, with no "sc, " before it;
- a standard's bracketed clause number after a term ("Person or organization (3.31)
  that ...") is dropped; a number that is a value, or not bracketed alone, stays;
- a two-part question's second part in other words than any entry's ("how does a node
  put data on it") takes the retriever's top hit when it is not the first answer, speaks
  of the first term and its definition is as close to the question; one ranked below the
  first answer or below another hit does not earn a place (Steric sea level rise, Antiqua).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.cleaning import drop_clause_refs


def test_another_term_for_is_a_definition(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("cycling-glossary", tmp_path_factory)
    answer = assistant.ask("what is massed-start racing")
    assert "Another term for road racing" in answer.text
    assert "refers to" not in answer.text


def test_see_still_points_onwards(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Jugyokenkyu's whole entry is "See Lesson Study": the answer is Lesson Study's own text
    (round 45 lane S), after the sentence that the glossary sends the one name to the other,
    cited to the pointer: "Jugyokenkyu" and "Lesson Study" share no word, so without it the
    answer reads as about another term (round 46 lane P; a "right rotation" -> "rotation"
    pointer still answers from rotation alone, test_round45_s.py)."""
    assistant = shared_assistant("teach-glossary", tmp_path_factory)
    answer = assistant.ask("what is jugyokenkyu")
    assert answer.text.startswith("The glossary's entry for Jugyokenkyu refers to Lesson Study.")
    assert "Lesson Study: The process in which instructors" in answer.text
    assert list(answer.citations) == ["teach-glossary#jugyokenkyu", "teach-glossary#lesson-study"]
    assert "See " not in answer.text


def test_a_row_of_cells_reads_alone(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("crochet-glossary", tmp_path_factory)
    answer = assistant.ask("sc vs dc")
    assert answer.text.startswith("Stitch: single crochet / double crochet; U.S. abbreviation: sc")
    assert "sc, Stitch" not in answer.text


def test_clause_numbers_are_dropped(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("foodsafety-glossary", tmp_path_factory)
    answer = assistant.ask("who counts as a stakeholder")
    assert "Person or organization that can affect" in answer.text
    assert "(3.31)" not in answer.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Distinct from LADM 'land' (3.1.8), which is generic.",
            "Distinct from LADM 'land', which",
        ),
        ("handling of a food (3.18) and its ingredients", "handling of a food and its ingredients"),
        ('df["var1"].quantile(0.01)', 'df["var1"].quantile(0.01)'),
        ("a ratio of 2:1 (0.5) is typical", "a ratio of 2:1 (0.5) is typical"),
        ("see ISO19011 (3.4)3).", "see ISO19011 (3.4)3)."),
    ],
)
def test_only_bare_clause_numbers_go(text: str, kept: str) -> None:
    assert drop_clause_refs(text).startswith(kept)


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        (
            "robo-glossary",
            "what is a topic in ros 2 and how does a node put data on it",
            ("robo-glossary#topic", "robo-glossary#publisher"),
        ),
        (
            "climate-glossary",
            "what is sea level rise and what are the main things causing it globally",
            ("climate-glossary#sea-level-rise",),
        ),
        (
            "tdd-glossary",
            "what is a test suite and what is the smallest part of one that you can run by itself",
            ("tdd-glossary#test-suite", "tdd-glossary#test-case"),
        ),
        (
            "type-glossary",
            "what is a serif and what do you call typefaces that dont have them",
            ("type-glossary#serif",),
        ),
        (
            "queueing-glossary",
            "what is a queueing network and what links its nodes together",
            ("ciw-glossary#queueing-network",),
        ),
    ],
)
def test_a_second_part_in_other_words_takes_an_entry_ranked_above(
    tmp_path_factory: pytest.TempPathFactory, corpus: str, question: str, cited: tuple[str, ...]
) -> None:
    assistant = shared_assistant(corpus, tmp_path_factory)
    assert assistant.ask(question).citations == cited
