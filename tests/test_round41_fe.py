"""Round 41 follow-up E: the two English design sets cde-glossary and medcook-glossary
(real entries, real model).

"spec: (ToolTalk) See object specification (spec)." was quoted instead of followed: a
bracketed subject label opening a pointer entry hid its "See". The one-word gloss opening
an old word's entry ("verjuice. The juice of unripe grapes ...") was dropped as too short to
be a sentence. "why are very sweet dishes called cypre" was refused: the intensifier "very"
was the one word of the description the named entry's text lacked.
"""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.segment import split_units
from rag_glossary.parsing.corpus import load_corpus

_CDE = "cde-glossary"
_MEDCOOK = "medcook-glossary"


def test_a_one_word_opening_gloss_is_a_unit() -> None:
    entries = {e.id: e for e in load_corpus(CORPORA / _MEDCOOK).entries}
    units = [u.text for u in split_units(entries["medcook-glossary#uergis"])]
    assert units[0] == "Verjuice."
    assert units[1].startswith("The juice of unripe grapes")


def test_a_labelled_pointer_entry_is_followed(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(_CDE, tmp_path_factory).ask("tooltalk spec - what does it hold")
    assert "cde-glossary#object-specification-spec" in answer.citations
    assert "Standard properties of an object" in answer.text


def test_an_intensifier_needs_no_text(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(_MEDCOOK, tmp_path_factory).ask(
        "why are very sweet dishes called cypre"
    )
    assert answer.covered
    assert answer.citations == ("medcook-glossary#cypress",)
