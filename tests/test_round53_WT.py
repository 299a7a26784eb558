"""Round 53 lane WT: a lead-in noun before the name asked ("the name posix", "the term k&r
c", "the word lagg") is no word of the name (coverage/lead_in.py).

- unixstd-glossary-015 "who came up with the name posix" read its key term as "name posix",
  which no entry has, and was refused naming it; read as "posix" (a phrase of the POSIX.1
  entries) it is judged as the other questions about POSIX are.
- The noun goes only when the glossary lacks the whole and has the rest: "name resolution"
  (a Rust glossary title) stays whole, and "the name each dicom node uses" is a noun and
  its clause, not a lead-in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex, KeyTerm, TermCoverage, extract_key_terms
from rag_glossary.coverage.lead_in import lead_in_dropped
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


def _index(name: str) -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / name).entries)


@pytest.fixture(scope="module")
def unixstd() -> CoverageIndex:
    return _index("unixstd-glossary")


def test_name_lead_in_dropped_for_a_phrase_the_glossary_has(unixstd: CoverageIndex) -> None:
    question = "who came up with the name posix"
    assert [t.text for t in extract_key_terms(question)] == ["name posix"]
    found = unixstd.check(question)
    assert found.key_term == "posix" and found.found
    assert "unixstd-glossary#posix1-1988" in found.entry_ids


def test_term_lead_in_dropped_before_a_title(unixstd: CoverageIndex) -> None:
    found = unixstd.check("what does the term k&r c mean")
    assert (found.key_term, found.how, found.entry_ids) == (
        "k r c",
        "title",
        ("unixstd-glossary#kr-c",),
    )


def test_name_lead_in_before_titles_of_other_glossaries() -> None:
    nebra = _index("juno-glossary").check("what does the name nebra mean")
    assert (nebra.key_term, nebra.how) == ("nebra", "title")
    splat = _index("llvm-glossary").check("where does the name splat come from, which hardware")
    assert (splat.key_term, splat.entry_ids) == ("splat", ("llvm-glossary#splat",))


def test_a_name_the_glossary_has_whole_keeps_its_noun() -> None:
    rust = _index("rust-glossary")
    # "resolution" alone is a phrase of its text too: the whole decides
    assert rust.check("what is resolution").found
    found = rust.check("what does the name resolution mean")
    assert found.key_term == "name resolution" and found.how == "title"


def test_a_noun_and_its_clause_is_no_lead_in() -> None:
    dicom = _index("dicom-glossary")
    question = (
        "the name each dicom node uses to identify itself on the network together with ip and port"
    )
    found = dicom.check(question)
    assert found.key_term == "name each dicom node" and found.found is False

    def rest_found(term: KeyTerm) -> TermCoverage:  # were "each dicom node" a name
        return TermCoverage(term.text, not term.text.startswith("name"), "title", (), True)

    said = [KeyTerm("name each dicom node", True), KeyTerm("word for meat", True)]
    question = "the name each dicom node uses, the word for meat"
    assert lead_in_dropped(question, said, rest_found) == said
    assert lead_in_dropped("the name posix", [KeyTerm("name posix", True)], rest_found) == [
        KeyTerm("posix", True)
    ]


def test_only_after_a_definite_determiner(unixstd: CoverageIndex) -> None:
    # "a name server" is a kind of server, never "the name" of one
    terms = extract_key_terms("what is a name posix")
    assert [
        t.text for t in lead_in_dropped("what is a name posix", terms, unixstd._check_term)
    ] == ["name posix"]
    terms = extract_key_terms("what is the name posix")
    kept = lead_in_dropped("what is the name posix", terms, unixstd._check_term)
    assert [t.text for t in kept] == ["posix"]
