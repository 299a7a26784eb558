"""Round 49 lane L: a Japanese, Korean or Chinese glossary's reader reads its refusals in its
language; a field only naming the entry in another language is no answer sentence; a
comparison joined by と, 和 or a Korean particle is read as one."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_retriever

from rag_glossary.answer.cjk_compared import compared_in_script
from rag_glossary.answer.fields import asked_fields, judged_field
from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.coverage.script_language import texts_language
from rag_glossary.models import Hit


@pytest.mark.parametrize(
    ("corpus", "language"),
    [
        ("kernel-glossary", "ja"),
        ("cardio-glossary", "ko"),
        ("forex-glossary", "zh"),
        ("swarch-glossary", None),  # Vietnamese: told by its function words instead
    ],
)
def test_the_script_tells_a_cjk_glossary_s_language(
    corpus: str, language: str | None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    entries = shared_retriever(corpus, tmp_path_factory).entries
    texts = (" ".join((e.title, *e.aliases, e.body)) for e in entries)
    assert texts_language(texts) == language
    # the word rules keyed by the function words' language stay off for the three
    assert (corpus_language(entries) is None) is (language is not None)


@pytest.mark.parametrize(
    ("corpus", "question", "opening"),
    [
        # round 48's reader: "... is not in the glossary" printed in English
        ("kernel-glossary", "kswapd とは", "kswapd はこの用語集にありません; 近い項目:"),
        ("cardio-glossary", "심방세동", "용어집에 심방세동 항목이 없습니다; 가까운 항목:"),
        ("forex-glossary", "追踪止损怎么设置", "术语表没有涉及这个问题; 最接近的条目:"),
    ],
)
def test_a_refusal_is_written_in_the_script_s_language(
    corpus: str, question: str, opening: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert not answer.covered
    assert answer.text.startswith(opening)
    assert "glossary" not in answer.text.split("\n")[0]


def test_also_follows_the_entries_script(tmp_path_factory: pytest.TempPathFactory) -> None:
    entries = shared_retriever("kernel-glossary", tmp_path_factory).entries[:5]
    assert text_language(" ".join(f"{e.title} {e.body}" for e in entries)) == "ja"
    assert phrases("ja").also == "別名"


def _hit(entry_id: str, tmp_path_factory: pytest.TempPathFactory) -> Hit:
    retriever = shared_retriever("swarch-glossary", tmp_path_factory)
    entry = next(e for e in retriever.entries if e.id == entry_id)
    return Hit(entry.id, entry.title, entry.source, entry.url, "", 1.0, entry)


@pytest.mark.parametrize(
    ("entry_id", "question"),
    [
        # round 48: "... Tiếng Việt: Nguyên tắc Trách nhiệm Đơn." after the definition
        ("swarch-glossary#single-responsibility-principle-srp", "solid gồm mấy nguyên tắc trách"),
        ("swarch-glossary#submission", "học sinh chép bài của nhau khi nộp bài"),
    ],
)
def test_a_field_naming_the_entry_is_no_answer(
    entry_id: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    hit = _hit(entry_id, tmp_path_factory)
    assert any(f.startswith("Tiếng Việt:") for f in hit.entry.fields)
    asked = frozenset(question.split())
    assert asked_fields(hit, asked, entry_units(hit.entry)) == []
    assert judged_field(hit, [], 1, 1) is None
    # asked by its name, the field answers: "... tiếng việt là gì"
    named = asked_fields(hit, frozenset(("tiếng", "việt")), entry_units(hit.entry))
    assert [u.text.split(":")[0] for u in named] == ["Tiếng Việt"]


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("コンテキストスイッチとモード切替のちがい", ("コンテキストスイッチ", "モード切替")),
        ("ext4 vs XFS ジャーナリングのやり方はどう違う？", ("ext4", "xfs")),
        ("プロセスとスレッドってどう違う？", ("プロセス", "スレッド")),
        ("交易日和交割日有什么区别", ("交易日", "交割日")),
        ("多头vs空头", ("多头", "空头")),
        ("우심실 유출로랑 좌심실 유출로 차이", ("우심실 유출로", "좌심실 유출로")),
        ("심근염과 심낭염의 차이는?", ("심근염", "심낭염")),
    ],
)
def test_a_cjk_comparison_has_two_sides(question: str, sides: tuple[str, str]) -> None:
    read = analyze(question)
    assert read.shape == "compare"
    assert read.sides == sides


@pytest.mark.parametrize(
    "question",
    [
        "ロードバランシングってなに",  # no contrast word
        "ファイルを消してしまったあとで中身を元に戻すやり方",  # と inside a word
        "효과 크기 차이",  # 효과 is no 효 + 과: 과 follows a closed syllable
        "什么是多头",
        "difference between ext4 and xfs",  # no CJK: question.py's own rules
    ],
)
def test_no_comparison_without_two_joined_sides(question: str) -> None:
    assert compared_in_script(question) is None
