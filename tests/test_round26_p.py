"""Round 26 lane P: the parser reads what a glossary's lines mean, not only where they are.

- An attribution paragraph (``Source: ...``, ``References:`` over a list, ``Retrieved
  from ...``) is provenance: it leaves the body (law-glossary: 60 entries kept one, and
  Extrajudicial Confession's article title made it a magnet for criminal-procedure
  questions).
- An escaped asterisk glued to a word (``an offer\\*``, the Wex note mark) is no text.
- Labels most entries of a Markdown page share (``**Example**:``, ``**App Integration**:``
  under every ``### Term``) with short values are fields, the ``Definition`` label's text
  the body, an ``Example`` stays text; a label over paragraphs (transit's ``Why it
  matters:``) stays in the body.
- ``A / B (C)`` titles and a name cut short or shortened in parentheses give aliases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.base import acronym_aliases

EVAL = Path(__file__).resolve().parent.parent / "eval" / "corpora"
LAW = EVAL / "law-glossary"
FITNESS = EVAL / "fitness-glossary"
TRANSIT = EVAL / "transit-glossary"
F = "fitness-glossary#"


def test_law_attribution_paragraphs_leave_the_body() -> None:
    entries = {e.id: e for e in load_corpus(LAW).entries}
    assert not any("Source:" in e.body for e in entries.values())
    confession = entries["law-glossary#extrajudicial-confession"]
    assert confession.body == (
        "an admission of guilt made by an accused person outside the courtroom and not "
        "before a magistrate"
    )


def test_law_note_mark_is_no_text() -> None:
    entries = {e.id: e for e in load_corpus(LAW).entries}
    assert entries["law-glossary#acceptance"].body == "assent to the terms of an offer"
    assert entries["law-glossary#obligor"].body.endswith("synonymous with debtor")
    assert not any(re.search(r"\w\\?\*", e.body) for e in entries.values())  # bullets stay


def test_attribution_forms() -> None:
    page = (
        "# G\n\n## Alpha\n\nAlpha is the first thing.\n\n**Sources:**\n\n"
        "- [A book](https://a.org)\n- [A site](https://b.org)\n\n"
        "## Beta\n\nBeta is the second thing.\n\nRetrieved from the Beta Handbook, 2020.\n\n"
        "## Gamma\n\nGamma is the third thing.\n\nSource code: the text a program is written in.\n"
    )
    bodies = {e.title: e.body for e in parse_text(page, "g", file="g.md")}
    assert bodies["Alpha"] == "Alpha is the first thing."
    assert bodies["Beta"] == "Beta is the second thing."
    assert "Source code: the text" in bodies["Gamma"]  # "Source code" is no credit label


def test_fitness_labels_are_fields() -> None:
    entries = {e.id: e for e in load_corpus(FITNESS).entries}
    one_rm = entries[F + "1rm-one-rep-max"]
    assert one_rm.definition == (
        "The maximum weight you can lift for a single repetition with proper form.\n"
        'Example: "My 1RM for bench press is 225 lbs"'
    )  # an example shows the term in use: it stays text
    assert [f.split(":")[0] for f in one_rm.fields] == ["App Integration"]
    assert "App Integration: YES" in one_rm.body  # search still reads it
    assert sum("App Integration" in e.definition for e in entries.values()) == 0


def test_transit_paragraph_label_stays_in_the_body() -> None:
    entries = {e.id: e for e in load_corpus(TRANSIT).entries}
    bat = entries["transit-glossary#bat-lane-business-access-and-transit"]
    assert "Why it matters: BAT lanes are King County Metro's" in bat.definition
    assert bat.fields == (
        "Learn more: King County Metro: RapidRide | The Urbanist: Push to "
        "Water Down Route 40 Transit Upgrades",
    )


def test_labels_on_few_entries_stay_text() -> None:
    page = "# G\n\n" + "".join(
        f"## {t}\n\n{t} is a thing.\n\n{'**Note:** short. ' if t == 'Alpha' else ''}\n\n"
        for t in ("Alpha", "Beta", "Gamma", "Delta")
    )
    alpha = next(e for e in parse_text(page, "g", file="g.md") if e.title == "Alpha")
    assert alpha.fields == () and "Note: short." in alpha.body


def test_title_aliases() -> None:
    assert acronym_aliases("Foam Rolling / SMR (Self-Myofascial Release)") == [
        "Foam Rolling", "SMR", "SMR", "Self-Myofascial Release",
    ]  # fmt: skip
    assert acronym_aliases("PR / PB (Personal Record / Personal Best)") == [
        "PR", "PB", "Personal Record", "Personal Best",
    ]  # fmt: skip
    assert acronym_aliases("Rep (Repetition)") == ["Repetition"]
    assert acronym_aliases("Specification (Spec)") == ["Spec"]
    assert acronym_aliases("Culling (Viewport Culling)") == ["Viewport Culling"]
    for title in ("Beacon (Airport)", "Counter (metric)", "Input / Output (Devices)"):
        assert acronym_aliases(title) == [], title


@pytest.mark.slow
def test_fitness_answers_without_the_app_note(tmp_path_factory: pytest.TempPathFactory) -> None:
    fitness = shared_assistant(FITNESS, tmp_path_factory)
    smr = fitness.ask("what is smr")
    assert smr.citations == (F + "foam-rolling--smr-self-myofascial-release",)
    assert "Using a foam roller to release muscle tension" in smr.text
    assert "App Integration" not in smr.text
    tdee = fitness.ask("tdee meaning")
    assert "App Integration" not in tdee.text
    tempo = fitness.ask("what does 3-1-2-0 mean in a tempo")
    assert "3 sec down, 1 sec pause" in tempo.text
