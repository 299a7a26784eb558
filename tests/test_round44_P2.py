"""Round 44 lane P2: glossaries held as data in Clojure, ClojureScript and EDN files.

The fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 44, lane P2"): the Datomic
glossary as a vector of keyword / map pairs with a stray Org export line, a ClojureScript site's
content namespace whose ``(def glossary {...})`` sits among tooltip texts and Hiccup components,
a README section written as one Hiccup form, and a model namespace of a glossary feature (no
glossary). The other shapes are written out after them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.models import Entry
from rag_glossary.parsing.clojure_reader import FormReader, clojure_tokens
from rag_glossary.parsing.dialects import parse_document, parse_file, parse_text
from rag_glossary.parsing.sniff_formats import sniff_format

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def datomic() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "datomic-glossary.clj")}


def _entries(text: str, file: str = "glossary.clj") -> list[Entry]:
    return parse_text(text, "x", file=file)


@pytest.mark.parametrize("suffix", [".clj", ".cljs", ".cljc", ".edn"])
def test_clojure_files_are_read(suffix: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES
    assert sniff_format("x", f"a{suffix}") == "clojure"


def test_keyword_map_pairs_are_the_glossary(datomic: dict[str, Entry]) -> None:
    assert len(datomic) == 78
    assert datomic["asof"].title == "asOf"  # the :title's slug, the keyword's case aside
    assert datomic["external-key"].title == "External key"  # "External key " trimmed
    for anchor in ("closed-world-assumption", "lookup-ref", "lru", "edn", "t", "tx", "valcache"):
        assert anchor in datomic
    assert datomic["asof"].line == 2
    assert datomic["client"].line == 46  # a pair at column 0


def test_a_stray_org_line_is_skipped_not_the_file(datomic: dict[str, Entry]) -> None:
    # "@@html: <object data=... >@@" stands between Assertion and Attribute
    assert datomic["assertion"].line == 7
    assert datomic["attribute"].line == 16
    assert datomic["attribute"].body.startswith("Something that can be said about an entity.")
    assert not any("jaretAPI" in e.body or "svg" in e.body for e in datomic.values())


def test_html_in_values_reads_as_text(datomic: dict[str, Entry]) -> None:
    assertion = datomic["assertion"].body
    assert assertion == (
        "An atomic fact in the database, associating an entity, attribute, value, and a tx. "
        "Opposite of a retraction."
    )
    fressian = datomic["fressian"].body
    assert "<" not in fressian and "Self-describing\nLanguage-independent" in fressian
    assert '"datum"' in datomic["datom"].body  # \" in a Clojure string
    assert "In accordance\nwith the principle" in datomic["credentials"].body  # string over lines


def test_a_def_named_glossary_among_other_data() -> None:
    entries = parse_file(FORMATS / "prais2-content.cljc")
    assert [e.title for e in entries] == [
        "Risk Adjustment",
        "Survival rate",
        "Unforeseeable factors",
        "Predicted and Extended Predicted range:",
    ]  # not bar-comments' tooltip texts (:inner, :outer-high, ...)
    by_anchor = {e.anchor: e for e in entries}
    assert by_anchor["survival-rate"].line == 81
    hiccup = by_anchor["predicted-and-extended-predicted-range"].body  # [:div [:p ... [:em ...]]]
    assert "within its predicted range 19 times out of 20." in hiccup
    assert "<" not in hiccup and ":em" not in hiccup
    assert "unforeseeable factors" in by_anchor["unforeseeable-factors"].body


def test_a_hiccup_glossary_page_is_read_as_html() -> None:
    entries = parse_file(FORMATS / "fastester-glossary.clj")
    assert [(e.anchor, e.line) for e in entries] == [
        ("benchmark", 5),
        ("document", 16),
        ("group", 23),
        ("name", 30),
        ("version", 38),
    ]
    assert entries[0].body.startswith("An assembly of a 1-arity function expression")
    assert "We define or write a benchmark." in entries[0].body


def test_a_namespace_of_code_gives_nothing() -> None:
    text = (FORMATS / "metabase-glossary-model.clj").read_text()
    dialect, parsed, entries = parse_document(text, "x", file="glossary.clj")
    assert dialect == "clojure" and not entries and parsed.problem


def test_edn_shapes() -> None:
    edn = """;; terms
{"API" "An application programming interface, the calls a program offers.",
 #_"Old" #_"A discarded entry that is not read at all here."
 "Caf\\u00e9" "A place serving coffee and light meals; \\"café\\" in French.",
 "Datom" "An atomic fact: entity, attribute, value and transaction."}
"""
    entries = _entries(edn, "terms.edn")
    assert [e.title for e in entries] == ["API", "Café", "Datom"]
    assert entries[1].body == 'A place serving coffee and light meals; "café" in French.'
    records = """(ns demo.glossary)
(def ^:private glossary-terms
  "Terms of the demo."
  [#:term{:name "Atom" :definition "A reference type for shared, synchronous state."}
   #:term{:name "Agent" :definition "A reference type for independent, asynchronous state."}
   {:term/name "Ref" :term/definition "A reference type for coordinated, synchronous state."}])
(defn lookup [name] (first (filter #(= name (:term/name %)) glossary-terms)))
"""
    assert [e.title for e in _entries(records)] == ["Atom", "Agent", "Ref"]


def test_settings_and_schemas_give_nothing() -> None:
    deps = '{:paths ["src" "resources"] :deps {org.clojure/clojure {:mvn/version "1.12.0"}}}'
    assert not _entries(deps, "deps.edn")
    chars = '(def list-of-special-chars [[:composition "∘"] [:product "×"] [:over "‾"]])'
    assert not _entries(chars, "core.cljs")


def test_reader_skips_only_the_stray_line() -> None:
    text = '[:a {:title "A"}\n @@html: <object data="x.svg">@@\n :b {:title "B"}]'
    reader = FormReader(clojure_tokens(text), text)
    value, end, offsets = reader.form(0)
    assert end == len(reader.toks)
    assert value == {"a": {"title": "A"}, "b": {"title": "B"}}
    assert offsets[("b", "title")] == text.index(':title "B"')
