"""Round 54 lane PK: a glossary filed in labelled groups of term pairs in a program.

The real file is eval/corpora/golf-glossary/golf-glossary.kt (an Android app's Compose
manual screen, Rioplatense Spanish): ``val glossary = listOf("A" to listOf("Address" to
"...", ...), "B" to listOf(...), ...)``, 13 letter groups of 47 ``"Term" to "Definición"``
pairs amid eight other tabs of ``ManualHeader`` / ``BulletPoint`` prose and a club table.
The same shape in the other code languages is written out with a few of its terms.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.asked_in_language import asked_words, says_phrase
from rag_glossary.coverage.glossary_language import frame_words, function_words
from rag_glossary.coverage.name_rest import setting_after
from rag_glossary.coverage.other_language import english_joined
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.term_groups import distinct_groups

GOLF = Path(__file__).parent.parent / "eval" / "corpora" / "golf-glossary" / "golf-glossary.kt"


@pytest.fixture(scope="module")
def golf() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(GOLF)}


def test_every_pair_of_every_letter_group_is_an_entry(golf: dict[str, Entry]) -> None:
    assert len(golf) == 47
    address = golf["address"]
    assert (address.id, address.title, address.line) == ("golf-glossary#address", "Address", 508)
    assert address.body.startswith("Es la postura que adopta el jugador antes de iniciar")
    # one-pair groups ("O", "R") and a trailing comma ("C") read as the others do
    assert golf["out-of-bounds"].body == "Zona exterior a los límites del campo (estacas blancas)."
    assert golf["rough"].title == "Rough"
    assert golf["chipping"].body.startswith("Tiro corto de bajo vuelo")
    assert golf["hándicap"].title == "Hándicap"
    assert golf["top"].line == 578


def test_letters_tabs_and_the_manual_prose_are_no_entries(golf: dict[str, Entry]) -> None:
    titles = {e.title for e in golf.values()}
    assert not {"A", "B", "S", "T", "Swing", "Glosario", "PW", "Madera 3"} & titles
    assert not any("Grip" in t and t != "Grip" for t in titles)  # "1. El Agarre (Grip)"


def _terms(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return [(e.title, e.body) for e in parse_file(tmp_path / name)]


_ADDRESS = "Es la postura que adopta el jugador antes de iniciar el swing."
_ALBATROS = "Hacer un hoyo con 3 golpes bajo el par de la cancha."
_BIRDIE = "Completar un hoyo con 1 golpe bajo el par."
_BOGEY = "Completar un hoyo con 1 golpe sobre el par."
_CADDIE = "Persona que transporta la bolsa y asiste al jugador con consejos."
_WANT = [
    ("Address", _ADDRESS),
    ("Albatros", _ALBATROS),
    ("Birdie", _BIRDIE),
    ("Bogey", _BOGEY),
    ("Caddie", _CADDIE),
]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "g.kt",
            f'val g = mapOf("A" to mapOf("Address" to "{_ADDRESS}", "Albatros" to "{_ALBATROS}"),\n'
            f'  "B" to listOf(Pair("Birdie", "{_BIRDIE}"), Pair("Bogey", "{_BOGEY}")),\n'
            f'  "C" to listOf("Caddie" to "{_CADDIE}"))\n',
        ),
        (
            "g.swift",
            f'let g: [String: [String: String]] = ["A": ["Address": "{_ADDRESS}", '
            f'"Albatros": "{_ALBATROS}"], "B": ["Birdie": "{_BIRDIE}", "Bogey": "{_BOGEY}"],\n'
            f'  "C": ["Caddie": "{_CADDIE}"]]\n',
        ),
        (
            "g.go",
            f'var G = map[string]map[string]string{{"A": {{"Address": "{_ADDRESS}", '
            f'"Albatros": "{_ALBATROS}"}}, "B": {{"Birdie": "{_BIRDIE}", "Bogey": "{_BOGEY}"}},\n'
            f'  "C": {{"Caddie": "{_CADDIE}"}}}}\n',
        ),
        (
            "g.scala",
            f'val g = Map("A" -> Map("Address" -> "{_ADDRESS}", "Albatros" -> "{_ALBATROS}"),\n'
            f'  "B" -> Map("Birdie" -> "{_BIRDIE}", "Bogey" -> "{_BOGEY}"), '
            f'"C" -> Map("Caddie" -> "{_CADDIE}"))\n',
        ),
        (
            "g.rb",
            f'GLOSSARY = {{ "A" => {{ "Address" => "{_ADDRESS}", "Albatros" => "{_ALBATROS}" }},\n'
            f'  "B" => {{ "Birdie" => "{_BIRDIE}", "Bogey" => "{_BOGEY}" }},\n'
            f'  "C" => {{ "Caddie" => "{_CADDIE}" }} }}.freeze\n',
        ),
        (
            "g.php",
            f'<?php\n$g = ["A" => ["Address" => "{_ADDRESS}", "Albatros" => "{_ALBATROS}"],\n'
            f'  "B" => ["Birdie" => "{_BIRDIE}", "Bogey" => "{_BOGEY}"],\n'
            f'  "C" => ["Caddie" => "{_CADDIE}"]];\n',
        ),
        (
            "g.js",
            f'const g = {{ A: {{ Address: "{_ADDRESS}", Albatros: "{_ALBATROS}" }},\n'
            f'  B: {{ Birdie: "{_BIRDIE}", Bogey: "{_BOGEY}" }},\n'
            f'  C: {{ Caddie: "{_CADDIE}" }} }};\n',
        ),
        (
            "g.json",
            f'{{"A": {{"Address": "{_ADDRESS}", "Albatros": "{_ALBATROS}"}},\n'
            f' "B": {{"Birdie": "{_BIRDIE}", "Bogey": "{_BOGEY}"}},\n'
            f' "C": {{"Caddie": "{_CADDIE}"}}}}\n',
        ),
    ],
)
def test_labelled_groups_read_as_one_glossary_in_every_code_language(
    tmp_path: Path, path: str, text: str
) -> None:
    assert _terms(tmp_path, path, text) == _WANT


def test_one_table_per_language_is_no_glossary(tmp_path: Path) -> None:
    en = ["Hello there, welcome to the app.", "Goodbye and see you again soon soon."]
    es = ["Hola, bienvenido a la aplicación.", "Adiós y hasta pronto otra vez."]
    keys = ["greeting", "farewell", "thanks", "retry", "done"]
    more = ["Thank you so much for playing.", "Something went wrong, sorry.", "All saved now."]

    def table(values: list[str]) -> str:
        return ", ".join(f'"{k}" to "{v}"' for k, v in zip(keys, values, strict=True))

    text = f'val m = mapOf("en" to mapOf({table(en + more)}), "es" to mapOf({table(es + more)}))'
    assert _terms(tmp_path, "m.kt", text) == []


def test_distinct_groups_needs_two_groups_of_mostly_new_keys() -> None:
    assert distinct_groups([["Address", "Albatros"], ["Birdie"]])
    assert not distinct_groups([["Address", "Albatros"]])
    assert not distinct_groups([["greeting", "farewell"], ["greeting", "farewell"]])


# --- phase 2: Spanish questions over the golf glossary's entries -------------------------


@pytest.fixture(scope="module")
def golf_index() -> CoverageIndex:
    return CoverageIndex(load_corpus(GOLF.parent).entries)


@pytest.mark.parametrize(
    ("question", "key_term", "found"),
    [
        # "que es" / "q es" say Spanish though "que", "es" and "cup" are English words too
        ("que es la ryder cup", "ryder cup", False),
        ("q es el gaping de los palos?", "gapping", True),  # "q": "que" as typed
        # an English "and" joins one English name, which no entry writes
        ("que es el pitch and putt", "pitch and putt", False),
        ("que es el out of bounds", "out of bounds", True),  # a title with "of"
        # the name, "en" and a word the glossary writes: the setting it is asked in
        ("que significa ser scratch en golf", "scratch", True),
        ("que es un condor en golf", "condor golf", False),
        # one unwritten word, a name's initials; the rest the glossary's words: Sand Wedge
        ("que es el SW en la bolsa de palos", "sw", True),
        ("que es el GP en la bolsa de palos", "que es el gp en la bolsa de palos", False),
    ],
)
def test_spanish_questions_name_what_they_ask(
    golf_index: CoverageIndex, question: str, key_term: str, found: bool
) -> None:
    term = golf_index.check(question)
    assert (term.key_term, term.found) == (key_term, found)


def test_phrases_say_spanish_and_q_is_a_frame_word() -> None:
    assert says_phrase(["que", "es", "la", "ryder", "cup"], "es")
    assert asked_words(["q", "es", "el", "gaping"], "es") == ("gaping",)
    assert asked_words(["what", "is", "a", "ryder", "cup"], "es") is None


def test_english_joined_needs_an_english_join_between_two_words() -> None:
    own = function_words("es")
    assert english_joined(["pitch", "and", "putt"], own, lambda _: False) == "pitch and putt"
    assert english_joined(["pitch", "and", "putt"], own, lambda _: True) is None  # written
    assert english_joined(["and", "putt"], own, lambda _: False) is None
    # Dutch "of" is "or": a word of the question's own language joins nothing English
    assert english_joined(["gips", "of", "kalk"], function_words("nl"), lambda _: False) is None


def test_setting_after_reads_only_a_closing_written_word() -> None:
    frame = frame_words("es")
    said = ["que", "significa", "scratch", "en", "golf"]
    assert setting_after(said, ["scratch"], frame, {"golf"})
    assert not setting_after(said, ["scratch"], frame, set())  # a word no entry writes
    assert not setting_after([*said, "profesional"], ["scratch"], frame, {"golf"})
