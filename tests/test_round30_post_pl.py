"""Round 30 post-fix lane PL: field labels and relation sub-sections are parts of a term.

- volcano-glossary (a book chapter): ``### Shield Volcano`` over ``**What it looks like**:``,
  ``**How it forms**:`` ... was read as ~170 entries titled by the labels and none by the
  heading; a bold label that recurs under three or more headings is now a field of the
  heading's term (md_records.py).
- morph-glossary (MyST): ``#### Part of`` / ``#### Contains`` under each ``### term`` were 26
  entries of their own; a level of recurring sub-headings is now part of its terms' text
  (md_subsections.py). Reference definitions (``[base form]: #lemma``) give aliases, and
  the ``{contents}`` directive and MyST target labels are no text.
- ``Name (Other Name)`` titles whose names share the head noun give the other as an alias.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.base import acronym_aliases

EVAL = Path(__file__).resolve().parent.parent / "eval" / "corpora"
V = "volcano-glossary#"
M = "morph-glossary#"


@pytest.fixture(scope="module")
def volcano() -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(EVAL / "volcano-glossary").entries}


@pytest.fixture(scope="module")
def morph() -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(EVAL / "morph-glossary").entries}


def test_volcano_heading_over_field_labels_is_the_term(volcano: dict[str, Entry]) -> None:
    shield = volcano[V + "shield-volcano"]
    assert shield.title == "Shield Volcano"
    assert "What it looks like: Broad, gently sloping dome." in shield.body
    assert "How it forms: Layer upon layer of thin, runny lava flows" in shield.body
    assert "Examples: Mauna Loa and Kilauea (Hawaii)" in shield.body
    assert "Figure 2.4: Aerial view of Mauna Loa" in shield.body  # its caption, not a field's
    titles = {e.title for e in volcano.values()}
    for label in ("What", "How it forms", "Examples", "Speed", "Composition", "Why it matters"):
        assert label not in titles


def test_volcano_one_off_label_beside_field_labels(volcano: dict[str, Entry]) -> None:
    # "### Tsunami": "**Cause**:" (said once in the file) then "**Example**:" (a field label)
    tsunami = volcano[V + "tsunami"]
    assert tsunami.body.startswith("Cause: Underwater eruptions")
    assert V + "cause" not in volcano
    holocene = volcano[V + "holocene"]
    assert "Period: Last 11,700 years" in holocene.body


def test_volcano_field_bullets_stay_in_the_term(volcano: dict[str, Entry]) -> None:
    gases = volcano[V + "volcanic-gases"]
    assert "- CO₂: Heavier than air" in gases.body
    assert "Killed 1,700 people at Lake Nyos (1986)." in gases.body
    assert V + "co" not in volcano


def test_volcano_bold_terms_under_group_headings_stay_terms(volcano: dict[str, Entry]) -> None:
    # "### The Basics" / "### Tephra and Volcanic Bombs" group bold terms: no label recurs
    for anchor in ("volcano", "vent", "caldera", "magma-chamber", "dike", "sill", "tephra"):
        assert V + anchor in volcano
    assert V + "the-basics" not in volcano
    assert V + "tephra-and-volcanic-bombs" not in volcano
    assert volcano[V + "caldera"].body.startswith("A much larger crater (>1 km diameter)")


def test_volcano_heading_names_in_parentheses(volcano: dict[str, Entry]) -> None:
    assert "Composite Volcano" in volcano[V + "stratovolcano-composite-volcano"].aliases
    pyroclastic = volcano[V + "pyroclastic-flow-pyroclastic-density-current"]
    assert "Pyroclastic Density Current" in pyroclastic.aliases
    assert "Thermal Spring" in volcano[V + "hot-spring-thermal-spring"].aliases
    assert "Steam Blast Eruption" in volcano[V + "phreatic-steam-blast-eruption"].aliases
    assert volcano[V + "aa-lava-pronounced-ah-ah"].aliases == ()


def test_term_example_labels_under_letter_headings_stay_with_their_terms() -> None:
    # a page of letter headings whose terms each carry an "Example:" label: the terms
    # open their sections, so no section is a record of fields
    letters = "\n\n".join(
        f"### {letter}\n\n**{term}**: {term} is a thing.\n\n**Example**: a use of {term}.\n\n"
        f"**{term} Two**: another thing.\n\n**Example**: a use of it."
        for letter, term in (("A", "Apple"), ("B", "Banana"), ("C", "Cherry"), ("D", "Date"))
    )
    entries = parse_text(f"# Fruit\n\n{letters}\n", "fruit", "md-terms")
    titles = [e.title for e in entries]
    assert "Apple" in titles and "Date Two" in titles
    assert "A" not in titles and "B" not in titles


def test_records_without_bold_terms_elsewhere_are_entries() -> None:
    text = "# Rocks\n\n" + "\n\n".join(
        f"### {name}\n**What**: {what}.\n\n**Formation**: {how}.\n\n**Uses**: {use}."
        for name, what, how, use in (
            ("Pumice", "Light rock", "Gas-rich lava", "Abrasive"),
            ("Obsidian", "Volcanic glass", "Fast cooling", "Blades"),
            ("Scoria", "Dark porous rock", "Basaltic lava", "Landscaping"),
        )
    )
    entries = {e.title: e for e in parse_text(text, "rocks", "md-terms")}
    assert set(entries) == {"Pumice", "Obsidian", "Scoria"}
    assert entries["Obsidian"].body == (
        "What: Volcanic glass.\n\nFormation: Fast cooling.\n\nUses: Blades."
    )


def test_morph_relation_subsections_are_parts_of_their_term(morph: dict[str, Entry]) -> None:
    titles = {e.title for e in morph.values()}
    for label in ("Part of", "Contains", "Describes", "Example", "In Plains Cree", "Is a"):
        assert label not in titles
    analysis = morph[M + "analysis"]
    assert "## Example" in analysis.body and "saber+V+Past+1Sg" in analysis.body
    assert "## Contains\n\n- 1 or more lemmas" in analysis.body
    word_class = morph[M + "word-class"]
    assert "## in Plains Cree" in word_class.body
    assert "(wc-plains-cree)=" not in word_class.body  # a MyST target label, not text
    assert len(morph) == 42  # 42 terms; the page's intro is no entry (round 57 NV)


def test_morph_contents_directive_is_no_entry(morph: dict[str, Entry]) -> None:
    assert M + "terms" not in morph  # "## Terms" over a ```{contents} directive only


def test_morph_reference_definitions_give_aliases(morph: dict[str, Entry]) -> None:
    lemma = morph[M + "lemma"]
    assert {"base form", "baseform", "lemmata"} <= set(lemma.aliases)
    assert "lemmas" not in lemma.aliases  # the title's plural is no other name
    assert morph[M + "indeclinable-particle"].aliases == ("Ipc",)
    assert "paradigm" in morph[M + "inflectional-paradigm"].aliases
    assert "linguistic breakdown" in morph[M + "analysis"].aliases
    # "[tag]: #translation" is a slip of the page: "tag" is an entry of its own
    assert "tag" not in morph[M + "translation"].aliases


@pytest.mark.parametrize(
    ("title", "alias"),
    [
        ("Alt Text (Alternative Text)", ["Alternative Text"]),  # seo-glossary
        ("Incoterms (International Commercial Terms)", ["International Commercial Terms"]),
        ("Log Injection (Log Forging)", ["Log Forging"]),  # websec-glossary
        ("Market Capitalization (Market Cap)", ["Market Cap"]),  # invest-glossary
        ("Volcano Alert Levels (USGS system)", []),  # a note, not a name
        ("Divergent Boundary (Rift Zone)", []),  # no shared word: may be a qualifier
        ("Beacon (Airport)", []),
        ("Model (Model Theory)", []),
    ],
)
def test_bracket_names(title: str, alias: list[str]) -> None:
    assert acronym_aliases(title) == alias
