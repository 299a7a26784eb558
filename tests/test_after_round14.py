"""Fixes after round 14's blind measurement, on the real glossaries that showed them."""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus, outside_coverage
from helpers import ROOT

from rag_glossary.answer.segment import units
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.latex import readable_math
from rag_glossary.parsing import load_corpus, parse_text


def test_an_entry_that_is_only_interchangeable_with_another_answers_from_it() -> None:
    # Ciw's queueing glossary: "service station: Interchangeable with service centre."
    text, cited = outside_answer(
        "queueing-glossary",
        "whats a service station in a queueing model",
        "ciw-glossary#service-station",
        "ciw-glossary#queueing-capacity",
        "ciw-glossary#service-centre",
    )
    assert "refers to service centre" in text
    assert "customers are served" in text  # the centre's own definition
    assert cited == ("ciw-glossary#service-station", "ciw-glossary#service-centre")


def test_what_is_meant_by_is_scaffolding_not_the_term() -> None:
    assert strip_scaffolding("in a queue simulation what is meant by an individual") == (
        "individual"
    )
    assert strip_scaffolding("what do you mean by dropout") == "dropout"
    # a count in digits is a count, as in words: not "3 kinds is not in the glossary"
    assert strip_scaffolding("what are the 2 types of windows") == "windows"
    found = outside_coverage("beam-glossary").check("what 3 kinds of metrics does beam have")
    assert (found.key_term, found.found) == ("metrics", True)
    found = outside_coverage("queueing-glossary").check("what is meant by an individual")
    assert (found.key_term, found.found) == ("individual", True)
    assert "ciw-glossary#individual" in found.entry_ids


def test_a_learn_more_link_list_is_never_an_answer_unit() -> None:
    # Apache Beam's glossary ends every entry with "To learn more, see:" and links; the
    # blind set's sliding-window question got "Windowing: To learn more, see:" and the links.
    entries, _ = outside_corpus("beam-glossary")
    said = " ".join(u.text for u in units(entries["beam-glossary#windowing"].body))
    assert said.startswith("Partitioning a PCollection into bounded subsets")
    assert "learn more" not in said.lower()
    assert "Programming guide" not in said


def test_a_mkdocs_attribute_list_after_a_term_is_not_part_of_its_title() -> None:
    # nglaeser/crypto-glossary: "**Advantage** { #advantage }" then ": The probability ...";
    # the braces stayed in 33 titles, and 4 terms with an empty ":" line were not read at all.
    entries = {e.id: e for e in load_corpus(ROOT / "eval" / "corpora" / "crypto-glossary").entries}
    assert entries["crypto-glossary#advantage"].title == "Advantage"
    assert not any("{" in e.title for e in entries.values())
    for stub in ("probabilistic", "ring", "np", "oracle", "min-entropy"):
        assert entries[f"crypto-glossary#{stub}"].body == ""  # a term with no text, not ":"
    text = "**Term** {: #t .x }\n: A thing.\n\n**Other** { #o }: More.\n"
    assert [(e.title, e.body) for e in parse_text(text, "g.md", "md-terms")] == [
        ("Term", "A thing."),
        ("Other", "More."),
    ]
    heading = parse_text("## Heading { #h }\n\nText.\n", "g.md", "generic")
    assert [(e.title, e.body) for e in heading] == [("Heading", "Text.")]


def test_a_dot_that_opens_a_word_keeps_its_space_and_a_link_lost_takes_its_sentence() -> None:
    # MapServer's glossary (round 15's blind set): "named with the `.map` extension" read
    # "the.map extension"; "It is hosted at https://gdal.org/" read "It is hosted at."
    text, _ = outside_answer(
        "mapserver-glossary", "what file extension must a mapfile have", "glossary#mapfile"
    )
    assert "with the .map extension" in text
    text, _ = outside_answer("mapserver-glossary", "what is gdal", "glossary#gdal")
    assert "hosted at" not in text
    assert text.startswith("GDAL (Geospatial Data Abstraction Library) is a multi-format")


def test_inline_latex_of_a_definition_reads_as_math_not_as_command_names() -> None:
    # crypto-glossary (round 15's blind set) printed "mathsfIP = mathsfPSPACE", "leq g(n)"
    entries, _ = outside_corpus("crypto-glossary")
    said = " ".join(u.text for u in units(entries["crypto-glossary#ip"].body))
    assert "IP = PSPACE" in said and "mathsf" not in said
    big_o = " ".join(u.text for u in units(entries["crypto-glossary#big-o-notation"].body))
    assert "≤ g(n)" in big_o and "leq" not in big_o
    assert readable_math(r"\mathsf{P} \subseteq \mathsf{BPP}") == "P ⊆ BPP"


def test_a_mkdocs_admonition_marker_is_not_text_its_title_labels_it() -> None:
    # crypto-glossary: '!!! info "Formal Definition"' over an indented definition
    entries, _ = outside_corpus("crypto-glossary")
    body = entries["crypto-glossary#negligible"].body
    assert "!!!" not in body and "Formal Definition: A function $f$ is negligible" in body
