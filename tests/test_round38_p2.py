"""Round 38 lane P2 (parser): a Python module of glossary strings and a French Markdown page
of term tables, both from round 38's blind sets, and one more real Python glossary, under
tests/fixtures/formats/ (SOURCES.md says where from).

- ``.py`` files are read with ``ast`` (never imported or run): module-level strings that open
  with a bold title are entries (title from the bold text, the rest the body), a dict literal
  of term -> prose is read as a JSON mapping is; any other module gives no entries;
- a two-column term table's second column is the body whatever its header says
  (``| Format | Contenance |``);
- a page's ``**Version:** 2.0`` record lines are no terms inside a block quote either;
- an abbreviation row's expansion ends at `` = `` or `` - `` (``Tonne = 1000 kg``: Tonne);
- an acronym's expansion is read in any script (``Délai Avant Récolte``) and its title-cased
  words may skip short lower-case function words (``Bon de Livraison``: BL).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from format_fixtures import by_title, fixture_entries

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.errors import CorpusError
from rag_glossary.parsing import load_corpus

SOFTBALL_IDS = [
    "singles",
    "doubles",
    "triples",
    "at-bats",
    "batting-average",
    "batting-average-on-balls-in-play",
    "batting-run-value",
    "bases-on-balls--walks",
    "base-on-balls--walk-percentage",
    "defensive-run-value",
    "games-played",
    "hits",
    "double-plays-hit-into",
    "triple-plays-hit-into",
    "home-runs",
    "isolated-power",
    "strikeout-percentage",
    "on-base-percentage",
    "on-base-plus-slugging",
    "adjusted-ops",
    "plate-appearances",
    "runs-scored",
    "runs-batted-in",
    "sacrifice-flies",
    "slugging-percentage",
    "strikeouts",
    "total-bases",
    "wins-above-replacement",
    "weighted-on-base-average",
    "weighted-runs-above-average",
    "weighted-runs-created",
    "adjusted-wrc",
    "extra-base-hit-percentage",
]

# --- Python modules --------------------------------------------------------------------


def test_python_is_a_glossary_suffix() -> None:
    assert ".py" in GLOSSARY_SUFFIXES


def test_bold_titled_strings(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "softball-glossary.py")
    assert [e.anchor for e in entries] == SOFTBALL_IDS
    assert all("**" not in e.title + e.body and "\\n" not in e.body for e in entries)
    assert sum(not e.body for e in entries) == 9  # title-only strings: "**Singles**"
    titles = by_title(entries)
    assert titles["Batting Average"].body == "=H/AB"
    assert titles["Base on Balls / Walk Percentage"].body == (
        "Percentage of all plate appearances ending in a Base on Balls.\n=BB/PA"
    )
    assert titles["Batting Average"].line == 5


def test_variable_name_spelled_by_title_is_an_alias(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "softball-glossary.py"))
    assert titles["On-Base Percentage"].aliases == ("OBP",)  # gloss_obp
    assert "BABIP" in titles["Batting Average on Balls in Play"].aliases
    assert titles["Batting Average"].aliases == ()  # gloss_avg: not its initials


def test_dict_literal_of_prose(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "pythoncrashcourse-glossary.py")
    assert len(entries) == 9
    loops = by_title(entries)["for loops"]
    assert loops.body == (
        "When you have a block of code which you want to repeat a fixed number of times."
    )
    assert loops.line == 3


def test_dict_of_acronyms(tmp_path: Path) -> None:
    """Rows of a real ``acronyms_dict`` the search index holds (its repository unnamed):
    short expansions, no prose, still a glossary; the French expansions give aliases."""
    (tmp_path / "acronyms.py").write_text(
        "acronyms_dict = {\n"
        '    "CDI": "Contrat à Durée Indéterminée",\n'
        '    "CTT": "Contrat de Travail Temporaire",\n'
        '    "DSI": "Directeur des Systèmes d\'Information",\n'
        '    "PMO": "Project Management Office",\n'
        "}\n",
        encoding="utf-8",
    )
    titles = by_title(list(load_corpus(tmp_path).entries))
    assert titles["CDI"].aliases == ("Contrat à Durée Indéterminée",)
    assert titles["CTT"].aliases == ("Contrat de Travail Temporaire",)
    assert titles["DSI"].body == "Directeur des Systèmes d'Information"


@pytest.mark.parametrize("corpus", ["advml-glossary", "causal-glossary"])
def test_ordinary_module_gives_no_entries(tmp_path: Path, corpus: str) -> None:
    shutil.copy(Path("eval/corpora") / corpus / "check.py", tmp_path / "check.py")
    with pytest.raises(CorpusError):
        load_corpus(tmp_path)


def test_settings_dict_is_no_glossary(tmp_path: Path) -> None:
    (tmp_path / "settings.py").write_text(
        '"""Settings."""\nDEBUG = True\nNAME = "**app**"\n'
        'HEADERS = {"User-Agent": "bot/1.0", "Accept": "text/html", "Lang": "en"}\n',
        encoding="utf-8",
    )
    with pytest.raises(CorpusError):
        load_corpus(tmp_path)


# --- the French table page (wine) --------------------------------------------------------


def test_quoted_page_record_is_no_term(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "wine-glossary.md")
    assert len(entries) == 154
    assert {"version", "application"}.isdisjoint(e.anchor for e in entries)


def test_second_column_is_the_body_whatever_its_header(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "wine-glossary.md"))
    assert titles["Magnum"].body == "150 cl (2 bout.)"  # | Format | Contenance |
    assert titles["Piccolo"].body == "20 cl"


def test_expansion_before_its_gloss(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "wine-glossary.md"))
    assert titles["t"].aliases == ("Tonne",)  # "Tonne = 1000 kg"
    assert titles["ha"].aliases == ("Hectare",)
    assert titles["DAR"].aliases == ("Délai Avant Récolte",)
    assert titles["TAV"].aliases == ("Titre Alcoométrique Volumique",)
    assert titles["BL"].aliases == ("Bon de Livraison",)
    assert titles["CRD"].aliases == ("Capsule Représentative de Droit",)  # not "... de"
    assert titles["DAE"].aliases == ("Document Administratif Électronique",)  # É for E


def test_wine_ids_unchanged(tmp_path: Path) -> None:
    anchors = [e.anchor for e in fixture_entries(tmp_path, "wine-glossary.md")]
    for anchor in ("so", "so-libre", "aocaop", "-vol", "gl", "cépage", "brix-1"):
        assert anchor in anchors
    assert anchors.count("lot-commercial-1") == 1


def test_expansion_in_another_script_from_a_real_corpus() -> None:
    entries = load_corpus(Path("eval/corpora/aigov-glossary")).entries
    kribsi = next(e for e in entries if e.anchor == "kribsi")
    assert kribsi.aliases == ("Komisja Rozwoju i Bezpieczeństwa Sztucznej Inteligencji",)
