"""Round 49 lane PJ: JavaScript / TypeScript glossary records registered one statement a term.

The fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 49, lane PJ"): a Greek
boatbuilding book's 865 ``glossary.set("TERM", {category, definition, synonyms, english...})``
calls, a chatbot's ``Glossary.set('ngIf', '...')`` definitions, and three files of the same
shapes that are no glossary (an i18n message map, an Express router, a Map cache). The other
shapes (``terms["T"] = ...``, ``terms.T = ...``, ``Object.assign``, TypeScript, a command
registry) are written out after them.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.pointer_words import pointed_name

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def boatyard(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    folder = tmp_path_factory.mktemp("boatyard-glossary")
    shutil.copy(FORMATS / "boatyard-glossary.js", folder)
    return {e.anchor: e for e in load_corpus(folder).entries}


def test_map_set_records_are_the_glossary(boatyard: dict[str, Entry]) -> None:
    assert len(boatyard) == 865
    for anchor in ("καλαφάτισμα", "καρένα-ή-καρίνα", "άσπρο-σκάφος", "μαγκιόρες-πόστες"):
        assert anchor in boatyard
    abakas = boatyard["άβακας"]
    assert abakas.title == "άβακας" and abakas.line == 2
    assert abakas.body.startswith("ξύλινη επιφάνεια (επίπεδη ή ελαφρώς καμπυλωμένη)")
    assert "category: τμήμα σκάφους ειδικού τύπου" in abakas.fields
    # synonyms and the English equivalent are names; "None" is no English name
    assert {"τάκος", "καθρέφτης", "transom"} <= set(abakas.aliases)
    assert boatyard["αβάρα"].aliases == ()
    assert not any("None" in e.aliases or "category: None" in e.fields for e in boatyard.values())
    assert boatyard["αγόμενα"].title == "αγόμενα"  # "αγόμενα " trimmed


def test_markup_pointers_and_listed_names(boatyard: dict[str, Entry]) -> None:
    assert "<span" not in "".join(e.body for e in boatyard.values())
    assert boatyard["ακόνι"].body.startswith("βλ. λαδάκονο")
    # "βλ. X" points at X (the pointer rules): X takes the pointing term as a name
    assert "ακόνι" in boatyard["λαδάκονο"].aliases
    assert "κινήσι" in boatyard["γκινίσι"].aliases  # "βλ.γκινίσι", unspaced
    # two names in one synonyms item: ['ταρσανάς, καρνάγιο']
    assert {"ταρσανάς", "καρνάγιο"} <= set(boatyard["αρσανάς"].aliases)


def test_865_records_load_in_well_under_a_second() -> None:
    text = (FORMATS / "boatyard-glossary.js").read_text(encoding="utf-8")
    start = time.process_time()
    assert len(parse_text(text, "boatyard-glossary", file="boatyard-glossary.js")) == 865
    assert time.process_time() - start < 2.0  # about 0.4 s of CPU; slack for a loaded runner


def test_definition_strings_by_call() -> None:
    entries = {e.title: e for e in parse_file(FORMATS / "angularbot-glossary-calls.js")}
    assert len(entries) == 41
    assert entries["ngFor"].body.startswith("The NgFor directive instantiates a template")
    assert entries["AngularJS"].line == 7


@pytest.mark.parametrize(
    "name", ["assessment-lang-en.js", "jobhunt-routes-applicant.js", "newsapp-memory-cache.js"]
)
def test_programs_of_the_same_shapes_give_nothing(name: str) -> None:
    assert parse_file(FORMATS / name) == []


_DEFINED = "a sentence of several words that defines the term"


@pytest.mark.parametrize(
    ("text", "file"),
    [
        ("\n".join(f'terms["T{n}"] = "{_DEFINED} {n}";' for n in range(4)), "a.js"),
        ("\n".join(f"terms.T{n} = {{ definition: '{_DEFINED}' }}" for n in range(4)), "a.js"),
        (
            "const terms: Map<string, Term> = new Map();\n"
            + "\n".join(f'terms.set("T{n}", {{ description: "{_DEFINED}" }});' for n in range(4)),
            "a.ts",
        ),
        (
            "Object.assign(terms, {" + ", ".join(f'"T{n}": "{_DEFINED}"' for n in range(4)) + "});",
            "a.js",
        ),
    ],
)
def test_other_registrations(text: str, file: str) -> None:
    entries = parse_text(text, "x", file=file)
    assert [e.title for e in entries] == ["T0", "T1", "T2", "T3"]
    assert all(e.body.startswith(_DEFINED) for e in entries)


def test_records_holding_code_are_no_glossary() -> None:
    def registry(handler: str) -> str:
        return "\n".join(
            f"this.commands.set('c{n}', {{ description: '{_DEFINED}'{handler} }});"
            for n in range(4)
        )

    assert len(parse_text(registry(""), "x", file="commands.ts")) == 4
    assert parse_text(registry(", handler: this.run.bind(this)"), "x", file="commands.ts") == []


def test_greek_pointer_words() -> None:
    assert pointed_name("βλ. λαδάκονο") == "λαδάκονο"
    assert pointed_name("Βλέπε ιστός") == "ιστός"
    assert pointed_name("βλ.γκινίσι") == "γκινίσι"
    assert pointed_name("βλήμα που ρίχνεται") is None
