"""Round 31 lane P: reStructuredText glossaries written without a glossary directive or a
definition list (rst_terms.py), in the shapes of a real wiki glossary page (ArduPilot's
common-glossary.rst): paragraphs opening with a bold term and a colon or a period, a
colon inside the bold span before the expansion, a note directive above the terms,
escaped-space links, a wiki shortcode line at the end; also bold-term list items, field
lists and one term a section. A page that reads as none of these still has no entries.
"""

from __future__ import annotations

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.rst import parse_rst

WIKI_PAGE = """\
.. _common-glossary:

========
Glossary
========

.. note::

   The glossary is not indexed. Scroll down to find the topic.

**AHRS**: Attitude Heading Reference System. Sensors plus the
code that turns their output into the vehicle's orientation.

**GCS**: Ground Control Station. Software on a computer on the ground
that shows telemetry, see \\ `the planner <https://example.org/planner>`__\\ for one.

**ICSP: In Circuit Serial Programmer**. A way to load code to a
microprocessor through a six-pin connector.

**MAVLink**. The micro air vehicle messaging protocol used between
autopilots and ground stations.

**APM (AutoPilot Mega)**: An early flight controller board.

**Inner loop/Outer loop**: The stabilization and navigation functions
of an autopilot.

A second paragraph of the inner loop entry, under its term.

[copywiki destination="copter,plane,rover"]
"""


def _entries(text: str, name: str = "wiki.rst") -> dict[str, Entry]:
    return {e.anchor: e for e in parse_text(text, "wiki", file=name)}


def test_bold_term_paragraphs_are_entries_with_readme_slugs() -> None:
    entries = _entries(WIKI_PAGE)
    assert list(entries) == [
        "ahrs",
        "gcs",
        "icsp",
        "mavlink",
        "apm-autopilot-mega",
        "inner-loopouter-loop",
    ]
    ahrs = entries["ahrs"]
    assert ahrs.title == "AHRS"
    assert ahrs.body.startswith("Attitude Heading Reference System. Sensors plus the code")
    assert "Attitude Heading Reference System" in ahrs.aliases
    assert ahrs.line == 11


def test_period_after_the_bold_term_separates_it() -> None:
    mavlink = _entries(WIKI_PAGE)["mavlink"]
    assert mavlink.title == "MAVLink"
    assert mavlink.body.startswith("The micro air vehicle messaging protocol")


def test_colon_inside_the_bold_span_gives_term_and_expansion() -> None:
    icsp = _entries(WIKI_PAGE)["icsp"]
    assert icsp.title == "ICSP"
    assert "In Circuit Serial Programmer" in icsp.aliases
    assert icsp.body.startswith("A way to load code to a microprocessor")


def test_parenthesised_expansion_and_links_read_as_text() -> None:
    entries = _entries(WIKI_PAGE)
    assert {"APM", "AutoPilot Mega"} <= set(entries["apm-autopilot-mega"].aliases)
    gcs = entries["gcs"].body
    assert "see the planner for one." in gcs
    assert "https://" not in gcs and "\\" not in gcs


def test_following_paragraphs_join_the_term_and_note_and_shortcode_do_not() -> None:
    entries = _entries(WIKI_PAGE)
    loops = entries["inner-loopouter-loop"].body
    assert loops.endswith("A second paragraph of the inner loop entry, under its term.")
    assert "copywiki" not in loops
    assert all("not indexed" not in e.body for e in entries.values())


def test_bold_term_list_items() -> None:
    text = """\
Terms
=====

- **Yaw**: rotation about the vertical axis.
- **Pitch**: rotation about the lateral axis.
- **Roll**: rotation about the longitudinal axis.
"""
    entries = _entries(text)
    assert list(entries) == ["yaw", "pitch", "roll"]
    assert entries["pitch"].body == "rotation about the lateral axis."


def test_field_list_terms() -> None:
    text = """\
Glossary
========

Intro text.

:Geofence: A virtual boundary the vehicle must stay inside.
:Failsafe: What the vehicle does when it loses its radio link.
:Waypoint: A position the vehicle flies to in a mission.
"""
    entries = _entries(text)
    assert list(entries) == ["geofence", "failsafe", "waypoint"]
    assert entries["failsafe"].body == "What the vehicle does when it loses its radio link."


def test_one_term_a_section() -> None:
    text = """\
Glossary
========

Airspeed
--------

The speed of the aircraft relative to the air.

Groundspeed
-----------

The speed of the aircraft over the ground.

Heading
-------

The direction the nose points.
"""
    entries = _entries(text)
    assert list(entries) == ["airspeed", "groundspeed", "heading"]
    assert entries["heading"].body == "The direction the nose points."
    assert entries["groundspeed"].line == 9


def test_prose_with_a_few_bold_openers_is_no_glossary() -> None:
    text = """\
A page of prose. It explains a setup step by step, in several paragraphs.

**Important**: check the wiring first.

Then connect the board and open the planner, which finds it on its own.

Calibrate the compass and the accelerometers before the first flight.

**Note**: the battery must be charged.

Arm the vehicle and take off in a stabilized mode.
"""
    parsed = parse_rst(text, "steps.rst", None)
    assert parsed.sections == []
    assert parsed.problem


def test_glossary_directive_pages_keep_their_reading() -> None:
    text = """\
.. glossary::

   Yaw
      Rotation about the vertical axis.

**Pitch**: rotation about the lateral axis.

**Roll**: rotation about the longitudinal axis.

**Heave**: motion along the vertical axis.
"""
    assert list(_entries(text)) == ["yaw"]


def test_escaped_space_glued_to_a_link_reads_as_a_space_but_a_suffix_stays() -> None:
    text = """\
**Rule**: set to establish\\ `fair rules <https://example.org/r>`__\\ for the field.

**Boxes**: several `box <https://example.org/b>`__\\ es of parts.

**Stick**: the control stick of the transmitter.
"""
    entries = _entries(text)
    assert entries["rule"].body == "set to establish fair rules for the field."
    assert entries["boxes"].body == "several boxes of parts."


def test_parser_version_bumped() -> None:
    from rag_glossary.parsing import PARSER_VERSION

    assert PARSER_VERSION >= 57


def test_markdown_bold_terms_read_the_same_oddities() -> None:
    text = """\
# Glossary

**AHRS**: Attitude Heading Reference System. Sensors plus code.

**ICSP: In Circuit Serial Programmer**. A way to load code to a microprocessor.

**MAVLink**. The micro air vehicle messaging protocol.

**OSD**: On-screen display. Telemetry drawn over the video.

**PDB**: Power Distribution Board. A board that feeds the speed controllers.
"""
    entries = _entries(text, "wiki.md")
    assert list(entries) == ["ahrs", "icsp", "mavlink", "osd", "pdb"]
    assert "In Circuit Serial Programmer" in entries["icsp"].aliases
    assert entries["icsp"].body == "A way to load code to a microprocessor."
    assert entries["mavlink"].body == "The micro air vehicle messaging protocol."
