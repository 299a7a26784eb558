"""Round 43 lane L: Polish questions (statpl-glossary, a Polish statistics glossary; real
entries, real model).

Polish was detected (the stop-words package has its function words) but had no question
forms, refusal phrases, everyday words or stems: "co znaczy korelacja" kept "znaczy" in its
term and was refused, a comparison "X a Y, jaka roznica" was no comparison, a refusal was in
English, and BM25 stemmed Polish words as English ("rozkładu" stayed apart from "rozkład").
"co to X" (no word English lacks: "co" and "to" are English words too) was read as English.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.everyday import everyday_in
from rag_glossary.language_stems import index_token

_STATPL = "statpl-glossary"


def test_polish_is_data() -> None:
    forms = question_forms()["pl"]
    assert {"znaczy", "oznacza"} <= forms.meaning
    assert {"różnica", "roznica", "różni"} <= forms.contrast
    assert "nazywa" in forms.called
    assert not forms.compounds
    assert {"co", "czym", "jest", "nazywa"} <= everyday_in("pl")
    assert phrases("pl").not_in == "{term} nie występuje w glosariuszu"


def test_polish_inflections_share_a_stem() -> None:
    # Snowball's Polish stemmer: a noun's cases meet on one stem (English's left them apart)
    assert {index_token(w, "pl") for w in ("graf", "grafu", "grafie", "grafem")} == {"graf"}
    assert index_token("rozkładu", "pl") == index_token("rozkład", "pl")
    assert index_token("hipotezy", "pl") == index_token("hipotezą", "pl")


def test_a_polish_opening_word_is_no_misspelled_wh_word() -> None:
    assert mend_cue_words("czym jest estymator", "pl") == "czym jest estymator"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("co znaczy korelacja", "Korelacja: Metoda służąca do badania siły zależności"),
        ("na jakiej skali sa dane typu plec", "Skala pomiarowa"),
        ("rozklad normalny a rozklad t-studenta, jaka roznica", "Rozkład "),
        (
            "jak się nazywa kiedy logarytmujemy albo pierwiastkujemy dane, żeby zmienić kształt "
            "rozkładu",
            "Transformacja: ",
        ),
    ],
)
def test_a_polish_question_is_read_by_its_own_words(
    question: str, opening: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_STATPL, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.text.startswith(opening)


def test_a_polish_refusal_is_in_polish(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(_STATPL, tmp_path_factory).ask("co oznacza kurtoza")
    assert not answer.covered
    assert answer.text.startswith("kurtoza nie występuje w glosariuszu")


def test_a_question_wholly_framed_in_the_language_is_in_it() -> None:
    said = ["co", "to", "wspolczynnik", "zmiennosci"]
    assert asked_words(said, "pl") == ("wspolczynnik", "zmiennosci")
    assert asked_words(["what", "is", "wspolczynnik"], "pl") is None  # English words asked
    assert asked_words(["co", "to"], "pl") is None  # no word beyond the frame


def test_co_to_a_name_the_glossary_lacks_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant(_STATPL, tmp_path_factory).ask("co to wspolczynnik zmiennosci")
    assert not answer.covered
    assert answer.text.startswith("wspolczynnik zmiennosci nie występuje w glosariuszu")
