"""Round 42 lane P3: glossaries held in program source as constructor calls or struct
literals of one record type (C#, Java, Kotlin, Swift, Go, Rust, Dart, Scala).

The C# fixture is a real file (tests/fixtures/formats/SOURCES.md, "Round 42, lane P3"); the
other languages' shapes are written out after real public files listed there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff_formats import sniff_format
from rag_glossary.parsing.source_tokens import tokens

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def contractor() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "contractor-glossary.cs")}


def _titles(text: str, file: str) -> list[str]:
    return [e.title for e in parse_text(text, "x", file=file)]


@pytest.mark.parametrize("suffix", [".cs", ".java", ".kt", ".swift", ".go", ".rs", ".dart"])
def test_source_suffixes_are_read_as_source(suffix: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES
    assert sniff_format("x", f"a{suffix}") == "source"


# --- the C# controller: positional record calls named through the declaration ---


def test_every_positional_call_is_one_entry_titled_by_its_display_term(
    contractor: dict[str, Entry],
) -> None:
    assert len(contractor) == 44
    wip = contractor["work-in-progress-wip"]
    assert wip.title == "Work in Progress (WIP)"
    assert wip.body.startswith("An accounting schedule that compares the revenue earned")
    assert "GlossaryTerm" not in " ".join(e.title for e in contractor.values())


def test_ids_are_slugs_of_the_display_term_not_the_programs_keys(
    contractor: dict[str, Entry],
) -> None:
    for anchor in (
        "rfi-request-for-information", "aia-g702", "wh-347-form", "surety-bond",
        "toolbox-talk", "as-built-drawings", "schedule-of-values-sov",
    ):  # fmt: skip
        assert anchor in contractor
    assert all(e.anchor == slugify(e.title) for e in contractor.values())
    assert not {"wip", "rfi", "sov", "g702", "bonding", "as-built"} & set(contractor)


def test_string_arrays_are_aliases_and_a_bracketed_acronym_adds_one(
    contractor: dict[str, Entry],
) -> None:
    assert contractor["surety-bond"].aliases == ("Performance Bond", "Payment Bond")
    assert "WIP" in contractor["work-in-progress-wip"].aliases
    assert "WIP Report" in contractor["work-in-progress-wip"].aliases
    assert contractor["journal-entry"].aliases == ()


def test_related_ids_become_see_also_by_the_terms_they_key(
    contractor: dict[str, Entry],
) -> None:
    assert contractor["certified-payroll"].see_also == (
        "Davis-Bacon Act", "WH-347 Form", "Wage Determination",
    )  # fmt: skip
    assert contractor["aia-g703"].see_also == ("AIA G702", "Schedule of Values (SOV)")


def test_the_category_is_a_field_and_the_code_gives_nothing(
    contractor: dict[str, Entry],
) -> None:
    assert contractor["retainage"].fields == ("Category: financial",)
    bodies = " ".join(e.body for e in contractor.values())
    assert "IActionResult" not in bodies and "Term not found" not in bodies


# --- other languages: named arguments, Swift structs, Go literals, no declaration ---

SWIFT = """
struct Lesson: Identifiable {
    let slug: String
    let title: String
    let paragraphs: [String]
    var id: String { slug }
}
let lessons = [
    Lesson(slug: "geometry", title: "The Tracing Floor", paragraphs: ["No drawings."]),
    Lesson(slug: "arch", title: "The Arch", paragraphs: ["It pushes outward."]),
]
struct GlossaryTerm: Identifiable {
    let term: String
    let meaning: String
    var id: String { term }
}
let glossary: [GlossaryTerm] = [
    GlossaryTerm(term: "Voussoir", meaning: "One of the wedge-shaped stones of an arch."),
    GlossaryTerm(term: "Keystone", meaning: "The voussoir at the crown, put in last."),
    GlossaryTerm(term: "Centring", meaning: "The timber former an arch is built on."),
]
"""


def test_swift_named_arguments_pick_the_glossary_type() -> None:
    assert _titles(SWIFT, "a.swift") == ["Voussoir", "Keystone", "Centring"]


SWIFT_POSITIONAL = """
struct Term {
    static let all: [Term] = []
    let name: String
    var detail: String = ""
    var id: String { name }
}
let terms = [
    Term("Nave", "The main body of the church, west of the crossing."),
    Term("Aisle", "The lower space flanking the nave, and what a flyer has to cross."),
]
"""


def test_a_swift_structs_stored_properties_name_its_positions() -> None:
    entries = parse_text(SWIFT_POSITIONAL, "x", file="a.swift")
    assert [(e.title, e.body[:15]) for e in entries] == [
        ("Nave", "The main body o"), ("Aisle", "The lower space"),
    ]  # fmt: skip


GO = """package content

var Chapter = ChapterContent{
	Title: "Sharing Work: Caching",
	Concepts: []ConceptItem{
		{Term: "Cache", Description: "A fast, small store that holds recently requested data."},
		{Term: "Invalidation", Description: "Removing a cached value when the data changes."},
		{"Hit and Miss", "A hit answers from the cache without asking storage."},
	},
	Prompts: []Prompt{
		{Label: "Build", Text: `Add an in-memory cache of balances in front of its reads.`},
		{Label: "Review", Text: `Review that implementation as if you wanted a stale balance.`},
	},
}

