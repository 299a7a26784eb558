"""Round 57 lane NV: a glossary's own navigation and "what this page is" sections are no
entries (parsing/navigation.py).

Real pages: adopsi-glossary's closing ``## 🔗 Navigasi`` (one link back to the README),
cnc-glossary's ``## Sources & Other Info`` (HTML anchors), dl-glossary's ``## Resources``
and philo-glossary's title (bare addresses), morph-glossary's ``# Glossary`` / "This is a
glossary of terminology ..." over its terms. Every term of those pages stays; a one-link
"see X" stays a term.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.navigation import only_links, opens_with_preface, page_preface

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


def _anchors(name: str) -> set[str]:
    return {e.anchor for e in parse_file(CORPORA / name / f"{name}.md")}


@pytest.mark.parametrize(
    ("name", "gone", "kept"),
    [
        ("adopsi-glossary", "-navigasi", "usage-barrier"),
        ("cnc-glossary", "sources--other-info", "potentiometer"),
        ("dl-glossary", "resources", "activation-function"),
        ("philo-glossary", "philosophy--glossary", "accident"),
        ("morph-glossary", "glossary", "analysis"),
    ],
)
def test_meta_sections_are_no_entries(name: str, gone: str, kept: str) -> None:
    anchors = _anchors(name)
    assert gone not in anchors
    assert kept in anchors


def test_adopsi_keeps_every_term() -> None:
    assert len(_anchors("adopsi-glossary")) == 80  # 81 before: the navigation section


def test_one_link_home_is_navigation_one_link_elsewhere_is_a_pointer() -> None:
    assert only_links(["← Kembali ke [README Utama](README.md)"])
    assert only_links(["[Back to the index](../index.html)"])
    assert only_links(["[Home](/)"])
    assert not only_links(["See [Construct](construct.md)"])
    assert not only_links(["See [Construct](#construct)"])
    assert not only_links(["https://en.wikipedia.org/wiki/Coaxial_cable"])  # one address


def test_bare_addresses_and_anchors_are_links() -> None:
    assert only_links(["https://a.example/x", "https://b.example/y"])
    assert only_links(['<a href="https://a.example/">https://a.example/</a><br>'] * 2)
    assert not only_links(["https://a.example/x", "A sentence that says what the term is."])


def test_page_preface_names_the_page_by_its_title_word() -> None:
    terms = ["Dunkelflaute\nPerioder med lite vind og sol.", "Effekt\nEnergi per tid."] * 20
    assert page_preface("Ordliste", "", "Denne ordlisten forklarer termer.", terms)
    assert not page_preface("Ordliste", "", "Perioder med lite vind.", terms)
    # the title's word used by the terms too (a domain name, not the page's): no preface
    k8s = ["Pod\nThe smallest unit Kubernetes runs."] * 10
    assert not page_preface("Kubernetes", "", "Kubernetes runs containers.", k8s)


def test_only_the_top_heading_over_term_headings_is_a_preface() -> None:
    lines = [
        *("# Glossary", "This is a glossary of terms."),
        *("## Affix", "A bound morpheme."),
        *("## Analysis", "Splitting a word."),
        *("## Stem", "A base."),
    ]
    heads = [(i, 1 if i == 0 else 2, lines[i].lstrip("#").strip()) for i in range(0, 8, 2)]
    assert opens_with_preface(lines, heads)
    assert not opens_with_preface(lines[:6], heads[:3])  # too few terms
    assert not opens_with_preface(lines, [(i, 2, t) for i, _, t in heads])  # no top heading


def test_a_one_term_page_keeps_its_heading() -> None:
    page = "# Glossary\n\nA glossary is an alphabetical list of terms with definitions.\n"
    assert [e.title for e in parse_text(page, "page", "generic", file="page.md")] == ["Glossary"]
