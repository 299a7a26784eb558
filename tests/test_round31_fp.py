"""Round 31 follow-up lane FP, on the real entries of the round-31 blind sets.

Navigation is no entry: a section whose text is only links (dicom's ``## Contents`` of
in-page links, ``## Additional Resources`` with its footer of previous/next links,
carpentry's trailing ``## More on`` list of articles) and a page's ``#`` title with a
one-line intro over the ``##``/``###`` headings of its terms. Every real entry stays.

A fact that only a code block of the cited entry holds is shown as that block, fenced:
the lung window preset (values in Swift comments), the study/series/instance tree (a
plain fence), the rescale formula (a plain fence the quoted sentence leads into). A
program's names are no such fact: an MLP's PyTorch class is not shown for "feed
forward ... layers".
"""

from __future__ import annotations

from answer_helpers import answer_from, clean_answer, corpus_by_id, outside_corpus, ranked_hits

from rag_glossary.parsing.navigation import only_links, page_title

DICOM = "dicom-glossary#"
CARPENTRY = "carpentry-glossary#"


def test_dicom_navigation_is_no_entry_and_every_term_stays() -> None:
    entries, _ = outside_corpus("dicom-glossary")
    for junk in ("dicom-glossary", "contents", "additional-resources"):
        assert DICOM + junk not in entries
    for term in (
        "dicom",
        "transfer-syntax",
        "preset-windows",
        "instance",
        "wado-web-access-to-dicom-objects",
    ):
        assert DICOM + term in entries
    assert DICOM + "quick-tag-reference" in entries  # a table of tags in code: content
    assert len(entries) == 31


def test_carpentry_trailing_link_list_is_no_entry() -> None:
    entries, _ = outside_corpus("carpentry-glossary")
    assert CARPENTRY + "more-on" not in entries
    assert CARPENTRY + "box-and-finger-joint" in entries
    assert len(entries) == 44


def test_only_links_needs_every_line_a_link_with_a_short_note() -> None:
    assert only_links(["- [General Terms](#general-terms)", "- [Modalities](#modalities)"])
    resources = [
        "- **[DICOM Standard](https://www.dicomstandard.org/)** - official specification",
        "",
        "---",
        "Previous: [Getting Started](GETTING_STARTED.md) | Next: [Usage](USAGE.md)",
    ]
    assert only_links(resources)
    assert not only_links(["See [Overfitting](#overfitting)."])  # one link: a term's pointer
    assert not only_links(
        [
            "- [Dropout](#dropout) randomly zeroes activations during training so units"
            " do not co-adapt",
            "- [Batch](#batch)",
        ]
    )


def test_page_title_is_the_lone_top_heading_with_a_short_intro() -> None:
    intro = ["", "A reference guide to DICOM terms and concepts.", ""]
    assert page_title([1, 2, 3, 3, 3], intro, [False] * 3)
    assert not page_title([1, 2, 3], intro, [False] * 3)  # too few headings below it
    assert not page_title([1, 2, 3, 4, 5, 6], intro, [False] * 3)  # a chain of sections
    assert not page_title([2, 2, 3, 3, 3], intro, [False] * 3)  # another heading at its level
    assert not page_title([1, 2, 2, 2, 2], ["Definition.", "", "More.", "Still more."], [False] * 4)


def test_lung_window_values_in_swift_comments_are_shown_as_code() -> None:
    entries, idf = outside_corpus("dicom-glossary")
    hits = ranked_hits(entries, DICOM + "preset-windows")
    text, _ = clean_answer(hits, "center and width to use for looking at lungs on ct", idf)
    assert "```swift\n" in text and "// Center: -600 HU, Width: 1500 HU" in text


def test_hierarchy_tree_in_a_plain_fence_is_shown() -> None:
    entries, idf = outside_corpus("dicom-glossary")
    hits = ranked_hits(entries, DICOM + "instance")
    question = (
        "what is an instance in dicom and how does it sit under series and study in the hierarchy"
    )
    text, _ = clean_answer(hits, question, idf)
    assert "A single DICOM image." in text and "`-- Series 1" in text


def test_formula_the_quoted_sentence_leads_into_is_shown() -> None:
    entries, idf = outside_corpus("dicom-glossary")
    hits = ranked_hits(entries, DICOM + "rescale-slopeintercept")
    question = "how do i turn the raw stored numbers into real clinical values, whats the formula"
    text, _ = clean_answer(hits, question, idf)
    assert "Real Value = (Pixel x Slope) + Intercept" in text
    assert "rescaleParametersV2" not in text  # the other block is not asked


def test_unasked_code_stays_out() -> None:
    entries, idf = outside_corpus("dicom-glossary")
    text, _ = clean_answer(
        ranked_hits(entries, DICOM + "multi-frame-image"), "what is a multi-frame image", idf
    )
    assert "```" not in text


def test_code_whose_words_the_quoted_list_already_says_stays_out() -> None:
    """h8-006: the Makefile entry's explanation list names CXX and CXXFLAGS; its 32-line
    Makefile says no more of what is asked."""
    question = "CXX and CXXFLAGS in a make file, what are those"
    text, _ = answer_from(corpus_by_id(), question, "data-archive-m#makefile")
    assert "CXX and CXXFLAGS: These variables" in text and "```" not in text


def test_sample_output_that_shows_the_asked_levels_is_shown() -> None:
    """h5-013: the MultiIndex entry's printed frame shows the asked Product/Store levels."""
    question = (
        "in pandas can a dataframe have an index with two levels, like product and then "
        "store, so i can slice by either one"
    )
    text, _ = answer_from(corpus_by_id(), question, "data-archive-m#multi-level-index")
    assert "Product A Store X" in text
