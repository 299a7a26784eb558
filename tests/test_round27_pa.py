"""Round 27 post-fix PA: what the parser and the answer cleaner lost or kept wrongly on
the first blind batch (climbing, invest, tea; real entries of the eval corpora).

- a question quoted in a closing bracketed example ("(i.e. What's your beta on this
  problem?)") does not make the sentence before it a question: Beta has a definition;
- a title that gives other forms of its word after a comma ("Spot, Spotter", "Pump,
  pumped out") names the entry by each; inverted titles and lists give nothing;
- the page's closing paragraph (after a final ``---``, or speaking of "this glossary")
  is not the last entry's text.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus
from shared_index import shared_assistant

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.segment import entry_units
from rag_glossary.parsing.provenance import closing_lines
from rag_glossary.parsing.title_names import comma_forms

C = "climbing-glossary#"


def test_a_question_in_a_closing_example_is_the_example_s() -> None:
    entries, _ = outside_corpus("climbing-glossary")
    units = [u.text for u in entry_units(entries[f"{C}beta"])]
    assert units == [
        "Information, generally used to describe/ask about the sequence, method, or solution"
        " of completing a climb (i.e. What's your beta on this problem?)"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a bracket that asks the reader, or doubts, is no example: still not quoted
        "You can try to reason that the left matrix can reach the same space (Why?)",
        "Each one is also an eigenvector with same eigenvalue (?)",
        # a question before the example stays a question
        "Why would you rope up here (e.g. is it safe?)",
    ],
)
def test_other_bracketed_questions_stay_out(sentence: str) -> None:
    assert clean_unit(sentence) is None


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Spot, Spotter", ["Spot", "Spotter"]),
        ("Pump, pumped out", ["Pump", "pumped out"]),
        ("Whip, whipper", ["Whip", "whipper"]),
        ("Col, Coll', Colla, Collo", ["Col", "Coll'", "Colla", "Collo"]),
        ("Learning, deep", []),
        ("Precision, recall", []),
        ("Cross-validation, K-fold", []),
        ("Luff, to", []),
        ("E, Ed", []),
    ],
)
def test_comma_forms_of_one_word(title: str, names: list[str]) -> None:
    assert comma_forms(title) == names


def test_comma_forms_are_aliases_of_real_entries() -> None:
    entries, _ = outside_corpus("climbing-glossary")
    assert "Spotter" in entries[f"{C}spot-spotter"].aliases
    assert "pumped out" in entries[f"{C}pump-pumped-out"].aliases


def test_the_page_s_closing_paragraph_is_no_entry_s_text() -> None:
    invest, _ = outside_corpus("invest-glossary")
    zero = invest["invest-glossary#zero-coupon-bond"].body
    assert "living document" not in zero
    assert zero.endswith("redeemed for its full face value.")
    tea, _ = outside_corpus("tea-glossary")
    cha = tea["tea-glossary#cha-qi"].body
    assert "This glossary covers" not in cha
    assert "Tea energy" in cha


def test_closing_lines_need_the_entry_s_text_above() -> None:
    ruled = ["A bond that pays no interest.", "", "---", "", "Closing words."]
    assert closing_lines(ruled, [False] * 5) == frozenset({4})
    own = ["A bond.", "", "This list covers the usual terms."]
    assert closing_lines(own, [False] * 3) == frozenset({2})
    # a body that is only such a paragraph keeps it; a body's plain last paragraph too
    assert closing_lines(["---", "", "Closing words."], [False] * 3) == frozenset()
    assert closing_lines(["A bond.", "", "It pays at maturity."], [False] * 3) == frozenset()


@pytest.mark.slow
def test_climbing_answers_beta_and_spotter(tmp_path_factory: pytest.TempPathFactory) -> None:
    climbing = shared_assistant("climbing-glossary", tmp_path_factory)
    beta = climbing.ask(
        "just joined the university climbing club and everyone at the wall keeps asking"
        " each other for beta on problems, what is beta"
    )
    assert beta.citations == (f"{C}beta",)
    assert "sequence, method, or solution of completing a climb" in beta.text
    spotter = climbing.ask("what is a spotter supposed to do when the boulderer falls")
    assert spotter.citations == (f"{C}spot-spotter",)
    invest = shared_assistant("invest-glossary", tmp_path_factory)
    zero = invest.ask(
        "what is a zero coupon bond and how do you make any money on it if it pays no interest"
    )
    assert "living document" not in zero.text
