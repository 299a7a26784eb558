"""Round 57 lane WQ: a question with no question word over a non-English glossary.

A bare question ("broma atomnumurs?", the atomic number of bromine) says no frame word of the
glossary's language, so asked_in_language.asked_words does not read it in that language and
its rules (``cases_written``, inflected titles) never ran: its name, said in another form (the
genitive "broma" of Broms), was neither a title as written nor one entry's word, and the
question was read as one missing term. Now a short question none of whose words is English
is read in the glossary's language when nothing else found its name, and only a name found
decides (language_parts.LanguageParts._bare_in_language).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def lingo() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "lingo-glossary").entries)


def test_a_bare_latvian_question_finds_its_inflected_title(lingo: CoverageIndex) -> None:
    found = lingo.check("broma atomnumurs?")
    assert found.found
    assert found.entry_ids == ("lingo-glossary#126",)  # Broms


def test_it_reads_as_the_framed_question_does(lingo: CoverageIndex) -> None:
    framed = lingo.check("kāds ir broma atomnumurs?")
    assert lingo.check("broma atomnumurs?").entry_ids == framed.entry_ids


def test_a_question_with_an_english_word_is_not_read_so(lingo: CoverageIndex) -> None:
    assert lingo._bare_in_language("broma atomic number") is None


def test_a_longer_question_is_not_read_so(lingo: CoverageIndex) -> None:
    assert lingo._bare_in_language("broma atomnumurs un masa un blīvums jardā") is None


def test_an_english_glossary_is_untouched() -> None:
    entries = load_corpus(CORPORA / "a11y-glossary").entries
    assert CoverageIndex(entries)._bare_in_language("broma atomnumurs") is None


def test_a_latin_typed_serbian_verb_finds_its_cyrillic_title() -> None:
    # "razlika izmedju iseci i kopiraj?": the side "kopiraj" (the imperative of копирати,
    # typed in Latin letters) is Умножити's other name, said in another form
    desktop = CoverageIndex(load_corpus(CORPORA / "desktop-glossary").entries)
    found = desktop.check("kopiraj")
    assert found.found
    assert "desktop-glossary#умножити" in found.entry_ids
