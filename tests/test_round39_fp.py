"""Round 39 follow-up P: answer text on pasted and marked-up glossaries.

- a line cut by a PDF's wrap after "between 19 and" runs on into "20 dozen eggs ...";
- "; barley, 46 lbs." and "Per bu." after "Oats weigh 32 lbs." are no sentences of their own;
- a stop glued to a capitalised word ("con el tiempo.SEDESOL") ends the sentence;
- a list one of whose items the answer quotes ("B-frame: ...") is not quoted again.
"""

from __future__ import annotations

from functools import cache

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.segment import entry_units
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus


@cache
def _entry(corpus: str, anchor: str) -> Entry:
    return next(e for e in load_corpus(CORPORA / corpus).entries if e.anchor == anchor)


def _texts(corpus: str, anchor: str) -> list[str]:
    return [u.text for u in entry_units(_entry(corpus, anchor))]


def test_wrapped_line_ending_on_number_and_joining_word_runs_on() -> None:
    texts = _texts("farm-glossary", "layer")
    assert "A good layer should produce between 19 and 20 dozen eggs in 12 months." in texts
    assert "20 dozen eggs in 12 months." not in texts


def test_fragments_after_a_number_unit_stay_in_their_sentence() -> None:
    texts = _texts("farm-glossary", "bushel")
    example = next(t for t in texts if t.startswith("Example:"))
    assert "barley, 46 lbs." in example and "corn, 56 lbs" in example
    assert not any(t.startswith(("Per bu", ";")) for t in texts)


def test_glued_source_name_ends_the_sentence() -> None:
    texts = _texts("obra-glossary", "carga-muerta")
    assert texts[0].endswith("sustancialmente con el tiempo.")
    assert not any("SEDESOL" in t for t in texts)
    tds = _texts("tax-glossary", "tds")
    assert any(t.startswith("TDS (Tax Deducted at Source) and withheld taxes") for t in tds)


def test_list_of_a_quoted_item_is_not_quoted_again(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant(CORPORA / "codec-glossary", tmp_path_factory)
    answer = assistant.ask("b-frame")
    assert "Can painlessly be skipped" in answer.text
    assert "P-frame" not in answer.text
