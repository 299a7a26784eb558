"""Round 25 lane P: glossaries whose terms the parser did not read.

- A page of ``## Term`` headings, each with the same bold labels (``**Why it matters:**``,
  ``**See also:**``) was sniffed as a bold-term glossary (transit-glossary: 78 label
  entries, no term): a recurring bold label now counts once, so the headings are the terms.
- Abbreviations a title writes as ``Fortissimo (ff)`` or ``Da Capo/DC`` are aliases; a
  one-letter ``<dt>`` with a definition is a term.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.base import acronym_aliases
from rag_glossary.parsing.sniff import sniff_dialect

T = "transit-glossary#"
EVAL = Path(__file__).resolve().parent.parent / "eval" / "corpora"
TRANSIT = EVAL / "transit-glossary"
MUSIC = EVAL / "music-glossary"


def _labelled_page(wrap: tuple[str, str]) -> str:
    terms = ["Alpha Lane", "Beta Beacon", "Gamma Grid", "Delta Diet"]
    blocks = [
        f"{wrap[0]}\n\n## {t}\n\nA {t.lower()} is a thing.\n\n**Why it matters:** It matters.\n\n"
        f"**See also:** [Other](#other)\n\n**Learn more:** [Site](https://x.org)\n\n{wrap[1]}\n"
        for t in terms
    ]
    return "---\ntitle: Terms\n---\n\n# Terms\n\n" + "\n".join(blocks)


def test_transit_reads_one_entry_per_heading() -> None:
    entries = {e.id: e for e in load_corpus(TRANSIT).entries}
    assert len(entries) == 26
    labels = ("Why it matters", "See also", "Learn more")
    assert not any(e.title in labels for e in entries.values())
    bat = entries[T + "bat-lane-business-access-and-transit"]
    assert bat.body.startswith("A dedicated lane that prioritizes buses")
    assert "Why it matters: BAT lanes are King County Metro's" in bat.body
    assert entries[T + "leading-pedestrian-interval-lpi"].aliases == ("LPI",)


@pytest.mark.parametrize(
    "wrap",
    [
        ('<div class="term">', "</div>"),
        ("<section>", "</section>"),
        ("<details>", "</details>"),
        ("", ""),
    ],
)
def test_recurring_bold_labels_are_no_terms(wrap: tuple[str, str]) -> None:
    text = _labelled_page(wrap)
    assert sniff_dialect(text, "terms.md") != "md-terms"
    titles = [e.title for e in parse_text(text, "x", file="terms.md")]
    assert titles[-4:] == ["Alpha Lane", "Beta Beacon", "Gamma Grid", "Delta Diet"]


def test_distinct_bold_terms_still_read_as_terms() -> None:
    text = "# Glossary\n\n" + "".join(
        f"**{t}**: the {t} thing.\n\n" for t in ("Apple", "Banana", "Cherry", "Damson")
    )
    assert sniff_dialect(text, "g.md") == "md-terms"
    assert [e.title for e in parse_text(text, "g", file="g.md")] == [
        "Apple",
        "Banana",
        "Cherry",
        "Damson",
    ]


def test_lowercase_and_slashed_abbreviations_are_aliases() -> None:
    assert acronym_aliases("Fortissimo (ff)") == ["ff"]
    assert acronym_aliases("Mezzo-piano (mp)") == ["mp"]
    assert acronym_aliases("Base pair (bp)") == ["bp"]
    assert acronym_aliases("Da Capo/DC") == ["DC", "Da Capo"]
    assert acronym_aliases("Opus/Op.") == ["Op.", "Opus"]
    for title in ("Forte (f)", "Bank (river)", "Cell (biology)", "TCP/IP", "Gigue/Jig", "I/O"):
        assert acronym_aliases(title) == [], title


def test_one_letter_dt_with_a_definition_is_a_term() -> None:
    entries = {e.id: e for e in load_corpus(MUSIC).entries}
    assert entries["music-glossary#a"].body == "At, to, by"
    assert entries["music-glossary#fortissimo-ff"].aliases == ("ff",)
    assert entries["music-glossary#da-capodc"].aliases == ("DC", "Da Capo")
    grouped = (
        "<html><body><dl><dt>A</dt><dd><dl><dt>Apple</dt><dd>A fruit</dd></dl></dd>"
        "<dt>Bean</dt><dd>A seed</dd><dt>Corn</dt><dd>A grain</dd></dl></body></html>"
    )
    titles = [e.title for e in parse_text(grouped, "x", file="x.html")]
    assert "A" not in titles and "Bean" in titles


@pytest.mark.slow
def test_transit_answers_from_the_term(tmp_path_factory: pytest.TempPathFactory) -> None:
    transit = shared_assistant(TRANSIT, tmp_path_factory)
    induced = transit.ask("what is induced demand")
    assert induced.citations == (T + "induced-demand",)
    assert "adding road capacity generates additional traffic" in induced.text
    tsp = transit.ask("tsp for buses")
    assert tsp.citations == (T + "transit-signal-priority-tsp",)
