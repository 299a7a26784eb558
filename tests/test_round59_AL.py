"""Round 59 lane AL: second names the bodies, titles and columns state.

(1) Greek's phrases naming a term another way ("λέγεται και", "ή αλλιώς", "γνωστό και ως";
data/name_phrases.json) are read, also where they close a line or sentence after a comma or
"που" ("..., λέγεται και μάνταλος (Δαμιανίδης)"), a name that is another entry's title
staying that entry's (boatyard-glossary); (2) a title joining two names with its glossary's
own "or" ("καρένα ή καρίνα") gives both, English's own rule unchanged; (3) a CSV / TSV
column holding the term in another language (``fr`` beside ``term``, ``term_ru`` beside
``term_en``) gives the row's aliases instead of being dropped.
"""

from __future__ import annotations

import functools
from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing.body_names import closing_names, joined_title_names
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@functools.cache
def _boatyard() -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(CORPORA / "boatyard-glossary").entries}


def test_greek_title_joined_by_or_gives_both_names() -> None:
    entries = _boatyard()
    assert {"καρένα", "καρίνα"} <= set(entries["καρένα ή καρίνα"].aliases)
    both = entries["υδραίικος βαρκαλάς ή υδραίικια βάρκα"].aliases
    assert {"υδραίικος βαρκαλάς", "υδραίικια βάρκα"} <= set(both)
    # "καλαφάτης" is an entry of its own: its name stays its own
    assert "καλαφάτης" in entries
    assert "καλαφάτης" not in entries["καλαφάτι ή καλαφάτης"].aliases


def test_title_rule_is_the_glossary_languages_own() -> None:
    assert joined_title_names("καρένα ή καρίνα", "el") == ["καρένα", "καρίνα"]
    assert joined_title_names("True or False", "en") == []  # English: title_names' rule
    assert joined_title_names("Súperenie o prostriedky", "sk") == []  # no Slovak "or" data
    assert joined_title_names("ζωνάρι ή ζουνάρ(ι)", "el") == []  # a bracket: no plain name


def test_greek_closing_phrase_names_the_term() -> None:
    entries = _boatyard()
    assert "αγαντάρισμα" in entries["αγάντα"].aliases  # "... που λέγεται και αγαντάρισμα"
    assert "μάνταλος" in entries["μαντάλι"].aliases  # ", λέγεται και μάνταλος (Δαμιανίδης)"
    assert "στραβάδο" in entries["τσαποκέφαλο"].aliases
    # "μισό φαλλάγι, λέγεται και σκούντρο": σκούντρο is an entry of its own
    assert "σκούντρο" in entries
    assert "σκούντρο" not in entries["μισοφάλαγγο"].aliases
    # "... που λέγεται και ???": no name
    assert "???" not in entries["τσίτσκας"].aliases
    # "ο μικρός βαρκαλάς λέγεται και παπαδιά": the phrase after a subject of its own names
    # something else (the small βαρκαλάς), not the term
    assert "παπαδιά" not in entries["βαρκαλάς"].aliases


def test_closing_phrase_is_read_only_in_a_language_that_names_so() -> None:
    text = "το μισό φαλλάγι, λέγεται και σκούντρο"
    assert closing_names(text, "el") == ["σκούντρο"]
    assert closing_names("A half beam, also called a skid", "en") == []


def test_csv_language_columns_are_aliases(tmp_path: Path) -> None:
    # έδρα of boatyard-glossary, with its English name in a column named by language
    (tmp_path / "terms.csv").write_text(
        "term,definition,en\n"
        "έδρα,το κάτω μέρος ενός νομέα που στηρίζει τους δύο βραχίονές του,floor timber\n",
        encoding="utf-8",
    )
    (tmp_path / "multi.csv").write_text(
        "term_en,definition_en,term_el,definition_el\n"
        "floor timber,The lower part of a frame.,έδρα,το κάτω μέρος ενός νομέα\n",
        encoding="utf-8",
    )
    entries = {e.title: e for e in load_corpus(tmp_path).entries}
    assert entries["έδρα"].aliases == ("floor timber",)
    assert "floor timber" not in entries["έδρα"].body
    assert entries["floor timber"].aliases == ("έδρα",)
    assert entries["floor timber"].body.startswith("The lower part of a frame.")
