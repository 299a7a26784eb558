"""Round 33 lane C: the answer composer on what round 32's readers found (real entries,
real model).

- a two-part question's second part the first answer has already said ("why does it make
  rebuilding images fast": the layer entry says unchanged layers are cached, so images
  are fast) leaves no room for another entry that merely shares a word (copy-on-write's
  "makes"); an entry the part names in full still answers (Risk Priority Number for "the
  rpn number"), and a part left whole ("what causes it") still takes Dispersion;
- a word of another entry's title is not its name: "what do games use it for" does not
  name Game Loop, "what comes after" does not name Come prima;
- a second part asking how to deal with the thing is answered by the sentence saying what
  helps reduce it ("Running over full cycles helps reduce seasonality bias");
- a short heading written as its row's label ("Pedodontist:" over "a dentist who ...")
  is the entry's name, so the answer says the term ("Pedodontist: A dentist who ..."); a
  heading over a text that starts its own sentence ("Legend:") stays a lead-in.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.cues import ASKS_REMEDY
from rag_glossary.answer.label_titles import label_name
from rag_glossary.models import Entry, Hit


def test_a_second_part_already_said_takes_no_other_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("docker-glossary", tmp_path_factory)
    answer = assistant.ask("what is an image layer and why does it make rebuilding images fast")
    assert answer.citations == ("docker-glossary#layer",)
    assert "unchanged layers are cached locally" in answer.text


def test_a_part_said_by_the_first_answer_still_takes_the_entry_it_names(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("supplychain-glossary", tmp_path_factory)
    answer = assistant.ask("what is fmea and how is the rpn number in it calculated")
    assert "supplychain-glossary#risk-priority-number-rpn" in answer.citations
    assert "Severity × Occurrence × Detection" in answer.text


def test_a_part_left_whole_still_takes_the_cause(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("gem-glossary", tmp_path_factory)
    answer = assistant.ask("what is fire in a diamond and what causes it")
    assert answer.citations == ("gem-glossary#fire", "gem-glossary#dispersion")


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("gamedev-glossary", "what is a raycast and what do games use it for", "raycast"),
        ("music-glossary", "what is a minuet and what comes after the second minuet", "minuet"),
    ],
)
def test_a_word_of_a_title_does_not_name_its_entry(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.citations == (f"{corpus}#{cited}",)


def test_a_second_part_asking_a_remedy_gets_what_helps(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("abtest-glossary", tmp_path_factory)
    answer = assistant.ask("what is seasonality in ab testing and how do you deal with it")
    assert "due to days, weeks, or holidays" in answer.text
    assert "Running over full cycles helps reduce seasonality bias." in answer.text


def test_remedy_questions() -> None:
    assert ASKS_REMEDY.search("how do you deal with it")
    assert ASKS_REMEDY.search("how do i make it less noticable")
    assert ASKS_REMEDY.search("how can you prevent aliasing")
    assert not ASKS_REMEDY.search("how does it deal with errors")
    assert not ASKS_REMEDY.search("what is it used to prevent")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("a dentist who only treats kids teeth", "Pedodontist: "),
        ("tooth that cant come through normally because another tooth is in the way", "Impacted"),
        ("what cells are in the tooth pulp", "Pulp is the central part"),
    ],
)
def test_a_label_heading_names_the_answer(
    question: str, name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("dental-glossary", tmp_path_factory).ask(question)
    assert answer.text.startswith(name)


def _hit(title: str, body: str) -> Hit:
    entry = Entry("g#x", "g", "x", title, (), body, (), None, "g.md", 1)
    return Hit("g#x", title, "g", None, "", 1.0, entry)


def test_label_names() -> None:
    assert label_name(_hit("Pedodontist:", "a dentist who ...")) == "Pedodontist"
    assert label_name(_hit("Impacted tooth: ", " a condition ...")) == "Impacted tooth"
    # a lead-in: its text starts a sentence, or it is too long to be a name
    assert label_name(_hit("Legend:", "Every major conference in 2019 ...")) is None
    assert label_name(_hit("TPOT automates the following:", "feature selection")) is None
    assert label_name(_hit("Pulp", "is the central part")) is None
