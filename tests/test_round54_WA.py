"""Round 54, lane WA: second names written inside the definition.

backgammon-glossary's numbered senses end with a Bulgarian synonyms line (``3. Синоними:
кокс, марсилеза (неправилно название).`` under Бекгемън): a "synonyms" label in any language
(data/synonym_labels.json), also after a numbered sense's ``3. ``, lists the term's names
(language_labels.py), so backgammon-glossary-007 ("кокс в таблата какво значи") finds
Бекгемън. A qualified label ("Рядко използвани синоними", rarely used synonyms) lists none.

iot-glossary's heading "Direct – metoda" is left half in English; its text calls the term
"Přímá metoda je způsob, jak ...": a first sentence whose subject is the title with one word
put another way, a word the text never uses, names the term (first_names.py), so
iot-glossary-008 ("prima metoda na zarizeni jak funguje") finds it.

parisc-glossary's ``Aka NIO`` / ``Aka "I/O MMU"`` were read already (body_names.py's sentence
phrases; first_names.py when the definition opens with it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.first_names import first_sentence_names
from rag_glossary.parsing.language_labels import labelled_names

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _aliases(corpus: str) -> dict[str, tuple[str, ...]]:
    return {e.anchor: e.aliases for e in load_corpus(CORPORA / corpus).entries}


def test_backgammon_numbered_synonyms_lines() -> None:
    aliases = _aliases("backgammon-glossary")
    assert {"кокс", "марсилеза"} <= set(aliases["bekgemyn"])
    assert {"разцепване", "разделяне"} <= set(aliases["cepene"])
    assert "салам" in aliases["sudzhuk"]
    assert aliases["shashka"] == ()  # "Рядко използвани синоними: ...": a qualified label
    # "4. Превод от английски: задна игра" is a translation, no second name
    assert "задна игра" not in aliases["bekgemyn"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("2. Synonyma: přímá metoda, metoda zařízení.", ["přímá metoda", "metoda zařízení"]),
        ("Sinónimos: sellador, junta", ["sellador", "junta"]),
        ("Synonymes : pâte brisée", ["pâte brisée"]),
        ("1) Синонимы: кокс", ["кокс"]),
        ("3. Synonyms: feature, field", ["feature", "field"]),
    ],
)
def test_synonyms_label_in_any_language(line: str, names: list[str]) -> None:
    assert labelled_names([f"The text.\n{line}"]) == names


def test_synonyms_label_reads_names_not_sentences() -> None:
    assert labelled_names(["3. Синоними: когато играчът не може да изиграе нищо."]) == []
    assert labelled_names(["12. Python: a language used for scripts"]) == []


def test_iot_heading_half_in_english() -> None:
    aliases = _aliases("iot-glossary")
    assert aliases["direct--metoda"] == ("Přímá metoda",)
    assert aliases["azure-iot-tools"] == ("Nástroje Azure IoT",)
    # "Nevlákenná zařízení je dokument JSON ..." under "Dvojče zařízení": a Czech word swapped
    assert aliases["dvojče-zařízení"] == ()
    # "Automatická správa zařízení v Azure IoT Hub automatizuje ...": the title itself
    assert aliases["automatická-správa-zařízení"] == ()


def test_swapped_word_needs_an_unused_plain_word() -> None:
    # another word, neither spelled alike nor an English heading word: another thing
    body = "Mini batch is a small batch of examples."
    assert first_sentence_names("Batch size", body) == []
    # a code is no word put another way
    body = "Portable stations are stations in the field using battery power."
    assert first_sentence_names("Portable /P", body) == []
    # a language the data has no verbs for reads no subject ("is" is Hungarian "also")
    body = "Függvények címét is tárolhatja egy pointer. Hiszen bármilyen architektúrát."
    assert first_sentence_names("Függvény mutató", body, "hu") == []


@pytest.mark.parametrize(
    ("corpus", "anchor", "names"),
    [
        ("tax-glossary", "accural-accounting", ("Accrual accounting",)),  # misspelled heading
        ("cooking-glossary", "pan-fry", ("Pan frying",)),
        ("garden-glossary", "soilsandy", ("Sandy soils",)),  # "soil—sandy"
        ("radio-glossary", "portable-p", ()),  # "Portable stations are ...": a code swapped
        ("safety-glossary", "proxy-alignment", ()),  # "A proxy-aligned mesa-optimizer is"
        ("cpp-glossary", "függvény-mutató", ()),  # Hungarian "is" is "also"
    ],
)
def test_english_headings_spelled_another_way(
    corpus: str, anchor: str, names: tuple[str, ...]
) -> None:
    assert _aliases(corpus)[anchor] == names


def test_parisc_aka_sentences() -> None:
    assert also_known_aliases(
        "Hewlett Packard-Precision Bus. HP proprietary I/O bus. Aka NIO."
    ) == ["NIO"]
    ioa = first_sentence_names("IOA", 'IO Adapter. Aka "I/O MMU". Generally handles I/O.')
    assert ioa == []  # not the first sentence: body_names reads it
    assert also_known_aliases('IO Adapter. Aka "I/O MMU". Generally handles I/O.') == ["I/O MMU"]
    assert first_sentence_names("HP-PB", "Aka NIO. Hewlett Packard-Precision Bus.") == ["NIO"]


def test_numbered_sense_before_a_name_phrase() -> None:
    body = "1. A virtual computer.\n2. Also known as VM"
    assert also_known_aliases(body) == ["VM"]
    body = "1. A virtual computer.\n2. Synonyms: guest machine"
    assert also_known_aliases(body) == ["guest machine"]
