"""Round 56, lane WH: brackets and lists of an extractive answer printed whole.

ihr-glossary (HAML) cites its sources in brackets: "( http://www.who.int/topics/zoonoses/en ,
accessed 28 November 2017)" lost its link and read "(, accessed 28 November 2017)"; "( WHO
Simulation Exercise Manual. HO-WHE-CPI-2017.10, accessed ...)" was cut by the sentence
splitter and printed "(WHO Simulation Exercise Manual." (answer/brackets.py, mended as the
answer is shown). A list item closing on its joint ("...; and") was taken for a sentence
dangling on "and" and left out, so a lead-in printed one of its two items
(answer/cleaning.py); the long item's sentence then opened the answer and was shown again in
the list (answer/list_pieces.py ``said_once``). The dirty-text detector sees both brackets.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.answer.brackets import mend_brackets
from rag_glossary.answer.citations import Registry
from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.extractive import compose
from rag_glossary.answer.rendering import render
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.corpus import load_corpus

_IHR = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "ihr-glossary"


def _entry(anchor: str) -> Entry:
    return next(e for e in load_corpus(_IHR).entries if e.id == f"ihr-glossary#{anchor}")


def _answer(question: str, anchor: str) -> str:
    entry = _entry(anchor)
    hit = Hit(entry.id, entry.title, entry.source, entry.url, "", 0.0, entry)
    return render(compose(question, [hit]), Registry([hit]))


def test_a_bracket_a_removed_link_opened_on_a_comma_is_cleaned() -> None:
    said = _answer("zoonoses definition", "zoonotic-diseases-or-zoonoses")
    assert "(accessed 28 November 2017)." in said
    assert "(," not in said
    assert mend_brackets("humans (, accessed 28 November 2017).") == (
        "humans (accessed 28 November 2017)."
    )
    assert mend_brackets("the list (accessed 2017, ).") == "the list (accessed 2017)."
    assert mend_brackets("a word ( ) here") == "a word here"
    # a call's brackets are code ("df.stack()", "g() és h()")
    assert mend_brackets("Operations like .stack() and g() (a call).") == (
        "Operations like .stack() and g() (a call)."
    )


def test_an_aside_cut_open_is_left_out() -> None:
    said = _answer("what is a table top exercise", "table-top-exercise")
    assert said.count("(") == said.count(")")
    # since round 58 (lane CY) a stop inside a bracket that closes later ends no sentence: the
    # source aside is no longer cut open but whole; a cut-open one is still dropped (below)
    assert "in place. (WHO Simulation Exercise Manual. HO-WHE-CPI-2017.10, accessed" in said
    assert "30 November 2017).[" in said
    assert mend_brackets("in place. (WHO Simulation Exercise Manual.") == "in place."
    assert mend_brackets("(WHO Simulation Exercise Manual.") == ""


def test_a_stray_opening_bracket_before_a_closed_one_is_dropped() -> None:
    # sailing-glossary's "Gybe": "(thereby ... (opposite of tacking)." never closes its first
    said = "Turning the boat, (thereby changing the side (opposite of tacking). Also spelled jibe."
    assert mend_brackets(said) == (
        "Turning the boat, thereby changing the side (opposite of tacking). Also spelled jibe."
    )
    assert mend_brackets("music_rnn = new mm.MusicRNN(") == "music_rnn = new mm.MusicRNN("
    assert mend_brackets("a sad face :( here") == "a sad face :( here"


def test_a_list_item_closing_on_its_joint_is_whole() -> None:
    item = (
        "The capacities at all times concerning access to medical services for prompt "
        "assessment and care of ill travellers; and"
    )
    assert clean_unit(item, item=True, led=True) == item.removesuffix("; and")
    assert clean_unit("It works with", item=True, led=True) is None


def test_a_lead_in_keeps_its_whole_list_and_no_item_twice() -> None:
    said = _answer(
        "which IHR articles and annex cover the capacities of designated points of entry?",
        "designated-points-of-entry",
    )
    assert said.startswith("Designated points of entry: These refer to")
    assert "Annex 1 of the IHR:" in said
    assert "- The capacities at all times" in said
    assert "- The capacities to respond specifically" in said
    assert said.count("The capacities at all times") == 1


def test_the_dirty_text_detector_sees_open_and_empty_brackets() -> None:
    assert "unclosed bracket" in dirty_reasons(
        "This is the only type. (WHO Simulation Exercise Manual.[1]"
    )
    assert "empty bracket" in dirty_reasons("transmissible to humans (, accessed 2017).[1]")
    assert "empty bracket" in dirty_reasons("a word ( ) here.[1]")
    for clean in (
        "transmissible to humans (accessed 2017).[1]",
        "A sad face :( is no aside.[1]",
        "Call f(x with care.[1]",
        "Its steps:\n```\nmusic_rnn = new mm.MusicRNN(\n```",
    ):
        reasons = dirty_reasons(clean)
        assert "unclosed bracket" not in reasons and "empty bracket" not in reasons, clean
