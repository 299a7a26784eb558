"""Round 35 follow-up FP: page chrome under an HTML glossary's last term. cabinet-glossary
(a saved XHTML page of ``<p class="term">``/``<p class="description">`` pairs) ends with a
print tool, ``<ul class="tools-links"><li><a ...>Print this page content</a>``, that the
bold-term reader (html_terms.py) joined to the last term, Axis Powers."""

from __future__ import annotations

from helpers import ROOT

from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.parsing import load_corpus, parse_text

CABINET = ROOT / "eval" / "corpora" / "cabinet-glossary"

_PAGE = """<html><body><div id="main">
<p class="term"><strong>Assizes</strong></p>
<p class="description">Courts sitting at regular intervals in each county.</p>
<p class="term"><strong>Attorney General</strong></p>
<p class="description">Chief legal adviser to the Government.</p>
<p class="term"><strong>Axis Powers</strong></p>
<p class="description">Germany, Japan and Italy.</p>
{tail}
</div></body></html>"""


def _last_body(tail: str) -> str:
    return parse_text(_PAGE.format(tail=tail), "page.html")[-1].body


def test_the_print_tool_is_not_the_last_terms_text() -> None:
    entries = {e.title: e for e in load_corpus(CABINET).entries}
    body = entries["Axis Powers"].body
    assert "Print" not in body
    assert body.endswith("the countries were known as the Axis Powers")
    assert len(entries) == 40


def test_links_only_block_of_another_shape_ends_the_last_text() -> None:
    tool = '<div id="tools"><ul><li><a href="#">Print this page content</a></li></ul></div>'
    assert _last_body(tool) == "Germany, Japan and Italy."


def test_a_last_paragraph_shaped_like_the_definitions_stays() -> None:
    # A "see" link in a description paragraph is the term's text, links only or not.
    see = '<p class="description"><a href="#Axis">See also Axis</a></p>'
    assert _last_body(see).endswith("See also Axis")


def test_a_last_paragraph_with_words_outside_links_stays() -> None:
    more = '<div class="note">Signed in 1936, see <a href="#x">Anti-Comintern Pact</a>.</div>'
    assert "Signed in 1936" in _last_body(more)


def test_page_chrome_in_an_answer_is_dirty() -> None:
    # cabinet-glossary-022's answer on the round's merged code.
    answer = (
        "Axis Powers: In the 1930s Germany, Japan and Italy signed alliances to form an 'axis"
        " of power' against the threat of communism. When the Second World War began the"
        " countries were known as the Axis Powers. Print this page content.[1]"
    )
    assert "page chrome" in dirty_reasons(answer)
    assert "page chrome" not in dirty_reasons(answer.replace(" Print this page content.", ""))
    assert dirty_reasons("A signal used by the weather bureau. Click here to view.[1]")


def test_a_back_to_top_link_before_the_next_letter_is_chrome() -> None:
    page = _PAGE.format(
        tail='<p class="top"><a href="#top">Back to top</a></p><h2>B</h2>'
        '<p class="term"><strong>Balfour</strong></p><p class="description">A statesman.</p>'
    )
    by_title = {e.title: e.body for e in parse_text(page, "page.html")}
    assert by_title["Axis Powers"] == "Germany, Japan and Italy."
    assert by_title["Balfour"] == "A statesman."
