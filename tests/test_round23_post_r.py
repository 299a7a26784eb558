"""Round 23 post-fix, lane R: record fields and markup leftovers in the answer text (real
entries of eval/corpora, real idf; the end-to-end cases with the real model):

- a data record's other fields ("category: legal-concept", "broader: ...", "source: Beck,
  A. (2026). Glossary and definitions: ...") are Entry.fields: still the body's last lines
  (search reads them), never units of the entry's text, so no sentence is glued to them
  (land-001, 008, 011, 019); a question that names a field gets it;
- Pandoc citations ("[-@honore_ownership_1961]", "[@beck_effect_2022]") leave nothing
  (land-026), and mistyped MyST roles ("`term`{tropics}", "{term}{top of atmosphere}",
  "{term}`tropopause," unclosed, "{term}LW") leave their text (climate-025/030/036);
- a TeX escape ("$7\\%\\text{ K}^{-1}$") reads "7% K^(-1)", so its sentence stays (climate-002);
- the dirty-text detector sees record fields run into the text, a role glued to braces and
  a citation key.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer, outside_corpus
from shared_index import shared_assistant

from rag_glossary.answer.segment import units
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.models import Entry
from rag_glossary.parsing.inline import clean_inline
from rag_glossary.unit_vectors import UNITS_VERSION

LAND, CLIMATE = "land-glossary#", "climate-glossary#"


def _land(anchor: str) -> Entry:
    return outside_corpus("land-glossary")[0][LAND + anchor]


def _climate(anchor: str) -> Entry:
    return outside_corpus("climate-glossary")[0][CLIMATE + anchor]


def test_versions_bumped() -> None:
    assert PARSER_VERSION >= 30
    assert UNITS_VERSION >= 10


def test_record_fields_are_listed_apart_from_the_definition() -> None:
    permit = _land("permit")
    assert permit.fields[:2] == ("category: derivable-type", "broader: allocated-incidents")
    assert permit.fields[-1].startswith("source: Beck, A. (2026). Glossary and definitions")
    assert permit.body.endswith("\n".join(permit.fields))  # search still reads them
    assert permit.definition.endswith("an effective period.")
    assert not any("Beck" in u.text or "ategory" in u.text for u in units(permit.definition))
    assert Entry.from_dict(permit.to_dict()) == permit
    # a Markdown entry has no fields: its definition is its body
    tropical = _climate("tropical-cyclone")
    assert tropical.fields == () and tropical.definition == tropical.body


@pytest.mark.parametrize(
    ("question", "anchor", "ends"),
    [
        ("what is conveyancing", "conveyancing", "between parties.[1]"),
        ("iso 19152 what is it", "ladm", "used in this strategy.[1]"),
        ("what does the cadastral index keep about each cadastral unit", "cadastral-index",
         "in a transaction or permit.[1]"),
    ],
)  # fmt: skip
def test_no_record_field_reaches_the_answer(question: str, anchor: str, ends: str) -> None:
    text, cited = outside_answer("land-glossary", question, LAND + anchor)
    assert cited == (LAND + anchor,)
    assert text.endswith(ends), text
    assert "Category" not in text and "source" not in text


def test_a_question_that_names_a_field_gets_it() -> None:
    text, _ = outside_answer(
        "land-glossary", "what category is conveyancing", LAND + "conveyancing"
    )
    assert "Category: legal-concept" in text
    assert "Beck" not in text  # the fields it does not name stay out


def test_pandoc_citations_leave_nothing() -> None:
    assert "following Honoré. These incidents" in _land("bundle-of-rights").body
    assert "Honoré's analysis of ownership" in _land("incident").body
    assert "good root of title. See" in _land("good-root-of-title").body
    assert clean_inline("as shown [see @smith2020, p. 3; @doe_2021] here")[0] == "as shown here"
    # an address and a link to a handle are no citations
    assert "me@example.org" in clean_inline("write to [me@example.org]")[0]
    assert clean_inline("by [@user](https://example.org/user)")[0] == "by @user"


def test_mistyped_myst_roles_leave_their_text() -> None:
    tropical = _climate("tropical-cyclone")
    assert "forms in the tropics over warm" in tropical.body
    assert "tropics" in tropical.see_also
    assert "at the top of atmosphere that" in _climate("planetary-energy-balance").body
    assert "all the way up to the tropopause, where" in _climate("cumulonimbus").body
    assert "atmosphere's LW `emissivity`" in _climate("one-layer-greenhouse-model").body
    # well-formed roles, and a role inside code, are untouched
    assert clean_inline("a {term}`x` and {term}`y` here")[0] == "a x and y here"
    assert clean_inline("write `{term}{x}` in code")[0] == "write `{term}{x}` in code"


def test_a_tex_escape_keeps_its_sentence() -> None:
    opening = units(_climate("clausius-clapeyron").definition)[0].text
    assert opening.startswith("The equation from thermodynamics")
    assert opening.endswith("approximately 7% K^(-1).")
    text, _ = outside_answer(
        "climate-glossary",
        "whats the clausius clapeyron thing my prof keeps bringing up in lecture",
        CLIMATE + "clausius-clapeyron",
    )
    assert "roughly exponential increase in saturation specific humidity" in text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Conveyancing: The legal process. Category: legal-concept source: Beck, A. (2026).",
         "record fields"),
        ("Permit: A permit. Category: derivable-type broader: allocated-incidents source: B.",
         "record fields"),
        ("An intense storm that forms in the term{tropics} over warm oceans.", "role markup"),
        ("a single entitlement, following Honoré -@honore_ownership_1961.", "citation key"),
        ("the position of good root of title @beck_effect_2022.", "citation key"),
    ],
)  # fmt: skip
def test_the_dirty_check_sees_fields_roles_and_citation_keys(text: str, reason: str) -> None:
    assert reason in dirty_reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        "MuseGAN: 4 inputs: (1) Chords input (with temporal network).",
        "Write to me@example.org or see the 2020 report.",
        "The frac{a}{b} notation and \\mathrm{x} are TeX.",
    ],
)
def test_the_dirty_check_passes_text_like_them(text: str) -> None:
    reasons = dirty_reasons(text)
    assert not {"record fields", "citation key", "role markup"} & set(reasons), reasons


def test_end_to_end_the_land_answers_carry_no_field(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("land-glossary", tmp_path_factory)
    answer = assistant.ask(
        "time limited permission from a public authority to do something on a specific piece"
        " of land that would otherwise not be allowed there"
    )
    assert answer.citations == (LAND + "permit",)
    assert answer.text.startswith("Permit: A time-bound authorisation")
    assert not dirty_reasons(answer.text) and "Category" not in answer.text
