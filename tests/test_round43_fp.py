"""Round 43 follow-up P: words typed without their letters' marks (grafy-glossary, a Polish
graph theory glossary, and statpl-glossary; real entries, real model).

"sciezka hamiltona vs sciezka eulera" was refused ("sciezka hamiltona nie występuje")
though ŚCIEŻKA HAMILTONA is a title; "jak sie oznacza liczbe chromatyczna" kept "sie"
(się) and "oznacza" in its key term.
"""

from __future__ import annotations

import pytest
from helpers import make_entry
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.marks import MarkedWords, plain

_GRAFY = "grafy-glossary"


def test_plain_drops_every_mark() -> None:
    assert plain("ścieżka") == "sciezka"
    assert plain("dopełnienie") == "dopelnienie"
    assert plain("ångström") == "angstrom"
    assert plain("außen") == "aussen"
    assert plain("graph") == "graph"


def test_a_name_typed_without_marks_is_read_as_the_glossary_writes_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    entries = shared_assistant(_GRAFY, tmp_path_factory).retriever.entries
    marked = MarkedWords.of(entries, "pl")
    assert marked.restore("Sciezka hamiltona vs sciezka eulera") == (
        "Ścieżka hamiltona vs ścieżka eulera"
    )
    # an everyday word as typed ("sie", though GRAF SAMODOPEŁNIAJĄCY SIĘ) stays; a word
    # only bodies write with marks ("krawędzie") stays too
    assert marked.restore("jak sie nazywa krawedzie") == "jak sie nazywa krawedzie"


def test_two_marked_words_of_one_plain_form_are_neither() -> None:
    entries = [make_entry("t", "a", "Pêche", "x"), make_entry("t", "b", "Péché", "y")]
    marked = MarkedWords.of(entries, "fr")
    assert marked.restore("peche") == "peche"


def test_a_function_word_typed_without_marks_is_a_frame_word() -> None:
    assert {"się", "sie", "może", "moze", "są", "sa"} <= frame_words("pl")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("sciezka hamiltona vs sciezka eulera", "ŚCIEŻKA HAMILTONA: "),
        ("rozmiar grafu a rzad grafu, jaka jest roznica bo mi sie myli", "ROZMIAR GRAFU: "),
        ("czym jest dopelnienie grafu i jak sie je zapisuje?", "DOPEŁNIENIE GRAFU: "),
        ("jak sie oznacza liczbe chromatyczna", "LICZBA CHROMATYCZNA: "),
        # "grafie": a form of the glossary's subject (graf, grafu), no kind of MARSZRUTA
        ("marszruta w grafie znaczenie", "MARSZRUTA: "),
        # a story, then the last clause asks to explain ("wytlumaczyc") a name
        (
            "mam jutro kolokwium z matmy dyskretnej a prowadzacy caly wyklad gadal o grafie "
            "kubicznym, w notatkach mam tylko ze to cos z trojka i nic wiecej nie rozumiem... "
            "moze ktos wytlumaczyc po ludzku co to jest graf kubiczny?",
            "GRAF KUBICZNY: ",
        ),
        # a longer question opening with a title of two words: GRAF PROSTY, not GRAF
        # DWUDZIELNY, whose text says more of its words
        ("czy graf prosty moze miec krawedz z wierzcholka do niego samego?", "GRAF PROSTY: "),
    ],
)
def test_a_polish_question_typed_without_marks_is_answered(
    question: str, opening: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_GRAFY, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.text.startswith(opening)
