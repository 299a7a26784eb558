"""Round 33 follow-up FP (parser): what the readers of the four blind sets found.

- a thematic break (``---``) ends the bold term above it, and a short tail after the
  page's last break that opens with a paragraph naming no term is the page's footer
  (robo-glossary: "*For detailed explanations, see ...*" and its Urdu bullet);
- the definition's first sentence "The main group of riders, also known as the pack,
  bunch or field." names the term's other names (cycling-glossary's Peloton);
- "Chase group, chasers": a two-word title and its first word with an ending.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer, outside_corpus

from rag_glossary.parsing import parse_text
from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.parsing.title_names import comma_forms

# --- a thematic break ends the last term; the page footer after it is no entry ----------


def test_the_robo_footer_is_neither_zmp_text_nor_a_term() -> None:
    entries, _ = outside_corpus("robo-glossary")
    zmp = entries["robo-glossary#zmp-zero-moment-point"]
    assert zmp.body.startswith("Point on ground where robot's weight appears concentrated")
    assert "اردو تعریف" in zmp.body  # its own Urdu field stays
    assert "For detailed explanations" not in zmp.body
    assert "robo-glossary#اردو-میں" not in entries
    assert len(entries) == 44


def test_the_zmp_answer_has_no_footer_sentence() -> None:
    text, cited = outside_answer(
        "robo-glossary",
        "what does zmp stand for with walking robots",
        "robo-glossary#zmp-zero-moment-point",
    )
    assert cited == ("robo-glossary#zmp-zero-moment-point",)
    assert "Zero Moment Point" in text and "For detailed explanations" not in text


_PAGE = """# Glossary

**Alpha** - The first letter.

**Beta** - The second letter.

---

{tail}
"""


def _titles_bodies(tail: str) -> dict[str, str]:
    return {e.title: e.body for e in parse_text(_PAGE.format(tail=tail), "g")}


def test_text_after_a_break_is_not_the_last_terms() -> None:
    found = _titles_bodies("*See the chapters for more.*\n- **Credits**: the team.")
    assert found == {"Alpha": "The first letter.", "Beta": "The second letter."}


def test_terms_after_a_break_stay_terms() -> None:
    # "---" between entries: the term after the last break is a term
    found = _titles_bodies("**Gamma** - The third letter.")
    assert found["Gamma"] == "The third letter."
    assert found["Beta"] == "The second letter."


def test_a_long_tail_after_a_break_is_no_footer() -> None:
    tail = "More letters follow.\n\n**Gamma** - Third.\n\n**Delta** - Fourth.\n\n**Eps** - Fifth."
    found = _titles_bodies(tail)
    assert {"Gamma", "Delta", "Eps"} <= set(found)


# --- "X, also known as A, B or C." in the definition's first sentence --------------------


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # cycling: Peloton
        (
            "The main group of riders, also known as the pack, bunch or field.",
            ["pack", "bunch", "field"],
        ),
        # a relative phrase: the name may be of a thing the term mentions
        ("A process that uses the Krebs cycle, also known as the TCA cycle.", []),
        # the list does not end at the sentence's names
        ("The main group, also known as the pack, bunch or field, rides on.", []),
        # uav: LiPo's expansion is a bare name, its "aka" a spelling of the title
        ("Lithium Polymer battery, aka LiPoly. Varients include Lithium Ion.", []),
        # not the first sentence
        ("A group. The main group of riders, also known as the pack.", []),
    ],
)
def test_a_first_sentence_apposition_names_the_term(body: str, names: list[str]) -> None:
    assert also_known_aliases(body) == names


def test_peloton_answers_to_the_bunch() -> None:
    entries, _ = outside_corpus("cycling-glossary")
    assert entries["cycling-glossary#peloton"].aliases == ("pack", "bunch", "field")
    uav, _ = outside_corpus("uav-glossary")
    assert "LiPoly" not in uav["uav-glossary#lipo"].aliases


# --- "Chase group, chasers" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Chase group, chasers", ["Chase group", "chasers"]),  # cycling
        ("Break, breakaway", ["Break", "breakaway"]),  # cycling: one word, as before
        ("Data set, data point", []),  # a list of two things
        ("Learning rate, learning", []),  # the bare first word is no form of it
        ("Chase group, chasers and riders", []),  # a phrase, not one word
    ],
)
def test_a_two_word_title_and_its_first_words_form(title: str, names: list[str]) -> None:
    assert comma_forms(title) == names


def test_chase_group_answers_to_chasers() -> None:
    entries, _ = outside_corpus("cycling-glossary")
    assert entries["cycling-glossary#chase-group-chasers"].aliases == ("Chase group", "chasers")
