"""Round 48, lane FK: Korean questions over a Korean glossary (cardio-glossary's
``# 한국어 용어 (English term)`` entries), read word by word (coverage/hangul_terms.py):

- particles and endings are cut from a word's end ("청색증이 뭐야": 청색증), and a name
  asked with "뜻" is the name, not one longer unknown word ("황달 뜻": 황달);
- a short question naming a term the glossary lacks is refused, though a title shares a
  word or its last syllables with it ("확장성 심근병증이 뭐야" beside 비후성 심근병증,
  "승모판 협착증 알려줘" beside 승모판막); one of two terms lacking refuses both;
- a name mistyped in one letter of one syllable is that name ("심근엽": 심근염);
- a longer question answers on the name it writes ("빠른부정맥은 ... 몇번이야");
- a description whose best entry writes none of its words is refused: the packaged encoder
  reads no Korean, its resemblance is no evidence;
- Chinese and Japanese questions keep their reading (cjk_terms.py).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary import Assistant
from rag_glossary.coverage.hangul_terms import bare_forms, korean

CARDIO = "cardio-glossary#"


@pytest.fixture(scope="module")
def cardio(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("cardio-glossary", tmp_path_factory)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("황달 뜻", "황달-jaundice"),
        ("청색증이 뭐야", "청색증-cyanosis"),
        ("간비대가 뭔가요", "간비대-hepatomegaly"),
        ("심근엽이 뭐야", "심근염-myocarditis"),  # one letter of one syllable mistyped
        ("빠른부정맥은 심박수가 분당 몇번이야", "빠른부정맥-ventricular-tachyarrhythmia"),
    ],
)
def test_named_korean_term_answers_from_its_entry(
    cardio: Assistant, question: str, entry: str
) -> None:
    answer = cardio.ask(question)
    assert answer.covered
    assert answer.citations[0] == CARDIO + entry


@pytest.mark.parametrize(
    "question",
    [
        "확장성 심근병증이 뭐야",  # 비후성 심근병증 is a title
        "승모판 협착증 알려줘",  # 승모판막, 승모판역류 are titles
        "심부전 뜻",
        "심부전이랑 심근염 차이",  # 심근염 is a title, 심부전 is not
        "엄지발가락이 갑자기 아프고 빨갛게 붓는 병 뭐라고 해요",  # a description
    ],
)
def test_korean_question_the_glossary_lacks_is_refused(cardio: Assistant, question: str) -> None:
    answer = cardio.ask(question)
    assert not answer.covered
    assert answer.citations == ()


def test_bare_forms_cut_one_particle() -> None:
    assert "청색증" in bare_forms("청색증이")
    assert "백혈병" in bare_forms("백혈병에서")
    assert bare_forms("쓸개")[0] == "쓸개"  # the word as written is tried first


@pytest.mark.parametrize(
    ("question", "is_korean"),
    [("황달 뜻", True), ("冷钱包是什么", False), ("ブロックチェーンとは", False), ("CRP", False)],
)
def test_only_hangul_questions_are_read_as_korean(question: str, is_korean: bool) -> None:
    assert korean(question) is is_korean
