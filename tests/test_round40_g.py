"""Round 40 lane G: the sentence that answers in a long entry of several paragraphs.

- a question word one slip from the entry's name ("supersamplng") is the name, not a word
  asked of it: the definition grows by its own paragraph, not by every sentence naming it;
- a later unit labelled by the asked term ("Channel Mask, also called Selection Mask: ...")
  answers beside the opening of the entry whose name is not the term (Masks).
"""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.name_slips import slipped_name
from rag_glossary.answer.named_part import labelled_term
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import entry_units
from rag_glossary.models import Hit
from rag_glossary.parsing import load_corpus


def _hit(corpus: str, anchor: str) -> Hit:
    entry = next(e for e in load_corpus(CORPORA / corpus).entries if e.anchor == anchor)
    return Hit(entry.id, entry.title, entry.source, entry.url, "", 1.0, entry)


def test_slip_of_the_name_is_the_name() -> None:
    body = "Supersampling is a more sophisticated antialiasing technique."
    assert slipped_name(frozenset({"supersamplng"}), frozenset({"supersampling"}), body) == {
        "supersamplng"
    }
    # a word the entry writes is its own word, not a slip ("efferent" beside "afferent")
    assert not slipped_name(frozenset({"efferent"}), frozenset({"afferent"}), "not efferent")
    # a short word one slip away is as likely another word
    assert not slipped_name(frozenset({"raod"}), frozenset({"road"}), "")


def test_label_naming_the_asked_term_is_its_unit() -> None:
    hit = _hit("gimp-glossary", "masks")
    pool = [(u, [hit.id]) for u in entry_units(hit.entry)]
    found = labelled_term(analyze("selection mask"), hit, pool, pool[0])
    assert found is not None and found[0].text.startswith("Channel Mask, also called Selection")
    assert labelled_term(analyze("masks"), hit, pool, pool[0]) is None  # the entry's own name


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what does supersamplng do", "an average color is calculated"),
        ("selection mask", "transparency of a selection"),
    ],
)
def test_gimp_answers_say_the_asked_part(
    question: str, said: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(CORPORA / "gimp-glossary", tmp_path_factory)
    answer = assistant.ask(question)
    assert said in answer.text
    assert answer.citations[0] in ("gimp-glossary#supersampling", "gimp-glossary#masks")
