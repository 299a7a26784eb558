"""Round 46, lane P: a cross-reference line in any language ("См. X", "Siehe X", "Vedi X",
"Zie ook X", "Se X") is never an answer sentence, an entry that is only one answers from the
entry it names, and a pointer whose name shares no word with its target's title says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from answer_helpers import outside_answer, outside_corpus, ranked_hits

from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.stubs import only_navigates
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.pointer_words import opens_with_pointer, pointed_name, without_pointer_tail

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("См. .NET Standard.", ".NET Standard."),  # dotnet-glossary
        ("См. также раздел Среда выполнения.", "раздел Среда выполнения."),
        ("Siehe RM0008, Kapitel 9.2.", "RM0008, Kapitel 9.2."),  # stm-glossary
        ('Vedi "Logistica 3PL".', '"Logistica 3PL".'),  # ecom-glossary
        ("Zie ook rappo klappo.", "rappo klappo."),  # scouting-glossary
        ("Se Bivax.", "Bivax."),  # bee-glossary (Swedish)
        ("Bkz. comprehensions.", "comprehensions."),  # pydoc-glossary (Turkish)
        # obra-glossary (Spanish): "se" opens a statement, not a pointer
        ("Se destina a la conducción de las aguas residuales, pluviales o ambas.", None),
        # diarization-glossary: an acronym, no "se"
        ("SE Block (Squeeze-and-Excitation): Channel-wise attention mechanism.", None),
        ("See rotation.", None),  # English is read where it always was
    ],
)
def test_pointer_lines(line: str, name: str | None) -> None:
    assert pointed_name(line) == name
    assert opens_with_pointer(line) == (name is not None)


def test_a_closing_pointer_leaves_its_sentence() -> None:
    # dotnet-glossary's assembly entry: the splitter keeps "См. также библиотека." in the unit
    text = "Сборки в папке bin проекта иногда называют двоичными файлами. См. также библиотека."
    assert without_pointer_tail(text) == (
        "Сборки в папке bin проекта иногда называют двоичными файлами."
    )
    kept = "См. таблицу. Она длинная и говорит о многих вещах, которые здесь важны для всех."
    assert without_pointer_tail(kept) == kept


@pytest.fixture(scope="module")
def dotnet() -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in load_corpus(CORPORA / "dotnet-glossary").entries}


@pytest.mark.parametrize("slug", ["net-standard", "сборка-мусора", "net-framework", "сборка"])
def test_no_russian_pointer_is_a_unit(dotnet: dict[str, Entry], slug: str) -> None:
    texts = [unit.text for unit in entry_units(dotnet[slug])]
    assert texts
    assert not any("См." in text for text in texts)


def test_a_russian_pointer_is_no_answer() -> None:
    # dotnet-004 answered "См. .NET Standard." alone (round 45's readers, pattern 3)
    text, cited = outside_answer(
        "dotnet-glossary", "што такое .net standart", "dotnet-glossary#net-standard"
    )
    assert "Формальная спецификация API-интерфейсов .NET" in text
    assert "См." not in text
    assert cited == ("dotnet-glossary#net-standard",)


def test_a_german_reference_is_no_answer() -> None:
    text, _ = outside_answer(
        "stm-glossary", "für welche pins ist CRH zuständig", "stm-glossary#crh"
    )
    assert "GPIO-Pins 8–15" in text
    assert "Siehe" not in text


def test_a_swedish_pointer_entry_navigates() -> None:
    found, _ = outside_corpus("bee-glossary")
    assert only_navigates(ranked_hits(found, "bee-glossary#vax")[0])
    text, cited = outside_answer("bee-glossary", "vax", "bee-glossary#vax", "bee-glossary#bivax")
    assert text.startswith("Bivax: Vax som produceras av arbetsbin")
    assert cited == ("bee-glossary#bivax",)


def test_a_pointer_under_another_name_is_bridged() -> None:
    # "Jugyokenkyu: See lesson study.": nothing in "Lesson Study" shows it answers jugyokenkyu
    text, cited = outside_answer(
        "teach-glossary",
        "what is jugyokenkyu",
        "teach-glossary#jugyokenkyu",
        "teach-glossary#lesson-study",
    )
    assert text.startswith("The glossary's entry for Jugyokenkyu refers to Lesson Study.[1]")
    assert "Lesson Study: The process in which instructors" in text
    assert cited == ("teach-glossary#jugyokenkyu", "teach-glossary#lesson-study")
    # "right rotation: See rotation.": the title answered with shows the link
    text, cited = outside_answer(
        "bst-glossary", "right rotation", "bst-glossary#right-rotation", "bst-glossary#rotation"
    )
    assert "refers to" not in text
    assert cited == ("bst-glossary#rotation",)
