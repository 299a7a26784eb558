"""Round 56 lane WC: a comparison side whose opening is a short definition takes the
sentence that goes on from it, up to a lone answer's length (real entries of
eval/corpora/ihr-glossary; real BM25 idf, no model: the hits are the measured run's first
five).

Event-based surveillance opens with "The organized and rapid capture of information about
events that are a potential risk to public health." (17 words); what tells it from
indicator-based surveillance ("rumours and other ad hoc reports") is in the next sentence,
"This information can be ...", 49 words: past SIDE_WORDS (60) with the opening, within
MAX_ANSWER_WORDS (70). An opening of SHORT_DEFINITION words or more, or a next sentence that
does not refer back to it, keeps the side's SIDE_WORDS.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from answer_helpers import outside_answer

from rag_glossary.answer.growth import MAX_ANSWER_WORDS
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.shapes import SIDE_WORDS, _room
from rag_glossary.parsing.dialects import parse_file

IHR = Path(__file__).parent.parent / "eval" / "corpora" / "ihr-glossary"
IHR_ID = "ihr-glossary#"


def _units(anchor: str) -> list[Unit]:
    entries = {e.anchor: e for e in parse_file(IHR / "ihr-glossary.html.haml")}
    return [u for u in entry_units(entries[anchor]) if u.kind == "sentence"]


def test_a_short_opening_takes_the_sentence_that_goes_on_from_it() -> None:
    text, cited = outside_answer(
        "ihr-glossary",
        "difference between event based and indicator based surveillance",
        *(
            IHR_ID + n
            for n in (
                "event-based-surveillance",
                "indicator-based-surveillance",
                "feedback",
                "case-definition",
                "surveillance",
            )
        ),
    )
    assert "This information can be rumours and other ad hoc reports" in text
    assert "reporting done on a weekly or monthly basis" in text  # the other side as before
    assert cited == (IHR_ID + "event-based-surveillance", IHR_ID + "indicator-based-surveillance")


def test_the_room_is_a_lone_answers_only_for_a_short_opening_continued() -> None:
    opening, going_on = _units("event-based-surveillance")[:2]
    assert _room(opening, going_on) == MAX_ANSWER_WORDS
    # an opening of 20 words or more already says enough ("Laboratory biosafety describes
    # the containment principles, ..." 26 words)
    long_opening = replace(_units("biosafety")[0], position=0, block=0)
    assert _room(long_opening, going_on) == SIDE_WORDS
    # a next sentence that stands alone (no "This ...") is no continuation
    alone = replace(going_on, text=_units("feedback")[0].text)
    assert _room(opening, alone) == SIDE_WORDS
    # nor one from another paragraph
    assert _room(opening, replace(going_on, block=opening.block + 1)) == SIDE_WORDS
