"""Round 56 lane RP: answerable stories and paraphrases in Catalan and Slovak that were refused
with the right entry first (coad-glossary, sdlc-glossary: round 55's open item).

- Slovak names take case endings wherever a sentence puts them (question_forms ``sk``
  ``cases``, as Finnish): "do sady telemetrickych signalov" says Sada telemetrických
  signálov; in a language whose users type without marks (language_stems.PLAIN_STEMS) a
  name is also keyed by its words stemmed without them, since Snowball's Czech stemmer
  knows "-ých" only with its mark ("telemetrickych" stays whole);
- Catalan "explicar" asks what a thing means, and the forms of "poder" the stop-words list
  lacks ("pots", "podries") are function words: "..., m'ho podries explicar?" closing a
  story refers back to the title the story wrote (story_names._clause_title);
- the words of a glossary's language that count as no specific thing in the rare-words
  count (its naming words, its everyday words when the first hit leads BM25) count as no
  word "no entry uses" either (coverage/foreign_words.py): "posar", "lloc".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_retriever

from rag_glossary import Retriever
from rag_glossary.coverage.foreign_words import ForeignWords
from rag_glossary.coverage.glossary_language import frame_words, question_forms
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.stem_names import stem_key, stem_table
from rag_glossary.everyday import everyday_in
from rag_glossary.judgement_terms import entry_text
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def coad(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return shared_retriever("coad-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def sdlc(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return shared_retriever("sdlc-glossary", tmp_path_factory)


def test_slovak_names_take_case_endings() -> None:
    assert question_forms()["sk"].cases


def test_a_name_typed_without_marks_is_keyed_by_its_plain_stems() -> None:
    title = "Sada telemetrických signálov"
    key = phrase_key(words(title))
    table = stem_table([title], {key: 0}, "sk")
    # the Czech stemmer strips "-ých" but not "-ych": typed plainly, the word stays whole
    said = words("sady telemetrickych signalov")
    assert stem_key(said, "sk") != stem_key(words(title), "sk")
    assert table[stem_key(said, "sk")] == key
    # a language whose users keep their marks keys the name as before
    assert len(stem_table([title], {key: 0}, "pl")) == 1


@pytest.mark.parametrize(
    "question",
    [
        "ake signaly patria do sady telemetrickych signalov",
        "ktore metriky su v sade telemetrickych signalov",
        "preco potrebujeme sadu telemetrickych signalov",
    ],
)
def test_an_inflected_title_typed_without_marks_is_found(sdlc: Retriever, question: str) -> None:
    result = sdlc.retrieve(question, 5)
    assert result.covered
    assert result.key_term == "sada telemetrických signálov"
    assert result.hits[0].id == "sdlc-glossary#sada-telemetrických-signálov"


def test_a_slovak_story_naming_a_title_is_answered_from_it(sdlc: Retriever) -> None:
    result = sdlc.retrieve(
        "kolega na každom stand-upe omieľa niečo, čomu hovorí blast radius, vraj kvôli tomu"
        " nemôžeme agentovi dať prístup ku všetkému naraz. nechcem sa pýtať jeho, tak čo to"
        " vlastne je?",
        5,
    )
    assert result.covered
    assert result.hits[0].id == "sdlc-glossary#blast-radius"


def test_catalan_explaining_and_poder_forms() -> None:
    assert {"explicar", "explica"} <= question_forms()["ca"].meaning
    assert {"pots", "podries", "podria"} <= frame_words("ca")


def test_a_catalan_story_closing_with_m_ho_pots_explicar_asks_its_title(coad: Retriever) -> None:
    result = coad.retrieve(
        "el meu company parla tot el dia del split estratificat quan preparem les dades, no"
        " tinc clar que vol dir, m'ho pots explicar?",
        5,
    )
    assert result.covered
    assert result.key_term == "split estratificat"
    assert result.hits[0].id == "coad-glossary#split-estratificat"


def test_everyday_catalan_words_are_no_words_no_entry_uses() -> None:
    entries = load_corpus(CORPORA / "coad-glossary").entries
    foreign = ForeignWords.of(entry_text(e) for e in entries)
    question = "el pas de posar cada lectura del sequenciador al seu lloc dins del genoma"
    assert foreign.count(question, frame_words("ca")) == 2  # "posar", "lloc"
    assert foreign.count(question, frame_words("ca") | everyday_in("ca")) == 0


def test_a_catalan_paraphrase_in_everyday_words_is_answered(coad: Retriever) -> None:
    result = coad.retrieve(
        "el pas de posar cada lectura del sequenciador al seu lloc dins del genoma de referencia",
        5,
    )
    assert result.covered
    assert result.hits[0].id == "coad-glossary#alineament"
