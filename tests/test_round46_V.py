"""Round 46 lane V: both sides of a comparison answered.

- A comparison asked in Norwegian or Russian ("forskjellen på capex og opex", "чем
  отличается .net framework от .net standard") is read as one (data/question_forms.json
  "nb" / "ru", ``comparisons_only``: the coverage lookup's rules stay as for a language
  without forms); a "from" join ("od", "от") takes the side before the contrast verb.
- A side whose leading words name only the other side's entry (".net standard": "net"
  names .NET Framework once its category word is dropped) is looked up on its own.
- "vs" joins two sides in any language's comparison ("iterator vs iterable arasindaki
  fark", "klika vs multigraf jaka roznica"): the question is read as a comparison, and the
  coverage lookup reads each side, not one unknown term.
- "A Uniform Resource Identifier (URI) is ..." names the term in brackets: it is the
  definition, not the next sentence that opens with the name.
"""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.sides import side_hits
from rag_glossary.coverage.glossary_language import comparison_forms, question_forms
from rag_glossary.models import Entry, Hit, RetrievalResult
from rag_glossary.parsing.corpus import load_corpus

CORPORA = ROOT / "eval" / "corpora"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("forskjellen på capex og opex", "difference between capex and opex"),
        ("forskjell mellom lcos og lcoe", "difference between lcos and lcoe"),
        (
            "чем отличается .net framework от .net standard",
            "difference between net framework and net standard",
        ),
        (
            "чем .net core отличается от .net framework",
            "difference between net core and net framework",
        ),
        ("какая разница между jit и aot", "difference between jit and aot"),
        (
            "czym się różni test jednostronny od dwustronnego",
            "difference between test jednostronny and dwustronnego",
        ),
        (
            "czym test jednostronny różni się od dwustronnego",
            "difference between test jednostronny and dwustronnego",
        ),
        # "vs" joins in any language; a frame word typed without its marks still ends a side
        ("iterator vs iterable arasindaki fark", "difference between iterator and iterable"),
        ("klika vs multigraf jaka roznica", "difference between klika and multigraf"),
    ],
)
def test_comparisons_in_norwegian_russian_and_with_from(question: str, read: str) -> None:
    assert compared_in_language(question) == read


def test_a_contrast_word_without_two_sides_is_no_comparison() -> None:
    assert compared_in_language("winui 3 чем отличается") is None


def test_comparison_only_languages_stay_out_of_the_lookup_forms() -> None:
    # Thai is comparisons only; Russian was until round 55 (lane SL: its full forms with a
    # setting word before an opening title, dotnet-026 refused); Norwegian has its full forms
    # since the merge with lane E, which measured them (batteri-003 better)
    assert {"nb", "ru", "th"} <= set(comparison_forms())
    assert "th" not in question_forms()
    assert {"pl", "nb", "ru"} <= set(question_forms())


def _hit(entry: Entry) -> Hit:
    return Hit(entry.id, entry.title, entry.source, None, "", 0.0, entry)


def test_a_side_named_only_through_the_other_sides_entry_is_looked_up() -> None:
    entries = {e.id: e for e in load_corpus(CORPORA / "dotnet-glossary").entries}
    framework = _hit(entries["dotnet-glossary#net-framework"])
    standard = _hit(entries["dotnet-glossary#net-standard"])
    hits = (framework, _hit(entries["dotnet-glossary#реализация-net"]))

    def retrieve(query: str, k: int) -> RetrievalResult:
        found = (standard,) if "standard" in query else (framework,)
        return RetrievalResult(query, found, 1.0, True)

    question = "чем отличается .net framework от .net standard"
    assert [h.id for h in side_hits(question, hits, retrieve)] == [standard.id]


def test_a_bracketed_name_marks_the_first_sentence_as_the_definition() -> None:
    entries = {e.id: e for e in load_corpus(CORPORA / "gimp-glossary").entries}
    uri = entries["gimp-glossary#uri"]
    pool = [(u, [uri.id]) for u in entry_units(uri)]
    found = definition_of(pool, uri.title)
    assert found is not None
    assert found[0].text.startswith("A Uniform Resource Identifier (URI) is a string")


def test_polish_comparison_with_from_cites_both_sides(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = "czym się różni test jednostronny od dwustronnego"
    answer = shared_assistant("statpl-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[:2] == (
        "statpl-glossary#test-jednostronny",
        "statpl-glossary#test-dwustronny",
    )


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("klika vs multigraf jaka roznica", ("grafy-glossary#klika", "grafy-glossary#multigraf")),
        ("las vs drzewo roznica", ("grafy-glossary#las", "grafy-glossary#drzewo")),
    ],
)
def test_versus_in_a_polish_question_answers_both_sides(
    question: str, cited: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("grafy-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[:2] == cited
