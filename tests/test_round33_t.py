"""Round 33 lane T: abbreviation tables (a crochet abbreviations page of a Docusaurus site).

- ``| Abbreviation | Description |``: the description is the expansion, an alias even when
  the letters are not its initials (``sc`` single crochet); a header that says nothing
  (``| Measurement | Description |``) needs most rows to spell their descriptions;
- ``X or Y`` titles of such a table name two forms, each an alias, paired with
  ``A or B`` descriptions one to one; a symbol form (``” or in``) is no name and no anchor;
- ``| Stitch | U.S. abbreviation | U.K. abbreviation |`` (no term, no definition column) is
  keyed by its first abbreviation column, every cell a ``Header: value`` line;
- term tables of words (``| Word | Meaning |``) and short tables keep their entries.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing.abbrev_rows import forms, names_abbreviation, row_names, spells
from rag_glossary.parsing.corpus import load_corpus

US = """# Crochet Abbreviations

## U.S. stitch abbreviations

| Abbreviation | Description |
| --- | --- |
| BL or BLO | back loop or back loop only |
| BPdc | back post double crochet |
| ch- | refer to chain or space previously made, e.g., ch-1 space |
| dc | double crochet |
| hdc | half double crochet |
| pat or patt | pattern |
| sc | single crochet |
| sl st | slip stitch |
| sm or sl m | slip marker |
| yo | yarn over |
"""

UK = """
## U.S. and U.K. abbreviations

| Stitch | U.S. abbreviation | U.K. abbreviation |
| --- | --- | --- |
| slip stitch | sl st | ss |
| half double crochet / half treble | hdc | htr |
| yarn over | yo | yoh |
"""

MEASURES = """# Measurements

| Measurement | Description |
| --- | --- |
| ” or in | inch |
| cm | centimeter |
| g | gram |
| oz | ounce |
| yd | yard |
"""


def _parse(tmp_path: Path, text: str) -> dict[str, Entry]:
    (tmp_path / "crochet.md").write_text(text, encoding="utf-8")
    return {e.id.split("#", 1)[1]: e for e in load_corpus(tmp_path).entries}


def test_description_of_an_abbreviation_column_is_an_alias(tmp_path: Path) -> None:
    entries = _parse(tmp_path, US)
    assert entries["sc"].aliases == ("single crochet",)
    assert entries["dc"].aliases == ("double crochet",)
    assert entries["bpdc"].aliases == ("back post double crochet",)  # as before: initials
    assert entries["ch-"].aliases == ()  # a sentence with "e.g.", no expansion
    assert entries["sc"].body == "single crochet"


def test_or_titles_name_each_form(tmp_path: Path) -> None:
    entries = _parse(tmp_path, US)
    blo = entries["bl-or-blo"]
    assert blo.title == "BL or BLO"
    assert blo.aliases == ("BL", "BLO", "back loop", "back loop only")
    assert entries["pat-or-patt"].aliases == ("pat", "patt", "pattern")
    assert entries["sm-or-sl-m"].aliases == ("sm", "sl m", "slip marker")


def test_rows_that_spell_their_descriptions_make_an_abbreviation_table(tmp_path: Path) -> None:
    entries = _parse(tmp_path, MEASURES)
    assert entries["cm"].aliases == ("centimeter",)
    assert entries["oz"].aliases == ()  # "oz" does not spell "ounce"
    inch = entries["in"]  # the inch mark is no anchor ("-or-in" before)
    assert inch.aliases == ("in", "inch")
    assert inch.body == "inch"


def test_table_keyed_by_an_abbreviation_column(tmp_path: Path) -> None:
    entries = _parse(tmp_path, US + UK)
    keyed = [k for k in entries if k.endswith("-1") or k == "sl-st"]
    assert keyed == ["sl-st", "sl-st-1", "hdc-1", "yo-1"]
    hdc = entries["hdc-1"]
    assert hdc.title == "hdc"
    assert hdc.body == (
        "Stitch: half double crochet / half treble; U.S. abbreviation: hdc; U.K. abbreviation: htr"
    )
    assert hdc.aliases == ()
    assert entries["sl-st"].aliases == ("slip stitch",)  # not the U.K. form of another row


def test_word_tables_and_short_tables_are_left_alone(tmp_path: Path) -> None:
    words = """# Climbing

| Word | Meaning |
| --- | --- |
| Cross | Crossing hands across body to reach a hold |
| Crimp | A small edge |
| Jug | A large hold |
"""
    units = """
| Unit | Meaning |
| --- | --- |
| dB | Decibel |
| LU | Loudness Unit |
"""
    entries = _parse(tmp_path, words + units)
    assert len(entries) == 5
    # two rows are too few to say what a table is: LU keeps its initials alias, dB none
    assert [e.aliases for e in entries.values()] == [(), (), (), (), ("Loudness Unit",)]


def test_rules() -> None:
    assert spells("sc", "single crochet") and spells("RetP", "return pass")
    assert not spells("oz", "ounce") and not spells("cm", "cm")
    assert forms("tch or t-ch") == ["tch", "t-ch"]
    assert forms("Fight or flight response") == ["Fight or flight response"]
    assert row_names("ps or puff", "puff stitch") == ["ps", "puff", "puff stitch"]
    assert row_names("sc", "Single crochet. Insert the hook") == []
    assert names_abbreviation("U.S. abbreviation") and names_abbreviation("Acronyms")
    assert not names_abbreviation("Stitch")
