"""Round 53 lane FU: a Ukrainian glossary (Obsidian Help's glossary, uk locale) asked in
Ukrainian, typed as people type it.

question_forms.json gains Ukrainian's question forms (its "what", "means", "difference",
"between", "from"; Russian-keyboard letters "и" for "і"); Ukrainian stems with Snowball's
Russian stemmer, its own letters read as a Russian keyboard types them (LEXICAL_VERSION
11); a comparison's sides join at "від" after the contrast word; a Latin name typed in
Cyrillic ("обсидіан") is the Latin name the glossary writes; Ukrainian typed in Latin
letters is read in Cyrillic (ukrainian_latin.py); and a labelled line written whole as
inline code ("`Aliases: локальне сховище, локальні дані`") gives aliases (PARSER_VERSION
125).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import corpus_language, question_forms
from rag_glossary.cyrillic_latin import latin_spellings
from rag_glossary.greeklish import Spelling
from rag_glossary.language_stems import index_token
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.language_labels import labelled_names
from rag_glossary.ukrainian_latin import UkrainianLatin, sound_key

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"
SET = "obsidian-glossary"


@pytest.fixture(scope="module")
def obsidian() -> list[Entry]:
    return list(load_corpus(CORPORA / SET).entries)


def _entry(entries: list[Entry], anchor: str) -> Entry:
    return next(e for e in entries if e.anchor == anchor)


def test_inline_code_aliases_line(obsidian: list[Entry]) -> None:
    assert _entry(obsidian, "сховище").aliases == ("локальне сховище", "локальні дані")
    assert _entry(obsidian, "віддалене-сховище").aliases == ("Віддалені дані",)
    # the line must be code whole: code inside a plain labelled line stays as before
    assert labelled_names(["`Aliases: a`, b"]) == []
    assert labelled_names(["Synonyms: `foo`, bar"]) == ["`foo`", "bar"]


def test_ukrainian_forms_and_stems(obsidian: list[Entry]) -> None:
    assert corpus_language(obsidian) == "uk"
    forms = question_forms()["uk"]
    assert "від" in forms.from_joins and "відрізняється" in forms.contrast
    # Russian-keyboard letters and case endings meet the glossary's word's stem
    assert index_token("снипет", "uk") == index_token("сніпета", "uk")
    assert index_token("телефони", "uk") == index_token("телефоні", "uk")
    # another language's stems are as before
    assert index_token("сніпета", "ru") == "сніпет"


def test_cyrillic_spelled_latin_name() -> None:
    assert "obsidian" in latin_spellings("обсидіані")
    assert latin_spellings("obsidian") == []


def test_ukrainian_in_latin_letters(obsidian: list[Entry]) -> None:
    assert sound_key("stritchkove") == sound_key("стрічкове")
    assert sound_key("shcho") == sound_key("що")
    reader = UkrainianLatin.of(t for e in obsidian for t in (e.title, e.body))
    assert reader.read("shcho take stritchkove menyu") == "що таке стрічкове меню"
    # a name the glossary lacks is spelled letter by letter; its Latin names stay
    assert reader.read("rezhym chytannia v Obsidian shcho tse") == (
        "режим читання в Obsidian що це"
    )
    # an English question is left as typed
    assert reader.read("what is a vault in obsidian") == "what is a vault in obsidian"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("мітка в обсидіані - що це", "мітка"),
        ("shcho take hrupa vkladok", "група-вкладок"),
        ("чим відрізняється сніпет від теми", "сніпет"),
        ("що таке закріплена вкладка", None),
    ],
)
def test_ukrainian_questions(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant(SET, tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
    else:
        assert answer.covered and answer.citations[0] == f"{SET}#{cited}"


def test_only_a_ukrainian_glossary_reads_latin_as_ukrainian() -> None:
    # a Czech question over a Czech glossary stays as typed ("co" is no "цо")
    iot = list(load_corpus(CORPORA / "iot-glossary").entries)
    spelling = Spelling.of(iot, "cs")
    assert spelling.ukrainian.read("co znamena zasady opakovani") == "co znamena zasady opakovani"


def test_short_cyrillic_word_is_no_latin_name() -> None:
    # Russian "нету" less its "у" would be "net" (.NET's glossary writes it)
    assert latin_spellings("нету") == []


def test_elliptical_second_side(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "local vault and remote [vault]": the second side's one word takes the first's noun
    answer = shared_assistant(SET, tmp_path_factory).ask(
        "яка різниця між віддаленим сховищем і локальним"
    )
    assert answer.covered
    assert set(answer.citations[:2]) == {f"{SET}#сховище", f"{SET}#віддалене-сховище"}


def test_inline_code_alias_line_leaves_the_body() -> None:
    """Obsidian's `` `Aliases: …` `` line under ``## Сховище`` gives the aliases and is no
    longer the body's first sentence (answers printed it: the obsidian reader's finding)."""
    corpus = load_corpus(CORPORA / SET)
    vault = next(e for e in corpus.entries if e.id == "obsidian-glossary#сховище")
    assert "локальне сховище" in vault.aliases
    assert "Aliases" not in vault.body
    assert vault.body.startswith("Сховище — це тека")
