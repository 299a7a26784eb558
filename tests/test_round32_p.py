"""Round 32 lane P (parser): titles that join two names, acronyms spelled loosely or in
the text, page notes before the first heading, and twin titles' ids.

Every rule is read off real entries of eval/corpora and checked against the titles of
the same shape it must leave alone.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus

from rag_glossary.loose_acronyms import loosely_spelled
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.base import acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.markdown import page_note
from rag_glossary.parsing.title_names import joined_names

# --- titles that join two names -------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Speed Square, Framing Square", ["Framing Square"]),  # carpentry
        ("Continental hops, Old World hops", ["Old World hops"]),  # beer
        ("mother sauce or leading sauce", ["leading sauce"]),  # cooking
        ("a, b c, d c", []),  # one-letter words are no names
        ("full boil or rolling boil", ["rolling boil"]),  # cooking
        ("AGI or Artificial General Intelligence", ["AGI", "Artificial General Intelligence"]),
        (
            "GPT or Generative Pre-Trained Transformers",  # llm: a hyphen inside the name
            ["GPT", "Generative Pre-Trained Transformers"],
        ),
    ],
)
def test_a_title_joining_names_of_one_thing_gives_the_others(title: str, names: list[str]) -> None:
    assert joined_names(title) == names


@pytest.mark.parametrize(
    "title",
    [
        "Reading, Writing and Arithmetic",
        "Input/Output",
        "Loudness, Gain, Volume",  # audio: three things an entry tells apart
        "Not Your Keys, Not Your Bitcoin",  # bitcoin: a saying
        "Don't Trust, Verify",
        "Fork, Hard",  # an inverted title (inverted_name reads it)
        "Cross-validation, K-fold",
        "One-Up, One-Down",
        "Pilsner or Pils malt",  # beer: the sides share "malt"
        "Traditional German or Czech hops",
        "Conversational or Chat AI",
        "Power flag or symbol",  # may be "Power symbol"
        "True or False",
        "Regret or dissonance reduction processes",
        "commit graph concept, representations and usage",
        "Satellite view or satellite zenith (degrees)",
    ],
)
def test_lists_sayings_and_shared_words_give_no_names(title: str) -> None:
    assert joined_names(title) == []


def test_carpentry_framing_square_is_an_alias_of_its_entry() -> None:
    entries, _ = outside_corpus("carpentry-glossary")
    entry = entries["carpentry-glossary#speed-square-framing-square"]
    assert entry.title == "Speed Square, Framing Square"  # the id and title stay
    assert entry.aliases == ("Framing Square",)


def test_a_joined_name_another_entry_is_titled_by_is_no_alias() -> None:
    # cooking: "leading sauce" is its own entry ("See mother sauce."), so it answers by it
    entries, _ = outside_corpus("cooking-glossary")
    assert entries["cooking-glossary#mother-sauce-or-leading-sauce"].aliases == ()
    assert entries["cooking-glossary#leading-sauce"].body == "See mother sauce."


def test_every_reader_reads_joined_names() -> None:
    markdown = "# Sauces\n\n## mother sauce or leading sauce\n\nOne of five base sauces.\n"
    csv = "term,definition\nSpeed Square, Framing Square,Mark and check right angles\n"
    (entry,) = parse_text(markdown, "m", file="m.md")
    assert entry.aliases[-1] == "leading sauce"
    quoted = 'term,definition\n"Speed Square, Framing Square",Mark and check right angles\n'
    (row,) = parse_text(quoted, "c", "csv", file="c.csv")
    assert "Framing Square" in row.aliases
    assert csv  # an unquoted comma is a third column, not this rule's business


# --- acronyms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [
        ("HIL", "Hardware-in-the-loop simulation"),  # uav: the head noun left out
        ("NOTAM", "Notice to Airmen"),  # aviation: two letters of a word
        ("UID", "Unique Identifier"),  # dicom
        ("OLTP", "Online Transaction Processing"),  # sqldb
        ("RDBMS", "Relational Database Management System"),
        ("KIAS", "Knots Indicated Airspeed"),
    ],
)
def test_an_acronym_taking_a_words_next_letters_is_spelled(acronym: str, expansion: str) -> None:
    assert loosely_spelled(acronym, expansion)
    assert acronym_aliases(f"{acronym} ({expansion})") == [acronym, expansion]


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [
        ("XSS", "Cross-Site Scripting"),  # the initial is not X
        ("XML", "Extensible Markup Language"),
        ("ESL", "Equivalent Series Inductance"),  # L is the symbol, not a letter
        ("US", "Ultrasound"),  # one word: "US" could be the pronoun
        ("RF", "Wireless Microphones"),
        ("HUD", "U.S. Department of Housing and Urban Development"),
        ("BASE", "Basically Available, Soft State, Eventual Consistency"),
    ],
)
def test_no_loose_spelling_without_the_initials(acronym: str, expansion: str) -> None:
    assert not loosely_spelled(acronym, expansion)


@pytest.mark.parametrize(
    "title", ["Beacon (Airport)", "Crimp (climbing hold)", "Km (Michaelis Constant)"]
)
def test_a_qualifier_in_parentheses_stays_no_alias(title: str) -> None:
    assert acronym_aliases(title) == []


def test_uav_hil_gets_its_acronym_and_expansion() -> None:
    entries, _ = outside_corpus("uav-glossary")
    entry = entries["uav-glossary#hil-hardware-in-the-loop-simulation"]
    assert entry.aliases == ("HIL", "Hardware-in-the-loop simulation")


def test_the_acronym_after_the_title_in_the_text_in_every_reader() -> None:
    # rust's rst glossary: "A dynamically sized type (DST) is ..." (was read only by the
    # Markdown bold-term, data-file and field readers)
    rust, _ = outside_corpus("rust-glossary")
    assert rust["rust-glossary#dynamically-sized-type"].aliases == ("DST",)
    # an acronym title's expansion from its text stays with the readers that read it:
    # llvm's "LTO" over "Link-Time Optimization." is no more than that name
    llvm, _ = outside_corpus("llvm-glossary")
    assert llvm["llvm-glossary#lto"].aliases == ()


def test_an_expansion_of_one_hyphenated_word_or_in_quotes() -> None:
    fashion, _ = outside_corpus("fashion-glossary")
    assert fashion["fashion-glossary#dtc"].aliases == ("Direct-to-Consumer",)
    tea, _ = outside_corpus("tea-glossary")  # was '"Finest ... Pekoe"' with its quotes
    assert tea["tea-glossary#ftgfop"].aliases == ("Finest Tippy Golden Flowery Orange Pekoe",)


def test_a_title_followed_by_its_loose_acronym_in_the_text() -> None:
    body = "Notice to Airmen (NOTAM) is a notice filed with an aviation authority."
    assert defined_acronym_aliases("Notice to Airmen", body) == ["NOTAM"]
    assert defined_acronym_aliases("Cross-Site Scripting", "Cross-Site Scripting (XSS) is") == []


# --- page notes before the first heading -----------------------------------------------


def test_a_short_note_over_a_page_of_terms_is_no_entry() -> None:
    a11y, _ = outside_corpus("a11y-glossary")  # front matter, then "Common accessibility terms."
    assert "a11y-glossary#glossary" not in a11y
    assert "a11y-glossary#accessibility" in a11y
    ds, _ = outside_corpus("ds-glossary")  # "Sebastian Raschka / last updated: 09/07/2014"
    assert "data_glossary#data_glossary" not in ds


def test_page_note_shapes() -> None:
    assert page_note("Glossary", "Common accessibility terms.", 40)
    assert not page_note("Glossary", "Common accessibility terms.", 2)  # no page of terms
    # a term page whose short definition names the term stays its entry
    assert not page_note("Overfitting", "Overfitting is fitting the noise.", 3)
    three = "a\nb\nc"
    assert not page_note("Glossary", three, 40)  # an intro of three lines or more


def test_a_chapter_intro_stays_an_entry() -> None:
    text = (
        "---\ntitle: Machine Learning\n---\n\nTODO\n\n- Neural networks\n- GANs\n\n"
        "## Theory\n\nML is a huge topic.\n\n## Data\n\nData.\n\n## Models\n\nModels.\n"
    )
    titles = [e.title for e in parse_text(text, "ch", "chapter", file="ch.md")]
    assert titles[0] == "Machine Learning"


# --- twin titles ------------------------------------------------------------------------


def test_twin_titles_get_distinct_ids_that_stay_when_the_file_grows() -> None:
    entries, _ = outside_corpus("carpentry-glossary")
    first, second = entries["carpentry-glossary#level"], entries["carpentry-glossary#level-1"]
    assert (first.title, second.title) == ("Level", "Level")
    assert first.body.startswith("Perfectly horizontal")
    assert second.body.startswith("Ensure level")
    text = "# T\n\n* Level: Perfectly horizontal\n* Plumb: Vertical\n* Level: The tool\n"
    grown = text + "* Square: A tool\n* Level: A third\n"
    ids = [e.id for e in parse_text(text, "c", file="c.md")]
    assert [e.id for e in parse_text(grown, "c", file="c.md")][: len(ids)] == ids
    assert ids.count("c#level") == 1 and "c#level-1" in ids
