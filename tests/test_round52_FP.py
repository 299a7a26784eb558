"""Round 52 lane FP: Persian questions over a Persian glossary (parsi-glossary).

parsi-glossary (a purist's word list: Arabic loanwords and their Persian equivalents, a JS
array literal) was read as Persian by its function words, but data/question_forms.json had
no Persian forms: "باجناق به فارسی چی میشه" kept "فارسی میشه" in its key term and was
refused with the entry first, and refusals were in English. Persian is now data ("fa":
question words چه، چی، چیه، کدوم ...; meaning words یعنی، معنی، معادل، فارسی، سره، میشه;
called words میگن، اسمش; contrast فرق، تفاوت; "با" joining a contrast's second side) with
a Persian refusal set. A Persian user on an Arabic keyboard types "ي" and "ك" for the
glossary's "ی" and "ک" (arabic_letters.py), and a clause that ends on its verb ("بلدیت تو
کدوم کتاب اومده": in which book does بلدیت come) asks what follows a function word after
the name of it, no modifier making another thing of it (language_lookup._set_apart). A
name's word typed with one of Persian's dotted letters for the plain one ("بغرنچ" for
بغرنج) is read as the name's word when it is the only one so spelled, and two words apart
by a space or a non-joiner that the glossary writes joined ("بی قرار", بیقرار) as one.
A missing name written in the Arabic script is never covered by its best entry's standout:
the packaged model reads the script letter by letter, so that entry is one written with
like letters ("بدعت": برید), no other words for the same thing (coverage.judge).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.arabic_letters import ArabicLetters
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, question_forms
from rag_glossary.coverage.phrases import words
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

PARSI = Path(__file__).parent.parent / "eval" / "corpora" / "parsi-glossary"
COLDWAR = Path(__file__).parent.parent / "eval" / "corpora" / "coldwar-glossary"


@pytest.fixture(scope="module")
def parsi() -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(PARSI).entries}


def test_the_glossary_is_persian_with_question_forms(parsi: dict[str, Entry]) -> None:
    assert corpus_language(list(parsi.values())) == "fa"
    forms = question_forms()["fa"]
    assert {"چی", "چیه", "کدوم", "یعنی", "معادل", "فارسی", "فرق"} <= forms.frame
    assert forms.verb_last and "با" in forms.from_joins


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("باجناق به فارسی چی میشه", ("باجناق",)),  # parsi-glossary-007
        ("بخیل یعنی چی", ("بخیل",)),
        ("معادل فارسی بلدیه چیه", ("بلدیه",)),
        ("کلمه بهره عربیه یا پهلوی", ("بهره", "پهلوی")),
    ],
)
def test_a_persian_question_loses_its_frame(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(words(question), "fa") == asked


def test_arabic_keyboard_letters_are_read_as_the_glossary_writes_them(
    parsi: dict[str, Entry],
) -> None:
    letters = ArabicLetters.of(parsi.values())
    # Arabic yeh, alif maqsura and kaf for the Persian letters the glossary writes
    assert letters.read("معادل فارسي بلديه چيه") == "معادل فارسی بلدیه چیه"
    assert letters.read("كلمه بلدیت") == "کلمه بلدیت"
    # an Arabic glossary writes "ي" and "ك": a Persian keyboard's letters are read as those,
    # its alif maqsura stays (على is no spelling of علي)
    arabic = ArabicLetters.of(load_corpus(COLDWAR).entries)
    assert arabic.read("الحرب ی") == "الحرب ي" and arabic.read("على") == "على"
    # a name's word typed with a dotted Persian letter for its undotted one (چ for ج)
    assert letters.read("بغرنچ یعنی چه") == "بغرنج یعنی چه"
    # a word the glossary writes is read as written (پست is a word of بخیل's text)
    assert letters.read("پست یعنی چی") == "پست یعنی چی"
    # a prefix typed apart by a space or a zero-width non-joiner, the title written joined
    assert letters.read("بی قرار یعنی چی") == "بیقرار یعنی چی"
    assert letters.read("بی\u200cقرار") == "بیقرار"
    # a pair the glossary writes apart stays apart (بی نظیر is a title)
    assert letters.read("بی نظیر") == "بی نظیر"
    # a glossary in another script: nothing to read
    latin = Entry("x#a", "x", "a", "Alpha", (), "first", (), None, "x", 1)
    assert ArabicLetters.of([latin]).table == {}


def test_persian_refusals_are_in_persian(parsi: dict[str, Entry]) -> None:
    assert text_language(parsi["بلدیه"].body + " " + parsi["باده"].body) == "fa"
    assert phrases("fa").not_in.format(term="بیمه") == "بیمه در واژه‌نامه نیست"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("باجناق به فارسی چی میشه", "parsi-glossary#باجناغ--باجناق"),
        ("معادل فارسي بلديه چيه", "parsi-glossary#بلدیه"),  # Arabic-keyboard ي
        ("بخیل یعنی چی؟ فارسی سره‌ش چی میشه", "parsi-glossary#بخیل"),
        ("کلمه بلدیت تو کدوم کتاب اومده", "parsi-glossary#بلدیت"),
        ("باده در اصل به چه چيزي ميگفتن", "parsi-glossary#باده"),
        ("بغرنچ یعنی چه", "parsi-glossary#بغرنج"),  # چ typed for ج
        ("بی قرار یعنی چی", "parsi-glossary#بیقرار"),  # was answered from بر قرار
        ("بیمه فارسی سره اش چیه", None),  # no such entry
        ("معادل فارسی برزخ", None),
        ("بدعت یعنی چه", None),  # parsi-glossary-034: was answered from برید (like letters)
    ],
)
def test_persian_questions_are_answered_or_refused(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("parsi-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
        assert "واژه‌نامه" in answer.text and "is not in the glossary" not in answer.text
    else:
        assert answer.covered and answer.citations[0] == cited


def test_a_persian_contrast_names_both_sides(tmp_path_factory: pytest.TempPathFactory) -> None:
    # parsi-glossary-020: "فرق X با Y"; the homographs told apart by their vowel marks
    answer = shared_assistant("parsi-glossary", tmp_path_factory).ask("فرق بَعد با بُعد چیه")
    assert answer.covered
    assert set(answer.citations) >= {"parsi-glossary#بَعد", "parsi-glossary#بُعد"}
