"""Round 51 lane FA: Arabic questions (Modern Standard Arabic and Maghrebi dialect forms).

coldwar-glossary (an Algerian school glossary of Cold War terms, Arabic) was detected as
Arabic by its function words, but data/question_forms.json had no Arabic forms: "واش معنى
الحرب الباردة" kept "معنى" in its key term and was refused ("معنى الحرب الباردة is not in the
glossary"), and refusals were in English. Arabic is now data ("ar": question words with the
dialect ones, واش، شنو، شكون، وقتاش، علاش، كيفاش; meaning words معنى، تعريف، مفهوم، يعني;
called words يسمى، نسميو; contrast words الفرق، مقارنة; with and without hamza and ta marbuta)
and answer_phrases.json has an Arabic refusal set. Arabic writes "and", "so", "with", "like"
onto the next word: "والاشتراكية" is read as "و الاشتراكية" when الاشتراكية is a name's word
(arabic_prefixes.py), so both sides of a comparison are found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.arabic_prefixes import ArabicPrefixes
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, question_forms
from rag_glossary.coverage.phrases import words
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

COLDWAR = Path(__file__).parent.parent / "eval" / "corpora" / "coldwar-glossary"


@pytest.fixture(scope="module")
def coldwar() -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(COLDWAR).entries}


def test_the_glossary_is_arabic_with_question_forms(coldwar: dict[str, Entry]) -> None:
    assert corpus_language(list(coldwar.values())) == "ar"
    forms = question_forms()["ar"]
    # each form with and without its hamza / ta marbuta
    assert {"أين", "اين", "مقارنة", "مقارنه", "معنى", "معني"} <= forms.frame
    assert {"واش", "شنو", "شكون", "وقتاش", "علاش", "كيفاش"} <= forms.question


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("واش معنى الحرب الباردة", ("الحرب", "الباردة")),  # coldwar-glossary-001
        ("شنو هو جدار برلين", ("جدار", "برلين")),
        ("ما معنى الفيتو", ("الفيتو",)),
        ("عرّف مصطلح القطبية الثنائية", ("القطبية", "الثنائية")),
        ("وش هي الشيوعية", ("الشيوعية",)),
    ],
)
def test_an_arabic_question_loses_its_frame(question: str, asked: tuple[str, ...]) -> None:
    # the article "ال" stays: it is part of the title as the glossary writes it
    assert asked_words(words(question), "ar") == asked


def test_arabic_refusals_are_in_arabic(coldwar: dict[str, Entry]) -> None:
    assert text_language(coldwar["الحرب-الباردة"].body) == "ar"
    assert phrases("ar").not_in.format(term="حلف بغداد") == "حلف بغداد غير موجود في المسرد"
    assert phrases("en").not_in.format(term="x") == "x is not in the glossary"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("واش معنى الحرب الباردة", "coldwar-glossary#الحرب-الباردة"),
        ("ما هو مشروع مارشال (marshall plan)؟", "coldwar-glossary#مشروع-مارشال"),
        ("شنو هو جدار برلين", "coldwar-glossary#جدار-برلين"),
        ("ما معنى الفيتو", "coldwar-glossary#الفيتو"),
        ("ما هو حلف بغداد", None),  # coldwar-glossary-033: no such entry
        ("عرف مبدأ مونرو", None),  # coldwar-glossary-034
    ],
)
def test_arabic_questions_are_answered_or_refused(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("coldwar-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
        assert "المسرد" in answer.text and "معنى" not in answer.text
    else:
        assert answer.covered and answer.citations[0] == cited


def test_a_contrast_names_both_sides(tmp_path_factory: pytest.TempPathFactory) -> None:
    # coldwar-glossary-020
    answer = shared_assistant("coldwar-glossary", tmp_path_factory).ask(
        "الفرق بين البيروسترويكا و الغلاسنوست"
    )
    assert answer.covered
    assert set(answer.citations) >= {
        "coldwar-glossary#البيروسترويكا",
        "coldwar-glossary#الغلاسنوست",
    }


def test_a_joined_letter_is_set_apart_from_a_name(coldwar: dict[str, Entry]) -> None:
    joined = ArabicPrefixes.of(coldwar.values(), "ar")
    assert joined.read("الفرق بين الشيوعية والاشتراكية") == "الفرق بين الشيوعية و الاشتراكية"
    # "بالشيوعية": with; written without hamza, "وال..." of a name with one
    assert joined.read("المتهمين بالشيوعية") == "المتهمين ب الشيوعية"
    # a word the glossary writes itself, or no name's word, is left as typed
    assert "والرأسمالية" in coldwar["الصراع-الاديولوجي"].body
    assert joined.read("والرأسمالية والقمر") == "والرأسمالية والقمر"
    assert joined.read("بالاحلاف والمشاريع") == "ب الاحلاف و المشاريع"
    # another language's glossary: nothing read
    assert ArabicPrefixes.of(coldwar.values(), None).read("والاشتراكية") == "والاشتراكية"


def test_a_contrast_with_a_joined_and(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("coldwar-glossary", tmp_path_factory).ask(
        "الفرق بين الشيوعية والاشتراكية"
    )
    assert answer.covered
    assert tuple(answer.citations[:2]) == (
        "coldwar-glossary#الشيوعية",
        "coldwar-glossary#الاشتراكية",
    )
