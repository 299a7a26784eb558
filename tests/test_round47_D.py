"""Round 47, lane D: text that should not reach a reader (round 46's readers, blind sets
iot / cleaning / moviegoing / csharp), on real entries of the eval corpora.

- a sentence that sends the reader to more information elsewhere is no answer sentence, in
  any language ("Další informace najdete v tématu Azure IoT Edge.", iot-022; "Dekoratörler
  hakkında daha fazla bilgi için ... bakın.", pydoc);
- a sentence that shows the reader a table the answer does not hold ("For example, consider
  this hypothetical confusion matrix:", cleaning-020) and an editor's note ("To add:
  period.", moviegoing-013) are no answer sentences;
- code is shown as written: "Ex. string newString = ...;" is one sentence, neither re-cased
  nor re-punctuated (csharp-003);
- a text column's header ("Beskrivning:") does not stand between the name and its text, and
  the name is not repeated after the asked alias (csharp-007);
- a refusal names the term with the signs the question glued to it ("c#", csharp-033).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.sentences import sentences
from rag_glossary.coverage.question_forms import as_cased, named_as_written
from rag_glossary.pointer_words import points_elsewhere

IOT, CS = "iot-glossary#", "csharp-glossary#"


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("Další informace najdete v tématu Azure IoT Edge.", True),
        ("Přečtěte si další informace o prioritách.", True),
        ("Seznamte se s požadavky a nástroji pro vývoj IoT Edgech modulů.", True),
        (
            "Dekoratörler hakkında daha fazla bilgi için function definitions belgelerine bakın.",
            True,
        ),
        ("For more details, see Loki documentation.", True),  # k8s-glossary
        ("More information is available at http://apache.org.", True),  # library-glossary
        # mlops-glossary, dl-glossary: "more information", "learn more" that state
        ("Apply statistical techniques to extract more information out of data.", False),
        ("It allows downstream components to learn more easily.", False),
    ],
)
def test_more_information_pointers(sentence: str, points: bool) -> None:
    assert points_elsewhere(sentence) is points


def test_a_pointer_sentence_closes_no_answer() -> None:
    text, cited = outside_answer("iot-glossary", "co je iot edge", f"{IOT}iot-edge")
    assert "před odesláním dat do cloudu.[1]" in text
    assert "Další informace" not in text
    assert cited == (f"{IOT}iot-edge",)
    text, _ = outside_answer(
        "iot-glossary", "modul iot edge je technicky co?", f"{IOT}modul-iot-edge"
    )
    assert "kontejner Docker" in text and "Seznamte" not in text


def test_a_table_announced_but_not_shown_is_no_sentence() -> None:
    text, _ = outside_answer(
        "cleaning-glossary", "what is precision", "cleaning-glossary#precision"
    )
    assert "positive predictive value" in text
    assert "consider this hypothetical" not in text
    assert clean_unit("For example, consider this hypothetical confusion matrix.") is None
    kept = "Consider this case: a model that always predicts yes is accurate on skewed data."
    assert clean_unit(kept) == kept


def test_an_editors_note_is_no_sentence() -> None:
    text, _ = outside_answer(
        "moviegoing-glossary",
        "shelters dug into the ground where soldiers watched films",
        "moviegoing-glossary#frontline-cinema",
    )
    assert "dugouts" in text and "To add" not in text


def test_code_is_shown_as_written() -> None:
    cell = 'Kommentar: Ex. string newString = "Fredrik" + " " + "Johansson";'
    assert sentences(cell) == [cell]  # "Ex." is an abbreviation before a lower-case word
    assert clean_unit('string newString = "Fredrik";') == 'string newString = "Fredrik";'
    assert (
        clean_unit("the cat sat on the mat; the dog ran") == "The cat sat on the mat; the dog ran"
    )
    text, _ = outside_answer("csharp-glossary", "konkatenera betydelse", f"{CS}konkatenera")
    assert text == (
        "Konkatenera: Slå ihop en eller flera strängar. Kommentar: Ex. string newString ="
        ' "Fredrik" + " " + "Johansson";[1]'
    )


def test_the_name_is_said_once_after_the_asked_alias() -> None:
    text, _ = outside_answer("csharp-glossary", "curly braces", f"{CS}måsvingar")
    assert text.startswith("Måsvingar (även Curly braces): Tecknen { och }")


def test_a_refused_name_keeps_its_signs() -> None:
    assert named_as_written("extension method c#", "extension method c") == "extension method c#"
    assert as_cased("what is c++ template", "c template") == "c++ template"
    assert as_cased("what is c template", "c template") == "c template"
