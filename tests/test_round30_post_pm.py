"""Round 30 post-fix PM: morph-glossary's findings outside the parser's structure, as
general rules (real entries of eval/corpora/morph-glossary and the design corpora).

- "X meaning in Y": the meaning asked of a term in a setting is no word of the term;
- a modifier derived from the best entry's name ("normative spelling", Normatize) names it;
- CommonMark indented code is code, and "... the following ten symbols:" over it a statement;
- a hard-wrapped line starting "source ..." is no "Sources" link-list lead;
- truncated-mojibake repairs only in a document that really is mojibake ("nêpât" stays);
- a placeholder body ("???") is a stub: never a nearest entry of a refusal;
- an opening "also X, Y" names line and a "please use X instead" usage note;
- a count in words ("ten") answers "how many".
"""

from __future__ import annotations

from functools import cache

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary.answer.blocks import _link_list_lead, body_blocks
from rag_glossary.answer.cues import NUMBER
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.derived_names import derived_from
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.fences import indented_code
from rag_glossary.parsing.mojibake import fix_mojibake

M = "morph-glossary#"


@cache
def _morph() -> dict[str, Entry]:
    corpus = load_corpus(ROOT / "eval" / "corpora" / "morph-glossary")
    return {e.id: e for e in corpus.entries}


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("wordform meaning in linguistics", "wordform"),
        ("lemma definition in cree dictionaries", "lemma"),
        ("cap theorem meaning for databases", "cap theorem"),
        ("wordform meaning", "wordform"),  # the bare final word, as before
        # after an adjective the noun heads the name
        ("operational definition in psychology", "operational definition"),
    ],
)
def test_meaning_before_a_setting(question: str, term: str) -> None:
    assert extract_key_terms(question)[0].text == term


def test_meaning_in_a_setting_finds_the_title() -> None:
    index = CoverageIndex(list(_morph().values()))
    found = index.check("wordform meaning in linguistics", [f"{M}wordform"])
    assert (found.found, found.how, found.entry_ids) == (True, "title", (f"{M}wordform",))


@pytest.mark.parametrize(
    ("word", "name", "derived"),
    [
        ("normative", "normatize", True),
        ("standard", "standardize", True),
        ("normalized", "normalize", False),  # an inflection: the title lookups' own
        ("active", "act", False),  # a stem too short to join words
        ("normatize", "normatize", False),
    ],
)
def test_derived_from(word: str, name: str, derived: bool) -> None:
    assert derived_from(word, name) is derived


def test_a_modifier_derived_from_the_best_name() -> None:
    index = CoverageIndex(list(_morph().values()))
    ranked = [f"{M}normatize", f"{M}standardize"]
    found = index.check("whats the normative spelling of alot", ranked)
    assert found.found and found.entry_ids == (f"{M}normatize",)
    # the noun must be the entry's word: Normatize never says "grammar"
    assert index.check("what is normative grammar", ranked).found is False
    # and only the best entry's name counts
    assert index.check("whats the normative spelling of alot", ranked[::-1]).found is False


def test_indented_code_is_code() -> None:
    symbols = _morph()[f"{M}multicharacter-symbol"]
    assert "```\nIC+ | n | i | p | â | w | +V | +AI | +Cnj | +3Sg\n```" in symbols.body
    units = [u.text for u in entry_units(symbols)]
    assert 'For example, "nêpât" is transduced to the following ten symbols (separated by |).' in (
        units
    )
    lines = ["A list:", "", "- item", "", "    its second paragraph", "", "Text.", "", "    code"]
    assert indented_code(lines, [False] * len(lines), 0) == {8: 9}


def test_a_lead_in_over_code_states_only_what_it_names() -> None:
    body = "To find them, you can run:\n\n```\nselect 1\n```"
    assert [u.text for u in entry_units(_entry(body))] == []


def _entry(body: str) -> Entry:
    return Entry("x#y", "x", "y", "Y", (), body, (), None, "x.md", 1)


def test_a_wrapped_line_is_no_link_list_lead() -> None:
    assert not _link_list_lead("source language and target language respectively, of the")
    assert _link_list_lead("Sources:")
    assert _link_list_lead("Learn more: Seattle SDOT: Vision Zero")
    assert _link_list_lead("Read More")
    pair = _morph()[f"{M}language-pair"]
    said = " ".join(text for _, text in body_blocks(pair.body))
    assert "ISO 639-3 language codes for the source language and target language" in said


def test_mojibake_repair_needs_mojibake() -> None:
    assert fix_mojibake("acâhkosiwiw and nêpât") == "acâhkosiwiw and nêpât"
    assert fix_mojibake("a château, donât") == "a château, donât"
    assert fix_mojibake("the modelâs output, donât do it") == "the model's output, don't do it"
    assert "acâhkosak" in _morph()[f"{M}normatize"].body


def test_placeholder_bodies_are_stubs() -> None:
    assert _morph()[f"{M}inflected-form"].is_stub
    assert _entry("TBD").is_stub and _entry("").is_stub and _entry(" - ").is_stub
    assert not _entry("Three question marks (???) mark a doubt.").is_stub


def test_count_words_are_numbers() -> None:
    assert NUMBER.search("the following ten symbols")
    assert not NUMBER.search("one of the symbols")


def test_morph_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    morph = shared_assistant("morph-glossary", tmp_path_factory)
    wordform = morph.ask("wordform meaning in linguistics")
    assert wordform.covered and wordform.citations == (f"{M}wordform",)
    normative = morph.ask("whats the normative spelling of alot")
    assert normative.citations == (f"{M}normatize",) and '"a lot"' in normative.text
    ten = morph.ask("how many symbols does the fst turn nêpât into")
    assert "ten symbols" in ten.text
    crkeng = morph.ask("what does crkeng stand for in the morphodict file paths")
    assert "ISO 639-3" in crkeng.text and "Respectively" not in crkeng.text
    analysis = morph.ask("whats a linguistic breakdown of a word")
    assert analysis.text.startswith(
        "analysis is also called linguistic analysis or linguistic breakdown."
    )
    stem = morph.ask("which algorithm would chop connection down to connect")
    assert "please use the term root" not in stem.text and "Porter" in stem.text
    refused = morph.ask("all the inflected versions of one word taken together")
    assert not refused.covered and "inflected form (" not in refused.text
