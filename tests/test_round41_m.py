"""Round 41 M: glossaries not in English (real entries; the real model where answers are
claimed).

BM25's stem column used English Porter2 whatever the glossary's language ("braende" never
met "Brand"); the index now stores the glossary's language in its manifest and stems in it
(``lexical.index_token``). A described question to such a glossary counted the rare words
of the English model's closest entry, often not the entry answered (``judgement``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT
from shared_index import shared_assistant, shared_index

from rag_glossary.coverage.glossary_language import corpus_language, question_forms
from rag_glossary.index.store import read_manifest
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import LexicalIndex
from rag_glossary.parsing import load_corpus

_CORPORA = ROOT / "eval" / "corpora"


@pytest.mark.parametrize(
    ("language", "said", "written"),
    [
        ("de", "braende", "brand"),
        ("de", "feuerwehren", "feuerwehr"),
        ("fr", "douanière", "douanier"),
    ],
)
def test_stems_follow_the_glossary_language(language: str, said: str, written: str) -> None:
    assert index_token(said, language) == index_token(written, language)
    assert index_token(said) != index_token(written)  # English Porter2 keeps them apart


def test_the_corpus_language_is_told_from_its_entries() -> None:
    assert corpus_language(load_corpus(_CORPORA / "feuerwehr-glossary").entries) == "de"
    assert corpus_language(load_corpus(_CORPORA / "fret-glossary").entries) == "fr"
    assert corpus_language(load_corpus(_CORPORA / "cv-glossary").entries) is None


def test_a_german_index_meets_an_inflected_word(tmp_path: Path) -> None:
    entries = load_corpus(_CORPORA / "feuerwehr-glossary").entries
    # entries writing "Brand" but never "Brände": the plural meets them through the stem
    only_singular = [
        i
        for i, e in enumerate(entries)
        if "brand" in e.body.lower().split() and "brände" not in e.body.lower()
    ]
    assert only_singular
    LexicalIndex.build(entries, "de").save(tmp_path)
    german = LexicalIndex.load(tmp_path, len(entries), "de").scores("braende")
    assert all(german[i] > 0 for i in only_singular)
    LexicalIndex.build(entries).save(tmp_path / "en")
    english = LexicalIndex.load(tmp_path / "en", len(entries)).scores("braende")
    assert not any(english[i] > 0 for i in only_singular)


def test_the_manifest_keeps_the_language(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert read_manifest(shared_index("feuerwehr-glossary", tmp_path_factory)).language == "de"


def test_question_words_are_data_for_romance_and_german() -> None:
    forms = question_forms()
    for language, what in (("fr", "quel"), ("de", "welche"), ("es", "cuál"), ("it", "quale")):
        assert what in forms[language].question
    assert {"qual", "como", "porquê"} <= forms["pt"].question
    assert "diferença" in forms["pt"].contrast


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("obra-glossary", "como se clasifica el suelo segun su ubicacion", "obra-glossary#suelo"),
        ("bee-glossary", "de små extra ögonen uppe på huvudet på biet", "bee-glossary#ocelli"),
    ],
)
def test_a_description_is_judged_on_the_entry_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == cited
