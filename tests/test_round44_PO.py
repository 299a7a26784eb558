"""Round 44 lane PO: a mostly translated gettext glossary is read in its translation.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 44, lane PO" and
"Round 39, lane P1").
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _entries(path: Path) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(path)}


@pytest.fixture(scope="module")
def turkish() -> dict[str, Entry]:
    return _entries(FORMATS / "pydoc-glossary-tr.po")


def test_translated_catalogue_keeps_the_source_reading_s_anchors(
    turkish: dict[str, Entry], tmp_path: Path
) -> None:
    source = polib.pofile(str(FORMATS / "pydoc-glossary-tr.po"))
    for message in source:
        message.msgstr = ""  # the same catalogue untranslated: read in its source text
    source.save(str(tmp_path / "glossary.po"))
    english = _entries(tmp_path / "glossary.po")
    assert list(turkish) == list(english)  # same entries, same order, same ids
    assert english["iterator"].title == "iterator"
    assert turkish["iterator"].title == "yineleyici"
    # the source term and the source's own names stay names of the translated entry
    for anchor, entry in english.items():
        names = {entry.title, *entry.aliases} - {turkish[anchor].title}
        assert names <= set(turkish[anchor].aliases), anchor


def test_translated_catalogue_reads_titles_and_bodies_in_the_translation(
    turkish: dict[str, Entry],
) -> None:
    lock = turkish["global-interpreter-lock"]
    assert lock.title == "genel tercüman kilidi"
    assert lock.aliases[:2] == ("global interpreter lock", "GIL")  # GIL: "See ..." in English
    assert turkish["statement"].title == "ifade (değer döndürmez)"
    assert turkish["entry"].body.startswith("Etkileşimli kabuğun varsayılan Python istemi.")
    assert turkish["idle"].aliases == ("IDLE", "Integrated Development and Learning Environment")
    assert turkish["gil"].body == "Bakınız global interpreter lock."
    bodies = " ".join(e.body for e in turkish.values())
    assert ":term:" not in bodies and "``" not in bodies


def test_untranslated_and_fuzzy_messages_fall_back_to_the_source_text(
    turkish: dict[str, Entry],
) -> None:
    # msgstr "": the term and its definition read in English
    checker = turkish["static-type-checker"]
    assert checker.title == "static type checker" and checker.aliases == ()
    assert checker.body.startswith("An external tool that reads Python code")
    # a fuzzy definition is the English one; the term's translation is read
    assert turkish["iterator"].body.startswith("An object representing a stream of data.")
    assert turkish["dictionary"].body.startswith("An associative array, where arbitrary keys")
    assert turkish["dictionary"].title == "sözlük"


def test_french_translation_is_read_in_french() -> None:
    french = _entries(FORMATS / "python-glossary-fr.po")
    assert len(french) == 137
    base = french["abstract-base-class"]
    assert (base.title, base.aliases) == ("classe mère abstraite", ("abstract base class",))
    assert base.body.startswith("Les classes mères abstraites (ABC,")
    assert french["lbyl"].aliases == ("Look before you leap",)


def test_mostly_untranslated_catalogue_reads_its_source_text() -> None:
    gimp = _entries(FORMATS / "gimp-glossary.po")  # 21 of 281 messages translated
    assert gimp["alpha"].title == "Alpha"
    assert "알파" not in " ".join(
        f"{e.title} {e.body} {' '.join(e.aliases)}" for e in gimp.values()
    )
