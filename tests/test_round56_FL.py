"""Round 56 lane FL: a Lithuanian glossary (eval/corpora/erp-glossary, the ERPNext manual's
"Sąvokos ir apibrėžimai") and colloquial Lithuanian questions, mostly typed without marks.

Lithuanian is told by its own letters (question_forms.json ``lt``: ė, į, ų; the stop-words
package has no Lithuanian list), its questions by their forms ("kas yra", "ka reiskia",
"kuo skiriasi X nuo Y", "tas pats ar ne"), its words by a light stemmer of its case endings
read without marks (lithuanian_stems.py); refusals are told in Lithuanian.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary import Retriever
from rag_glossary.answer.language_asks import asked_language
from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import words
from rag_glossary.everyday import everyday_in
from rag_glossary.lexical import LexicalIndex, index_tokens
from rag_glossary.lithuanian_stems import lithuanian_stem
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def erp(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("erp-glossary", tmp_path_factory))


def test_the_glossary_is_read_as_lithuanian_and_its_neighbours_stay_so() -> None:
    assert corpus_language(load_corpus(CORPORA / "erp-glossary").entries) == "lt"
    # Czech, Slovak and Polish write none of ė, į, ų
    assert corpus_language(load_corpus(CORPORA / "iot-glossary").entries) == "cs"
    assert corpus_language(load_corpus(CORPORA / "grafy-glossary").entries) == "pl"


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        # a feminine noun in -ė, typed with marks or without, clipped ("imonej")
        ("įmonė įmonės įmonei įmonę įmonėje įmonių įmonėms imones imonej", "imon"),
        ("sandėlis sandėlio sandėlyje sandely sandėlių sandėliai", "sandel"),
        ("įrašas įrašą įrašai įrašų irasas irasa", "iras"),
        ("sąnaudų sanaudu", "sanaud"),
        # a definite adjective: "trečioji šalis", "Trečiosios šalies"
        ("trečioji trečiosios trecioji", "trec"),
        ("žmogiškųjų žmogiškieji zmogiskuju", "zmogisk"),
    ],
)
def test_case_endings_are_stemmed_without_marks(forms: str, stem: str) -> None:
    assert {lithuanian_stem(w) for w in forms.split()} == {stem}


def test_a_short_word_keeps_its_letters() -> None:
    assert lithuanian_stem("kas") == "kas"
    assert lithuanian_stem("yra") == "yra"


def test_bm25_stems_meet_however_typed() -> None:
    entry = index_tokens("Žurnalo įrašas Sąnaudų centras", "lt")
    asked = index_tokens("zurnalo irasa sanaudu centrai", "lt")
    stems = {t for t in entry if t.startswith("~")}
    assert {t for t in asked if t.startswith("~")} == stems


def test_lithuanian_question_forms_are_frame_words() -> None:
    assert asked_words(words("partijos erpnext ka reiskia"), "lt") == ("partijos", "erpnext")
    assert asked_words(words("kas yra apskaitos metai"), "lt") == ("apskaitos", "metai")
    assert {"kas", "ka", "ką", "reiskia", "tai", "yra", "koks", "vadinasi"} <= frame_words("lt")
    assert asked_language("pardavimo piltuvas ka tai reiskia") == "lt"
    assert asked_language("what is a tuya volcano") is None
    assert asked_language("kendall tau correlation") is None


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "kuo skiriasi pirkimo sąskaita-faktūra nuo pardavimo sąskaitos faktūros",
            ("pirkimo sąskaita-faktūra", "pardavimo sąskaitos faktūros"),
        ),
        (
            "atlyginimo irasas ir atlyginimo lapelis - tas pats ar ne?",
            ("atlyginimo irasas", "atlyginimo lapelis"),
        ),
        ("koks skirtumas tarp kliento ir tiekejo", ("kliento", "tiekejo")),
    ],
)
def test_comparisons_in_lithuanian(question: str, sides: tuple[str, str]) -> None:
    assert compared_in_language(question) == f"difference between {sides[0]} and {sides[1]}"


def test_no_comparison_without_a_contrast_word() -> None:
    assert compared_in_language("ar reikia paciam kurti saskaitas klientui ir tiekejui") is None


def test_everyday_words_are_lithuanian() -> None:
    assert {"paprastai", "sveiki", "kaina"} <= everyday_in("lt")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("partijos erpnext ka reiskia", "partija"),  # a title inflected, "erpnext" written
        ("kas yra potencialus klientas ir kuo jis gali veliau tapti", "potencialus-klientas"),
        ("jei vienoj erpnext sistemoj valdau kelias imones, ar ju apskaita bendra?", "įmonė"),
    ],
)
def test_inflected_and_unmarked_questions_are_answered(
    erp: Retriever, question: str, entry: str
) -> None:
    result = erp.retrieve(question, 5)
    assert result.covered
    assert result.hits[0].id == f"erp-glossary#{entry}"


@pytest.mark.parametrize(
    "question",
    [
        "kliento portalas kas tai",  # Klientas's genitive before a head no entry writes
        "daikto variantas kas tai yra",
        "kokiu metodu skaiciuojama prekiu savikaina sandely, kai kas pirmas atejo tas pirmas",
    ],
)
def test_a_title_said_in_passing_decides_nothing(erp: Retriever, question: str) -> None:
    assert not erp.retrieve(question, 5).covered


def test_a_story_asking_back_names_its_title(erp: Retriever) -> None:
    question = (
        "sveiki, dirbu mazoj imonej ir ka tik pradejom naudot erpnext. buhaltere liepe padaryt"
        " zurnalo irasa kad pataisyt viena mokejima, bet as visai nesuprantu kas tas zurnalo"
        " irasas ir kam jo reikia. gal galit paaiskint paprastai?"
    )
    result = erp.retrieve(question, 5)
    assert result.covered
    assert result.hits[0].id == "erp-glossary#žurnalo-įrašas"


def test_a_refusal_is_told_in_lithuanian(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("erp-glossary", tmp_path_factory).ask("kas yra darbo pamaina")
    assert not answer.covered
    assert "žodyne nėra" in answer.text
    assert "artimiausi įrašai" in answer.text


def test_a_word_typed_without_marks_scores_as_written() -> None:
    entries = load_corpus(CORPORA / "erp-glossary").entries
    index = LexicalIndex.build(entries, "lt")
    plain_typed, marked = index.scores("sablonas"), index.scores("šablonas")
    assert plain_typed.max() > 0
    assert (plain_typed == marked).all()
    # another language's index reads the word as typed: no Lithuanian glossary, no mapping
    assert LexicalIndex.build(entries, "cs").scores("sablonas").max() < marked.max()
