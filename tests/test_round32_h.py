"""Round 32 lane H: a Markdown page whose glossary is one raw HTML ``<table>``.

A Jekyll post ("Some Radio Related Terms") keeps its glossary as an HTML table: a
``Term | Explanation`` header, then one ``<tr><td>term</td><td>definition</td></tr>`` a
term, with commented-out rows, entities, ``<br>``, links, rows without a definition,
``See X`` rows and a row split over two lines. The Markdown dialects read it as
paragraphs, several rows to an entry. A two-column term table is now read one entry per
row (md_html_tables.py), in a Markdown page and in an HTML page without ``<dl>`` or
heading terms. The rows below are the page's own.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text

_FRONT = "---\ntitle: Some Radio Related Terms\nlayout: article\n---\n\n\n"
_RADIO = (
    "<table>\n"
    "<thead>\n"
    "    <tr>\n"
    '        <th scope="col">Term</th>\n'
    '        <th scope="col">Explanation</th>\n'
    "    </tr>\n"
    "</thead>\n"
    "<tbody>\n"
    "    <tr><td>73</td><td>Best regards (not 73s = best regardss)<br> More info on"
    ' the expression 73: <a href="http://www.qsl.net/ae0q/73.htm">History of 73</a>'
    ' &nbsp; <a href="http://www.delta-alfa.com/73-mate/">&ldquo;73'
    " mate&rdquo;</a></td></tr>\n"
    "    <tr><td>Antenna tuner, ATU</td><td></td></tr>\n"
    "    <tr><td>Auroral E</td><td></td></tr>\n"
    "    <!--\n"
    "    <tr><td>Award</td><td></td></tr>\n"
    " -->\n"
    "    <tr><td>&ldquo;Bambi&rdquo;</td><td>Some 11m operators call the one element"
    " Quad (Quad-loop) a &ldquo;Bambi&rdquo; antenna.</td></tr>\n"
    '    <tr><td>Clarifier</td><td>See <a href="#rit">RIT</a></td></tr>\n'
    '    <tr><td>Coax</td><td>See <a href="#coaxc">Coaxial cable</a> below</td></tr>\n'
    '    <tr><td id="coaxc">Coaxial cable</td><td>See <a'
    ' href="https://en.wikipedia.org/wiki/Coaxial_cable">https://en.wikipedia.org/wik'
    "i/Coaxial_cable</a></td></tr>\n"
    '        <tr><td>Delta loop</td><td>Triangle shaped <a href="#loop">loop'
    " antenna</a></td></tr>\n"
    "    <tr><td>Director</td><td>In an antenna: a parasitic element that focuses"
    " the radiated signal to the forward direction &hellip; &ndash; In a DX"
    " group&hellip;</td></tr>\n"
    '    <tr><td id="loop">Loop</td><td>Loop is a closed antenna type, that can be'
    " for example a circle, quad or delta in shape and usually it is one wavelength"
    " long.</td></tr>\n"
    '    <tr><td><a href="filling-qsl-cards.php" title="Filling QSL Cards">QSL'
    " card</a></td><td>A card confirming a radio contact</td></tr>\n"
    '    <tr><td id="rit">RIT</td><td>Receiver Incremental Tuning &ndash; A way to'
    " offset your receive frequency incrementally from the transmit"
    " frequency.</td></tr>\n"
    "    <tr><td>Simplex</td><td>Simplex communication is a communication channel"
    " that sends information in one direction at a time only. All traffic in 11"
    " meters is in simplex.<br>\n"
    "    Sometimes the term simplex is used in cluster DX spots to indicate that the"
    " DX is not working in Split mode.</td></tr><tr>\n"
    "    <td>Sked</td><td>Pre-arranged QSO at some date/time</td></tr>\n"
    " <tr><td>Sunspot</td><td>Sunspots are dark spots on the surface of the sun."
    " They are darker than the surrounding sun surface because their temperature is"
    " around 1500 &deg;C<!-- &#8451; --> lower.</td></tr>\n"
    "</tbody>\n"
    "</table>\n"
)


def _entries(text: str, name: str = "radio-glossary.md") -> dict[str, Entry]:
    return {e.title: e for e in parse_text(text, "radio", file=name)}


def test_each_row_of_a_raw_html_term_table_is_one_entry() -> None:
    entries = _entries(_FRONT + _RADIO)
    assert list(entries) == [
        "73",
        "Antenna tuner, ATU",  # a title naming two is left whole here
        "Auroral E",
        "Bambi",
        "Clarifier",
        "Coax",
        "Coaxial cable",
        "Delta loop",
        "Director",
        "Loop",
        "QSL card",
        "RIT",
        "Simplex",
        "Sked",
        "Sunspot",
    ]
    assert "Term" not in entries and "Award" not in entries  # header and commented-out row


def test_cells_are_read_as_html_entities_decoded_links_their_text() -> None:
    entries = _entries(_FRONT + _RADIO)
    assert entries["73"].body.startswith("Best regards (not 73s = best regardss)\nMore info")
    assert "History of 73" in entries["73"].body and "href" not in entries["73"].body
    assert entries["Director"].body.endswith("forward direction … – In a DX group…")
    assert "1500 °C lower." in entries["Sunspot"].body  # a comment inside a cell goes
    assert entries["QSL card"].anchor == "qsl-card"
    assert entries["Bambi"].anchor == "bambi"
    assert "&" not in "".join(e.body for e in entries.values())


def test_ids_are_slugs_of_titles_and_lines_are_the_files_own() -> None:
    text = _FRONT + _RADIO
    entries = _entries(text)
    assert entries["Coaxial cable"].id == "radio#coaxial-cable"  # not its cell's id="coaxc"
    lines = text.split("\n")
    for title in ("73", "RIT", "Sunspot"):
        assert f"<td>{title}</td>" in lines[entries[title].line - 1].replace(' id="rit"', "")
    # the row split over two lines: its term's own line
    assert lines[entries["Sked"].line - 1].strip().startswith("<td>Sked</td>")


def test_rows_without_a_definition_are_stubs_and_see_rows_point_on(tmp_path: Path) -> None:
    entries = _entries(_FRONT + _RADIO)
    assert entries["Auroral E"].body == ""
    assert entries["Clarifier"].see_also == ("RIT",)
    (tmp_path / "radio-glossary.md").write_text(_FRONT + _RADIO, encoding="utf-8")
    loaded = {e.title: e for e in load_corpus(tmp_path).entries}
    assert "Clarifier" in loaded["RIT"].aliases  # "See RIT": another name of RIT
    # a link to a row names that row's term, whatever the link says
    assert entries["Coax"].see_also == ("Coaxial cable",)
    assert entries["Delta loop"].see_also == ("Loop",)


def test_a_table_that_is_no_term_table_stays_text() -> None:
    data = (
        "# Prices\n\nSome text.\n\n<table>\n<tr><th>Year</th><th>Price</th></tr>\n"
        "<tr><td>2019</td><td>12</td></tr>\n<tr><td>2020</td><td>14</td></tr>\n"
        "<tr><td>2021</td><td>15</td></tr>\n</table>\n"
    )
    assert list(_entries(data, "prices.md")) == ["Prices"]
    image = (
        "# Doc\n\n### Triangulation\nText.\n\n<table><tr><td>\n  <img src='t.png'/>\n"
        "  </td></tr>\n  <tr><td>Triangulation</td></tr>\n</table>\n\n### Other\nMore text.\n"
    )
    assert "Triangulation" in _entries(image, "doc.md")


def test_a_headerless_table_of_names_beside_text_is_read_too() -> None:
    text = (
        "# Terms\n\n<table>\n"
        "<tr><td>QSB</td><td>Fading of a signal</td></tr>\n"
        "<tr><td>QSY</td><td>Change of frequency (e.g. QSY to 27.625)</td></tr>\n"
        "<tr><td>Sked</td><td>Pre-arranged QSO at some date/time</td></tr>\n</table>\n"
    )
    entries = _entries(text, "terms.md")
    assert entries["QSY"].body == "Change of frequency (e.g. QSY to 27.625)"
    assert "Sked" in entries


def test_an_html_page_whose_glossary_is_a_term_table() -> None:
    page = f"<html><head><title>Radio</title></head><body>\n{_RADIO}</body></html>\n"
    entries = _entries(page, "radio.html")
    assert entries["RIT"].body.startswith("Receiver Incremental Tuning – A way")
    assert entries["Clarifier"].see_also == ("RIT",)
    assert len(entries) == 15


def test_a_headed_table_of_more_columns_keeps_them_as_fields() -> None:
    text = (
        "# Q codes\n\n<table>\n<tr><th>Term</th><th>Definition</th><th>Example</th></tr>\n"
        "<tr><td>QSY</td><td>Change of frequency</td><td>QSY to 27.625</td></tr>\n"
        "<tr><td>QRT</td><td>Away from radio, not transmitting</td><td></td></tr>\n"
        "<tr><td>QSB</td><td>Fading</td><td>QSB on the signal</td></tr>\n</table>\n"
    )
    entries = _entries(text, "q.md")
    assert entries["QSY"].body.startswith("Change of frequency")
    assert entries["QSY"].fields == ("Example: QSY to 27.625",)
    assert entries["QRT"].fields == ()


def test_a_table_in_a_code_fence_is_code() -> None:
    rows = "".join(f"<tr><td>T{i}</td><td>Text of term {i}</td></tr>\n" for i in range(4))
    text = f"# Doc\n\nSome text.\n\n```html\n<table>\n{rows}</table>\n```\n"
    assert list(_entries(text, "doc.md")) == ["Doc"]
