"""Round 54, lane WX: answer-text faults round 54's readers found in the new sets.

backgammon-glossary's Пипаж ends "3. От английското pip [пип] — бройка.": the brackets hold
the word's reading in another script, and the answer printed "pip пип" (answer/inline.py
unwrapped every bracket after a space but an Arabic or Hebrew phrase). A reading in another
script than the word before it keeps its brackets; a link's or a note's brackets still go.

opendata-glossary's EU PSI Directive ends with a source's link glued after the quote it
sources ('... informaționale."[Acțiuni legislative - Directiva PSI](http://...)'), and the
answer read '... informaționale."Acțiuni legislative - Directiva PSI.': an external link
glued after a closed quote closes the text as its source and is no sentence of it
(parsing/inline_links.py); within a line a space parts it from the quote.

backgammon-glossary-020 ("каква е разликата между пипаж и марс-пипаж") gave Марс-пипаж only
its second sense: "1. Бройките, които Ви трябват ..." is a short item, "2. Грубо може ...
За да оценим ..." a paragraph in list clothing whose sentences are units, and a comparison's
side reads sentences only. The first numbered sense of such an entry is read with them
(answer/shapes.py ``_first_sense``); an entry whose senses are all short items (Пипаж) is
shown as its list, as before.

opendata-glossary's Data protection legislation ends "De exemplu, în Finlanda a funcționat
un sistem de carduri ... . Sistemul a dat naștere unei dezbateri ... a fost abandonată ...":
an answer that ends on the example's opening brings the sentence that goes on about its
thing (017, "what happened in Finland": the outcome), and when that does not fit, an
example grown into and not asked of goes (005 ended on it, hanging): next_said.py
``example_outcome``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.next_said import example_outcome
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.shapes import _first_sense
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.inline import INLINE_LINK
from rag_glossary.parsing.inline_links import LinkCollector

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _texts(corpus: str) -> dict[str, str]:
    return {e.anchor: e.definition for e in load_corpus(CORPORA / corpus).entries}


def test_reading_in_another_script_keeps_its_brackets() -> None:
    text = _texts("backgammon-glossary")["pipazh"]
    assert "pip [пип]" in text
    assert "От английското pip [пип] — бройка." in clean_inline(text)
    assert clean_inline("Ход [move] със зар 54") == "Ход [move] със зар 54"


def test_other_brackets_still_unwrapped() -> None:
    assert clean_inline("see [Term] here") == "see Term here"  # a link left unresolved
    assert clean_inline("a [b] c") == "a b c"  # one script on both sides
    assert clean_inline("[Ход] x") == "Ход x"  # no word before it
    assert clean_inline("word [two words more here] x") == "word two words more here x"
    assert clean_inline("pip [пип 2] x") == "pip пип 2 x"  # not letters only
    assert clean_inline("arcsin: [−1, 1]") == "arcsin: [−1, 1]"
    assert clean_inline("پسر [سام بن ایرج] x") == "پسر [سام بن ایرج] x"


def test_source_link_glued_after_a_quote_closes_no_sentence() -> None:
    text = _texts("opendata-glossary")["eu-psi-directive"]
    assert text.endswith('reutilizarea resurselor informaționale."')
    assert "Acțiuni legislative" not in text


def test_glued_source_link_within_a_line_is_parted() -> None:
    links = LinkCollector()
    line = 'He said "so."[Source](http://example.org) and more.'
    assert INLINE_LINK.sub(links.inline, line) == 'He said "so." Source and more.'
    assert links.terms == []
    inner = "see [Model Evaluation](#model-evaluation) here."
    assert INLINE_LINK.sub(links.inline, inner) == "see Model Evaluation here."


def _units(corpus: str, anchor: str) -> list[tuple[Unit, list[str]]]:
    entry = next(e for e in load_corpus(CORPORA / corpus).entries if e.anchor == anchor)
    return [(u, [entry.id]) for u in entry_units(entry)]


def test_first_numbered_sense_read_beside_list_clothed_paragraphs() -> None:
    mars = _units("backgammon-glossary", "mars-pipazh")
    first, ids = mars[0]
    assert first.kind == "item" and first.text.startswith("Бройките, които Ви трябват")
    assert _first_sense(first, ids, mars)
    pip = _units("backgammon-glossary", "pipazh")  # three short items: its list
    assert not any(_first_sense(u, i, pip) for u, i in pip)
    assert not _first_sense(first, ["other#entry"], mars)


def _picked(units: list[tuple[Unit, list[str]]], *at: int) -> dict[int, tuple[Unit, list[str]]]:
    return {units[i][0].position: units[i] for i in at}


def test_example_brings_its_outcome() -> None:
    units = _units("opendata-glossary", "data-protection-legislation")
    assert units[2][0].text.startswith("De exemplu, în Finlanda")
    assert units[3][0].text.startswith("Sistemul a dat naștere")
    picked = _picked(units, 0, 2)
    example_outcome(units, picked, [units[2][0]])
    assert sorted(picked) == [0, 2, 3]


def test_example_without_room_for_its_outcome_goes() -> None:
    units = _units("opendata-glossary", "data-protection-legislation")
    grown = _picked(units, 0, 1, 2)  # 70 words and more with the outcome
    example_outcome(units, grown, [units[0][0]])
    assert sorted(grown) == [0, 1]
    asked = _picked(units, 0, 1, 2)  # the question asked of the example: it stays
    example_outcome(units, asked, [units[2][0]])
    assert sorted(asked) == [0, 1, 2]


def test_example_whose_next_sentence_is_of_another_thing_stays_alone() -> None:
    units = _units("opendata-glossary", "data-protection-legislation")
    other = [units[0], units[2], (replace(units[3][0], text="Legea a fost votată."), units[3][1])]
    picked = _picked(other, 0, 1)
    example_outcome(other, picked, [])
    assert sorted(picked) == [0, 2]
