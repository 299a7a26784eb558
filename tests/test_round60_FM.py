"""Round 60 lane FM: Mongolian (Cyrillic), told by its letters and read by its question forms.

(1) A Mongolian glossary writes its cases on the noun ("улсын", "сурвалжид"): too few of its
words are function words for any language to stand out, so tuuh-glossary's language was
None and "Ханлиг гэж юу вэ" was read as an English term and refused. Its letters ө and ү,
which no other language the project reads writes, say Mongolian (question_forms.json
``letters``); the Russian, Ukrainian, Bulgarian and Serbian glossaries keep theirs, and no
Mongolian frame word is one of theirs. (2) Its question forms ("гэж юу вэ", "гэдэг нь юу
гэсэн үг вэ", "юу гэж нэрлэдэг вэ") are its frame; a refusal is said in Mongolian.
(3) A light suffix stemmer (mongolian_stems.py) meets a case form with its noun, and the
vowel a stem drops before an ending ("засаг", "засгийн"). (4) Mongolian typed in Latin
letters ("ortoo gej yu ve") is read in Cyrillic. (5) A bare title word opening the question
is no kind described when what follows is the language's frame ("Шаньюй гэдэг цолыг аль
гүрний хаан хэрэглэдэг байсан бэ"). (6) In a verb-last language a word before a name only an
entry's text says, which that entry never writes, makes another thing ("Улсын Их Хурал":
Их хуралдай's text says "язгууртны их хурал"). Read on the real glossaries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.bare_kind import kind_unsaid
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import words
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import LEXICAL_VERSION
from rag_glossary.parsing import load_corpus
from rag_glossary.ukrainian_latin import UkrainianLatin

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
SET = CORPORA / "tuuh-glossary"


@pytest.fixture(scope="module")
def entries():  # type: ignore[no-untyped-def]
    return {e.title: e for e in load_corpus(SET).entries}


def test_a_mongolian_glossary_is_mongolian(entries) -> None:  # type: ignore[no-untyped-def]
    assert corpus_language(list(entries.values())) == "mn"
    assert LEXICAL_VERSION >= 18


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("dotnet-glossary", "ru"),
        ("obsidian-glossary", "uk"),
        ("backgammon-glossary", "bg"),
        ("desktop-glossary", "sr"),
    ],
)
def test_the_other_cyrillic_glossaries_keep_their_language(name: str, language: str) -> None:
    assert corpus_language(load_corpus(CORPORA / name).entries) == language
    assert not frame_words("mn") & frame_words(language)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Их засаг гэж юу вэ?", ("их", "засаг")),
        ("Плебисцит гэдэг нь юу гэсэн үг вэ", ("плебисцит",)),
        ("хишигтэн гэж хэн бэ", ("хишигтэн",)),
        ("Сэргэн мандалт хэдэн зуунд болсон бэ?", ("сэргэн", "мандалт", "зуунд", "болсон")),
    ],
)
def test_mongolian_question_forms_are_its_frame(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(words(question), "mn") == asked


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (("улс", "улсын", "улсад"), "улс"),  # Хот улс; Их Монгол улсын; "Их Монгол улсад"
        (("засаг", "засгийн"), "засг"),  # Их засаг; a question's "Засгийн газар"
        (("хувьсгал", "хувьсгалын"), "хувьсгл"),
        (("сурвалж", "сурвалжийг", "сурвалжид"), "сурвалж"),  # Эх сурвалж; "сурвалжид"
        (("түүх", "түүхийн", "түүхэнд"), "түүх"),
        (("зуун", "зуунд"), "зуун"),  # Сэргэн мандалт's "XIV–XVI зуунд"
        (("цол", "цолыг"), "цол"),  # Шаньюй's "хааны цол"
    ],
)
def test_mongolian_stems(forms: tuple[str, ...], stem: str) -> None:
    assert {index_token(w, "mn") for w in forms} == {stem}


def test_mongolian_in_latin_letters_is_read_in_cyrillic(entries) -> None:  # type: ignore[no-untyped-def]
    texts = [t for e in entries.values() for t in (e.title, *e.aliases, e.body)]
    latin = UkrainianLatin.of(texts, "mn")
    # Өртөө, as a phone without Cyrillic types it; "гэж юу вэ" its frame
    assert latin.read("Ortoo gej yu ve?").startswith("өртөө гэж юу вэ")
    assert latin.read("what is ortoo") == "what is ortoo"  # no Mongolian frame word


def test_a_bare_title_opening_the_frame_is_no_kind(entries) -> None:  # type: ignore[no-untyped-def]
    question = "Шаньюй гэдэг цолыг аль гүрний хаан хэрэглэдэг байсан бэ"
    shanyu = entries["Шаньюй"]
    assert kind_unsaid(question, "шаньюй", shanyu)  # the frame read as describing words
    assert not kind_unsaid(question, "шаньюй", shanyu, frame_words("mn"))


def test_mongolian_answers_and_refusals(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("tuuh-glossary", tmp_path_factory)
    answer = assistant.ask("Ханлиг гэж юу вэ, тэд яагаад үүссэн бэ?")
    assert answer.covered and answer.text.startswith("Ханлиг: Хан ноёны захирдаг улс.")
    # the Crusades: no entry; the refusal is in Mongolian, the term without its frame
    refused = assistant.ask("Загалмайтны аян дайн гэж юу вэ")
    assert not refused.covered
    assert refused.text.startswith("Загалмайтны аян дайн тайлбар толинд байхгүй")
    assert "толинд" in phrases("mn").not_covered
    # the State Great Khural: Их хуралдай's text says "язгууртны их хурал", never "улс";
    # the modifier before a name only a text says makes another thing (head-last phrase)
    assert not assistant.ask("Улсын Их Хурал буюу парламент гэж юу вэ").covered
    assembly = assistant.ask("их хуралдай дээр ямар ямар асуудал шийддэг байсан бэ")
    assert assembly.covered and "хаан өргөмжлөх, дайн зарлах" in assembly.text
