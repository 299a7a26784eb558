"""Round 53, lane PQ: Markdown glossaries that wrap each term in an HTML block carrying its
id (md_html_sections.py): ``<section class="glossary-term" id="...">`` around a
``### English — คำไทย`` heading, the definition and a "see in the lesson" link line.

The real file is eval/corpora/quantfin-glossary/quantfin-glossary.md (a Thai
quantitative-finance course's glossary page); the small fixtures are written in its shape.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_document

_QUANTFIN = Path("eval/corpora/quantfin-glossary")

_PAGE = """---
title: อภิธานศัพท์
---

# อภิธานศัพท์

หน้านี้รวมศัพท์ที่เราใช้ในบทเรียน เอาไว้เปิดเทียบระหว่างอ่าน

<div class="glossary-search" hidden>
<label for="q">ค้นหาคำศัพท์</label>
<input id="q" type="search" placeholder="เช่น ความผันผวน">
<p id="status" role="status"></p>
</div>

<section class="glossary-group" id="group-options">

## Option และเงินที่สัญญาจ่าย

<section class="glossary-term" id="maturity">

### Expiration / maturity — วันหมดอายุ

วันสุดท้ายที่สัญญามีผล

[ดูในบทเรียน](lesson.html#options)

</section>
<section class="glossary-term" id="delta">

### Delta / hedge ratio — สัดส่วนหุ้นที่ใช้ป้องกันความเสี่ยง

จำนวนหุ้นที่ถือเพื่อหักล้างความเสี่ยง ดู [Gamma](#gamma)

[ดูในบทเรียน](lesson.html#delta) · [ตัวอย่าง](lab.html#delta)

</section>
<section class="glossary-term" id="digital-option">

### Digital / Cash-or-nothing option — ออปชันที่จ่ายเงินตามเงื่อนไข

ออปชันที่จ่ายเงินคงที่ A เมื่อ S_T > K

[ดูในบทเรียน](lesson.html#digital)

</section>
<section class="glossary-term" id="monte-carlo">

### Monte Carlo (MC) — การประมาณคำตอบด้วยการสุ่มซ้ำ

การสุ่มผลลัพธ์หลายครั้งแล้วรวบรวมเป็นคำตอบ

[ดูในบทเรียน](lesson.html#model)

</section>
<section class="glossary-term" id="gamma">

### Gamma

ความไวของ Delta ต่อราคาหุ้น

</section>

</section>

---

ความหมายในหน้านี้ใช้ประกอบบทเรียน [พฤติกรรมแบบสุ่มของสินทรัพย์](lesson.html)
"""


def _entries(text: str) -> dict[str, Entry]:
    _, _, entries = parse_document(text, "t", file="glossary.md")
    return {e.anchor: e for e in entries}


@pytest.fixture(scope="module")
def quantfin() -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(_QUANTFIN).entries}


# --- the fixture --------------------------------------------------------------------------


def test_one_entry_per_wrapped_term_keyed_by_the_block_id() -> None:
    entries = _entries(_PAGE)
    assert list(entries) == ["maturity", "delta", "digital-option", "monte-carlo", "gamma"]


def test_two_script_heading_title_and_names() -> None:
    entries = _entries(_PAGE)
    assert entries["maturity"].title == "Expiration"
    assert entries["maturity"].aliases[:2] == ("maturity", "วันหมดอายุ")
    # the id names the first side as written: no "Delta ratio"
    assert entries["delta"].title == "Delta"
    assert entries["delta"].aliases[:2] == ("hedge ratio", "สัดส่วนหุ้นที่ใช้ป้องกันความเสี่ยง")
    assert "Delta ratio" not in entries["delta"].aliases
    # the shorter side shares the longer side's head noun
    assert entries["digital-option"].title == "Digital option"
    assert "Cash-or-nothing option" in entries["digital-option"].aliases
    # brackets stay in the title; the acronym is a name
    assert entries["monte-carlo"].title == "Monte Carlo (MC)"
    assert {"MC", "การประมาณคำตอบด้วยการสุ่มซ้ำ"} <= set(entries["monte-carlo"].aliases)
    assert entries["gamma"].title == "Gamma"  # one language: the heading as written


def test_link_out_lines_hidden_form_and_intro_are_no_text() -> None:
    entries = _entries(_PAGE)
    assert entries["maturity"].body == "วันสุดท้ายที่สัญญามีผล"
    assert entries["delta"].body == "จำนวนหุ้นที่ถือเพื่อหักล้างความเสี่ยง ดู Gamma"
    assert entries["delta"].see_also == ("Gamma",)  # an in-page link still names its entry
    assert all(
        "ดูในบทเรียน" not in e.body and not e.see_also for k, e in entries.items() if k != "delta"
    )
    assert not any("ค้นหาคำศัพท์" in e.body or "หน้านี้รวมศัพท์" in e.body for e in entries.values())


def test_two_wrapped_terms_are_no_such_page() -> None:
    """A page with one or two wrapped headings reads as any Markdown page: no block ids."""
    head, _, _ = _PAGE.partition('<section class="glossary-term" id="digital-option">')
    entries = _entries(head + "</section>\n")
    assert not {"maturity", "delta"} & set(entries)


def test_text_after_a_one_script_dash_is_kept() -> None:
    page = _PAGE.replace("### Gamma\n", "### Gamma - Delta of Delta\n")
    assert _entries(page)["gamma"].title == "Gamma - Delta of Delta"


# --- the real file ------------------------------------------------------------------------


def test_real_file_reads_81_terms_by_their_section_ids(quantfin: dict[str, Entry]) -> None:
    assert len(quantfin) == 81
    assert "อภิธานศัพท์" not in quantfin  # the page title's intro is the page's
    for anchor in (
        "maturity",
        "delta",
        "self-financing",
        "black-scholes-pde",
        "forward-kolmogorov",
        "itos-lemma",
        "ito-integral",
        "ornstein-uhlenbeck",
        "geometric-brownian-motion",
        "stochastic-differential-equation",
        "monte-carlo",
        "standard-error",
    ):
        assert anchor in quantfin


def test_real_file_titles_and_names(quantfin: dict[str, Entry]) -> None:
    assert quantfin["option"].title == "Option"
    assert quantfin["option"].aliases[0] == "ออปชัน"
    assert quantfin["ornstein-uhlenbeck"].title == "Ornstein–Uhlenbeck"
    assert quantfin["ornstein-uhlenbeck"].aliases[0] == "Vasicek"
    assert quantfin["geometric-brownian-motion"].title == "Geometric Brownian motion (GBM)"
    assert "GBM" in quantfin["geometric-brownian-motion"].aliases
    assert quantfin["black-scholes-pde"].title == "Black–Scholes PDE"
    assert all(" — " not in e.title for e in quantfin.values())


def test_real_file_bodies_are_the_definitions(quantfin: dict[str, Entry]) -> None:
    assert all("ดูในบทเรียน" not in e.body and e.body for e in quantfin.values())
    assert quantfin["call-option"].body.startswith("Option ที่ให้สิทธิซื้อสินทรัพย์")
    assert "max(S_T − K, 0)" in quantfin["call-option"].body
    assert "ความหมายและตัวอย่างในหน้านี้" not in quantfin["standard-error"].body
