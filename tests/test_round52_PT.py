"""Round 52, lane PT: Texinfo ``@table`` glossaries (texinfo.py, texinfo_names.py,
texinfo_text.py): the index entries at an item's head and a title's brackets as second
names, ``@itemx``, footnotes, nested tables, a title's closing stop.

The real file is eval/corpora/cdrom-glossary/cdrom-glossary.texi (libcdio's manual
glossary, round 52's Texinfo set); the small fixtures are written in its shape and in
GNU Emacs's (``@itemx``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_document
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.texinfo_names import index_names
from rag_glossary.parsing.texinfo_text import render_body

_CDROM = Path("eval/corpora/cdrom-glossary")


@pytest.fixture(scope="module")
def cdrom() -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(_CDROM).entries}


def _entries(text: str) -> dict[str, Entry]:
    _, _, entries = parse_document(text, "t", file="glossary.texi")
    return {e.anchor: e for e in entries}


# --- the real file --------------------------------------------------------------------------


def test_fifty_entries_keyed_by_the_item_text(cdrom: dict[str, Entry]) -> None:
    source = (_CDROM / "cdrom-glossary.texi").read_text(encoding="utf-8")
    depth, items = 0, []
    for line in source.splitlines():  # the outer table's @item lines, as written
        depth += line.startswith("@table") - line.startswith("@end table")
        if depth == 1 and line.startswith("@item "):
            items.append(re.sub(r"@anchor\{[^}]*\}", "", line[len("@item ") :]))
    assert len(items) == len(cdrom) == 50
    assert list(cdrom) == [slugify(t) for t in items]  # ids unchanged: slug of the @item text


@pytest.mark.parametrize(
    ("anchor", "alias"),
    [
        ("svcd", "Super VCD"),  # @cindex Super VCD (SVCD)
        ("vcd", "Video CD"),  # @cindex Video CD (VCD)
        ("toc", "CD Table of Contents"),  # @cindex TOC (CD Table of Contents)
        ("mmc", "Multimedia Commands"),  # @cindex MMC (Multimedia Commands)
        ("nero-nrg-format-file", "Nero NRG"),  # @cindex Nero NRG, CD-Image format
        ("blu-ray-disc-bd", "BD"),  # @item Blu-ray Disc (BD)
        ("win32-aspi", "ASPI"),  # the pointer entry ASPI: "See Win32 ASPI"
        ("fsf", "Free Software Foundation"),  # an acronym title's expansion, as every reader
        ("lba", "Logical Block Addressing"),
        ("scsi", "Small Computer System Interface"),
    ],
)
def test_second_names_from_index_entries_and_titles(
    cdrom: dict[str, Entry], anchor: str, alias: str
) -> None:
    assert alias in cdrom[anchor].aliases


def test_a_name_that_is_another_entrys_title_stays_its(cdrom: dict[str, Entry]) -> None:
    # "ECMA-167 (UDF)" beside "UDF", "ECMA-119 (ISO-9660)" beside "ISO 9660"
    assert "UDF" not in cdrom["ecma-167-udf"].aliases
    assert "ISO-9660" not in cdrom["ecma-119-iso-9660"].aliases
    # an index entry that is the title over again gives nothing
    assert cdrom["lead-in"].aliases == () and cdrom["cd-text"].aliases == ()


def test_the_footnote_is_a_paragraph_after_the_one_it_notes(cdrom: dict[str, Entry]) -> None:
    paragraphs = cdrom["vcd"].body.split("\n\n")
    assert paragraphs[-3].endswith("yield a ~14% greater user data area consisting of 2324 bytes")
    assert paragraphs[-2] == (
        "actually raw mode 2 sectors have a 2336 byte user data area, but parts of it are used "
        "for error codes and headers when using the mode 2 form 1 or form 2 configurations."
    )
    assert paragraphs[-1] == "https://www.videohelp.com/glossary?V#VCD"


def test_title_stop_goes_and_the_id_stays(cdrom: dict[str, Entry]) -> None:
    entry = cdrom["scsi-pass-through-interface"]
    assert entry.title == "SCSI Pass Through Interface"
    assert entry.see_also == ("MMC", "ASPI")


def test_markup_reads_as_texinfo_prints_it(cdrom: dict[str, Entry]) -> None:
    assert cdrom["svcd"].body.startswith("Super VCD\n\nAn improvement of Video CD 2.0")
    assert 'described in the "Red Book" or IEC 60908' in cdrom["cd-da"].body
    assert cdrom["gnu"].body == "GNU is not UNIX, http://www.gnu.org/"
    assert cdrom["xa"].body == "See CD XA." and cdrom["xa"].see_also == ("CD XA",)
    assert "See also MMC and see ASPI." in cdrom["scsi-pass-through-interface"].body
    assert 'MMC-6 refers to "Multi-Media Commands - 6.' in cdrom["mmc"].body
    for entry in cdrom.values():
        assert "@" not in entry.body and "@" not in entry.title
        assert "``" not in entry.body and "''" not in entry.body


def test_nested_tables_read_as_list_lines(cdrom: dict[str, Entry]) -> None:
    lines = cdrom["media-models-and-profiles"].body.split("\n")
    for line in (
        "- Non-writable media: CD-ROM, DVD-ROM, BD-ROM.",
        "- CD-RW 0x0a (unformatted)",
        "- BD-R 0x41 (single or double layer, formatted or not)",
        '- "Blank" is not readable but writeable from scratch',
    ):
        assert line in lines
    assert "They can assume three states:" in lines
    lead_in = cdrom["lead-in"].body.split("\n")
    assert "- Mitsubishi Chemical (Verbatim): 97:34:21 to 97:34:25" in lead_in


# --- fixtures in the format's shapes ---------------------------------------------------------

_ITEMX = """@node Glossary
@appendix Glossary