type ConceptItem struct {
	Term        string
	Description string
}
"""


def test_go_literals_keyed_or_positional_and_the_largest_type_wins() -> None:
    assert _titles(GO, "a.go") == ["Cache", "Invalidation", "Hit and Miss"]


KOTLIN = """
class GlossaryActivity : AppCompatActivity() {
    private fun getGlossaryTerms(): List<GlossaryTerm> = listOf(
        GlossaryTerm(1, "Artifact", "Noise in the recorded signal from elsewhere", R.drawable.a),
        GlossaryTerm(2, "Motor Unit", "A motor neuron and the fibers it innervates", R.drawable.b),
        GlossaryTerm(3, "ECG (Electrocardiography)", "Recording the heart's electrical activity",
            R.drawable.c),
    )
}
"""


def test_positional_calls_without_a_declaration_read_names_then_prose() -> None:
    entries = parse_text(KOTLIN, "x", file="a.kt")
    assert [e.title for e in entries] == ["Artifact", "Motor Unit", "ECG (Electrocardiography)"]
    assert entries[2].aliases == ("ECG", "Electrocardiography")
    assert entries[0].fields == ()  # the id and the drawable are code, not fields


RUST_DART = {
    "a.rs": """
pub struct Term { pub name: &'static str, pub def: &'static str }
pub const TERMS: &[Term] = &[
    Term { name: "Borrow", def: "A reference that lends access without taking ownership." },
    Term { name: "Lifetime", def: r#"The span of code for which a "reference" is valid."# },
];
""",
    "a.dart": """
class GlossaryTerm {
  final String term;
  final String definition;
  const GlossaryTerm({required this.term, required this.definition});
}
const terms = [
  GlossaryTerm(term: 'Borrow', definition: 'A reference that lends access without ownership.'),
  GlossaryTerm(term: 'Lifetime', definition: 'The span of code for which a reference is valid.'),
];
""",
}


@pytest.mark.parametrize("file", sorted(RUST_DART))
def test_rust_and_dart_literals(file: str) -> None:
    entries = parse_text(RUST_DART[file], "x", file=file)
    assert [e.title for e in entries] == ["Borrow", "Lifetime"]
    assert '"reference"' in entries[1].body or "reference is valid" in entries[1].body


ORDINARY = """
public record Person(string FirstName, string LastName, string Email);
public class UserModel
{
    [Display(Name = "First name", Description = "The given name of the user as on the passport")]
    public string FirstName { get; set; }
    [Display(Name = "Last name", Description = "The family name of the user as on the passport")]
    public string LastName { get; set; }
}
public class UserController : ControllerBase
{
    private static readonly Person[] People = new[]
    {
        new Person("Alice", "Smith", "alice@example.com"),
        new Person("Bob", "Jones", "bob@example.com"),
    };
    public IActionResult Get(string id)
    {
        Assert.AreEqual("expected", "The value the service returned did not match what we wanted");
        Assert.AreEqual("other", "Another message explaining at length what went wrong here");
        return Ok(new { error = "User not found" });
    }
}
"""


def test_ordinary_code_gives_no_entries() -> None:
    assert _titles(ORDINARY, "a.cs") == []


def test_string_forms_are_decoded() -> None:
    text = r'''a("x\"y", @"c:\dir ""q""", """
        block
          text
        """, `raw\n`, 'it\'s')'''
    strings = [t.text for t in tokens(text) if t.kind == "str"]
    assert strings == ['x"y', 'c:\\dir "q"', "block\ntext", "raw\\n", "it's"]


MORE = {
    "a.java": """public record Term(String name, String definition) {}
class G { static final List<Term> TERMS = List.of(
  new Term("Heap", "A region of memory for objects allocated at run time."),
  new Term("Stack", \"\"\"
      A region of memory for the frames of calls in progress.
      \"\"\"));}""",
    "a.scala": """case class Entry(word: String, gloss: String)
val all = Seq(Entry("Heap", "A region of memory for objects allocated at run time."),
  Entry("Stack", "A region of memory for the frames of calls in progress."))""",
    "a.kt": """val g = listOf(
  Term(name = "Heap", description = "A region of memory for objects allocated at run time."),
  Term(name = "Stack", description = "A region of memory for the frames of calls in progress."))""",
    "b.cs": """var t = new List<GlossaryTerm> {
  new GlossaryTerm { Term = "Heap", Definition = "A region of memory for run-time objects." },
  new GlossaryTerm { Term = "Stack", Definition = "A region of memory for the frames of calls." },
};""",
}


@pytest.mark.parametrize("file", sorted(MORE))
def test_java_scala_kotlin_named_and_csharp_initializers(file: str) -> None:
    entries = parse_text(MORE[file], "x", file=file)
    assert [e.title for e in entries] == ["Heap", "Stack"]
    assert entries[1].body.startswith("A region of memory for the frames")


GO_DECLARED = """package g

type Entry struct {
	Definition string `json:"definition"`
	Term       string `json:"term"`
}

var entries = []Entry{
	{"A lightweight thread of execution managed by the Go runtime itself.", "Goroutine"},
	{"A typed conduit that goroutines send values through and receive from.", "Channel"},
}
"""


def test_go_positional_literals_named_by_the_struct_declaration() -> None:
    entries = parse_text(GO_DECLARED, "x", file="a.go")
    assert [e.title for e in entries] == ["Goroutine", "Channel"]


def test_rust_lifetimes_are_no_quotes() -> None:
    text = "f('a b', &'a str, x<'b>, 'static, 'c')"
    assert [t.text for t in tokens(text) if t.kind == "str"] == ["a b", "c"]
