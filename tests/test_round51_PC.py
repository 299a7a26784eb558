"""Round 51 lane PC: Markdown flashcard files of Obsidian's spaced-repetition plugins read
one entry per card (parsing/md_flashcards.py).

The real file is eval/corpora/coldwar-glossary/coldwar-glossary.md (an AOSR deck: a ``#Q``
tag line, 59 cards between ``***`` lines: 15 ``Term`` / ``?`` / answer, 41 ``Term::
answer``, 3 ``Term: answer``); the small fixtures below are written in the shapes the
obsidian-spaced-repetition plugin documents (``::``, ``:::``, ``?``, ``??``, a
``#flashcards`` deck tag, cards apart by blank lines or ``---`` breaks, cloze cards,
review-date comments).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.dialects import parse_document
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff import sniff_dialect

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "coldwar-glossary"
FILE = CORPUS / "coldwar-glossary.md"

BIOLOGY = """#flashcards/biology

# Cells

Mitochondria::The powerhouse of the cell, where respiration makes ATP.
<!--SR:!2024-03-01,3,250-->

Ribosome:::The organelle that builds proteins from amino acids.

Osmosis
?
The movement of water across a semi-permeable membrane,
from low to high solute concentration.
<!--SR:!2024-03-02,4,270-->

Diffusion (passive transport)
??
The spread of particles from high to low concentration.

The ==nucleus== holds the cell's DNA.
"""

NETWORK = """#Q
Latency
?
The time a request waits before it is served.

It is measured in milliseconds.
---
Throughput:: The work done per unit of time.
---
Bandwidth **2024**
?
The most data a link carries per second.
---
Jitter: The variation in latency between packets.
---
Note: these cards are for the exam.
"""

# No deck tag, no ``?`` card: a page that labels terms as AsciiDoc does stays md-terms's.
LABELED = """# Networking terms

Some words used in this guide.

Latency:: The time a request waits.
Throughput:: The work done per unit of time.
Bandwidth:: The most data a link carries per second.

