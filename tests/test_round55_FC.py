"""Round 55 lane FC: a Catalan glossary (eval/corpora/coad-glossary, a thesis pipeline's
MkDocs glossary of colorectal cancer subtyping) and Catalan questions.

Catalan question forms (data/question_forms.json ``ca``: "què és", "q vol dir", "X
significat", "com s'anomena", "diferència entre"), the elided and contracted function words
the stop-words package's Catalan list lacks (l', d', s', del, als, pel, són), read on the
real glossary with the real model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary import Retriever
from rag_glossary.answer.language_asks import asked_language, asks_what_in_language
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def coad(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("coad-glossary", tmp_path_factory))


def test_the_glossary_is_read_as_catalan_and_the_spanish_ones_stay_spanish() -> None:
    assert corpus_language(load_corpus(CORPORA / "coad-glossary").entries) == "ca"
    # the Catalan function words added (del, al, no, se, l, d) are Spanish or French too
    assert corpus_language(load_corpus(CORPORA / "obra-glossary").entries) == "es"
    assert corpus_language(load_corpus(CORPORA / "wine-glossary").entries) == "fr"


def test_catalan_question_forms() -> None:
    for asked in ("data leakage significat", "q vol dir filtrage de gens"):
        assert asked_language(asked) == "ca"
        assert asks_what_in_language(asked)
    # elisions and contractions are no content: "s'anomena", "dels", "al"
    assert {"s", "l", "d", "dels", "al", "quina", "vol", "dir"} <= frame_words("ca")
    assert asked_language("what is a tuya volcano") is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("data leakage significat", "data-leakage"),
        ("q vol dir filtrage de gens", "filtratge-de-gens"),
        ("genomic data commons que es", "gdc"),
        ("que es el manifest del gdc i per a que el fa servir el pipeline", "manifest-gdc"),
    ],
)
def test_named_questions_are_answered(coad: Retriever, question: str, entry: str) -> None:
    result = coad.retrieve(question, 5)
    assert result.covered
    assert result.hits[0].id == f"coad-glossary#{entry}"


def test_a_described_negative_asking_a_name_keeps_its_words(coad: Retriever) -> None:
    # "s'anomena ... s'apren": the elided "s" is no name ("s model s" found Model before)
    result = coad.retrieve(
        "com s'anomena quan el model s'apren de memoria el train i despres falla amb dades noves", 5
    )
    assert not result.covered


def test_the_forms_are_data() -> None:
    data = Path(__file__).parent.parent / "rag_glossary" / "data" / "question_forms.json"
    assert "q vol dir" in json.loads(data.read_text(encoding="utf-8"))["ca"]["phrases"]


def test_sigla_de_gives_the_expansion_as_an_alias() -> None:
    entries = {e.anchor: e for e in load_corpus(CORPORA / "coad-glossary").entries}
    assert entries["cms"].aliases == ("Consensus Molecular Subtypes",)
    assert entries["gdc"].aliases == ("Genomic Data Commons",)
    assert entries["pca"].aliases == ("Principal Component Analysis",)


def test_an_expansion_asked_in_catalan_is_answered(coad: Retriever) -> None:
    result = coad.retrieve("que son els consensus molecular subtypes", 5)
    assert result.covered
    assert result.hits[0].id == "coad-glossary#cms"


def test_a_refusal_is_told_in_catalan(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("coad-glossary", tmp_path_factory).ask("que es el f1 micro")
    assert not answer.covered
    assert answer.text.startswith("f1 micro no és al glossari; entrades més properes")


def test_catalan_everyday_words_are_no_specific_words(coad: Retriever) -> None:
    from rag_glossary.everyday import everyday_in

    assert {"vegada", "igual", "posar", "arxius"} <= everyday_in("ca")
    # "implica" is everyday Catalan: the key term is "mutacio kras", which no entry writes
    result = coad.retrieve("que implica una mutacio kras en el cancer colorectal", 5)
    assert not result.covered
    assert result.key_term == "mutacio kras"
