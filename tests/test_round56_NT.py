"""Round 56, lane NT: a question in the glossary's own language naming its answering entry
but asking what the entry's text does not say (judgement_named_rest.py).

coad-glossary-024 ("com es fa la corba de supervivencia dels pacients segons el subtipus
molecular") was answered with Subtipus molecular's definition: the question says the title,
but not one of corba, supervivencia, pacients is in it or the next two hits. The question
is read by its language's function words and question forms; one asking how many or
which, or what the name is with a second part, or naming an entry written in English,
keeps its answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_retriever

from rag_glossary.judgement_named_rest import _inflected_form, named_rest_unsaid
from rag_glossary.judgement_reasons import NAMED_REST_REASON
from rag_glossary.marks import plain
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _hits(corpus: str, *anchors: str) -> list[Entry]:
    """The entries of ``corpus`` in the order of ``anchors`` (the measure's first hits)."""
    by_id = {e.id: e for e in load_corpus(CORPORA / corpus).entries}
    return [by_id[f"{corpus}#{anchor}"] for anchor in anchors]


@pytest.mark.parametrize(
    ("corpus", "language", "anchors", "question"),
    [
        (
            "coad-glossary",
            "ca",
            ("subtipus-molecular", "etiqueta-cms", "cms"),
            "com es fa la corba de supervivencia dels pacients segons el subtipus molecular",
        ),
        (
            "feuerwehr-glossary",
            "de",
            ("funk", "gerätekunde", "fms-funkmeldesystem"),
            "wie buchstabiert man namen im funk, mit so wörtern für jeden buchstaben?",
        ),
        (
            "boatyard-glossary",
            "el",
            ("ίσαλος", "ίσαλος-πλεύσης", "γάστρα"),
            "τι δειχνει η γραμμη plimsoll, η ισαλος φορτωσης",
        ),
    ],
)
def test_named_entry_asked_what_it_does_not_say(
    corpus: str, language: str, anchors: tuple[str, ...], question: str
) -> None:
    assert named_rest_unsaid(question, _hits(corpus, *anchors), language)


@pytest.mark.parametrize(
    ("corpus", "language", "anchors", "question"),
    [
        # how much: the entry says the number its own way ("32 ETH स्टेक")
        (
            "ethereum-glossary",
            "hi",
            ("validator", "staking", "staking-pool"),
            "validator चलाने के लिए कितना ETH stake करना जरूरी है",
        ),
        # which of its kinds (CMS3)
        (
            "coad-glossary",
            "ca",
            ("cms", "model", "etiqueta-cms"),
            "quin dels subtipus cms te menys mostres al conjunt de dades",
        ),
        # the named entry is written in English: no Turkish word is said by it
        (
            "pydoc-glossary",
            "tr",
            ("list", "zen-of-python", "abstract-base-class"),
            "python listesinde elemana erisim hizi ne, linked list gibi mi",
        ),
        # what the name is, then a second part
        (
            "feuerwehr-glossary",
            "de",
            ("atemschutzüberwachung", "druckschlauch", "pumpe"),
            "was ist die atemschutzüberwachung und wozu schreibt der überwacher den druck "
            "und die uhrzeit auf",
        ),
        (
            "boatyard-glossary",
            "el",
            ("καρενάρισμα", "μπούρδος", "μανιζόβολο"),
            "τι ειναι το καρεναρισμα και πως το εκαναν παλια",
        ),
        # two words unsaid (sten, räknas): fewer than three
        (
            "geotech-glossary",
            "sv",
            ("block", "bärförmåga", "borr"),
            "hur stor måste en sten vara för att räknas som block",
        ),
    ],
)
def test_named_entry_asked_what_it_says(
    corpus: str, language: str, anchors: tuple[str, ...], question: str
) -> None:
    assert not named_rest_unsaid(question, _hits(corpus, *anchors), language)


@pytest.mark.parametrize(
    ("word", "said_by", "said"),
    [
        ("الاعضاء", "أعضاء", True),  # the article before it (coldwar-glossary's Security Council)
        ("pacients", "pacient", True),
        ("γραμμη", "γραμμες", True),  # another ending
        ("supervivencia", "supervisat", False),  # coad-glossary's Etiqueta CMS
    ],
)
def test_forms_of_a_word(word: str, said_by: str, said: bool) -> None:
    assert _inflected_form(plain(word), {plain(said_by)}) is said


def test_question_in_another_language_not_read() -> None:
    """An English question of a Catalan glossary: its words are not the glossary's."""
    hits = _hits("coad-glossary", "subtipus-molecular")
    question = "how do you draw the survival curve of patients by molecular subtipus molecular"
    assert not named_rest_unsaid(question, hits, "ca")


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("com es fa la corba de supervivencia dels pacients segons el subtipus molecular", False),
        ("què és un subtipus molecular", True),
    ],
)
def test_with_the_model(
    question: str, covered: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = shared_retriever(CORPORA / "coad-glossary", tmp_path_factory)
    result = retriever.retrieve(question, k=5)
    assert result.covered is covered
    if not covered:
        assert result.reason == NAMED_REST_REASON
