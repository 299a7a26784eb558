"""Round 34 lane P (parser): glossary formats no earlier set had, saved byte for byte
under tests/fixtures/formats/ (SOURCES.md says where each comes from).

- a JSON array of ``term_en`` / ``term_ru`` / ``definition_en`` / ``definition_ru``
  records (the blind pottery set's file): keys named by role plus a language code are
  read in one language; upper-case ``A; B; C`` titles give B and C as aliases; a first
  record titled ``NOTE`` out of alphabetical order is a remark, no term;
- records whose keys name no role (Persian ``اصطلاح`` / ``تعریف``): told by shape;
- MkDocs abbreviation snippets (``*[SDK]: Software Development Kit``);
- AsciiDoc: per-language ``// tag::EN[]`` regions, ``--`` as an em dash,
  ``link:https://...[text]``;
- an acronym title whose definition opens with its expansion in brackets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from format_fixtures import by_title, fixture_entries

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.asciidoc_tags import one_language
from rag_glossary.parsing.body_names import title_synonyms
from rag_glossary.parsing.data_shape import keys_by_shape
from rag_glossary.parsing.fields import FieldSpec, language_keys
from rag_glossary.parsing.md_abbreviations import abbreviation_definitions
from rag_glossary.parsing.text_acronyms import acronym_title_expansion

# Markup a reader should have turned into text (code spans are kept on purpose).
_MARKUP = re.compile(
    r"(?m)^\s*(?://|\*\[|:: )|\btag::|\bend::|<[a-z/][^>]*>|\]\(|\blink:|\*\*|(?<=\w)--(?=\w)"
)


def _no_markup(entries: list[Entry]) -> None:
    for e in entries:
        assert not _MARKUP.search(e.body), (e.id, e.body[:200])
        assert not _MARKUP.search(e.title), e.id


# --- pottery-glossary.json: language-suffixed keys, "A; B; C" titles, a NOTE record ------


def test_pottery_records_read_in_english(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "pottery-glossary.json")
    assert len(entries) == 49  # 50 records, the first a note
    titles = by_title(entries)
    assert "NOTE" not in titles
    roller = titles["BISQUE ROLLER"]
    assert roller.id == "pottery-glossary#bisque-roller"
    # the title's own names, and the Russian term's names (term_ru, round 58)
    assert set(roller.aliases) == {
        "ROULETTE", "COGGLE", "бисквитный ролик", "ролик-рулетка", "кугель",
    }  # fmt: skip
    assert "BLUNGING" in titles["BLUNGE"].aliases
    assert titles["ABSORPTION"].body == (
        "The capacity of fired clay to absorb water. Measuring absorption serves as a "
        "gauge of vitrification."
    )
    assert not any(re.search("[А-Яа-я]", e.body) for e in entries)  # no Russian fields
    _no_markup(entries)


def test_language_keys_follow_the_chosen_language() -> None:
    keys = ["term_en", "term_ru", "definition_en", "definition_ru"]
    assert language_keys(keys, FieldSpec()) == {"term_en": "term", "definition_en": "definition"}
    assert language_keys(keys, FieldSpec(language="ru")) == {
        "term_ru": "term",
        "definition_ru": "definition",
    }
    assert language_keys(["termEn", "Definition (EN)"], FieldSpec()) == {
        "termEn": "term",
        "Definition (EN)": "definition",
    }
    assert language_keys(["term_id", "definition"], FieldSpec()) == {}  # "id" is no language
    assert language_keys(["term_en", "notes_en"], FieldSpec()) == {}  # no definition key


def test_semicolon_titles_list_names_but_sentences_stay_whole() -> None:
    assert title_synonyms("BISQUE ROLLER; ROULETTE; COGGLE") == (
        "BISQUE ROLLER",
        ["ROULETTE", "COGGLE"],
    )
    assert title_synonyms("Effective sample size (ESS; bulk and tail)")[1] == []
    assert title_synonyms("Grog; see chamotte")[1] == []
    long = '"The Master Algorithm" book seems to be too abstract in such a case; however…'
    assert title_synonyms(long) == (long, [])


# --- food-terms-fa.json: keys in Persian, told by their values' shape ----------------------


def test_persian_keyed_records_are_terms(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "food-terms-fa.json")
    assert len(entries) == 116
    titles = by_title(entries)
    credit = titles["Letter of Credit (LC)"]
    assert credit.aliases == ("LC",)
    assert credit.body == "اعتبار اسنادی\nواحد: صادرات"  # the department key is a field
    assert "HACCP" in titles and "لوگو" in titles
    _no_markup(entries)


def test_shape_needs_a_prose_key_and_a_distinct_short_key() -> None:
    records = [
        {"unit": "sales", "name": f"T{i}", "text": "a fairly long definition of it"}
        for i in range(4)
    ]
    assert keys_by_shape(records) == {"name": "term", "text": "definition"}
    links = [{"label": f"L{i}", "href": f"/x/{i}"} for i in range(4)]
    assert keys_by_shape(links) == {}  # nothing reads as prose
    assert keys_by_shape(records[:2]) == {}  # too few records to tell


# --- electionguard-abbreviations.md: a MkDocs abbreviations snippet -------------------


def test_abbreviation_snippet_lines_are_entries(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "electionguard-abbreviations.md")
    assert len(entries) == 9
    titles = by_title(entries)
    assert titles["SDK"].aliases == ("Software Development Kit",)
    assert titles["spoiled"].body == (
        "submitted as cast to be included but NOT counted in the official election"
    )
    assert "electionguard-abbreviations" not in titles  # no page entry
    _no_markup(entries)


def test_abbreviation_lines_leave_the_page_text() -> None:
    found = abbreviation_definitions("# Page\n\nText.\n\n*[HTML]: Hyper Text Markup Language\n")
    assert [s.title for s in found.sections] == ["HTML"]
    assert found.sections[0].line == 5
    assert "*[" not in found.text and found.text.count("\n") == 5
    fenced = abbreviation_definitions("```\n*[HTML]: example\n```\n")
    assert fenced.sections == ()


# --- riscv-glossary.adoc: a labeled list with "--" dashes, comments and stubs ----------


def test_riscv_dashes_end_the_expansion(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "riscv-glossary.adoc")
    assert len(entries) == 93
    titles = by_title(entries)
    assert titles["AEE"].aliases == ("Application execution environment",)
    assert titles["TLB"].aliases == ("Translation Lookaside Buffer",)
    assert titles["TLB"].body.startswith("Translation Lookaside Buffer—a memory buffer")
    assert titles["IRC"].body.startswith("The IRC—Internet Relay Chat protocol")
    assert "//" not in titles["ABI"].body  # the comment line under it
    _no_markup(entries)


# --- isaqb-term-*.adoc: one term per file, tagged per language --------------------------


@pytest.mark.parametrize(
    ("name", "title", "start"),
    [
        ("isaqb-term-cqrs.adoc", "CQRS", "(command query responsibility segregation): Separate"),
        ("isaqb-term-coupling.adoc", "Coupling", "Coupling is the kind and degree"),
        ("isaqb-term-cohesion.adoc", "Cohesion", "The degree to which elements"),
    ],
)
def test_tagged_languages_give_one_entry(tmp_path: Path, name: str, title: str, start: str) -> None:
    entries = fixture_entries(tmp_path, name)
    assert [e.title for e in entries] == [title]
    assert entries[0].body.startswith(start)
    _no_markup(entries)


def test_cqrs_expansion_in_brackets_is_an_alias(tmp_path: Path) -> None:
    (entry,) = fixture_entries(tmp_path, "isaqb-term-cqrs.adoc")
    assert entry.aliases == ("command query responsibility segregation",)
    assert acronym_title_expansion("ADR", "(architecture decision record) A note.") == [
        "architecture decision record"
    ]


def test_corpus_language_picks_the_german_region(tmp_path: Path) -> None:
    toml = '[files."isaqb-term-coupling.adoc"]\nlanguage = "de"\n'
    (entry,) = fixture_entries(tmp_path, "isaqb-term-coupling.adoc", toml=toml)
    assert entry.title == "Kopplung"
    assert entry.body.startswith("Kopplung ist die Art und der Grad")


def test_one_tag_region_is_no_language_choice() -> None:
    text = "// tag::EN[]\nTerm:: text\n// end::EN[]\n"
    assert one_language(text, None) == text


# --- watertreat-glossary.html, nbs-glossary.yml, aeon-glossary.tsv: read as they were ---


def test_watertreat_dl_with_subscripts(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "watertreat-glossary.html")
    assert len(entries) == 20
    titles = by_title(entries)
    assert "Al2O3 (Alumina)" in titles
    assert titles["SDS / MSDS"].body.startswith("Safety Data Sheet (formerly")
    _no_markup(entries)


def test_nbs_yaml_bold_expansions(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "nbs-glossary.yml")
    assert len(entries) == 152
    titles = by_title(entries)
    assert titles["API"].aliases == ("Application Programming Interface",)
    assert titles["API"].body.startswith("Application Programming Interface. A defined")
    _no_markup(entries)


def test_aeon_tsv(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "aeon-glossary.tsv")
    assert len(entries) == 9
    assert by_title(entries)["Acquisition Epoch"].body.startswith("The event over the time")


def test_csv_columns_by_language() -> None:
    text = (
        "term_ru,term_en,definition_en,definition_ru\n"
        "Обжиг,FIRING,Heating clay in a kiln to harden it permanently.,\n"
        "Глина,CLAY,A fine-grained natural soil material that is plastic when wet.,\n"
    )
    entries = parse_text(text, "kiln", file="kiln.csv")
    assert [e.title for e in entries] == ["FIRING", "CLAY"]
    assert entries[0].body == "Heating clay in a kiln to harden it permanently."  # no term_ru
