"""Round 30 post-fix PC (cnc-glossary's graded answers, real entries of the eval corpora):

- a trailing unit in brackets is no part of a bold term ("Spindle speed [RPM]", "Step over
  [%]": ids ``#spindle-speed``, ``#step-over``, no trailing hyphen);
- a slash-joined title of short names is a term however many words it has in all (the lost
  "Step down / LOC length of cut / ..." entry), and its sides are names the coverage lookup
  finds it by, but for sides that may borrow a word of a longer side ("Lead-in / lead-out
  feed rate") and sides that are another entry's title ("End mill");
- a WordPress shortcode ("[su_divider]") is dropped from the text;
- a key term said with another -ing/-ed ending is in the text ("overlap": "overlapping",
  cnc-018);
- a two-part "why would i use it" keeps the entry's sentence of what it gains, and a
  title's parenthesised list of kinds names no second entry (cnc-022).
"""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus, outside_coverage

from rag_glossary.answer.names import clean_title
from rag_glossary.coverage.entry_tables import side_names
from rag_glossary.parsing.inline import clean_inline
from rag_glossary.parsing.md_leads import bold_lead
from rag_glossary.terms import TermMatcher
from rag_glossary.title_parts import name_words, slash_names, without_unit

CNC = "cnc-glossary#"


def test_a_unit_in_brackets_is_no_part_of_the_term() -> None:
    assert without_unit("Spindle speed [RPM]") == "Spindle speed"
    assert without_unit("Cutting feed rate [mm/min, in/min]") == "Cutting feed rate"
    assert without_unit("Step over [%]") == "Step over"
    # a word in brackets is a note or a link's text, not a unit
    assert without_unit("Term [deprecated]") == "Term [deprecated]"
    assert without_unit("[RPM]") == "[RPM]"
    entries, _ = outside_corpus("cnc-glossary")
    assert entries[f"{CNC}spindle-speed"].title == "Spindle speed"
    assert entries[f"{CNC}step-over"].title == "Step over"
    assert entries[f"{CNC}retract-height"].title == "Retract height"
    assert not any(key.endswith("-") for key in entries)


def test_a_slash_joined_title_of_short_names_is_a_term() -> None:
    line = (
        "**Step down / LOC length of cut / DOC depth of cut / DPP depth per pass [mm, in]** - "
        "The thickness of the cutting in the Z-direction."
    )
    lead = bold_lead(line)
    assert lead is not None
    assert lead[0] == "Step down / LOC length of cut / DOC depth of cut / DPP depth per pass"
    assert name_words(lead[0]) == 4
    # a long bold sentence with no slash is still no term
    assert bold_lead(f"**{' '.join(['word'] * 13)}** - text") is None
    entries, _ = outside_corpus("cnc-glossary")
    spindle = entries[f"{CNC}spindle-speed"].body
    assert spindle.endswith("between 10,000 and 30,000 RPM.")
    step_down = entries[f"{CNC}step-down--loc-length-of-cut--doc-depth-of-cut--dpp-depth-per-pass"]
    assert step_down.body == "The thickness of the cutting in the Z-direction."
    names = outside_coverage("cnc-glossary")
    for name in ("Step down", "DOC", "depth of cut", "LOC", "length of cut"):
        assert names.names(name), name
    # the answer's label is the title, as long as its longest name
    assert clean_title(step_down.title) == step_down.title


def test_the_sides_of_a_slash_title_are_names_to_look_it_up_by() -> None:
    assert slash_names("Limit switch / Endstop / Homing switch") == [
        "Limit switch",
        "Endstop",
        "Homing switch",
    ]
    assert slash_names("Tier III / Tier IV") == ["Tier III", "Tier IV"]
    # single words before a longer last side may borrow its tail, after a longer first its head
    assert slash_names("Lead-in / lead-out feed rate") == ["lead-out feed rate"]
    assert slash_names("Power flag / symbol") == ["Power flag"]
    # parentheses after the last side may gloss every side; prose is no list of names
    assert slash_names("Lighting Designer / Operator (LX)") == []
    assert slash_names("Common types of problems you might be working with / Machine…") == []
    entries, _ = outside_corpus("cnc-glossary")
    limit = entries[f"{CNC}limit-switch--endstop--homing-switch"]
    assert limit.title == "Limit switch / Endstop / Homing switch"  # the id stays
    assert limit.aliases == ()  # the embedded header and BM25 head stay as the title says
    found = outside_coverage("cnc-glossary").check("what is an endstop", [limit.id])
    assert found.found and found.how == "title" and found.entry_ids == (limit.id,)
    # "End mill" is a term of its own: no name of "Cutting tool / End mill / Bit"
    mill = outside_coverage("cnc-glossary").check("what is an end mill", [f"{CNC}end-mill"])
    assert mill.entry_ids == (f"{CNC}end-mill",)
    assert side_names("Cutting tool / End mill / Bit", {("end", "mill")}) == ["Cutting tool", "Bit"]
    # the term signal names it by a side too (as it did when coverage found "endstop" in text)
    matcher = TermMatcher(list(entries.values()))
    order = list(entries)
    named = {order[i]: score for i, score in matcher.scores("what is an endstop").items()}
    assert named.get(limit.id) == 1.0
    mill_named = {order[i] for i, v in matcher.scores("what is an end mill").items() if v == 1.0}
    assert mill_named == {f"{CNC}end-mill"}


def test_a_wordpress_shortcode_is_dropped() -> None:
    assert clean_inline("[su_divider]")[0] == ""
    assert clean_inline("text [/caption] more")[0] == "text  more"
    # a bare bracketed word inside prose is a link's text
    assert clean_inline("set [batch_size] first")[0] == "set batch_size first"
    entries, _ = outside_corpus("cnc-glossary")
    potentiometer = entries[f"{CNC}potentiometer"].body
    assert potentiometer.endswith("sets the current going into the motor.")


def test_a_key_term_said_with_another_ending_is_in_the_text() -> None:
    top = [f"{CNC}step-over", f"{CNC}toolpath", f"{CNC}visualizer"]
    found = outside_coverage("cnc-glossary").check(
        "how is the overlap between two neighbouring toolpaths expressed", top
    )
    assert found.key_term == "overlap"
    assert found.found and found.entry_ids == (f"{CNC}step-over",)


def test_why_use_it_keeps_the_gain_and_no_listed_kind_names_a_second_entry() -> None:
    text, cited = outside_answer(
        "cnc-glossary",
        "what is ramping and why would i use it instead of plunging straight down",
        f"{CNC}ramping",
        f"{CNC}ramp-feed-rate",
        f"{CNC}tip--flute-shape-upcut-downcut-compression-straight-corncob",
    )
    assert cited == (f"{CNC}ramping",)
    assert "gradually enter the material at a slope" in text
    assert "This can extend the life of the cutting bit." in text
