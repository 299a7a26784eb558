"""Round 59 lane PS: a long Markdown document of headed sections whose last chapter is its
glossary as a table (``## 9. Terminološki slovar`` over ``| Izraz | Razlaga |`` rows) reads
one entry per row beside the sections (parsing/md_section_tables.py); before, the whole
table was one entry. The real file is eval/corpora/payroll-glossary/payroll-glossary.md
(ePlače 2026 DOKUMENTACIJA.md, in Slovenian)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.glossary_language import corpus_language, question_forms
from rag_glossary.coverage.listed_languages import detected_languages
from rag_glossary.language_stems import plain_stem
from rag_glossary.lexical import LEXICAL_VERSION, index_tokens
from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.md_section_tables import glossary_heading
from rag_glossary.parsing.sniff import sniff_dialect

_PAYROLL = Path("eval/corpora/payroll-glossary")

# A real excerpt of the file: a section, then the glossary chapter and the page's footer.
_EXCERPT = """# ePlače 2026 — Celotna tehnična dokumentacija

## 3. Varnostni sistem

### bcrypt

Gesla administratorjev so shranjena kot bcrypt hash (cost faktor 12). bcrypt je namerno
počasen algoritem — otežuje brute-force napade tudi ob kraji baze.

### Prispevki delavca

Vsi se izračunajo iz `bruto1` (ki vključuje boniteto in nadure):

| Koda | Opis | Stopnja 2026 |
|---|---|---|
| PIZ | Pokojninsko in invalidsko zavarovanje | 15,50 % |
| ZZ | Zdravstveno zavarovanje | 6,36 % |
| ZAP | Zavarovanje za primer brezposelnosti | 0,14 % |

Skupaj: 22,10 % od bruto1.

---

## 9. Terminološki slovar

| Izraz | Razlaga |
|---|---|
| **Tenant** | Podjetje/organizacija v multi-tenant sistemu |
| **JWT** | JSON Web Token — podpisan žeton za avtentikacijo brez seje |
| **bcrypt** | Počasen hash algoritem za gesla |
| **FURS** | Finančna uprava Republike Slovenije |

---

