"""Round 53 FD: Request Tracker's POD glossary (helpdesk-glossary) lists right names'
prefixes as entries ("=item Admin": "Create, modify, and delete"). A prefix or suffix word
after a name ("the Admin prefix") asks for that name's entry, as a form word does ("a COG
file"), when the name is an entry's title; a word that only some entry's text has is not
made a name by it. "place" stands for something unnamed, as "way" and "thing" do ("is there
a place to keep ..."): the question describes a thing, judged by the lenient bar, and names
no missing term."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.parsing import load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "helpdesk-glossary"


@pytest.fixture(scope="module")
def coverage() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPUS).entries)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is the See prefix for", "see"),
        ("the modify prefix in a right name", "modify"),
        ("what does the Admin suffix do", "admin"),
    ],
)
def test_a_prefix_named_by_a_title_is_that_entry(
    coverage: CoverageIndex, question: str, entry: str
) -> None:
    found = coverage.check(question)
    assert found.found and found.how == "title"
    assert f"helpdesk-glossary#{entry}" in found.entry_ids


def test_a_prefix_named_by_a_word_of_some_text_is_missing(coverage: CoverageIndex) -> None:
    # "interface" is only a word of Self Service's text: no prefix of that name is listed
    found = coverage.check("what does the interface prefix mean")
    assert not (found.found and found.how == "title")


@pytest.mark.parametrize(
    "question",
    [
        "is there a place to store canned replies that staff reuse",
        "is there a place where customers can open their own tickets",
    ],
)
def test_a_place_to_do_something_describes_a_thing(coverage: CoverageIndex, question: str) -> None:
    found = coverage.check(question)
    assert found.described and found.named_missing is None


_MAN = """.TH STANDARDS 7 2024-05-02 "Linux man-pages"
.SH DESCRIPTION
.TP
.B V7
Version 7 UNIX, released in 1979.
Sources are
.UR https://minnie.tuhs.org\\:/cgi-bin\\:/utree.pl?file=V7
available online
.UE .
.TP
.B POSIX.1-2001
.TQ
.B SUSv3
A revision conducted under the auspices of the Austin Group
.UR http://www.opengroup.org\\:/austin/
.UE .
The standard is available online at
.UR http://www.unix.org\\:/version3/
.UE ,
and also elsewhere.
.TP
.B SVID 4
Mail
.MT someone@example.org
the maintainer
.ME
for a copy.
"""


def test_man_links_keep_their_trailer_and_print_a_bare_address() -> None:
    from rag_glossary.parsing.dialects import parse_document

    _, _, entries = parse_document(_MAN, "std", file="standards.7")
    body = {e.title: e.body for e in entries}
    # the trailer ends the link's text, no space before it
    assert body["V7"] == "Version 7 UNIX, released in 1979. Sources are available online."
    # a link with no text of its own prints its address, then its trailer
    assert body["POSIX.1-2001"] == (
        "A revision conducted under the auspices of the Austin Group "
        "http://www.opengroup.org/austin/. The standard is available online at "
        "http://www.unix.org/version3/, and also elsewhere."
    )
    # a mail link with text prints the text alone; no trailer, no change
    assert body["SVID 4"] == "Mail the maintainer for a copy."
