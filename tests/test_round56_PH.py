"""Round 56 lane PH: page templates that nest elements by indentation, HAML, Slim and Pug
(parsing/indent_markup.py, parsing/template_lines.py), rendered to HTML for the HTML reader.

The real file is eval/corpora/ihr-glossary/ihr-glossary.html.haml (a Rails view of
resolvetosavelives/benchmarks: ``= render layout: ... do`` around 58 ``%p`` paragraphs, each
``%strong`` term over its text, ``%a{href: ..., target: "_blank"}`` links, ``%ul`` lists, a
term whose list is the paragraph's sibling); the small files are written in the shapes of
other HAML, Slim and Pug pages (``%dl`` with ``%dt#id``, ``-#`` comments, ``:markdown``
filters, ``= expression`` lines, Slim's ``|`` text and ``tag: child``, Pug's ``p.`` blocks and
``#[strong x]``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from rag_glossary.answer.extractive import compose
from rag_glossary.answer.question import analyze
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.indent_markup import indented_html
from rag_glossary.parsing.sniff import sniff_dialect
from rag_glossary.parsing.template_lines import _spans, haml_line
from rag_glossary.terms import extract_term

IHR = Path(__file__).parent.parent / "eval" / "corpora" / "ihr-glossary"


@pytest.fixture(scope="module")
def ihr() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(IHR / "ihr-glossary.html.haml")}


def _read(text: str, name: str) -> dict[str, Entry]:
    return {e.title: e for e in parse_text(text, "page", file=name)}


def test_dialect_by_extension() -> None:
    assert sniff_dialect("%p\n  %strong Term\n", "x.html.haml") == "haml"
    assert sniff_dialect("p\n  strong Term\n", "x.slim") == "slim"
    assert sniff_dialect("p\n  strong Term\n", "x.pug") == "pug"
    assert sniff_dialect("p\n  strong Term\n", "x.jade") == "pug"


def test_every_bold_term_paragraph_is_one_entry(ihr: dict[str, Entry]) -> None:
    terms = [a for a in ihr if a != "note"]
    assert len(terms) == 58
    assert terms[:3] == ["biosafety", "biosecurity", "case"]
    assert terms[-1] == "zoonotic-event"
    assert ihr["biosafety"].id == "ihr-glossary#biosafety"  # a view's name: no ".html"
    assert ihr["biosafety"].title == "Biosafety"
    assert ihr["biosafety"].line == 12  # the %p line of the file
    assert ihr["biosafety"].body.startswith("Laboratory biosafety describes the containment")
    assert ihr["zoonotic-diseases-or-zoonoses"].aliases == ("zoonoses",)


def test_long_bold_name_ends_with_its_period_and_text_keeps_its_colon(
    ihr: dict[str, Entry],
) -> None:
    pheic = ihr["public-health-emergency-of-international-concern-pheic"]
    assert pheic.title == "Public health emergency of international concern (PHEIC)"
    assert "PHEIC" in pheic.aliases
    ihr_regs = ihr["international-health-regulations-2005-ihr-or-the-regulations"]
    assert ihr_regs.title == "International Health Regulations (2005) (IHR or the Regulations)"
    entry = ihr["designated-points-of-entry"].body.split("\n")[0]
    assert entry.endswith("as described in Annex 1 of the IHR:")  # over its list


def test_links_keep_their_text_and_lists_their_items(ihr: dict[str, Entry]) -> None:
    # %a{href:"http://www.who.int/ihr/...", target: "_blank"} / "WHO website": the link text
    assert "published on the WHO website for the four diseases" in ihr["case-definition"].body
    points = ihr["designated-points-of-entry"].body.split("\n")
    assert len(points) == 3  # the paragraph, then its two %li items
    assert points[2].startswith("- The capacities to respond specifically to events")
    # the %ul after the paragraph that holds only the bold term is the term's text
    fetp = ihr["field-epidemiology-training-program"].body.split("\n")
    assert [line.split(" Level")[0] for line in fetp] == [
        "- FETP Basic",
        "- FETP Intermediate",
        "- FETP Advanced",
    ]
    assert "render" not in " ".join(e.body for e in ihr.values())  # = render layout: ... do


HAML_DL = """!!! 5
%html
  %head
    %title Networking terms
  %body
    -# generated list, hidden from readers
      - @terms.each do |t|
    / old terms, commented out
      %dt Gopher
    #main.content
      %h1 Glossary
      %dl
        - @extra.each do |t|
          %dt= t.name
          %dd= t.text
        %dt#api{class: "term", :title => 'Application'} API
        %dd
          An
          %a(href="https://example.org/api" target='_blank') interface
          between #{kind} programs.
        %dt{id: "rest",
            class: "term"} REST
        %dd Representational state transfer, a style of web services.
        %dt SOAP
        %dd
          :markdown
            A **protocol** for exchanging
            [structured messages](http://example.org/soap).
    :javascript
      var shown = false;
"""


def test_haml_definition_list_page() -> None:
    page = _read(HAML_DL, "terms.html.haml")
    assert list(page) == ["API", "REST", "SOAP"]  # no Gopher (a comment), no expression
    assert page["API"].anchor == "api"
    assert page["API"].body == "An interface between programs."
    assert page["REST"].anchor == "rest"  # attributes over two lines
    assert page["SOAP"].body == "A protocol for exchanging structured messages."
    assert page["SOAP"].line == 24


def test_haml_html_keeps_lines() -> None:
    rendered = indented_html(HAML_DL, haml_line, partial(_spans, haml=True)).split("\n")
    assert len(rendered) == len(HAML_DL.split("\n"))
    assert rendered[15].startswith('<dt id="api" class="term" title="Application">API')


SLIM = """doctype html
html
  body
    / hidden
    h1 Glossary
    dl
      dt#cache.term Cache
      dd
        | A store of
        a href="https://example.org/c" copies
        |  kept close to where they are used.
      dt: strong Latency
      dd The delay between a request and its answer.
      - if show_more
        dt = more.name
      dt Throughput
      dd The amount of work done per unit of time.
"""


def test_slim_page() -> None:
    page = _read(SLIM, "glossary.html.slim")
    assert list(page) == ["Cache", "Latency", "Throughput"]
    assert page["Cache"].anchor == "cache"
    assert page["Cache"].body == "A store of copies kept close to where they are used."
    assert page["Latency"].body == "The delay between a request and its answer."


PUG = """extends layout
block content
  //- hidden note
  h1 Glossary
  p
    strong Cache.
    |  A store of copies #[em kept close] to where they are used.
  p
    strong Latency.
    |  The delay between a request and its answer.
  p.
    #[strong Throughput.] The amount of work
    done per unit of time.
  each t in terms
    p= t.name
"""


def test_pug_page() -> None:
    page = _read(PUG, "glossary.pug")
    assert list(page) == ["Cache", "Latency", "Throughput"]
    assert page["Cache"].body == "A store of copies kept close to where they are used."
    assert page["Throughput"].body == "The amount of work done per unit of time."


def test_page_without_terms_says_why() -> None:
    entries = parse_text("= render 'form'\n%p= @term.name\n", "page", file="show.html.haml")
    assert entries == []


# --- phase 2: the answers -------------------------------------------------------------


def _hits(entries: dict[str, Entry], anchors: list[str]) -> list[Hit]:
    return [
        Hit(e.id, e.title, e.source, None, e.body[:200], 1.0 - i / 10, e)
        for i, e in enumerate(entries[a] for a in anchors)
    ]


def test_a_name_that_ends_in_an_asking_word_is_asked_whole(ihr: dict[str, Entry]) -> None:
    # "definition" after a term asks its definition ("case definition" -> Case) unless an
    # entry is called so: Case definition beside Case
    hits = _hits(ihr, ["case", "case-definition", "epidemic"])
    said = compose("what is a case definition", hits)
    assert said[0].ids == ("ihr-glossary#case-definition",)
    assert compose("what is the definition of case", hits)[0].ids == ("ihr-glossary#case",)


def test_who_is_considered_x_asks_what_x_is() -> None:
    asked = analyze("who is considered health care personnel?")
    assert (asked.shape, asked.term) == ("define", "health care personnel")
    assert extract_term("what is regarded as a cluster") == "cluster"
    assert strip_scaffolding("who is considered health care personnel") == "health care personnel"
    assert analyze("who is the author").shape == "content"


def test_list_items_of_a_bold_term_paragraph_keep_their_marks(ihr: dict[str, Entry]) -> None:
    points = ihr["designated-points-of-entry"].body.split("\n")
    assert points[1].startswith("- The capacities at all times concerning access")
    ordered = _read(
        "%p\n  %strong Alpha.\n  First term.\n%p\n  %strong Beta.\n  Steps:\n  %ol\n"
        "    %li one\n    %li two\n%p\n  %strong Gamma.\n  Third term.\n",
        "g.haml",
    )
    assert ordered["Beta"].body == "Steps:\n1. one\n2. two"
