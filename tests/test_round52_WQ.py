"""Round 52 lane WQ: English question frames that are no key term, comparisons of two
absent things, and a title read into a longer name by another form of its modifier.

- "how many years do burned cd-rs last": the unit counted after "how many" is the answer's
  unit, the question's frame; the subject it is asked of is the key term (keyterms.py
  _SPAN_ASKED). Before, "years" was found as "year" in an unrelated entry.
- "track at once vs disc at once": both sides were cut before the same tail of function
  words ("at once"), leaving Track and Disc, both found; the tail is a word of each name
  (listed_terms._same_tail), and a glossary with neither name refuses.
- "what does healing wish do" and Wish ("Heals whatever is in that slot ..."): a two-word
  name headed by the whole title, whose -ing modifier the entry says only as another form
  of the word, is a kind of its own (modifier_title.modifier_reworded).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.modifier_title import modifier_reworded


def _texts(question: str) -> list[str]:
    return [t.text for t in extract_key_terms(question)]


def test_a_counted_unit_is_the_frame_not_the_term() -> None:
    assert _texts("how many days do turkey eggs need to hatch") == ["turkey eggs"]
    assert _texts("how many seconds does sunlight take to reach the observer") == ["sunlight"]
    # a count of things, not of a unit of time, is still what is asked
    assert _texts("how many parameters does gpt-4 have") == ["parameters", "gpt 4"]


def test_a_shared_tail_of_function_words_belongs_to_each_side() -> None:
    assert _texts("track at once vs disc at once") == ["track at once", "disc at once"]
    # a tail with a noun is a setting, cut as before
    assert _texts("lstm for text vs cnn for text") == ["lstm", "cnn"]
    assert _texts("batch norm vs layer norm") == ["batch norm", "layer norm"]


def test_an_ing_modifier_said_only_in_another_form() -> None:
    names = [("wish",)]
    text = " heals whatever is in that slot at the end of the following turn "
    assert modifier_reworded(("healing", "wish"), names, text)
    # the modifier said as asked: the entry may well describe it
    assert not modifier_reworded(("healing", "wish"), names, " healing whatever is in ... ")
    # the head is no whole name of the entry
    assert not modifier_reworded(("healing", "prevented"), names, text)


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("cdrom-glossary", "how many years do burned cd-rs last before the dye degrades", None),
        ("cdrom-glossary", "track at once vs disc at once", None),
        ("pokemon-glossary", "what does healing wish do", None),
        ("pokemon-glossary", "what does wish do", "wish"),
        ("farm-glossary", "how many days do turkey eggs need to hatch", "incubation"),
    ],
)
def test_frames_pairs_and_reworded_modifiers(
    tmp_path_factory: pytest.TempPathFactory, corpus: str, question: str, cited: str | None
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
    else:
        assert answer.covered and f"{corpus}#{cited}" in answer.citations