Jitter: how much latency varies. See the notes below?
"""


def _read(text: str, name: str) -> tuple[str, list[Entry]]:
    dialect, _, entries = parse_document(text, name, file=f"{name}.md")
    return dialect, entries


@pytest.fixture(scope="module")
def coldwar() -> list[Entry]:
    return list(load_corpus(CORPUS).entries)


def test_every_card_of_the_real_file_is_an_entry(coldwar: list[Entry]) -> None:
    text = FILE.read_text(encoding="utf-8")
    cards = [c.strip() for c in text.split("\n***\n") if c.strip()]
    assert len(cards) == 59 and len(coldwar) == 59
    # the "#Q" deck tag is no entry; each card's line is its term's line
    assert all(e.title != "#Q" and e.title != "Q" for e in coldwar)
    lines = text.split("\n")
    for entry in coldwar:
        assert lines[entry.line - 1].startswith(entry.title.split()[0])


def test_double_colon_cards_keep_their_ids_and_text(coldwar: list[Entry]) -> None:
    text = FILE.read_text(encoding="utf-8")
    terms = re.findall(r"^([^:\n]+)::", text, re.MULTILINE)
    assert len(terms) == 41
    ids = {e.anchor: e for e in coldwar}
    assert {slugify(t) for t in terms} <= set(ids)
    assert "حلف-سياتو-جنوب-شرق-آسيا-" in ids and "سياسة-الاحتواءالتطويق" in ids
    cold = ids["الحرب-الباردة"]
    assert (cold.line, cold.body) == (
        62,
        "صراع إيديولوجي قام بين المعسكرين الشرقي الاشتراكي والغربي الرأسمالي استخدمت فيه "
        "وسائل مختلفة عدا السلاح",
    )
    # a second term run into a card's answer stays that card's text, as the card shows it
    assert "الأزمات الدولية: هي توتر" in ids["الأونكيتاد"].body


def test_question_mark_and_one_colon_cards(coldwar: list[Entry]) -> None:
    ids = {e.anchor: e for e in coldwar}
    for anchor in ("مؤتمر-يالطا", "الفيتو", "مجلس-الأمن", "مبدأ-ترومان", "الغرب"):
        assert anchor in ids
    assert {"منظمة-الكوميكون", "مؤتمر-باندونغ", "حركة-عدم-الانحياز"} <= set(ids)
    yalta = ids["مؤتمر-يالطا"]
    assert yalta.line == 2 and yalta.body.startswith("أحد المؤتمرات الدولية")
    assert "بين 04 و 11فيفري 1945" in yalta.body  # bold dates read as text
    socialism = ids["الاشتراكية"]  # its "? " carries a trailing space
    assert socialism.body.startswith("وهي نظام سياس ي")
    comecon = ids["منظمة-الكوميكون"]
    assert comecon.title == "منظمة الكوميكون" and comecon.body.startswith("تأسست سنة 1949")


def test_bold_date_in_a_title_stays_text(coldwar: list[Entry]) -> None:
    potsdam = next(e for e in coldwar if e.line == 6)
    assert potsdam.title == "مؤتمر بوتسدام 17/07/1945"
    assert potsdam.anchor == slugify("مؤتمر بوتسدام 17/07/1945")
    assert "مؤتمر بوتسدام" in potsdam.aliases


def test_bracketed_second_names_are_aliases(coldwar: list[Entry]) -> None:
    ids = {e.anchor: e for e in coldwar}
    balance = ids["التوازن-النووي-توازن-الرعب-النووي"]
    assert {"التوازن النووي", "توازن الرعب النووي"} <= set(balance.aliases)
    assert "التطويق" in ids["سياسة-الاحتواءالتطويق"].aliases


def test_plugin_shapes_with_blank_line_separators() -> None:
    dialect, entries = _read(BIOLOGY, "bio")
    assert dialect == "md-terms"
    got = {e.title: e for e in entries}
    # the deck tag, the heading and the cloze card are no entries
    assert list(got) == ["Mitochondria", "Ribosome", "Osmosis", "Diffusion (passive transport)"]
    assert got["Mitochondria"].body == "The powerhouse of the cell, where respiration makes ATP."
    assert got["Ribosome"].line == 8
    assert got["Osmosis"].body == (
        "The movement of water across a semi-permeable membrane, from low to high solute "
        "concentration."
    )
    diffusion = got["Diffusion (passive transport)"]
    assert diffusion.anchor == "diffusion-passive-transport"
    assert {"Diffusion", "passive transport"} <= set(diffusion.aliases)


def test_plugin_shapes_with_break_separators() -> None:
    _, entries = _read(NETWORK, "net")
    got = {e.title: e for e in entries}
    # a one-colon card counts in a deck; a "Note:" block is the writer's note, no card
    assert list(got) == ["Latency", "Throughput", "Bandwidth 2024", "Jitter"]
    # between breaks, a blank line inside an answer keeps the card going
    assert got["Latency"].body == (
        "The time a request waits before it is served.\n\nIt is measured in milliseconds."
    )
    assert got["Bandwidth 2024"].aliases == ("Bandwidth",)  # a year, no bracketed name
    assert got["Jitter"].body == "The variation in latency between packets."


def test_a_list_of_single_line_cards() -> None:
    text = "#flashcards\n\n- Mitochondria::The powerhouse.\n- Ribosome::Builds proteins.\n"
    text += "- Nucleus:: Holds the DNA.\n"
    dialect, entries = _read(text, "list")
    assert dialect == "md-terms"
    assert [(e.title, e.body, e.line) for e in entries] == [
        ("Mitochondria", "The powerhouse.", 3),
        ("Ribosome", "Builds proteins.", 4),
        ("Nucleus", "Holds the DNA.", 5),
    ]


def test_question_cards_alone_are_sniffed_as_cards() -> None:
    text = "\n\n".join(f"Term {k}\n?\nWhat term {k} means." for k in "ABC")
    assert sniff_dialect(text, "cards.md") == "md-terms"
    _, entries = _read(text, "cards")
    assert [(e.title, e.body) for e in entries] == [
        (f"Term {k}", f"What term {k} means.") for k in "ABC"
    ]


def test_other_markdown_is_no_deck() -> None:
    _, entries = _read(LABELED, "labeled")
    titles = [e.title for e in entries]
    assert "Latency" in titles and "Throughput" in titles
    assert "Jitter" not in titles  # one colon in prose is no card outside a deck
    one_mark = "# FAQ\n\nWhy?\n?\nBecause.\n\nSome prose paragraph here.\n"
    _, entries = _read(one_mark, "faq")
    assert all(e.title != "Why?" for e in entries)
