"""Round 18, text lane: what the Markdown parsers keep of comments and reading lists, and
the expansions that numeronyms and AsciiDoc acronyms are defined by; real glossaries."""

from __future__ import annotations

from answer_helpers import clean_answer, outside_answer, outside_corpus, ranked_hits

from rag_glossary.parsing.base import defined_acronym_aliases
from rag_glossary.parsing.clean import blank_html_comments
from rag_glossary.parsing.dialects import parse_text


def test_a_comment_over_several_lines_is_not_entry_text() -> None:
    # gpu-glossary: Local memory kept its TODO note, Shared memory an alternative wording
    # and Strong Scaling a note, all inside <!-- ... --> over several lines.
    entries, _ = outside_corpus("gpu-glossary")
    local = entries["gpu-glossary#local-memory"].body
    assert local == "a region of DRAM that is accessible only to a specific CUDA thread."
    for anchor in ("shared-memory", "strong-scaling", "registers", "nvlink"):
        body = entries[f"gpu-glossary#{anchor}"].body
        assert "<!--" not in body and "-->" not in body and "TODO" not in body
    assert "linear strong scaling" not in entries["gpu-glossary#strong-scaling"].body
    assert not any("Pipeline Hazards" in e.title for e in entries.values())  # commented out


def test_a_page_whose_only_text_is_a_licence_comment_reads_no_entry() -> None:
    # beam-glossary: the text above the first term was only the Apache licence comment
    entries, _ = outside_corpus("beam-glossary")
    assert "beam-glossary#beam-glossary" not in entries
    assert not any("Apache License" in e.body for e in entries.values())


def test_comments_are_blanked_but_code_and_lines_stay() -> None:
    text = "a <!-- x\ny --> b\n```\n<!-- kept -->\n```\nuse `<!--` here <!-- gone -->\n<!-- open"
    assert blank_html_comments(text) == (
        "a \n b\n```\n<!-- kept -->\n```\nuse `<!--` here \n<!-- open"
    )
    entries = parse_text("## Term\n\nText.\n<!--\nnote\n-->\n\n## Next\n\nMore.\n", "g.md")
    assert [(e.title, e.body, e.line) for e in entries] == [
        ("Term", "Text.", 1),
        ("Next", "More.", 8),
    ]


def test_a_term_over_an_empty_definition_keeps_the_text_that_follows() -> None:
    # crypto-glossary "**Hybrid composition**" over ": <!-- TODO -->" and an admonition
    entries, _ = outside_corpus("crypto-glossary")
    body = entries["crypto-glossary#hybrid-comp"].body
    assert body.startswith("Composition Theorem:\nIf ")
    for stub in ("probabilistic", "ring", "np", "oracle", "min-entropy"):
        assert entries[f"crypto-glossary#{stub}"].body == ""


def test_a_reading_list_after_the_definition_is_not_its_text() -> None:
    # dl-glossary: "* [Calculus on Computational Graphs: Backpropagation](http://...)" items
    # after a definition were answer sentences; the definition's own sentences answer.
    entries, _ = outside_corpus("dl-glossary")
    body = entries["dl-glossary#backpropagation"].body
    assert body.endswith("is often cited as the source.")
    assert "Machine Learning Glossary" not in body
    text, _ = outside_answer(
        "dl-glossary",
        "which kind of networks has batch normalization not worked well for",
        "dl-glossary#batch-normalization",
    )
    assert "Recurrent Neural Networks" in text
    assert "Accelerating Deep Network Training" not in text
    only_links = "## Manuals\n\n- [GNU manuals](https://www.gnu.org/manual/manual.html)\n"
    assert parse_text(only_links, "g.md")[0].body == "- GNU manuals"  # nothing else: kept


def test_a_numeronym_gets_the_word_it_abbreviates() -> None:
    # distsys-glossary (AsciiDoc): "K8s:: Kubernetes. An open source system ..."
    assert defined_acronym_aliases("K8s", "Kubernetes. An open source system") == ["Kubernetes"]
    assert defined_acronym_aliases("i18n", "Internationalization: making") == [
        "Internationalization"
    ]
    assert defined_acronym_aliases("K8s", "Kube is a system") == []  # not 8 letters between
    assert defined_acronym_aliases("K8s", "Kubernetes-based tooling") == []
    entries, _ = outside_corpus("distsys-glossary")
    k8s = entries["distsys-glossary#k8s"]
    assert (k8s.title, k8s.aliases) == ("K8s", ("Kubernetes",))


def test_asciidoc_acronyms_get_the_expansion_their_definition_opens_with() -> None:
    # distsys-glossary: "DAG:: A directed acyclic graph is ..."; titles stay the acronyms
    entries, _ = outside_corpus("distsys-glossary")
    assert entries["distsys-glossary#dag"].title == "DAG"
    assert entries["distsys-glossary#dag"].aliases == ("directed acyclic graph",)
    assert entries["distsys-glossary#cdc"].aliases == ("Change data capture",)
    assert entries["distsys-glossary#saml"].title == "SAML"


def test_an_answer_names_the_expansion_its_text_leaves_out() -> None:
    # distsys-glossary: "K8s: An open source system ..." never said Kubernetes
    text, cited = outside_answer(
        "distsys-glossary", "kubernetes explained briefly", "distsys-glossary#k8s"
    )
    assert text.startswith("K8s (Kubernetes): An open source system")
    assert cited == ("distsys-glossary#k8s",)
    # the text spells it out already: the title alone
    text, _ = outside_answer("distsys-glossary", "what is a dag", "distsys-glossary#dag")
    assert text.startswith("DAG: A directed acyclic graph is")
    text, _ = outside_answer("dlcourse-glossary", "what is an mlp", "dlcourse-glossary#mlp")
    assert text.startswith("MLP: A multilayer perceptron")


def test_a_members_question_keeps_the_entry_that_lists_them_over_the_hub_filter() -> None:
    # beam-glossary-015 "what 3 kinds of metrics does beam have": one kind's entry ranks
    # first and Metrics ("three types of metric: Counter, Distribution, and Gauge") is
    # 1.6 deviations more of a hub; with the licence comment gone from the page entry the
    # hub filter dropped Metrics before the list rule could choose it.
    found, idf = outside_corpus("beam-glossary")
    ids = (
        "beam-glossary#distribution-metric",
        "beam-glossary#counter-metric",
        "beam-glossary#metrics",
        "beam-glossary#gauge-metric",
        "beam-glossary#driver",
    )
    signals = [(0.58, -0.44), (0.52, 0.03), (0.52, 1.18), (0.54, -0.67), (0.31, 1.22)]
    hits = ranked_hits(found, *ids)
    for hit, (dense, hub) in zip(hits, signals, strict=True):
        hit.signals.update(dense=dense, hub=hub)
    _, cited = clean_answer(hits, "what 3 kinds of metrics does beam have", idf)
    assert cited == ("beam-glossary#metrics",)
