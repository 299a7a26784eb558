"""Round 48 lane PD: glossary records held as enum values (Dart enhanced enums, Kotlin enum
classes, Java enums with positional arguments; Swift enums through computed properties).

Real files (tests/fixtures/formats/SOURCES.md, "Round 48, lane PD"): a Flutter app's Dart
``enum GlossaryTerm`` (flora-glossary.dart), Egeria's Java sustainability glossary enum and
Egeria's GlossaryTermStatus enum (a status list, no glossary). The other shapes are written
out after real public files listed there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.source_enums import glossary_enum

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def flora() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "flora-glossary.dart")}


def test_every_dart_enum_value_is_an_entry_keyed_by_its_term_string(
    flora: dict[str, Entry],
) -> None:
    assert len(flora) == 37
    assert all(e.anchor == slugify(e.title) for e in flora.values())
    for anchor in ("scorpioid-cyme", "superior-ovary", "ray-floret", "simple-leaf", "open"):
        assert anchor in flora
    assert flora["scorpioid-cyme"].title == "Scorpioid cyme"
    # the camelCase identifier is the program's name for the constant, not an alias
    assert all(e.aliases == () for e in flora.values())
    assert not {"scorpioidcyme", "superiorovary", "GlossaryTerm"} & set(flora)


def test_dart_strings_join_and_decode(flora: dict[str, Entry]) -> None:
    monocot = flora["monocot"].body
    assert "(leaf when sprouting).\nThey typically have long narrow leaves" in monocot
    assert flora["ray-floret"].body == (
        "Florets with a conspicuous petal (5 petals fused). "
        "These often form the outermost ring of a capitulum."
    )
    assert flora["stigma"].body.startswith("The uppermost part of a flower's female")
    assert flora["inflorescence"].body == "A grouped unit of numerous individual flowers."
    assert flora["cyathium"].body.endswith("each consisting of a single stamen")


def test_a_java_enum_is_named_through_its_constructor() -> None:
    entries = {e.anchor: e for e in parse_file(FORMATS / "egeria-sustainability-glossary.java")}
    assert len(entries) == 9
    assert entries["carbon-dioxide"].aliases == ("CO2",)
    assert entries["hydrofluorocarbon"].aliases == ("HFC",)
    assert entries["greenhouse-gas-protocol"].url == "https://ghgprotocol.org"
    assert entries["emission"].body.startswith("Human activity is causing the release")
    assert "GHG_PROTOCOL" not in entries["greenhouse-gas-protocol"].aliases


def test_a_status_enum_with_names_and_descriptions_gives_nothing() -> None:
    assert parse_file(FORMATS / "egeria-glossary-term-status.java") == []


@pytest.mark.parametrize(
    ("name", "params", "glossary"),
    [
        ("GlossaryTerm", [], True),
        ("GlossaryTermDefinition", ["name", "summary", "description"], True),
        ("BotanyTerms", [], True),
        ("GlossaryEntry", [], True),
        ("Flower", ["term", "definition"], True),
        ("GlossaryTermStatus", ["ordinal", "name", "description"], False),
        ("GlossaryCategoryDefinition", ["name", "description"], False),
        ("GovernanceDefinition", ["name", "description"], False),
        ("HttpStatus", ["code", "message"], False),
        ("ErrorCode", ["code", "message"], False),
        ("Screen", ["label", "description"], False),
    ],
)
def test_which_enums_are_glossaries(name: str, params: list[str], glossary: bool) -> None:
    assert glossary_enum(name, params) is glossary


GLOSSARIES = {
    "a.kt": """enum class Term(val term: String, val definition: String) {
    TEPAL("Tepal", "The petals and sepals of a flower, when indistinguishable."),
    @Deprecated("old") NODE("Node", "The point at " + "which a leaf attaches to the stem."),
}""",
    "a.java": """public enum BotanyTerms {
    TEPAL("Tepal", "The petals and sepals of a flower, when indistinguishable.") {
        @Override public String toString() { return "x"; }
    },
    NODE("Node", "The point at which a leaf attaches to the stem.");
    private final String name; private final String text;
    BotanyTerms(String name, String text) { this.name = name; this.text = text; }
}""",
    "a.dart": """enum Flower {
  tepal(term: 'Tepal', definition: 'The petals and sepals of a flower, when indistinguishable.'),
  node(term: 'Node', definition: 'The point at which a leaf attaches to the stem.');
  const Flower({required this.term, required this.definition});
  final String term;
  final String definition;
}""",
    "a.swift": """enum BotanyTerm: String, CaseIterable {
    case tepal = "Tepal"
    case node = "Node"
    var id: String { rawValue }
    var definition: String {
        switch self {
        case .tepal: return String(localized: "The petals and sepals of a flower, " +
            "when indistinguishable.")
        case .node: return "The point at which a leaf attaches to the stem."
        }
    }
}""",
    "b.swift": """enum GlossaryTerm: String, CaseIterable, Identifiable {
    case tepal
    case node
    var term: String {
        switch self {
        case .tepal: return String(localized: "Tepal")
        case .node: return "Node"
        }
    }
    var definition: String {
        switch self {
        case .tepal:
            return String(localized: "The petals and sepals of a flower, when indistinguishable.")
        case .node:
            return String(localized: "The point at which a leaf attaches to the stem.")
        }
    }
}""",
}


@pytest.mark.parametrize("file", sorted(GLOSSARIES))
def test_enum_glossaries_in_each_language(file: str) -> None:
    entries = parse_text(GLOSSARIES[file], "x", file=file)
    assert [e.title for e in entries] == ["Tepal", "Node"]
    assert entries[0].body.startswith("The petals and sepals of a flower, when")
    assert entries[1].body == "The point at which a leaf attaches to the stem."


NOT_GLOSSARIES = {
    # javalin's HttpStatus: reason phrases (KDoc comments say more)
    "status.kt": """enum class HttpStatus(val code: Int, val message: String) {
    /** This interim response indicates that the client should continue the request. */
    CONTINUE(100, "Continue"),
    DEFAULT(-66, "An unexpected error occurred \\nSorry for the inconvenience."),
}""",
    "error.java": """public enum ErrorCode {
    EMAIL_ALREADY_EXISTS("ERR_EMAIL_EXISTS", "Email already exists", CONFLICT),
    PHONE_ALREADY_EXISTS("ERR_PHONE_EXISTS", "An account with this phone number already exists",
        CONFLICT);
    private final String code;
    ErrorCode(String code, String message, HttpStatus status) { this.code = code; }
}""",
    # a glossary's message keys: the text is in a resource file
    "keys.kt": """enum class GlossaryTerm(val titleKey: String, val descriptionKey: String) {
    ESCAPED("glossary.escaped.title", "glossary.escaped.description"),
    KILLED("glossary.killed.title", "glossary.killed.description"),
}""",
    "labels.dart": """enum Screen {
  home('Home', 'The start screen of the app with your latest plants.'),
  settings('Settings', 'Change the app theme, language and notifications.');
  const Screen(this.label, this.description);
  final String label;
  final String description;
}""",
    # a personality quiz's result texts
    "quiz.swift": """enum AnimalType: Character {
    case dog = "D", cat = "C"
    var definition: String {
        switch self {
        case .dog: return "You are incredibly outgoing. You surround yourself with friends."
        case .cat: return "Mischievous, yet mild-tempered, you enjoy doing things alone."
        }
    }
}""",
}


@pytest.mark.parametrize("file", sorted(NOT_GLOSSARIES))
def test_other_enums_give_nothing(file: str) -> None:
    assert parse_text(NOT_GLOSSARIES[file], "x", file=file) == []


def test_without_the_constructor_the_shape_names_the_positions() -> None:
    """A short string then a sentence: the same 37 records when the declaration is cut."""
    text = (FORMATS / "flora-glossary.dart").read_text(encoding="utf-8")
    cut = text.replace("  const GlossaryTerm(this.term, this.definition);\n", "")
    entries = parse_text(cut, "x", file="a.dart")
    assert len(entries) == 37
    assert entries[23].title == "Scorpioid cyme"
    assert entries[23].body.startswith("The flower stem is coiled like a scorpion tail.")