*ePlače 2026 — diplomski projekt, generirano 2026-08-31*
"""


def _entries(text: str, source: str = "doc") -> dict[str, Entry]:
    return {e.anchor: e for e in parse_text(text, source, file=f"{source}.md")}


def test_the_glossary_chapter_reads_one_entry_per_row_beside_the_sections() -> None:
    entries = _entries(_EXCERPT)
    assert list(entries) == [
        "bcrypt",
        "prispevki-delavca",
        "tenant",
        "jwt",
        "bcrypt-1",  # the row repeats a section's title: GitHub's rule, "-1"
        "furs",
    ]
    assert entries["tenant"].body == "Podjetje/organizacija v multi-tenant sistemu"
    assert entries["jwt"].aliases == ("JSON Web Token",)
    assert entries["furs"].aliases == ("Finančna uprava Republike Slovenije",)
    assert entries["tenant"].line == 28  # its row's line in the file
    # the footer under the break is the page's, no row's text
    assert "diplomski" not in entries["furs"].body


def test_a_table_among_a_sections_paragraphs_stays_its_text() -> None:
    body = _entries(_EXCERPT)["prispevki-delavca"].body
    assert "Pokojninsko in invalidsko zavarovanje" in body and "Skupaj: 22,10 %" in body


def test_the_payroll_document_reads_its_sections_and_every_row() -> None:
    text = (_PAYROLL / "payroll-glossary.md").read_text(encoding="utf-8")
    assert sniff_dialect(text, "payroll-glossary.md") == "generic"
    entries = {e.anchor: e for e in load_corpus(_PAYROLL).entries}
    assert len(entries) == 55 + 44  # 55 sections, 44 rows; the chapter heading is none
    assert "9-terminološki-slovar" not in entries
    assert entries["ozp"].aliases == ("Obvezno zdravstveno prispevanje",)
    assert entries["davčna-osnova"].body == "Osnova za dohodnino: Bruto1 − prispevki − olajšave"
    assert entries["azure-sql"].title == "Azure SQL"
    assert entries["multi-tenant-arhitektura"].body.startswith("Aplikacija je multi-tenant")


def test_glossary_headings_in_other_languages() -> None:
    for title in (
        "9. Terminološki slovar",
        "Glossary",
        "Glossar",
        "Glosario de términos",
        "Pojmovnik",
        "Słownik pojęć",
        "Terminologie",
        "Словарь терминов",
        "用語集",
        "Terms and definitions",
    ):
        assert glossary_heading(title), title
    for title in ("Prispevki delavca", "Tabele", "Signals", "Installation", "Overview"):
        assert not glossary_heading(title), title


def test_an_english_glossary_section_and_a_named_table_under_any_heading() -> None:
    text = (
        "# Guide\n\n## Setup\n\nInstall it with pip and run the tool.\n\n"
        "## Glossary\n\nTerms used in this guide:\n\n| Term | Meaning |\n|---|---|\n"
        "| Epoch | One full pass over the training data |\n"
        "| Batch | A slice of the data seen at once |\n"
        "| Loss | How far the predictions are from the labels |\n"
        + "\n## Words\n\n| Name | Description |\n|---|---|\n"
        "| Alpha | The first letter of the Greek alphabet |\n"
        "| Beta | The second letter of the Greek alphabet |\n"
        "| Gamma | The third letter of the Greek alphabet |\n"
    )
    entries = _entries(text)
    assert list(entries) == ["setup", "epoch", "batch", "loss", "alpha", "beta", "gamma"]
    assert entries["loss"].body == "How far the predictions are from the labels"


def test_tables_that_are_no_glossary_stay_one_section() -> None:
    data = (
        "# Wines\n\n## Bottles\n\n| Format | Contenance |\n|---|---|\n"
        "| Magnum | 1,5 l |\n| Jéroboam | 3 l |\n| Réhoboam | 4,5 l |\n\n"
        "## Prices\n\n| Item | Price | Stock |\n|---|---|---|\n| A | 1 € | 3 |\n"
        "| B | 2 € | 4 |\n| C | 3 € | 5 |\n\n"
        "## Notes\n\nSome text about the tables above.\n"
    )
    assert list(_entries(data)) == ["bottles", "prices", "notes"]
    # a glossary heading over a table with a long text under it: a section of text
    sections = "".join(f"## Part {n}\n\nText of part {n}.\n\n" for n in range(4))
    prose = (
        f"# Doc\n\n{sections}## Glossary\n\n| Term | Meaning |\n|---|---|\n"
        "| A | the letter a |\n| B | the letter b |\n| C | the letter c |\n\n"
        "The table lists letters.\nIt has three rows.\nEach row is a letter.\n"
    )
    assert sniff_dialect(prose) == "generic"
    assert list(_entries(prose))[-1] == "glossary"


def test_a_code_table_under_a_term_defined_above_it_stays_that_terms_text() -> None:
    # dicom-glossary: "### VR (Value Representation)" / "Defines the data type ..." over
    # a | VR | Name | Description | Example | table: one entry, as before
    entries = {e.anchor: e for e in load_corpus(Path("eval/corpora/dicom-glossary")).entries}
    vr = entries["vr-value-representation"]
    assert vr.body.startswith("Defines the data type of a DICOM element.")
    assert "Person Name" in vr.body
    assert "person-name" not in entries


# --- phase 2: Slovenian ------------------------------------------------------------------


@pytest.fixture(scope="module")
def payroll() -> CoverageIndex:
    return CoverageIndex(load_corpus(_PAYROLL).entries)


def test_the_payroll_document_is_read_as_slovenian_and_its_neighbours_stay() -> None:
    assert corpus_language(load_corpus(_PAYROLL).entries) == "sl"
    # Serbian and Croatian (Latin letters), whose function words Slovenian shares in part
    for name, language in (("desktop-glossary", "sr"), ("studio-glossary", "sr")):
        assert corpus_language(load_corpus(Path("eval/corpora") / name).entries) == language
    assert "sl" in detected_languages()  # the stop-words package has no Slovenian list


def test_slovenian_stems_meet_with_or_without_marks() -> None:
    # Povračila (neto dodatki) asked "povracilo"; Prispevki delavca, "prispevkov"
    entry = index_tokens("Povračila, prispevki delavca, bolniška, obračuna", "sl")
    asked = index_tokens("povracilo prispevkov delavca bolniske obracun", "sl")
    stems = {t for t in asked if t.startswith("~")}
    assert stems and stems <= set(entry)
    assert plain_stem("plače", "sl") == plain_stem("placo", "sl") == "plac"


def test_slovenian_question_forms_and_refusals() -> None:
    forms = question_forms()["sl"]
    assert {"kaj", "kako", "zakaj", "koliko", "kolk"} <= forms.question
    assert {"pomeni", "razlaga"} <= forms.meaning
    assert {"reče", "rece", "imenuje"} <= forms.called
    assert {"razlika", "razliko"} <= forms.contrast and forms.between == {"med"}
    phrases = json.loads(Path("rag_glossary/data/answer_phrases.json").read_text("utf-8"))
    assert phrases["sl"]["not_in"] == "{term} ni v slovarju"


@pytest.mark.parametrize(
    ("question", "key_term"),
    [
        ("kolk znaša splošna olajšava na mesec", "splošna olajšava"),  # "znaša": how much
        ("kaj je bruto 2?", "bruto 2"),
        ("signals vs computed signals v angularju, razlika?", "signals"),  # Angular, locative
    ],
)
def test_slovenian_names_are_found(payroll: CoverageIndex, question: str, key_term: str) -> None:
    found = payroll.check(question)
    assert found.found and not found.generic
    assert (found.key_term or "").casefold() == key_term


@pytest.mark.parametrize(
    "question",
    ["lazy evaluation v haskellu", "unix signali SIGTERM in SIGKILL", "redis cluster sharding"],
)
def test_a_setting_the_glossary_never_writes_names_nothing(
    payroll: CoverageIndex, question: str
) -> None:
    assert not payroll.check(question).found  # "haskellu": no word of the glossary


def test_the_versions_say_the_change() -> None:
    assert PARSER_VERSION >= 149  # glossary tables in a sectioned document: one entry a row
    assert LEXICAL_VERSION >= 17  # Slovenian stems