@table @asis
@item GNU Privacy Guard
@itemx GnuPG
@cindex GPG (GNU Privacy Guard)
@cindex encryption, free software
A free implementation of the OpenPGP standard.
@cindex keyring
The keys it knows sit in a keyring.

@item Keyring
@findex gpg --list-keys
@ignore
@cindex wallet
@end ignore
A file holding public or secret keys.

@item Options
Two spellings of one option:
@table @code
@item --armor
@itemx -a
Write ASCII armored output.
@item --verbose
Say more.
@end table
@end table
"""


def test_itemx_and_head_index_entries_are_names() -> None:
    got = _entries(_ITEMX)
    assert list(got) == ["gnu-privacy-guard", "keyring", "options"]
    gpg = got["gnu-privacy-guard"]
    assert gpg.aliases[:2] == ("GnuPG", "GPG")
    # "topic, aspect" whose topic the title does not hold, and an index entry inside the
    # definition, name no term
    assert not {"encryption", "keyring"} & {a.casefold() for a in gpg.aliases}
    assert gpg.body == (
        "A free implementation of the OpenPGP standard. The keys it knows sit in a keyring."
    )
    # a @findex at the head names the term too; an entry inside @ignore is no text
    assert got["keyring"].aliases == ("gpg --list-keys",)


def test_nested_itemx_shares_its_items_line() -> None:
    body = _entries(_ITEMX)["options"].body
    assert body.split("\n") == [
        "Two spellings of one option:",
        "- --armor, -a: Write ASCII armored output.",
        "- --verbose: Say more.",
    ]


def test_index_names_rules() -> None:
    assert index_names(["Super VCD (SVCD)"], "SVCD") == ["Super VCD"]
    assert index_names(["TOC (CD Table of Contents)"], "TOC") == ["CD Table of Contents"]
    assert index_names(["Video CD (VCD)"], "VCD player") == ["Video CD", "VCD"]
    assert index_names(["Nero NRG, CD-Image format"], "Nero NRG format file") == ["Nero NRG"]
    assert index_names(["files, deleting"], "rm") == []
    assert index_names(["ECMA-119"], "ECMA-119 (ISO-9660)") == []  # the title's head
    assert index_names(["lead in"], "Lead in") == []
    assert index_names(["@code{c.f.}"], "cf.", ["c.f."]) == []  # an @itemx name already


def test_footnotes_over_lines_and_paragraphs_and_in_lists() -> None:
    body = render_body(
        [
            "A sector holds 2324 bytes@footnote{raw sectors hold",
            "2336 @code{bytes}.",
            "",
            "A second paragraph of the note.}.",
            "",
            "@itemize",
            "@item first@footnote{a note on an item}",
            "@item second",
            "@end itemize",
            "The end.",
        ],
        {},
    )
    assert body.split("\n\n") == [
        "A sector holds 2324 bytes.",
        "raw sectors hold 2336 bytes.",
        "A second paragraph of the note.",
        "- first\n- second",
        "a note on an item",
        "The end.",
    ]


def test_title_stops() -> None:
    got = _entries(
        "@table @asis\n@item Pass Through Interface.\nA way.\n@item cf.\nCompare.\n"
        "@item Smith et al.\nA book.\n@item Ph.D.\nA degree.\n@end table\n"
    )
    assert [e.title for e in got.values()] == [
        "Pass Through Interface",
        "cf.",
        "Smith et al.",
        "Ph.D.",
    ]
    assert list(got) == ["pass-through-interface", "cf", "smith-et-al", "phd"]


def test_code_prints_as_typed_in_text_and_in_a_code_tables_items() -> None:
    got = _entries(
        "@table @option\n@item --armor\n@itemx -a\n@vindex armor-mode\n"
        "Write ASCII armored output, as @code{gpg --armor} does (``ASCII armor'').\n"
        "@end table\n"
    )
    (armor,) = got.values()
    assert armor.title == "--armor"
    assert armor.aliases[:2] == ("-a", "armor-mode")
    assert armor.body == 'Write ASCII armored output, as gpg --armor does ("ASCII armor").'
    # a reference may name the item as written; it prints the title as it is
    short = _entries(
        "@table @code\n@item --armor\nArmor.\n@item -a\nSee @ref{--armor}.\n@end table\n"
    )["-a"]
    assert (short.body, short.see_also) == ("See --armor.", ("--armor",))
