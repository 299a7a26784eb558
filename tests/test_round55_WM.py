"""Round 55 lane WM: Malay questions to a Malay glossary (suai-glossary, suaikata's Glosari).

- a question form followed by a function word ("pemaju tu apa sebenarnya": "actually") is
  the term's frame all the same (language_asks.term_in_language): the pointer's target
  answers (Pengusaha, alias pemaju), not Sebut Nama;
- a Malay or Indonesian question's question forms ("apa") weigh lexical.FUNCTION_WEIGHT in
  its BM25 terms (language_stems.QUESTION_FORMS_LEFT): "apa" met only Sebut Nama's
  "apa-apa" at full weight, which put it in most first fives;
- a story told in one sentence whose last comma opens a question of frame words and a
  meaning form ("..., boleh terangkan apa benda tu sebenarnya?") refers back to the title
  it writes (coverage/story_names._clause_title), as a closing sentence does;
- a Malay glossary refuses in Malay ("Glosari tidak merangkumi soalan ini"), an Indonesian
  one in Indonesian, told apart by each language's own spellings (question_forms.json
  ``own_words``; since round 56 ID the detection itself, coverage/sister_language.py).
"""

from __future__ import annotations

from collections import Counter

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases
from rag_glossary.answer.question import analyze
from rag_glossary.coverage.sister_language import sister_spelled
from rag_glossary.language_stems import function_words_left
from rag_glossary.lexical import FUNCTION_WEIGHT, _query_terms


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("pemaju tu apa sebenarnya", "pemaju"),
        ("pemaju tu apa", "pemaju"),
        ("kalkyngel vad är det", "kalkyngel"),
        ("rozkład jednostajny co to jest", "rozkład jednostajny"),
    ],
)
def test_a_question_form_before_function_words_is_the_frame(question: str, term: str) -> None:
    assert analyze(question).term == term


def test_a_term_with_no_question_form_at_its_edges_keeps_its_words() -> None:
    assert analyze("bahasa melayu piawai").term == "bahasa melayu piawai"


def test_malay_question_forms_weigh_less_in_bm25() -> None:
    assert {"apa", "tu", "dipanggil"} <= function_words_left("ms")
    assert "orang" not in function_words_left("ms")  # a function word that carries meaning
    weights = dict(_query_terms("pemaju tu apa", "ms"))
    assert weights["apa"] == FUNCTION_WEIGHT
    assert weights["pemaju"] == 1.0
    assert function_words_left("de") == frozenset()


def test_malay_and_indonesian_glossaries_are_told_apart() -> None:
    malay = ["Laman web yang boleh disunting oleh sesiapa sahaja", "fail yang mengandungi fail"]
    indonesian = ["Persepsi bahwa sistem bisa digunakan", "karena faktor sosial"]
    assert sister_spelled("ms", _doc_freq(malay)) == "ms"
    assert sister_spelled("ms", _doc_freq(indonesian)) == "id"
    assert sister_spelled("de", _doc_freq(indonesian)) == "de"
    assert phrases("ms").not_covered == "Glosari tidak merangkumi soalan ini"
    assert phrases("id").not_covered == "Glosarium tidak mencakup pertanyaan ini"


def _doc_freq(texts: list[str]) -> Counter[str]:
    return Counter(w for text in texts for w in set(text.lower().split()))


def test_a_pointer_with_a_trailing_word_answers_from_its_target(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("suai-glossary", tmp_path_factory).ask("pemaju tu apa sebenarnya")
    assert answer.covered
    assert answer.citations == ("suai-glossary#pengusaha",)


def test_a_described_negative_no_longer_meets_sebut_nama(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = (
        "sistem pengekodan yang bagi nombor unik kepada setiap aksara untuk semua tulisan "
        "di dunia namanya apa"
    )
    answer = shared_assistant("suai-glossary", tmp_path_factory).ask(question)
    assert not answer.covered


def test_refusals_read_malay_for_malay_and_indonesian_for_indonesian(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    malay = shared_assistant("suai-glossary", tmp_path_factory).ask("apa itu bahasa kreol")
    assert not malay.covered
    assert malay.text.startswith("bahasa kreol tiada dalam glosari")
    indonesian = shared_assistant("adopsi-glossary", tmp_path_factory).ask(
        "di smartpls gmn cara dapetin t-statistik sama p-value buat uji hipotesis jalur"
    )
    assert not indonesian.covered
    assert "glosarium" in indonesian.text.lower()


def test_a_one_sentence_story_asks_back_after_its_last_comma(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the closing clause is frame words and a meaning form ("terangkan") alone: it refers
    # back to the title the story writes (story_names._clause_title)
    question = (
        "saya baru nak menyumbang kat projek kamus ni dan ada orang sebut pasal longgokan "
        "data, saya tak faham langsung, boleh terangkan apa benda tu sebenarnya?"
    )
    answer = shared_assistant("suai-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations == ("suai-glossary#longgokan-data",)
